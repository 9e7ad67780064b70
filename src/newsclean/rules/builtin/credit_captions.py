"""Captions found from the credit line under them, where no image rule reads them: a
line standing between a picture and its credit (which the standfirst finder passes
by), and a caption over a credit beside an empty lazy-load slot (which the engine
drops as ``placeholder-captions``).
"""

from __future__ import annotations

import re
from typing import Any

from ...dom.text import text_of, words_length
from ..matchers import Tags
from ..model import Effect, Role, Rule
from .caption_markup import (
    CAPTION_TAGS,
    NOT_IN_CAPTION,
    SPACE,
    WRAPPER_LEVELS,
    holds_text,
    next_significant,
    normal,
)
from .picture_credits import CREDITED_CAPTION_MAX_CHARS, credit_element

HtmlElement = Any

#: A box kept at a picture's shape until its image loads: a padding in percent of its
#: width ("padding-bottom: 56.25%"), or an aspect ratio.
PLACEHOLDER_STYLE = re.compile(r"padding-(?:bottom|top)\s*:\s*[0-9.]+%|aspect-ratio", re.IGNORECASE)
#: The attributes a lazy loader reads a picture's address from.
_LAZY_SOURCE_ATTRIBUTES = ("data-src", "data-srcset", "data-lazy-src", "data-original", "data-bg")


def between_picture_and_credit(line: HtmlElement) -> bool:
    """Whether ``line`` stands where a caption stands: first in its box, after nothing
    but a picture (or nothing: the picture may be taken out by then), with a picture's
    credit line (:func:`.picture_credits.is_credit_line`) right after it or after the
    wrappers holding nothing but it (up to ``WRAPPER_LEVELS``). A standfirst follows its
    headline."""
    node = line
    own = normal(text_of(line))
    for _level in range(WRAPPER_LEVELS):
        if _text_stands_before(node):
            return False
        following = next_significant(node)
        if following is not None:
            return credit_element(following)
        if node.getnext() is not None or (node.tail and node.tail.strip(SPACE)):
            return False  # text or a comment follows: no credit
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or normal(text_of(node)) != own:
            return False
    return False


def caption_beside_placeholder(credit: HtmlElement) -> HtmlElement | None:
    """The caption over ``credit`` (a picture's credit line a rule took) when the two
    follow an empty picture slot: a lazy-loaded picture's placeholder, its image not yet
    set (:func:`_is_placeholder`). The caption is the credit's one sibling before it,
    first in its box, with the placeholder right before it or before that box; a caption
    rule reads from a real ``<img>`` only, and this slot holds none."""
    line = credit.getprevious()
    if (
        line is None
        or line.tag.__class__ is not str
        or line.tag not in CAPTION_TAGS
        or (line.tail and line.tail.strip(SPACE))
        or next(line.iter(*NOT_IN_CAPTION, "img", "picture"), None) is not None
    ):
        return None
    size = words_length(line)
    if not 0 < size <= CREDITED_CAPTION_MAX_CHARS:
        return None
    node = line
    for _level in range(2):
        before = node.getprevious()
        if before is not None:
            return line if before.tag.__class__ is str and _is_placeholder(before) else None
        parent = node.getparent()
        if parent is None or (parent.text and parent.text.strip(SPACE)):
            return None
        node = parent
    return None


def _is_placeholder(element: HtmlElement) -> bool:
    """An empty picture slot: no text, no image, and a lazy-loader's source attribute
    or a box kept at the picture's shape by its padding, on it or inside it."""
    if holds_text(element) or next(element.iter("img"), None) is not None:
        return False
    for node in element.iter():
        if node.tag.__class__ is not str:
            continue
        style = node.get("style")
        if style is not None and PLACEHOLDER_STYLE.search(style) is not None:
            return True
        if any(node.get(name) for name in _LAZY_SOURCE_ATTRIBUTES):
            return True
    return False


def _text_stands_before(node: HtmlElement) -> bool:
    """Whether text stands before ``node`` in its parent (a picture holds none)."""
    parent = node.getparent()
    if parent is not None and parent.text and parent.text.strip(SPACE):
        return True
    for sibling in node.itersiblings(preceding=True):
        if (sibling.tail and sibling.tail.strip(SPACE)) or (
            sibling.tag.__class__ is str and holds_text(sibling)
        ):
            return True
    return False


#: Stands in for a rule on a caption over its credit beside an empty picture slot (the
#: engine finds it from the credit lines the text rules take inside the body).
PLACEHOLDER_CAPTIONS = Rule(
    "placeholder-captions",
    Tags("div p span"),
    Effect.DROP,
    description="A caption over a picture's credit line where the picture is an empty "
    "lazy-load slot (a box with a data-src or a padding kept at the picture's shape), "
    "no <img> yet: the caption the image rules read under a real picture.",
    role=Role.CAPTION,
)
