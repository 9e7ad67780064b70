"""Whether a line after a picture reads as its caption: set in italics or small print,
or closing with the picture's credit (or over one). The tests the caption rules of
:mod:`.image_captions` put to each line after an image (:mod:`.image_lines`).
"""

from __future__ import annotations

import re
from typing import Any

from ...dom.text import text_of
from ...dom.tree import next_element
from .caption_markup import (
    FIGURE_CAPTION_HEADINGS,
    ITALIC_TAGS,
    closes_with,
    normal,
    small_print,
    sole_italic,
)
from .image_lines import LineAfter
from .picture_credits import CREDITED_CAPTION_MAX_CHARS, ends_in_credit, opens_with_credit

HtmlElement = Any

#: What a caption set as a heading closes with: its credit's bracket.
_BRACKETS = (")", "]")


#: Runs of markup whitespace.
_SPACES = re.compile("[ \t\r\n]+")


def reads_as_caption(after: LineAfter) -> bool:
    """Italics or small print: by tag, by a ``caption``/``credit``/``small`` class, by a
    single italic child holding all its text, or by an inline font size smaller than
    that of the element after it (a page styling every paragraph alike is not). Or a
    line closing with a picture's credit (:func:`ends_in_credit`)."""
    line = after.line
    if line.tag in ITALIC_TAGS:
        return True
    names = line.get("class")
    if names is not None and (
        "caption" in names
        or "credit" in names
        or ("small" in names and "small" in _SPACES.split(names))
    ):
        return True
    style = line.get("style")
    if style is not None:
        following = next_element(line)
        if following is not None and style != following.get("style") and small_print(style):
            return True
    italic = sole_italic(line)
    if italic is not None and normal(text_of(italic)) == normal(after.text()):
        return True
    return ends_in_credit(after.text())


def credited(after: LineAfter) -> bool:
    """Whether the line closes with a picture's credit (read with the markup's whitespace
    closed up), the line after it is one, or it opens with one; a heading, by its own in
    brackets only (no headline ends with one: told before it is read). A credit holding
    a picture is the next picture's, under which the line is story. A line longer than
    the rule takes (measured as the engine measures it), or a following one longer than
    a credit, is not read."""
    line = after.line
    heading = line.tag in FIGURE_CAPTION_HEADINGS
    if heading and not closes_with(line, _BRACKETS):
        return False
    text = after.text().strip()
    if len(text) > CREDITED_CAPTION_MAX_CHARS:
        return False
    if ends_in_credit(normal(text)):
        return not heading or text.endswith(_BRACKETS)
    return not heading and (after.credit() is not None or opens_with_credit(line))
