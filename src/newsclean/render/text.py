"""Render an element tree as plain text: one block per paragraph, blank line between.

The text is serialised once by lxml (in C). Before that, block elements get a
private-use marker around them and ``<br>`` another, so that the Python side
only splits and tidies strings instead of walking the tree.

A data table (no block inside its cells) is one block: a line per row, its cells
separated by a tab. A layout table (paragraphs in its cells) is read as its blocks.
The layout's invisible hints (soft hyphens, zero-width spaces: ``dom.hints``) go.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from lxml import etree

from ..dom.hints import without_hints
from ..dom.spelling import composed
from ..dom.tags import BLOCK_TAGS

HtmlElement = Any

_CELL_TAGS = ("td", "th")
_BLOCK = "\ue000"  # private-use characters never found in page text we keep
_BREAK = "\ue001"
_PRE = "\ue002"
_CELL = "\ue003"
#: The parts of a table that are rows, not blocks, when the table holds data.
_ROW_PARTS = frozenset(("tbody", "thead", "tfoot", "tr"))
#: Block tags a data table may hold: its row parts and its caption (a block of its own).
_DATA_TABLE_BLOCKS = _ROW_PARTS | {"caption"}
#: A block boundary: block markers, or two line breaks, with only space between.
_BLOCKS = re.compile(f"(?:{_BLOCK}|{_BREAK}[ \\t\\r\\n]*{_BREAK})[\\s{_BLOCK}{_BREAK}]*")
#: The same boundary in the UTF-8 bytes of the text.
_BLOCKS_UTF8 = re.compile(
    b"(?:%s|%s[ \\t\\r\\n]*%s)(?:\\s|%s|%s)*"
    % (_BLOCK.encode(), _BREAK.encode(), _BREAK.encode(), _BLOCK.encode(), _BREAK.encode())
)
#: Past this many block elements a tree is rendered to spare memory rather than time.
LEAN_BLOCKS = 2000


def render_text(roots: Iterable[HtmlElement], *, lean: bool | None = None) -> str:
    """The text of ``roots`` in document order, blocks separated by a blank line.

    The elements are marked up in place: render a tree only once. A tree of
    more than :data:`LEAN_BLOCKS` blocks (or any, with ``lean=True``) is
    rendered the lean way, to the same text: fewer markers, so fewer text
    nodes, and split as UTF-8 bytes, so the page's text is never held as one
    wide ``str`` (the markers would make it two bytes a character).
    """
    blocks: list[str] = []
    for root in roots:
        # the blocks counted to choose the way are the ones the usual way marks: listed
        # once (at most LEAN_BLOCKS + 1 of them), not found again by a second pass
        found = None
        if lean is None:
            found = list(_first_blocks(root, LEAN_BLOCKS + 1))
            sparse = len(found) > LEAN_BLOCKS
        else:
            sparse = lean
        _mark(root, sparse=sparse, blocks=None if sparse else found)
        if sparse:
            raw = etree.tostring(root, method="text", encoding="utf-8", with_tail=False)
            start = 0
            for boundary in _BLOCKS_UTF8.finditer(raw):
                _add_block(without_hints(raw[start : boundary.start()].decode("utf-8")), blocks)
                start = boundary.end()
            _add_block(without_hints(raw[start:].decode("utf-8")), blocks)
        else:
            text = etree.tostring(root, method="text", encoding="unicode", with_tail=False)
            # the layout's hints go before the blocks are tidied: one left alone is no block
            text = without_hints(text)
            for chunk in _BLOCKS.split(text):
                _add_block(chunk, blocks)
    text = "\n\n".join(blocks)
    # one spelling per character: decomposed accents (common in copy-pasted text) composed
    return composed(text)


def _first_blocks(root: HtmlElement, count: int) -> Iterable[HtmlElement]:
    """The first ``count`` block elements of ``root`` (itself included), in document order."""
    return itertools.islice(root.iter(*BLOCK_TAGS), count)


def _add_block(chunk: str, blocks: list[str]) -> None:
    """Tidy the text between two block boundaries and keep it unless blank."""
    if _PRE in chunk:
        block = chunk.replace(_PRE, "").replace(_BREAK, "\n").strip("\n")
        if block.strip():
            blocks.append(block)
        return
    if _BREAK in chunk:
        lines = [_line(line) for line in chunk.split(_BREAK)]
        block = "\n".join(line for line in lines if line.strip())
    else:
        block = _line(chunk)
    if block.strip():
        blocks.append(block)


def _line(text: str) -> str:
    """One line, spaces collapsed; a table row's cells joined by a tab.

    Spaces are collapsed by splitting, not with ``collapse_space``: on very long
    paragraphs its shortcut raised the peak memory (bench/memory_bound.py: 84 to 94 MB
    for 12 MiB of text) to save 0.35% of instructions."""
    if _CELL not in text:
        return " ".join(text.split())
    cells = text.split(_CELL)
    if not cells[0].strip():
        cells = cells[1:]  # the space before the row's first cell
    return "\t".join(" ".join(cell.split()) for cell in cells)


def _data_table_rows(root: HtmlElement) -> set[HtmlElement]:
    """The row parts (``tbody``, ``tr``...) of the data tables under ``root``: tables
    whose cells hold no block (a nested table or a paragraph makes a layout table)."""
    rows: set[HtmlElement] = set()
    for table in root.iter("table"):
        parts = [e for e in table.iter(*BLOCK_TAGS) if e is not table]
        if all(part.tag in _DATA_TABLE_BLOCKS for part in parts):
            rows.update(part for part in parts if part.tag in _ROW_PARTS)
    return rows


def _mark_rows(rows: set[HtmlElement]) -> None:
    """A line break after each row of a data table, a cell marker before each cell."""
    for row in rows:
        if row.tag != "tr":
            continue
        _set(row, "tail", _BREAK + (row.tail or ""))
        for cell in row:
            if cell.tag in _CELL_TAGS:
                _set(cell, "text", _CELL + (cell.text or ""))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _set(element: HtmlElement, field: str, value: str) -> None:
    """Set text or tail; lxml refuses control characters that HTML parsing let through."""
    try:
        setattr(element, field, value)
    except ValueError:
        setattr(element, field, _NOT_XML.sub("", value))


#: Blocks whose own opening marker can stand in for one before them (a ``pre``
#: opens with its preformatting marker first, so it cannot).
_OPENING = BLOCK_TAGS - {"pre"}
#: Space the block-boundary pattern passes over between markers.
_SPACE = " \t\r\n"


def _mark(
    root: HtmlElement, *, sparse: bool = False, blocks: list[HtmlElement] | None = None
) -> None:
    """Put the markers in the text (see the module docstring); ``blocks``: the block
    elements of ``root`` when the caller listed them all already.

    ``sparse`` leaves a block marker out where another one follows with only
    space between, which spares a text node per block: before a blank text
    that a block child opens, and in a blank tail followed by a block sibling
    or by the end of a block parent. Preformatted text keeps every marker.
    That costs more calls per block than it saves for a page of usual size.
    """
    rows = _data_table_rows(root) if root.find(".//table") is not None else set()
    if sparse:
        _mark_blocks_sparsely(root, rows)
    else:
        for element in root.iter(*BLOCK_TAGS) if blocks is None else blocks:
            if element in rows:
                continue
            _set(element, "text", _BLOCK + (element.text or ""))
            if element is not root:
                _set(element, "tail", _BLOCK + (element.tail or ""))
    for element in root.iter("br"):
        _set(element, "tail", _BREAK + (element.tail or ""))
    _mark_rows(rows)
    for element in root.iter(*_CELL_TAGS):
        if element.getparent() in rows:
            continue
        _set(element, "text", " " + (element.text or ""))
        if element is not root:
            _set(element, "tail", " " + (element.tail or ""))
    for element in root.iter("pre"):
        # keep the layout of preformatted text: mark every text piece inside
        for inner in element.iter():
            if inner.text:
                _set(inner, "text", inner.text.replace("\n", _BREAK + _PRE))
            if inner is not element and inner.tail:
                _set(inner, "tail", inner.tail.replace("\n", _BREAK + _PRE))
        _set(element, "text", _PRE + (element.text or ""))


def _mark_blocks_sparsely(root: HtmlElement, rows: set[HtmlElement]) -> None:
    """``rows``: the row parts of data tables, which are not blocks."""
    in_pre = {inner for pre in root.iter("pre") for inner in pre.iter()}
    for element in root.iter(*BLOCK_TAGS):
        if element in rows:
            continue
        text = element.text
        if (
            (text and text.strip(_SPACE))
            or element in in_pre
            or not len(element)
            or not _opens(element[0], rows)
        ):
            _set(element, "text", _BLOCK + (text or ""))
        if element is root:
            continue
        tail = element.tail
        if (
            (tail and tail.strip(_SPACE))
            or element in in_pre
            or not _block_follows(element, root, rows)
        ):
            _set(element, "tail", _BLOCK + (tail or ""))


def _opens(element: HtmlElement, rows: set[HtmlElement]) -> bool:
    """``element`` starts with a block marker of its own."""
    return element.tag in _OPENING and element not in rows


def _block_follows(element: HtmlElement, root: HtmlElement, rows: set[HtmlElement]) -> bool:
    """True when a block boundary comes right after ``element`` anyway: a block
    sibling starts, or a block parent (or the rendered tree) ends."""
    following = element.getnext()
    if following is not None:
        return _opens(following, rows)
    parent = element.getparent()
    return parent is root or parent is None or (parent.tag in BLOCK_TAGS and parent not in rows)
