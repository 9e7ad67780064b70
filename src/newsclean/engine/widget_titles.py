"""A widget's title repeated over each of its boxes (read by ``empty-sections``).

A rail of cards, each carrying its own share strip, sets the strip's title ("Social
Share") in every card; once the rules took the cards' headlines and the strips' icon
links out, the titles stay as a column of one line repeated. The story's own headings
differ from one another, and each heads text of its own: a title standing alone in a
box beside links with no text (icons), repeated, heads a widget. A picture's label
("Before", "After" over each pair of a photo story) stands beside its picture."""

from __future__ import annotations

from typing import Any

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import collapse_space, text_of, words_length

HtmlElement = Any

#: What a box beside a label holds when the label is the picture's, not a widget's.
_PICTURES = ("img", "picture", "video", "figure")


def section_headings(container: HtmlElement) -> dict[HtmlElement, int]:
    """The section headings of ``container`` holding text, in document order, each with
    its length (:func:`words_length`): measured once for the callers that read them."""
    found: dict[HtmlElement, int] = {}
    for heading in container.iter(*SECTION_HEADINGS):
        length = words_length(heading)
        if length:
            found[heading] = length
    return found


def widget_titles(
    container: HtmlElement, most: int, headings: dict[HtmlElement, int] | None = None
) -> list[HtmlElement]:
    """The section headings of ``container`` (at most ``most`` characters) that are
    the only text of their box, the box holding links with no text (icons) and no
    picture, when another such heading has the same text. ``headings``: the
    container's :func:`section_headings`, when the caller measured them already."""
    titles: dict[str, list[HtmlElement]] = {}
    if headings is None:
        headings = section_headings(container)
    for heading, length in headings.items():
        if length > most:
            continue
        box = heading.getparent()
        if box is None or box is container or len(box) < 2 or words_length(box) != length:
            continue
        if next(box.iter("a"), None) is None or next(box.iter(_PICTURES), None) is not None:
            continue
        titles.setdefault(collapse_space(text_of(heading)).casefold(), []).append(heading)
    return [heading for same in titles.values() if len(same) > 1 for heading in same]
