"""The lines after an image and after its wrappers, read once per image for every
caption rule (:mod:`.image_captions`): each rule tests the same few lines, so they are
found with a few lxml calls and their text, credit and wrapper read at most once.
"""

from __future__ import annotations

from typing import Any

from ...dom.text import text_of
from .caption_markup import (
    CAPTION_TAGS,
    FIGURE_CAPTION_HEADINGS,
    WRAPPER_LEVELS,
    holds_text,
    next_significant,
    sole_chain_top,
)
from .picture_credits import credit_after

HtmlElement = Any

#: What a boxed caption (:func:`.image_captions.boxed_captions`) may be set in besides the
#: ``CAPTION_TAGS``: a bold wrapper around the caption's spans.
BOXED_CAPTION_TAGS = CAPTION_TAGS | frozenset(("strong", "b"))
#: ... and what an alt-text caption may be set in besides those (a heading inside a
#: ``<figure>``, :func:`.alt_text.repeats_alt`), as may a credited caption (a heading closing with
#: its credit in brackets).
ALT_CAPTION_TAGS = CAPTION_TAGS | FIGURE_CAPTION_HEADINGS
#: What a line some caption rule takes may be set in.
NEAR_TAGS = BOXED_CAPTION_TAGS | FIGURE_CAPTION_HEADINGS
#: A line's credit not looked for yet (None: there is none).
_UNREAD: Any = object()


class LineAfter:
    """A line after an image or a wrapper (``deep``: past ``WRAPPER_LEVELS``), read once."""

    __slots__ = ("_credit", "_text", "_wrapper_text", "deep", "line", "wrapper")

    def __init__(self, line: HtmlElement, wrapper: HtmlElement, deep: bool = False) -> None:
        self.line = line
        self.wrapper = wrapper
        self.deep = deep
        self._text: str | None = None
        self._credit: HtmlElement | None = _UNREAD
        self._wrapper_text: bool | None = None

    def text(self) -> str:
        """The line's text (:func:`~newsclean.dom.text.text_of`)."""
        if self._text is None:
            self._text = text_of(self.line)
        return self._text

    def credit(self) -> HtmlElement | None:
        """The picture's credit line right after the line (:func:`credit_after`)."""
        if self._credit is _UNREAD:
            self._credit = credit_after(self.line)
        return self._credit

    def wrapper_holds_text(self) -> bool:
        """Whether the wrapper holds text (:func:`holds_text`): then it is not the
        image's alone."""
        if self._wrapper_text is None:
            self._wrapper_text = holds_text(self.wrapper)
        return self._wrapper_text


class LinesAfter:
    """What the caption rules read after one image: the lines after it and after its
    wrappers, nearest first, each set in a tag some caption rule takes."""

    __slots__ = ("image", "lines")

    def __init__(self, image: HtmlElement) -> None:
        self.image = image
        self.lines: list[LineAfter] = []
        node = image
        for _level in range(WRAPPER_LEVELS):
            line = next_significant(node)
            if line is not None and line.tag in NEAR_TAGS:
                self.lines.append(LineAfter(line, node))
            node = node.getparent()
            if node is None:
                return
        if not self.lines:  # a picture nested in a chain of wrappers has none so near
            top = sole_chain_top(image)
            line = None if top is None else next_significant(top)
            if line is not None and line.tag in NEAR_TAGS:
                self.lines.append(LineAfter(line, top, True))


def lines_after(image: HtmlElement) -> LinesAfter | None:
    """The lines after ``image`` (:class:`LinesAfter`), None when there are none (a
    fourth of the pictures): no caption rule has anything to read there."""
    near = LinesAfter(image)
    return near if near.lines else None
