"""Where a standfirst may stand: before the body and near it, or opening it.

:func:`.leads.leads_before` gathers the candidates; this module tells which of them stand
where a standfirst does (not in a picture's caption, not inside the body's prose), kept
apart from the judging of their text so that each reads on its own.
"""

from __future__ import annotations

from typing import Any

from ..dom.text import collapse_space, text_of
from ..dom.tree import precedes
from ..rules.builtin.credit_captions import between_picture_and_credit
from ..rules.model import Rule
from ..settings import Tuning
from .described_captions import DESCRIBED_CAPTION
from .header_runs import DECK_UNDER_HEADER
from .lead_rules import (
    DESCRIBED_STANDFIRST,
    FOUND_BY_PLACE,
    HEADER_STANDFIRST,
    HEADLINE_DECK,
    HEADLINE_GAP,
)

HtmlElement = Any

#: What holds a picture's caption: never a standfirst.
_PICTURE_HOLDERS = frozenset(("figure", "figcaption"))


def in_place(
    element: HtmlElement,
    rule: Rule,
    ancestors: set[HtmlElement],
    first: HtmlElement,
    inside: set[HtmlElement],
    reach: tuple[list[HtmlElement], list[HtmlElement]],
    prose: list[HtmlElement],
    tuning: Tuning,
) -> bool:
    """Whether a candidate stands where a standfirst does: not a picture's caption;
    inside the body's ``first`` container only as its opening (a marked one); outside
    it, before it and near it (``reach``: the wide and the plain ancestors a found and a
    marked one may sit in), in none of the body's containers (``inside``)."""
    pictured = element.tag in _PICTURE_HOLDERS or any(a.tag in _PICTURE_HOLDERS for a in ancestors)
    if pictured and rule is not DESCRIBED_CAPTION:  # that one prints the page's summary
        return False  # a caption (kept with the pictures' text), not the summary
    if rule in FOUND_BY_PLACE and between_picture_and_credit(element):
        return False  # prose found by its place under a picture, over its credit: a caption
    if first in ancestors:  # inside the body: a marked standfirst opening it
        return rule is not HEADLINE_GAP and (
            rule in (DESCRIBED_STANDFIRST, DESCRIBED_CAPTION)
            or _opens(element, prose, rule, tuning)
        )
    wide, plain = reach
    return not (
        inside & ancestors
        or element in inside
        or not _near(ancestors, wide if rule in FOUND_BY_PLACE else plain, rule)
        or not precedes(element, first)
    )


def _near(ancestors: set[HtmlElement], near: list[HtmlElement], rule: Rule) -> bool:
    """Whether an element with these ancestors lies under one of ``near`` (the body's
    ancestors within reach). Prose found by its place, above a body set straight under
    ``<body>`` (no ancestor to share), was found within reach already: the headline's
    holder is the page's ``<body>``."""
    if (not near and rule in FOUND_BY_PLACE) or rule is HEADLINE_DECK:
        return True  # the deck was found between the headline and the body, however far
    return any(a in ancestors for a in near)


def _opens(element: HtmlElement, prose: list[HtmlElement], rule: Rule, tuning: Tuning) -> bool:
    """True when ``element`` stands before the body's first paragraph of prose. Named as
    a standfirst (a strong rule), it may itself be long or wrap its paragraph; marked
    only as a "lead" or "intro", it must be shorter than a paragraph of prose; found in
    the story's header by its shape, a few sentences at most."""
    if rule in (HEADER_STANDFIRST, DECK_UNDER_HEADER):  # length in words, not the layout's
        if len(collapse_space(text_of(element))) >= tuning.header_deck_max_chars:
            return False
    elif not rule.strong and len(text_of(element).strip()) >= tuning.lead_inside_before_chars:
        return False
    for paragraph in prose:
        if paragraph is element or element in paragraph.iterancestors():
            continue
        return precedes(element, paragraph)
    return False  # the body's prose is all inside it: it is the body
