"""Forms holding prose: a shop sets a product's description inside the form that puts
it in the basket, a site builder its whole story inside a form. The tag drop of forms
(``forms``) would take that text with the controls; a form asking for no email address
and holding paragraphs of prose is spared it (``prose-forms``), its controls and their
labels left to the rules that read them. A comment box, a sign-up, a search or a log-in
holds a line of instructions at most; a form asking for an email address goes whatever
it says (a comment box may hold its thread)."""

from __future__ import annotations

from typing import Any

from ..dom.page_tags import EMAIL_FORM_ATTRIBUTE
from ..dom.text import collapse_space, link_length, text_of
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .scoring import SENTENCE_ENDS

HtmlElement = Any

#: Stands in for a rule on the forms kept for their prose (switched off by name: the
#: tag drop of forms then takes them).
PROSE_FORM_RULE = Rule(
    "prose-forms",
    Tags("form"),
    Effect.BODY,
    description="A form asking for no email address and holding paragraphs of prose (a "
    "shop's product with its description): spared the drop of forms.",
)
#: Why ``explain()`` says the drop of a form kept for its prose was vetoed.
PROSE_FORMS = f"{PROSE_FORM_RULE.name}: it holds paragraphs of prose"


def form_holds_prose(form: HtmlElement, tuning: Tuning) -> bool:
    """True when ``form``, asking for no email address, holds ``form_prose_chars`` of
    prose together: paragraphs of ``form_prose_paragraph_chars`` at least, closed as
    sentences, mostly outside links."""
    if form.get(EMAIL_FORM_ATTRIBUTE) is not None:
        return False
    prose = 0
    for paragraph in form.iter("p"):
        text = collapse_space(text_of(paragraph))
        if (
            len(text) >= tuning.form_prose_paragraph_chars
            and text.endswith(SENTENCE_ENDS)
            and link_length(paragraph) * 2 < len(text)
        ):
            prose += len(text)
            if prose >= tuning.form_prose_chars:
                return True
    return False
