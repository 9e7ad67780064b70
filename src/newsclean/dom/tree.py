"""Edit and locate elements: removal that keeps the text after an element, and
position tests that never walk the whole tree."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .tags import BLOCK_TAGS, LINE_BREAKS, PHRASING_TAGS

HtmlElement = Any

#: The line break alone, where :func:`text_lines` cuts at no block.
_BREAK = frozenset(("br",))


def remove_element(element: HtmlElement, *, keep_space: bool = False) -> None:
    """Remove ``element`` and its content, keeping its tail text in place (a tail of
    only whitespace too when ``keep_space``: it may separate two words)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and (keep_space or tail.strip()):
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def split_lines(holder: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """``holder``'s children cut into the lines a reader sees: at each ``<br>`` or block
    child, and after a link holding a ``<br>`` (set over two lines). For each
    line, empty ones too, the node whose text (``holder``, first) or tail opens it and
    its nodes, comments with them (their tails are the line's text)."""
    before: HtmlElement = holder
    nodes: list[HtmlElement] = []
    for child in holder:
        tag = child.tag
        if tag in LINE_BREAKS:
            yield before, nodes
            before, nodes = child, []
            continue
        nodes.append(child)
        if tag == "a" and next(child.iter("br"), None) is not None:
            yield before, nodes
            before, nodes = child, []
    yield before, nodes


def text_lines(element: HtmlElement, *, blocks: bool = True) -> list[str]:
    """The raw texts of ``element`` cut at each ``<br>`` and, with ``blocks``, where a
    block starts or ends, at any depth: the lines of a nested box as a reader sees them.
    Unlike :func:`split_lines` (``holder``'s children only, each line's nodes) this
    reads the text inside inline and block children too, and gives strings. Empty lines
    come too; a comment gives its tail (lxml's ``iterwalk`` passes comments over, their
    tails with them). Read without recursion: a page may nest deeper than Python
    recurses."""
    cuts = LINE_BREAKS if blocks else _BREAK
    ends = BLOCK_TAGS if blocks else frozenset()
    lines = [element.text or ""]
    stack: list[tuple[HtmlElement | None, Iterator[HtmlElement]]] = [(None, iter(element))]
    while stack:
        owner, children = stack[-1]
        child = next(children, None)
        if child is None:  # all of ``owner`` read: its end, then its tail
            stack.pop()
            if owner is not None:
                if owner.tag in ends:
                    lines.append("")
                lines[-1] += owner.tail or ""
        elif not isinstance(child.tag, str):
            lines[-1] += child.tail or ""  # a comment: only its tail is text
        else:
            if child.tag in cuts:
                lines.append("")
            lines[-1] += child.text or ""
            stack.append((child, iter(child)))
    return lines


def line_opening(holder: HtmlElement, before: HtmlElement) -> str:
    """The text opening the line after ``before`` (:func:`split_lines`): ``holder``'s
    own text for its first line, else the tail of the node before it."""
    return (holder.text if before is holder else before.tail) or ""


def text_holder(text: Any) -> HtmlElement:
    """The element a text node an XPath gave (``.//text()``) is the text of, or the
    tail of: an XPath finds the text in C, and the holder is what the rules judge."""
    holder = text.getparent()
    return holder.getparent() if text.is_tail else holder


def is_attached(element: HtmlElement, root: HtmlElement) -> bool:
    """True while ``element`` is still in the tree under ``root`` (not in a removed subtree)."""
    node = element
    while True:
        parent = node.getparent()
        if parent is None:
            return node is root
        node = parent


def inside_tag(element: HtmlElement, tag: str, stop: HtmlElement) -> bool:
    """True when an ancestor of ``element`` below ``stop`` is a ``tag`` (a list's item
    between a block and its box, an article between another and the body)."""
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag == tag:
            return True
    return False


def is_below(element: HtmlElement, ancestor: HtmlElement) -> bool:
    """True when ``ancestor`` holds ``element`` (in the tree as it is now)."""
    node = element.getparent()
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def common_ancestor(elements: Sequence[HtmlElement]) -> HtmlElement | None:
    """The innermost element holding every one of ``elements`` (none of them itself:
    one holding another gives that one's parent), or None when there is none."""
    if not elements:
        return None
    first = elements[0]
    shared = set(first.iterancestors())
    for element in elements[1:]:
        shared.intersection_update(element.iterancestors())
    return next((ancestor for ancestor in first.iterancestors() if ancestor in shared), None)


def busiest_holder(
    anchors: Iterable[HtmlElement], top: HtmlElement
) -> tuple[HtmlElement, dict[HtmlElement, list[HtmlElement]]] | None:
    """Of the ancestors of ``anchors`` up to ``top``, the one whose children hold the
    most of them (the first met, on a tie), with those children in the order met, each
    with the anchors it holds; None without anchors. The items of a list known by what
    each item carries (a comment's "Reply", a teaser's linked headline)."""
    held: dict[HtmlElement, dict[HtmlElement, list[HtmlElement]]] = {}
    for anchor in anchors:
        child = anchor
        for ancestor in anchor.iterancestors():
            held.setdefault(ancestor, {}).setdefault(child, []).append(anchor)
            if ancestor is top:
                break
            child = ancestor
    if not held:
        return None
    holder = max(held, key=lambda ancestor: len(held[ancestor]))
    return holder, held[holder]


def precedes(element: HtmlElement, other: HtmlElement) -> bool:
    """True when ``element`` comes before ``other`` in document order (and does not hold it)."""
    chain = [other, *other.iterancestors()]
    below = {node: chain[i - 1] if i else None for i, node in enumerate(chain)}
    child = element
    for node in (element, *element.iterancestors()):
        if node in below:
            other_child = below[node]
            if other_child is None or node is element:
                return False
            return bool(node.index(child) < node.index(other_child))
        child = node
    return False


def previous_element(element: HtmlElement) -> HtmlElement | None:
    """The element before ``element`` among its siblings (comments passed over)."""
    sibling = element.getprevious()
    while sibling is not None and sibling.tag.__class__ is not str:
        sibling = sibling.getprevious()
    return sibling


def next_element(element: HtmlElement) -> HtmlElement | None:
    """The element after ``element`` among its siblings (comments passed over). Read
    with ``getnext()``: the next sibling is nearly always an element, and a sibling
    iterator costs more to build than the step."""
    sibling = element.getnext()
    while sibling is not None and sibling.tag.__class__ is not str:
        sibling = sibling.getnext()
    return sibling


def line_block(element: HtmlElement) -> HtmlElement:
    """The block ``element``'s line stands in: ``element`` or its nearest ancestor that
    is no inline element (the page's root when all are), whose text is the whole line
    ("<p>By <a><b>Jo</b></a> on May 4</p>" for the ``b``)."""
    block = element
    while block.tag in PHRASING_TAGS and block.getparent() is not None:
        block = block.getparent()
    return block
