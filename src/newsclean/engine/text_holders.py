"""The elements holding a container's last text, or the last text before a node: the
steps the edges and the closing blocks take back from the end, one text at a time,
without reading the whole container.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

HtmlElement = Any


def last_text_holder(element: HtmlElement) -> HtmlElement | None:
    """The element holding the last text of ``element`` (as its text, or as the tail of
    one of its children), or None: read from the end, down the last branches only, with
    a stack of its own (a page may nest deeper than Python recurses)."""
    stack = [(element, reversed(element))]
    while stack:
        parent, children = stack[-1]
        child = next(children, None)
        if child is None:  # all read: its own text comes before its children
            stack.pop()
            if parent.text and parent.text.strip():
                return parent
        elif child.tail and child.tail.strip():
            return parent
        elif child.tag.__class__ is str:
            stack.append((child, reversed(child)))
    return None


def text_holder_before(node: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The element holding the last text before ``node`` inside ``container``."""
    while node is not container:
        parent = node.getparent()
        found = _holder_among(node.itersiblings(preceding=True), parent)
        if found is not None:
            return found
        if parent.text and parent.text.strip():
            return parent
        node = parent
    return None


def _holder_among(children: Iterable[HtmlElement], parent: HtmlElement) -> HtmlElement | None:
    """The element holding the last text of ``children`` (siblings under ``parent``,
    last first), their tails read as ``parent``'s text."""
    for child in children:
        if child.tail and child.tail.strip():
            return parent
        if child.tag.__class__ is str:
            found = last_text_holder(child)
            if found is not None:
                return found
    return None
