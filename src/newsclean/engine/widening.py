"""Widening the chosen body to the ancestors whose extra text is prose (see
:func:`widen`)."""

from __future__ import annotations

from typing import Any

from ..dom.text import text_length
from ..dom.tree import is_below
from ..settings import Tuning
from .headline_gap import decks_before
from .linked_prose import linked_chars
from .siblings import few_links

HtmlElement = Any


def widen(
    best: HtmlElement,
    chars: dict[HtmlElement, int],
    tuning: Tuning,
    short_of: HtmlElement | None = None,
) -> HtmlElement:
    """Climb to ancestors whose extra text is mostly prose, never to one holding
    ``short_of`` (a box ruled out as the body).

    An ancestor is taken when it adds a good deal of paragraph text, or when
    most of the text it adds is paragraph text, and links stay rare; a summary set as
    bullet points above the story (:func:`.headline_gap.decks_before`) counts no
    paragraph text there: it is the standfirst, found between the headline and the body.
    One whose added paragraph text is mostly in blocks wholly inside links
    (:func:`.linked_prose.linked_chars`: teaser cards' blurbs) is passed over.
    """
    measured = best  # the box the next one is measured against
    current = chars.get(best, 0)
    current_text = text_length(best)
    for ancestor in best.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if short_of is not None and is_below(short_of, ancestor):
            break
        more = chars.get(ancestor, 0)
        if more <= current:
            continue
        text = text_length(ancestor)
        if (
            _adds_prose(more, text, current, current_text, tuning)
            and few_links(ancestor, text, tuning.widen_density, tuning)
            and _adds_prose(
                more - decks_before(ancestor, best, chars, tuning),
                text,
                current,
                current_text,
                tuning,
            )
        ):
            if linked_chars(ancestor, measured, chars, tuning) < tuning.widen_linked_most * (
                more - current
            ):
                best = ancestor
            # else the prose it adds is mostly teaser cards' blurbs: passed over, a box
            # further up is measured against it all the same (it holds those cards too)
            measured, current, current_text = ancestor, more, text
    return best


def _adds_prose(more: int, text: int, current: int, current_text: int, tuning: Tuning) -> bool:
    """Whether a box of ``more`` paragraph characters (``text`` in all) around one of
    ``current`` (``current_text``) adds a good deal of paragraph text, or mostly
    paragraph text (see :func:`widen`)."""
    added_prose = more - current
    return more >= tuning.widen_gain * current or (
        added_prose >= tuning.widen_min_prose
        and added_prose >= tuning.widen_quality * max(text - current_text, 1)
    )
