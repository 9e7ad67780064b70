"""Rows standing between two parts of the body join it (the rows made alike)."""

from __future__ import annotations

from pathlib import Path

from newsclean import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"

_ROW = '<div class="r1 r2"><div class="r3"><div class="r4">{}</div></div></div>'
_PROSE = (
    "<p>The council met on Tuesday to weigh the bridge repairs, which the engineers say "
    "cannot wait another winter without the load limit falling to seven tonnes, and the "
    "buses rerouted through the old town centre for as long as the work lasts.</p>"
    "<p>Residents on both banks spoke at the meeting, most of them in favour of closing "
    "the bridge fully for four months rather than half of it for a year.</p>"
)


def _page(*rows: str) -> bytes:
    body = "".join(rows)
    return (
        "<html><head><title>Bridge repairs</title></head><body>"
        '<section class="h9"><h1>Bridge repairs to start in spring</h1></section>'
        f"{body}<footer><a href='/imprint'>Imprint</a></footer></body></html>"
    ).encode()


def test_a_table_row_between_two_story_rows_joins_the_body() -> None:
    table = (
        '<div class="t1"><table><tr><th>Option</th><th>Months</th></tr>'
        "<tr><td>Full closure</td><td>4</td></tr><tr><td>Half closure</td><td>12</td></tr>"
        "</table></div>"
    )
    text = extract(_page(_ROW.format(_PROSE), table, _ROW.format(_PROSE))).text
    assert "Full closure\t4" in text
    assert text.index("Residents on both banks") < text.index("Full closure")
    assert text.rindex("The council met") > text.index("Half closure")


def test_a_row_of_links_between_story_rows_stays_out() -> None:
    links = (
        '<div class="t1"><ul>'
        '<li><a href="/news/ferry-timetable">Ferry timetable changes for the summer</a></li>'
        '<li><a href="/news/old-town-parking">Old town parking zones to grow next year</a></li>'
        '<li><a href="/news/river-path-reopens">River path reopens after the spring floods</a></li>'
        "</ul></div>"
    )
    text = extract(_page(_ROW.format(_PROSE), links, _ROW.format(_PROSE))).text
    assert "Ferry timetable" not in text
    assert text.count("The council met") == 2


def test_a_row_after_the_last_story_row_is_not_between() -> None:
    table = (
        '<div class="t1"><table><tr><th>Most read</th><th>Views</th></tr>'
        "<tr><td>Fair opens</td><td>40</td></tr></table></div>"
    )
    text = extract(_page(_ROW.format(_PROSE), _ROW.format(_PROSE), table)).text
    assert "Most read" not in text


def test_the_between_parts_fixture_keeps_its_table_in_place() -> None:
    text = extract((FIXTURES / "class-rows-between-parts" / "page.html").read_bytes()).text
    table = text.index("Underfloor heating\t35 °C\t4.2")
    assert text.index("far less than a new radiator") < table
    assert table < text.index("The table shows why")
    assert "Further reading" not in text
