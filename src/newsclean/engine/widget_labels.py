"""Widget titles set as plain lines (``side-columns``): a theme may title the widgets of
its side column with a ``<span>`` or a ``<div>`` instead of a heading. Whatever the
names, such titles are known by their make: each opens its box as its first element,
short, unlinked, and the column sets at least two of them alike (the same tag and the
same class), as a theme styles every widget's title the same way."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import short_text
from ..settings import Tuning

HtmlElement = Any

#: The boxes a widget stands in.
_BOXES = ("div", "section", "li")
#: Titles read as such already (``side-columns`` counts its headings itself).
_HEADINGS = frozenset((*SECTION_HEADINGS, "h1"))


def alike_labels(sides: Sequence[HtmlElement], tuning: Tuning) -> list[HtmlElement]:
    """The widget titles in ``sides`` set as plain lines: the first element of a box
    holding more, classed, of at most ``side_column_label_chars`` characters with no
    link, when ``side_column_alike_labels`` of them at least share a tag and a class."""
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for side in sides:
        for box in side.iter(*_BOXES):
            label = _opening_label(box, tuning)
            if label is not None:
                groups.setdefault((label.tag, label.get("class")), []).append(label)
    least = tuning.side_column_alike_labels
    return [label for group in groups.values() if len(group) >= least for label in group]


def _opening_label(box: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """``box``'s first element when it reads as a title over the rest of the box: a
    classed element that is no heading, of short unlinked text, followed by more."""
    children = [child for child in box if isinstance(child.tag, str)]
    if len(children) < 2:
        return None
    first = children[0]
    if first.tag in _HEADINGS or first.tag == "a" or not first.get("class"):
        return None
    if next(first.iter("a"), None) is not None:
        return None
    text = short_text(first, tuning.side_column_label_chars)
    return first if text else None
