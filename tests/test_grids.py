"""Tables of the story's data whose cells are links stay; tables and lists of links go."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsclean import extract
from newsclean.engine.grids import in_data_table
from newsclean.settings import Tuning

URL = "https://www.trackside-weekly.example/2025/05/12/league-table/"
STORY = (
    "<p>The league's spring round ended on Sunday with three clubs level on points, so "
    "the final order came down to the number of races won over the season.</p>"
    "<p>The organisers publish the standings after each round; the clubs below are "
    "linked to their pages, where riders and results of every race are listed.</p>"
)


def _row(cells: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"


def _club(name: str) -> str:
    return f"<a href='/clubs/{name.lower().replace(' ', '-')}/'>{name}</a>"


CLUBS = ("Riverside Wheelers", "North Moor CC", "Harbour Velo")
#: linked names beside values outside links, no header
VALUES = "".join(
    _row([_club(name), f"{40 - n} pts", f"{6 - n} wins"]) for n, name in enumerate(CLUBS)
)
#: every cell linked, under a header row of labels
HEADED = _row(["Club", "Profile"], "th") + "".join(
    _row([_club(name), _club(f"{name} riders")]) for name in CLUBS
)
#: every cell linked, no header: the site's sections set in a table
SECTIONS = "".join(_row([_club(f"{name} news"), _club(f"{name} photos")]) for name in CLUBS)
#: one column of links
COLUMN = "".join(_row([_club(name)]) for name in CLUBS)


def _page(table: str) -> str:
    return (
        f"<html><body><div><h1>League table</h1>{STORY}<table>{table}</table>"
        "<p>The next round starts in June on the coast road, with a time trial on the first "
        "morning and the mountain stage two days later.</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("table", "kept"), [(VALUES, True), (HEADED, True), (SECTIONS, False), (COLUMN, False)]
)
def test_data_tables_of_links_stay_and_tables_of_links_go(table: str, kept: bool) -> None:
    text = extract(_page(table), url=URL).text
    assert "the final order came down" in text
    assert "The next round starts in June" in text
    assert ("North Moor CC" in text) is kept


def test_a_cell_of_a_data_table_is_in_it_and_the_table_s_box_is_not() -> None:
    root = lxml_html.fromstring(_page(VALUES))
    box = root.find(".//div")
    table = root.find(".//table")
    link = table.find(".//a")
    tuning = Tuning()
    assert in_data_table(table, box, tuning)
    assert in_data_table(link, box, tuning)
    assert not in_data_table(box, root, tuning)
    assert not in_data_table(table, table, tuning)  # the container itself is read whole


def test_a_layout_table_holding_a_menu_is_no_data_table() -> None:
    menu = "<ul><li><a href='/a/'>Home</a></li><li><a href='/b/'>News</a></li></ul>"
    root = lxml_html.fromstring(
        "<div><table>" + "".join(_row([menu, "12 pts"]) for _ in range(3)) + "</table></div>"
    )
    assert not in_data_table(root.find(".//a"), root, Tuning())


def test_long_cells_make_a_layout_table() -> None:
    long_cell = "A whole story set in a cell of a layout table, sentence after sentence. " * 6
    root = lxml_html.fromstring(
        "<div><table>"
        + "".join(_row([_club(name), long_cell]) for name in CLUBS)
        + "</table></div>"
    )
    assert not in_data_table(root.find(".//a"), root, Tuning())
