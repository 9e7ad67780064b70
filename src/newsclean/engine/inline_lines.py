"""Inline text in no block of its own at the body's edges: the line after the last
block, the line before the first, read with the blocks' rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..dom.text import text_of, words_length
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..tuning.pruning import INLINE_HOLDER_MAX_CHARS
from .edge_text import PADDING, normal_text

HtmlElement = Any


def inline_holder(
    empty: HtmlElement,
    containers: Sequence[HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
    around: dict[HtmlElement, HtmlElement | None],
) -> HtmlElement | None:
    """The nearest block around ``empty`` (a block without text) holding text, when
    that text stands in inline elements only, every block inside it empty as well: a
    rating widget's "Rate this article" in a <span> beside a <div> of empty stars. Its
    leaf blocks hold none of its text, so it is read in their stead. None when there is
    no such block below the ``containers``. ``around`` keeps the answer for each parent:
    a row of many empty blocks climbs once."""
    start = empty.getparent()
    if start in around:
        return around[start]
    around[start] = found = _find_inline_holder(start, containers, by_tag)
    return found


def _find_inline_holder(
    parent: HtmlElement | None,
    containers: Sequence[HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
) -> HtmlElement | None:
    """:func:`inline_holder` without the memory."""
    length = 0
    while parent is not None and parent not in containers:
        length = _inline_length(parent, by_tag)
        if length:
            break
        parent = parent.getparent()  # a box of empty boxes (a row of stars): one up
    if (
        parent is None
        or length <= 0
        or length > INLINE_HOLDER_MAX_CHARS
        or parent.tag not in by_tag
    ):
        return None
    return parent


def _inline_length(box: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]) -> int:
    """The length of ``box``'s text, or -1 when a block of the rules' tags inside it
    holds any: read child by child, it stops at the first such block (a wrapper of the
    story at its first paragraph, its whole text never counted), or once it is longer
    than any block the edge rules read."""
    length = len((box.text or "").strip())
    for child in box:
        if child.tag in by_tag:
            if words_length(child):
                return -1
        elif isinstance(child.tag, str):
            length += words_length(child)
        length += len((child.tail or "").strip())
        if length > INLINE_HOLDER_MAX_CHARS:
            return length  # too long to be read: the rest need not be counted
    return length


def loose_after(
    last: HtmlElement, containers: Sequence[HtmlElement]
) -> tuple[list[HtmlElement], list[HtmlElement], list[str]]:
    """The inline text after the body's last block ``last``, up to its container, which
    no block holds: the label of a teaser's button or of a comment form ("Mehr erfahren",
    "Kommentar verfassen") in an <a> or <span> after the story's last paragraph. Returns
    ``last`` and its ancestors (their tails hold some of it), the nodes after them
    (holding the rest) and the texts in the order they read; nothing when they hold more
    than an edge rule reads."""
    chain: list[HtmlElement] = []
    inline: list[HtmlElement] = []
    texts: list[str] = []
    node = last
    while node is not None and node not in containers:
        chain.append(node)
        texts.append(node.tail or "")
        for sibling in node.itersiblings():
            inline.append(sibling)
            if isinstance(sibling.tag, str):  # a comment's text is not the page's
                texts.append(text_of(sibling))
            texts.append(sibling.tail or "")
        if sum(map(len, texts)) > PADDING * 4:
            return [], [], []  # a long text, or its markup's indentation: not read
        node = node.getparent()
    return chain, inline, texts


def closing_line(
    block: HtmlElement,
    by_tag: dict[str, tuple[Rule, ...]],
    matching: Callable[[str, str], list[Rule]],
) -> tuple[list[HtmlElement], list[Rule]]:
    """The nodes of the line closing ``block`` after two ``<br>``
    (:func:`_line_after_breaks`) and the edge rules of a paragraph that take it (none:
    nothing to take)."""
    line = _line_after_breaks(block, by_tag)
    text = normal_text(" ".join(line_text(line))) if line else ""
    fired = matching("p", text) if text and len(text) <= PADDING else []
    return (line, fired) if fired else ([], [])


def take_line(
    line: list[HtmlElement], fired: list[Rule], decisions: Decisions
) -> list[tuple[HtmlElement, str]]:
    """The nodes of ``line`` (:func:`closing_line`), each with the first rule's name,
    their decisions recorded; their tails go with them."""
    elements = [node for node in line if node.tag != "br"]
    for rule in fired if elements else ():  # a text in tails only has no element
        decisions.record(elements[0], rule)
    for node in line:
        node.tail = None
    return [(node, fired[0].name) for node in line]


def text_above(line: list[HtmlElement]) -> str:
    """The text of the block holding ``line`` before it (:func:`closing_line`), as the
    edge rules read it."""
    block = line[0].getparent()
    before = list(block)[: block.index(line[0])]
    return normal_text(" ".join([block.text or "", *line_text(before)]))


def _line_after_breaks(
    block: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]
) -> list[HtmlElement]:
    """The last line of ``block`` (the body's last block holding text) set after two
    ``<br>`` in a row, below the story's own text: the two breaks and the inline nodes
    after them, which render as a block of their own ("... Partner fürs Renovieren.
    <br><br><i>Verraten Sie gerne in den Kommentaren: ...</i>"). Empty when a block of
    the rules' tags stands after the breaks, or when no text comes before them."""
    children = list(block)
    for index in range(len(children) - 1, 0, -1):
        child = children[index]
        if not isinstance(child.tag, str):
            continue
        if holds_block(child, by_tag):
            return []
        first = children[index - 1]
        if child.tag == "br" and first.tag == "br" and not (first.tail or "").strip():
            before = (block.text or "").strip() or any(
                words_length(node) or (node.tail or "").strip() for node in children[: index - 1]
            )
            return children[index - 1 :] if before else []
    return []


def holds_block(element: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]) -> bool:
    """True when ``element`` is or holds a block of the edge rules' tags (a line's inline
    nodes hold none)."""
    return element.tag in by_tag or next(element.iter(*by_tag), None) is not None


def line_text(nodes: Sequence[HtmlElement]) -> list[str]:
    """The texts of ``nodes`` (siblings) and of their tails, in the order they read; a
    comment's text is not the page's."""
    texts: list[str] = []
    for node in nodes:
        if isinstance(node.tag, str):
            texts.append(text_of(node))
        texts.append(node.tail or "")
    return texts


def inline_text_before(
    block: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]
) -> list[HtmlElement]:
    """The inline elements right before ``block`` (a closing block the edge rules took)
    among its siblings, up to the first that is or holds a block of the rules' tags: a
    comment box's "Kommentar hinzufügen" link set between the thread and its notice,
    in no block of its own. Empty when loose text stands between them."""
    found: list[HtmlElement] = []
    for sibling in block.itersiblings(preceding=True):
        if (sibling.tail or "").strip() or not isinstance(sibling.tag, str):
            break
        if holds_block(sibling, by_tag):
            break
        found.append(sibling)
    return found if any(words_length(node) for node in found) else []


def text_beside(box: HtmlElement, block: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]) -> str:
    """The text of ``box`` outside ``block`` (a closing block the edge rules took), when
    it stands in inline elements only: a comment form's "Kommentar verfassen" in a
    <span> above its notice. Empty when another block in ``box`` holds text, or when
    it is longer than an edge rule reads."""
    texts = [box.text or ""]
    for child in box:
        if child is not block:
            if child.tag in by_tag and words_length(child):
                return ""
            if isinstance(child.tag, str):
                texts.append(text_of(child))
        texts.append(child.tail or "")
        if sum(map(len, texts)) > PADDING * 4:
            return ""
    return normal_text(" ".join(texts))
