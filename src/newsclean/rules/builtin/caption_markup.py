"""How the caption rules read the markup around a picture: the tags a caption may be set
in, the next element past line breaks, text with markup whitespace closed up, italics
and small print, and links to a page. What any caption rule or finder reads alike
belongs here; what a credit looks like is in :mod:`.picture_credits`.
"""

from __future__ import annotations

import math
import re
from typing import Any

from lxml import etree

from ...dom.tags import HEADINGS, SECTION_HEADINGS
from ...dom.text import text_of

HtmlElement = Any

#: How many of the image and its wrappers a caption may follow (the image, its parent
#: and grandparent), as long as they hold no text.
WRAPPER_LEVELS = 3
#: What may be a caption, and what is one by its tag alone.
CAPTION_TAGS = frozenset(("em", "i", "small", "cite", "p", "span", "div", "center"))
ITALIC_TAGS = frozenset(("em", "i", "small", "cite"))
#: The headings a caption may be set in (outside a ``<figure>``, a heading under a
#: picture is a headline, unless it closes with the picture's credit).
FIGURE_CAPTION_HEADINGS = SECTION_HEADINGS
#: What a boxed caption never holds.
NOT_IN_CAPTION = ("a", *HEADINGS, "p", "ul", "ol", "blockquote")
#: The endings of a link to the picture itself (a lightbox's), not to a page.
IMAGE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
#: The inline ``font-size`` that is small print, by unit: under 15px, 11pt, 1rem, 1em...
SMALL_SIZES = (("px", 15.0), ("pt", 11.0), ("rem", 1.0), ("em", 1.0))
#: ... or a keyword.
SMALL_KEYWORDS = ("small", "x-small", "xx-small")
#: Inline wrappers that only style what they hold (a caption's font, its size).
_STYLING_WRAPPERS = frozenset(("span", "font"))
#: How many wrappers each holding only the one inside (:func:`sole_chain_top`) a
#: credited caption may follow, past ``WRAPPER_LEVELS``...
SOLE_WRAPPERS_MAX = 6
#: ... and the fewest of them (fewer: the other caption rules' reach).
DEEP_CHAIN = 3
#: Markup whitespace (what XPath's normalize-space() removes; not the no-break space).
SPACE = " \t\r\n"
#: An inline style read without case or spaces.
_STYLE_KEY = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", " ")
#: A number as XPath's number() reads it (the exponent libxml2 also accepts).
_NUMBER = re.compile(r"[ \t\r\n]*(-?(?:[0-9]+\.?[0-9]*|\.[0-9]+))(?:[eE]([-+]?[0-9]*))?[ \t\r\n]*")


def next_significant(node: HtmlElement) -> HtmlElement | None:
    """The sibling after ``node`` past line breaks and blank text, when it is an
    element (None when it is text, or there is none)."""
    if node.tail and node.tail.strip(SPACE):
        return None
    sibling = node.getnext()
    while sibling is not None and sibling.tag == "br":
        if sibling.tail and sibling.tail.strip(SPACE):
            return None
        sibling = sibling.getnext()
    if sibling is None or sibling.tag.__class__ is not str:
        return None  # a comment or processing instruction
    return sibling


def holds_text(element: HtmlElement) -> bool:
    return bool(text_of(element).strip(SPACE))


def normal(text: str) -> str:
    """``text`` with its runs of markup whitespace closed up to one space, ends trimmed.
    A printable text (no tab or newline) without two spaces in a row has nothing to
    close up: the two tests cost about a sixth of the substitution, and half the
    lines read here pass them. The others are closed up by ``str.replace`` (each pass
    halves the runs left; a markup's indents, eight spaces or more, go first), at a
    third of what the regular expression's substitution costs per run."""
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if "  " in text:
        text = text.replace("        ", " ").replace("    ", " ")
        while "  " in text:
            text = text.replace("  ", " ")
    return text.strip(" ")


def opening_text(element: HtmlElement, chars: int) -> str:
    """The start of ``element``'s text with its whitespace closed up, at least ``chars``
    long when the text is: read piece by piece, so that a long block after an image
    (the rest of the story) is never joined whole."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size >= chars:
            opening = normal("".join(pieces))
            if len(opening) >= chars:
                return opening
    return normal("".join(pieces))


def sole_italic(line: HtmlElement) -> HtmlElement | None:
    """The italic element holding all of ``line``'s text as its only child, perhaps
    under wrappers of styling (a ``<span>`` for the font, another for its size) each
    holding nothing but the next."""
    node = line
    for _level in range(WRAPPER_LEVELS + 1):
        # read up to the second element only: the line is often the story's container
        children = node.iterchildren(etree.Element)
        node = next(children, None)
        if node is None or next(children, None) is not None:
            return None
        if node.tag in ITALIC_TAGS:
            return node
        if node.tag not in _STYLING_WRAPPERS:
            return None
    return None


def opens_page(link: HtmlElement) -> bool:
    """Whether a link around an image leads to a page, not to the picture itself or to
    a script (a lightbox)."""
    href = (link.get("href") or "").strip().lower()
    if not href or href.startswith(("#", "javascript:")):
        return False
    return not href.split("?", 1)[0].endswith(IMAGE_FILES)


def small_print(style: str) -> bool:
    """Whether an inline style sets a small font size."""
    _before, found, size = style.translate(_STYLE_KEY).partition("font-size:")
    if not found:
        return False
    for unit, limit in SMALL_SIZES:
        number, has_unit, _after = size.partition(unit)
        if has_unit and _number(number) < limit:
            return True
    return size.startswith(SMALL_KEYWORDS)


def _number(text: str) -> float:
    match = _NUMBER.fullmatch(text)
    if match is None:
        return math.nan
    value = float(match.group(1))
    exponent = match.group(2)
    return value * 10.0 ** int(exponent) if exponent and exponent.lstrip("+-") else value


def sole_chain_top(image: HtmlElement) -> HtmlElement | None:
    """The outermost of ``DEEP_CHAIN`` or more wrappers around ``image`` each holding
    nothing but the one inside (no sibling, no text): however deeply a template nests a
    picture, the line after that chain follows the picture alone. None for most
    pictures, whose parent holds more than them."""
    node = image
    for level in range(SOLE_WRAPPERS_MAX):
        parent = node.getparent()
        if (
            parent is None
            or len(parent) != 1
            or parent.tag in ("body", "html")
            or (parent.text and parent.text.strip(SPACE))
            or (node.tail and node.tail.strip(SPACE))
        ):
            return node if level >= DEEP_CHAIN else None
        node = parent
    return node


def closes_with(element: HtmlElement, ends: tuple[str, ...]) -> bool:
    """Whether the last text in ``element`` ends with one of ``ends`` (trailing space
    aside), told without reading the rest: its last child's tail, else the last text
    inside that child. An empty last leaf (a closing ``<br>``) reads as no."""
    node = element
    while len(node):
        last = node[-1]
        tail: str | None = last.tail
        if tail and not tail.isspace():
            return tail.rstrip().endswith(ends)
        if last.tag.__class__ is not str:
            return False
        node = last
    text: str | None = node.text
    return text is not None and text.rstrip().endswith(ends)
