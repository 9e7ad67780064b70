"""Tables built of other elements and named by their ARIA roles.

A grid of ``div`` cells laid out as a table by its style (a data grid widget, a
spreadsheet export) says what it is only through ``role`` attributes: "table" or
"grid" around "row"s of "cell"s, "gridcell"s and headers. Such a grid is given the tags
of a table, so that it reads as one in every output (a line per row, its cells
separated by tabs) and goes with the tables when they are left out. Without the roles
nothing tells a grid of boxes from a list of cards, whose "rows" are no table's: a
grid is only taken on its word, and only when it is built the way its roles say.

Read in the chosen body once the rules have pruned it (a pass over the page's every
element for a role cost as much as an eighth of an extraction): a cell the rules took
for a line of its own (a time of day alone, "07:42") is gone by then.
"""

from __future__ import annotations

from typing import Any

HtmlElement = Any

#: The role naming a table, and the tag it gets.
_TABLE_ROLES = ("table", "grid", "treegrid")
#: The tags of the roles inside one: a group of rows, a row, and its cells.
_PART_TAGS = {
    "rowgroup": "tbody",
    "row": "tr",
    "cell": "td",
    "gridcell": "td",
    "columnheader": "th",
    "rowheader": "th",
}
_CELL_ROLES = frozenset(("cell", "gridcell", "columnheader", "rowheader"))
#: What a grid is built of (a list's items are no cells): read from its own role only.
_GRID_TAGS = ("div", "section")


def tabulate_roles(root: HtmlElement) -> list[HtmlElement]:
    """Give each grid under ``root`` built as its roles say (:func:`_parts`) the tags
    of a table; return the grids so tagged."""
    grids = [element for element in root.iter(*_GRID_TAGS) if element.get("role") in _TABLE_ROLES]
    done = []
    for grid in grids:
        parts = _parts(grid)
        if parts:
            grid.tag = "table"
            for part in parts:
                part.tag = _PART_TAGS[part.get("role")]
            done.append(grid)
    return done


def _parts(grid: HtmlElement) -> list[HtmlElement]:
    """The row groups, rows and cells of ``grid``, or none when it is not built as a
    table: its children are rows or groups of rows, a row's children are cells."""
    parts: list[HtmlElement] = []
    for child in grid.iterchildren("*"):
        rows = [child]
        if child.get("role") == "rowgroup":
            parts.append(child)
            rows = list(child.iterchildren("*"))
        for row in rows:
            if row.get("role") != "row":
                return []
            cells = list(row.iterchildren("*"))
            if not cells or any(cell.get("role") not in _CELL_ROLES for cell in cells):
                return []
            parts.append(row)
            parts.extend(cells)
    return parts
