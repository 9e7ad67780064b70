"""A picture's caption that is the page's summary: a site printing its description (the
meta summary) under the story's first picture, in the ``<figcaption>``, as its dek.

The caption rules would take it with the picture's credit, and nothing would keep the
summary: it is in neither ``text`` nor ``standfirst``. So the first caption whose text
copies the description (word for word, cut short where the meta tag ends in an ellipsis
or mid-word, or followed by the picture's credit) is spared by the caption rules
(:func:`described_caption`, :func:`spare`) and weighed as the standfirst
(``described-caption``) when no other block is taken for one, where a standfirst
stands: above the body or opening it, before its first paragraph of prose
(:func:`opens_story`), the story's prose not holding the description already (a
caption repeating the first paragraph is a caption). What of it is not taken goes after
the standfirst is read (:func:`drop_spared`), as the caption it also is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.text import collapse_space, text_of
from ..dom.tree import is_attached, precedes, remove_element
from ..rules.builtin.furniture import FIGCAPTION
from ..rules.compiled import CompiledRules
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Options, Tuning
from ..tuning.leads import DESCRIPTION_OPENING_CHARS
from .header_standfirsts import is_description
from .headline_gap import prose_paragraphs
from .observer import Observer
from .veto import Veto

HtmlElement = Any


#: Stands in for a rule on a picture's caption copying the page's description.
DESCRIBED_CAPTION = Rule(
    "described-caption",
    Tags("figcaption"),
    Effect.LEAD,
    description="A picture's caption whose text is the page's description (its meta "
    "summary, word for word, cut short, or with the picture's credit after it), set "
    "above the body or opening it: the standfirst, not a caption.",
)
#: The ellipses a meta tag cutting the summary short ends with.
_ELLIPSES = ("...", "…")


def described_caption(
    figcaptions: Sequence[HtmlElement],
    rules: CompiledRules,
    options: Options,
    description: str | None,
) -> tuple[HtmlElement, HtmlElement] | None:
    """The first of ``figcaptions`` whose text copies ``description``, with the element
    inside it (or itself) holding that text and no more: its innermost box doing so (a
    paragraph in the caption, a span beside the credit's); none when the caption rules
    are off (``include_captions``: the caption stays) or this rule is."""
    if options.include_captions or not description or not rules.runs(DESCRIBED_CAPTION):
        return None
    tuning = options.tuning
    wanted = collapse_space(description)
    if len(wanted) < tuning.lead_min_chars:
        return None
    opening = wanted[:DESCRIPTION_OPENING_CHARS]
    for caption in figcaptions:
        if opening not in collapse_space(text_of(caption)):
            continue
        holder = caption
        while True:  # down to the innermost box holding the description
            inner = next(
                (
                    child
                    for child in holder
                    if isinstance(child.tag, str) and opening in collapse_space(text_of(child))
                ),
                None,
            )
            if inner is None:
                break
            holder = inner
        while holder is not caption and not _copies(holder, wanted, tuning):
            holder = holder.getparent()  # a line inside the summary: the summary's box
        if _copies(holder, wanted, tuning):
            return caption, holder
    return None


def _copies(element: HtmlElement, wanted: str, tuning: Tuning) -> bool:
    """True when the text of ``element`` copies the description ``wanted``."""
    return copies_description(collapse_space(text_of(element)), wanted, tuning)


def copies_description(text: str, wanted: str, tuning: Tuning) -> bool:
    """True when ``text`` is the description ``wanted``: word for word or cut short
    mid-word (:func:`.header_standfirsts.is_description`); cut short by the meta tag
    with an ellipsis, ``text`` going on; or followed by a line of at most
    ``lead_extra_max_chars`` (the picture's credit)."""
    if is_description(text, wanted):
        return True
    if wanted.endswith(_ELLIPSES):
        cut = wanted.rstrip(".… ")
        return len(cut) >= tuning.lead_min_chars and text.startswith(cut)
    return text.startswith(wanted) and len(text) - len(wanted) <= tuning.lead_extra_max_chars


def spare(found: tuple[HtmlElement, HtmlElement] | None, veto: Veto) -> None:
    """Add the caption ``found`` and the boxes down to its holder to the ``veto``'s
    protected and spared elements: a caption rule, weak, then leaves them, and says
    why."""
    if found is None:
        return
    caption, holder = found
    boxes = [holder]
    if holder is not caption:
        for ancestor in holder.iterancestors():
            boxes.append(ancestor)
            if ancestor is caption:
                break
    veto.protected.update(boxes)
    veto.spared.update(boxes)


def opens_story(
    holder: HtmlElement | None,
    first: HtmlElement,
    root: HtmlElement,
    description: str | None,
    tuning: Tuning,
) -> bool:
    """True when the spared caption's ``holder`` may be the standfirst of the body whose
    first container is ``first``: still on the page, set before that container or
    before its first paragraph of prose, and the story's prose not holding the
    description's opening already."""
    if holder is None or not description or not is_attached(holder, root):
        return False
    inside = set(holder.iterancestors())
    prose = [
        paragraph
        for paragraph in prose_paragraphs(first, tuning)
        if paragraph is not holder
        and paragraph not in inside
        and holder not in paragraph.iterancestors()
    ]
    opening = collapse_space(description)[:DESCRIPTION_OPENING_CHARS]
    if any(opening in collapse_space(text_of(paragraph)) for paragraph in prose):
        return False
    if first not in inside:
        return precedes(holder, first)
    return bool(prose) and precedes(holder, prose[0])


def drop_spared(
    described: tuple[HtmlElement, HtmlElement] | None, root: HtmlElement, observer: Observer
) -> None:
    """Once the standfirst is read (and its rule recorded, :func:`.standfirsts.place_leads`):
    remove what is left of the spared caption (its credit, or all of it when it was no
    standfirst) as the caption it also is."""
    if described is None:
        return
    caption = described[0]
    if is_attached(caption, root):
        remove_element(caption)
        observer.removed(caption, FIGCAPTION.name)
