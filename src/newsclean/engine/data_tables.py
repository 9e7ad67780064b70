"""A data table's parts, read as the reader sees them: its cells, its footer.

A cell of a data table (a grid of short cells, :mod:`.grids`) is often named after its
column ("ticker", "author", "date", "shares", "comments"), words the class rules read as a
widget's: such a cell holding text and no block is the table's, never a widget set on its own,
and no word in its name takes it out (:func:`data_cells`, ``data-cells`` in
``explain()``); the table is weighed as a whole.

A long data table often repeats its column headings in its ``<tfoot>`` so that they
stand under the last rows too ("Pos Player Plays Stats" over and under a team's
snap counts). On the screen that is a guide for the eye; in the text it is the
header said twice, the copy set before the first row, since the markup may put the
footer ahead of the rows (HTML 4 asked for that order) while a browser always draws
it last. So a footer whose one row says what the header row says goes
(:data:`FOOTER_COPIES`), and a footer of its own (a row of totals) set before the rows
is moved after them, where it is shown (:func:`settle_footers`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..dom.tags import BLOCK_TAGS
from ..dom.text import collapse_space, text_of
from ..dom.tree import remove_element
from ..settings import Tuning
from .grids import is_grid

HtmlElement = Any

#: Why a weak drop of a data table's cell was vetoed, as ``explain()`` reports it.
DATA_CELLS = "data-cells: a data table's cell, named after its column"
#: The name the observer reports for a footer repeating the header.
FOOTER_COPIES = "table-footer-copies"
#: The cells of a row.
CELLS = frozenset(("td", "th"))


def data_cells(elements: Iterable[HtmlElement], tuning: Tuning) -> list[HtmlElement]:
    """The ``elements`` that are cells (``td``, ``th``) holding text and no block in a
    grid of data (:func:`.grids.is_grid`, read once a table): a data table's cells, not
    a layout table's columns nor cells of icons (a row's share buttons)."""
    grids: dict[HtmlElement, bool] = {}
    found = []
    for cell in elements:
        if cell.tag not in CELLS or next(cell.iter(*BLOCK_TAGS), None) is not None:
            continue  # a layout's column holds boxes, paragraphs, lists
        if not text_of(cell).strip():
            continue  # icons linking out (a contributor's profiles): the widget's
        table = next(cell.iterancestors("table"), None)
        if table is None:
            continue
        if table not in grids:
            grids[table] = is_grid(table, tuning)
        if grids[table]:
            found.append(cell)
    return found


def settle_footers(root: HtmlElement) -> list[HtmlElement]:
    """Remove each table footer under ``root`` that repeats its table's header row and
    move the others after the table's rows; return the footers removed."""
    removed = []
    for footer in list(root.iter("tfoot")):
        table = footer.getparent()
        if table is None or table.tag != "table":
            continue
        header = _header_row(table)
        rows = [row for row in footer if row.tag == "tr"]
        said = _cells(header) if header is not None else None
        if said is not None and len(rows) == 1 and _cells(rows[0]) == said:
            remove_element(footer)
            removed.append(footer)
        elif footer.getnext() is not None:
            _move_last(footer, table)
    return removed


def _header_row(table: HtmlElement) -> HtmlElement | None:
    """The row of column headings of ``table``: its ``<thead>``'s first row, else its
    first row when every cell of it is a heading cell; None when it has none."""
    for part in table:
        if part.tag == "thead":
            return next((row for row in part if row.tag == "tr"), None)
        if part.tag == "tr":
            return part if _all_headings(part) else None
        if part.tag == "tbody":
            first = next((row for row in part if row.tag == "tr"), None)
            return first if first is not None and _all_headings(first) else None
    return None


def _all_headings(row: HtmlElement) -> bool:
    cells = [cell.tag for cell in row if cell.tag in CELLS]
    return bool(cells) and all(tag == "th" for tag in cells)


def _cells(row: HtmlElement) -> list[str] | None:
    """The texts of ``row``'s cells, whitespace closed up; None for a row without text
    (an empty footer repeats nothing)."""
    texts = [collapse_space(text_of(cell)) for cell in row if cell.tag in CELLS]
    return texts if any(texts) else None


def _move_last(footer: HtmlElement, table: HtmlElement) -> None:
    """Move ``footer`` to the end of ``table``, its tail text left where it stood."""
    remove_element(footer)
    footer.tail = None
    table.append(footer)
