"""The lines between a picture and its ``<figcaption>`` in a figure built of divs: what
``figure-text`` takes inside a ``<figure>``, on a page that writes none (or whose
``<figure>`` a template turned into a ``div``). Read from each caption before the
engine removes the captions with the page's chrome: afterwards nothing tells these
lines from the story's."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...dom.tags import HEADINGS
from ...dom.text import words_length
from ..matchers import Tags
from ..model import Effect, Role, Rule
from .caption_markup import SPACE
from .picture_credits import CREDIT_END_CHARS

HtmlElement = Any

#: The most lines standing between a picture and its caption: a credit of a label and a
#: name ("Photo" and "Jo Doe", each in a span of its own), or a gallery slide's title.
FIGURE_BOX_MAX_LINES = 2
_PICTURES = ("img", "picture")
#: What such a line never holds: a heading, list, table or quotation is the story's or a
#: widget's, and a picture begins another figure.
_NOT_BETWEEN = (
    *HEADINGS,
    *("ul", "ol", "table", "blockquote", "form"),
    *_PICTURES,
)


def figure_box_lines(captions: Iterable[HtmlElement]) -> list[HtmlElement]:
    """The lines of :func:`lines_before_caption` for each of ``captions`` (the page's
    ``<figcaption>`` elements), in the captions' order."""
    found: list[HtmlElement] = []
    for caption in captions:
        found.extend(lines_before_caption(caption))
    return found


def lines_before_caption(caption: HtmlElement) -> list[HtmlElement]:
    """The lines after the picture standing before ``caption`` in the caption's box, in
    the picture's wrappers or beside them: the picture's credit in any script or
    language ("ဓာတ်ပုံ မူပိုင်" over "Jo Doe"), a gallery slide's title. At most
    ``FIGURE_BOX_MAX_LINES`` holding at most ``CREDIT_END_CHARS`` together (the
    story's paragraphs are longer), no text loose between them, no heading, list or
    picture in them. Nothing inside a ``<figure>``: ``figure-text`` takes it."""
    box = caption.getparent()
    if box is None or box.tag == "figure":
        return []
    lines: list[HtmlElement] = []
    for sibling in caption.itersiblings(preceding=True):
        if sibling.tail and sibling.tail.strip(SPACE):
            return []
        if sibling.tag.__class__ is not str:
            continue
        picture = next(sibling.iter(*_PICTURES), None)
        if picture is None:
            lines.append(sibling)
            continue
        after = _after_picture(picture, sibling)
        if after is None:
            return []
        lines.extend(after)
        break
    else:
        return []  # no picture before the caption in its box
    return _credit_sized(lines)


def _after_picture(picture: HtmlElement, top: HtmlElement) -> list[HtmlElement] | None:
    """The elements after ``picture`` and after each of its wrappers up to ``top``
    (None when text runs loose among them: the picture stands in a line of text)."""
    found: list[HtmlElement] = []
    node = picture
    while node is not top:
        if node.tail and node.tail.strip(SPACE):
            return None
        for sibling in node.itersiblings():
            if sibling.tail and sibling.tail.strip(SPACE):
                return None
            if sibling.tag.__class__ is str:
                found.append(sibling)
        node = node.getparent()
    return found


def _credit_sized(lines: list[HtmlElement]) -> list[HtmlElement]:
    """The ``lines`` holding text, when they are few and short enough for a credit or a
    slide's title and hold no heading, list or picture; else none."""
    holding = []
    size = 0
    for line in lines:
        length = words_length(line)
        if not length:
            continue
        size += length
        holding.append(line)
        if size > CREDIT_END_CHARS or len(holding) > FIGURE_BOX_MAX_LINES:
            return []
        if next(line.iter(*_NOT_BETWEEN), None) is not None:
            return []
    return holding


#: Stands in for a rule on the lines between a picture and its caption in a box of
#: divs (the engine reads them from the page's captions before it removes them).
FIGURE_BOX_TEXT = Rule(
    "figure-box-text",
    Tags("div p span"),
    Effect.DROP,
    max_chars=CREDIT_END_CHARS,
    description="A figure built of divs: the short lines between a picture and its "
    "<figcaption> (its credit in any language, a slide's title), as figure-text takes "
    "them inside a <figure>.",
    role=Role.CAPTION,
)
