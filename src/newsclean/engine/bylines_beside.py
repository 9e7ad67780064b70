"""An unlabelled byline set beside the date line a date rule took, in one box of their
own (``bylines-beside-dates``): a short line of names with no "By". The rule and its
test go here; pruning runs it on the date lines it removed."""

from __future__ import annotations

import re
from typing import Any

from ..dom.text import collapse_space, text_of
from ..dom.tree import precedes
from ..rules.builtin.lexicon.credits import NAMES_LINE
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any


#: Stands in for a rule on an unlabelled byline in one box with the story's date line.
BYLINE_BESIDE_DATE = Rule(
    "bylines-beside-dates",
    Tags("div p span"),
    Effect.DROP,
    description="A short line of names with no 'By' ('Ada Lind and Jo Bacon Harbour "
    "Times') alone in one box with a date line the rules dropped: the byline and its "
    "date, set apart; not a linked line (a teaser's headline) or one ending a sentence.",
)


#: The date rules whose line, beside a line of names, makes that line a byline.
DATE_RULES = frozenset(("date-only-blocks",))


#: The blocks read as an unlabelled byline beside a date line.
_BYLINE_TAGS = frozenset(("div", "p", "span", "strong", "b"))
#: The boxes holding such a byline and its date.
_BYLINE_BOXES = frozenset(("div", "header", "section"))
#: A line of names (:data:`NAMES_LINE`).
_NAMES_LINE = re.compile(NAMES_LINE)


def bylines_beside_dates(
    dates: list[HtmlElement], container: HtmlElement, tuning: Tuning
) -> list[HtmlElement]:
    """The unlabelled bylines sharing a box with one of the ``dates`` (lines a date
    rule took): the box's one other block, a short line of capitalised names
    (:data:`_NAMES_LINE`) with no link, before the body's first paragraph of prose."""
    found = []
    for date in dates:
        box = date.getparent()
        if box is None or box.tag not in _BYLINE_BOXES or (box.text or "").strip():
            continue
        others = [child for child in box if child is not date and isinstance(child.tag, str)]
        if len(others) != 1 or others[0].tag not in _BYLINE_TAGS:
            continue
        line = others[0]
        text = collapse_space(text_of(line))
        if (
            not 0 < len(text) <= tuning.byline_beside_date_max_chars
            or (line.tail or "").strip()
            or (date.tail or "").strip()
            or next(line.iter("a"), None) is not None
            or _NAMES_LINE.fullmatch(text) is None
            or _prose_before(line, container, tuning)
        ):
            continue
        found.append(line)
    return found


def _prose_before(element: HtmlElement, container: HtmlElement, tuning: Tuning) -> bool:
    """Whether a paragraph of prose of ``container`` comes before ``element``."""
    least = tuning.lead_inside_before_chars
    for paragraph in container.iter("p"):
        if not precedes(paragraph, element):
            return False
        if len(text_of(paragraph).strip()) >= least:
            return True
    return False
