"""Paragraphs set wholly inside links (a teaser card's blurb, its title linked over
it): the scores count them as prose, so a box of teaser cards beside the story adds
"paragraph text" and the body was widened over it (:func:`.widening.widen` passes such
a box over)."""

from __future__ import annotations

from typing import Any, cast

from lxml import etree

from ..dom.text import link_density, text_of
from ..dom.tree import is_below
from ..settings import Tuning

HtmlElement = Any

#: The blocks that may be read as linked: a paragraph (or item, quote, definition)
#: inside a link, or one holding a link; a block of no link is read no further.
_LINKED_BLOCKS = etree.XPath(
    ".//a[@href]//*[self::p or self::li or self::dd or self::blockquote]"
    " | .//*[self::p or self::li or self::dd or self::blockquote][.//a[@href]]"
)


def linked_chars(
    box: HtmlElement, inner: HtmlElement, chars: dict[HtmlElement, int], tuning: Tuning
) -> int:
    """The paragraph characters (``chars``) of ``box``, outside ``inner``, in blocks
    whose text is all inside links (``widen_linked_share`` of it at least): a teaser's
    blurb, a linked card's, counted as the story's prose by the scores."""
    found: set[HtmlElement] = set()
    total = 0
    for block in cast(list[HtmlElement], _LINKED_BLOCKS(box)):
        length = chars.get(block, 0)
        if not length or is_below(block, inner) or block is inner:
            continue
        if found and any(ancestor in found for ancestor in block.iterancestors()):
            continue  # counted with the block around it
        if _in_link(block, box) or link_density(block, len(text_of(block).strip())) >= (
            tuning.widen_linked_share
        ):
            found.add(block)
            total += length
    return total


def _in_link(block: HtmlElement, box: HtmlElement) -> bool:
    """True when a link inside ``box`` holds ``block``."""
    for ancestor in block.iterancestors():
        if ancestor is box:
            return False
        if ancestor.tag == "a" and ancestor.get("href") is not None:
            return True
    return False
