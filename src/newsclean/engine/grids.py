"""Tables of the story's data whose cells link the names they list.

A comparison of platforms, apps or products often links each name in its first
column to that item's page, and may link every mark of its grid too ("yes" icons
leading to the same page): the table then reads as a list of links. A grid of rows,
each with several cells, under a header row of labels or beside cells of values
outside links ("71.1 MB", "-81%"), is the story's table. A menu, a rail or a footer
set in a table has one column, or only linked cells and no header; a layout table
holds lists, tables or whole stories in its cells.
"""

from __future__ import annotations

from typing import Any

from ..dom.text import text_of
from ..dom.tree import is_below
from ..settings import Tuning

HtmlElement = Any

_CELLS = ("td", "th")
#: What a data table's cell never holds: a layout table's nested tables and menus.
_LAYOUT_BLOCKS = ("table", "ul", "ol", "dl", "nav")


def in_data_table(element: HtmlElement, container: HtmlElement, tuning: Tuning) -> bool:
    """True when ``element`` is a data table (see the module docstring) inside
    ``container``, or one of its rows or a part of one of its cells."""
    for table in element.iterancestors("table") if element.tag != "table" else (element,):
        return table is not container and is_below(table, container) and is_grid(table, tuning)
    return False


def is_grid(table: HtmlElement, tuning: Tuning) -> bool:
    """True when ``table`` is a grid of data: ``grid_min_rows`` rows at least, most of
    several cells, each cell short, with a header row of labels outside links or
    values outside links in half of the other rows."""
    if any(inner is not table for inner in table.iter(*_LAYOUT_BLOCKS)):
        return False
    rows = [[cell for cell in row if cell.tag in _CELLS] for row in table.iter("tr")]
    wide = [cells for cells in rows if len(cells) >= 2]
    if len(wide) < tuning.grid_min_rows or len(wide) * 2 < len(rows):
        return False
    texts = [[text_of(cell).strip() for cell in cells] for cells in wide]
    if any(len(text) > tuning.grid_cell_max_chars for cells in texts for text in cells):
        return False
    header = [cells for cells in wide if all(cell.tag == "th" for cell in cells)]
    if header and not any(_linked(cell) for cell in header[0]):
        return True
    valued = [
        cells
        for cells, row_texts in zip(wide, texts, strict=True)
        if any(text and not _linked(cell) for cell, text in zip(cells, row_texts, strict=True))
    ]
    return len(valued) * 2 >= len(wide)


def _linked(cell: HtmlElement) -> bool:
    return next(cell.iter("a"), None) is not None
