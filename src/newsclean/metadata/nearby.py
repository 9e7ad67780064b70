"""The text around the headline, where bylines and date lines stand, and the reader
comments whose names and dates are not the article's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

HtmlElement = Any

_COMMENTS = re.compile(r"comment|disqus|respond|discussion", re.IGNORECASE)
_PAGE_ROOTS = frozenset(("body", "html"))


def texts_after(start: HtmlElement, limit: int) -> Iterator[tuple[str, HtmlElement]]:
    """Up to ``limit`` non-blank texts after ``start`` (not inside it), each with its element."""
    # each .text and .tail read builds a new string: each is read once
    count = 0
    node = start
    while node is not None:
        parent = node.getparent()
        tail = node.tail
        if tail and tail.strip() and parent is not None:
            yield tail, parent
            count += 1
        for sibling in node.itersiblings():
            for element in sibling.iter(etree.Element):  # no comments or PIs
                text = element.text
                if text and text.strip():
                    yield text, element
                    count += 1
                if element is not sibling:
                    tail = element.tail
                    if tail and tail.strip():
                        yield tail, element.getparent()
                        count += 1
                if count >= limit:
                    return
            tail = sibling.tail
            if tail and tail.strip():
                yield tail, parent
                count += 1
        node = parent


def in_figure(element: HtmlElement) -> bool:
    """True inside a figure or its caption, where names are the picture's credits."""
    return any(node.tag in ("figure", "figcaption") for node in element.iterancestors())


def in_comments(element: HtmlElement) -> bool:
    """True inside a reader-comment section: its names and dates are not the article's.

    The page's root and body are never the section: their classes are the page's
    switches ("comments-on", "flag-unfollowComments"), said of the whole page."""
    for node in itertools.chain((element,), itertools.islice(element.iterancestors(), 12)):
        if node.tag in _PAGE_ROOTS:
            return False
        if _COMMENTS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def held_texts_before(start: HtmlElement, limit: int) -> Iterator[tuple[str, HtmlElement]]:
    """Up to ``limit`` non-blank texts before ``start`` (not inside it), nearest first,
    each with its element, up to the page's body: :func:`texts_after` read backwards,
    tails and a parent's own text included (:func:`.mastheads.texts_above` reads the elements'
    texts only, for the dates)."""
    texts = ((text, holder) for text, holder in _walk_back(start) if text.strip())
    for count, found in enumerate(texts, 1):
        yield found
        if count >= limit:
            return


def _walk_back(start: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """The texts before ``start`` in reverse reading order, each with its element."""
    node = start
    while node is not None and node.tag not in _PAGE_ROOTS:
        parent = node.getparent()
        for sibling in node.itersiblings(preceding=True):
            yield sibling.tail or "", parent
            yield from _reversed_texts(sibling)
        if parent is not None:
            yield parent.text or "", parent
        node = parent


def _reversed_texts(element: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """``element``'s own texts and its children's, last first."""
    if not isinstance(element.tag, str):
        return  # a comment's or an instruction's text is not shown
    for child in reversed(element):
        yield child.tail or "", element
        yield from _reversed_texts(child)
    yield element.text or "", element
