"""A data table reads as it is shown: its header once, its footer last, and cells named
after their column kept."""

from __future__ import annotations

from newsclean import explain, extract

URL = "https://www.lowfield-courier.example/2025/03/09/harriers-relay-results/"
STORY = (
    "<p>The Lowfield Harriers won the county relay on Saturday for the first time since "
    "the club was founded, beating the holders by eleven seconds on the last lap.</p>"
    "<p>The four runners below ran a leg each on the river course, which was moved this "
    "year after the spring floods closed the towpath for most of February.</p>"
)
CLOSING = (
    "<p>The club will defend its title next March, when the relay returns to the "
    "towpath once the repairs on the lower bank are finished.</p>"
)
HEADER = "<tr><th>Leg</th><th>Runner</th><th>Time</th></tr>"
ROWS = (
    "<tr><td>1</td><td>Ada Brennan</td><td>11:02</td></tr>"
    "<tr><td>2</td><td>Tomas Ward</td><td>10:47</td></tr>"
    "<tr><td>3</td><td>Nell Okafor</td><td>10:58</td></tr>"
    "<tr><td>4</td><td>Pip Hale</td><td>10:31</td></tr>"
)


def _page(table: str) -> str:
    return (
        "<html><head><title>Harriers win the county relay</title></head><body>"
        "<div class='page'><h1>Harriers win the county relay</h1>"
        f"<div class='story'>{STORY}<table>{table}</table>{CLOSING}</div>"
        "<div class='rail'><ul><li><a href='/news/'>News</a></li>"
        "<li><a href='/sport/'>Sport</a></li></ul></div></div></body></html>"
    )


def test_a_footer_repeating_the_header_is_said_once() -> None:
    table = f"<thead>{HEADER}</thead><tfoot>{HEADER}</tfoot><tbody>{ROWS}</tbody>"
    text = extract(_page(table), url=URL).text
    assert text.count("Leg\tRunner\tTime") == 1
    assert text.index("Leg\tRunner\tTime") < text.index("Ada Brennan")
    assert "Pip Hale" in text
    blocks = explain(_page(table), url=URL).blocks
    assert [b.reason for b in blocks].count("table-footer-copies") == 1


def test_a_footer_of_its_own_set_first_reads_last() -> None:
    totals = "<tr><td></td><td>Total</td><td>43:18</td></tr>"
    table = f"<thead>{HEADER}</thead><tfoot>{totals}</tfoot><tbody>{ROWS}</tbody>"
    text = extract(_page(table), url=URL).text
    assert text.index("Pip Hale") < text.index("Total\t43:18")
    assert text.index("Total\t43:18") < text.index("defend its title")


def test_a_data_tables_cells_named_after_their_column_stay() -> None:
    # cells named for their column with words the class rules read as a widget's
    rows = ROWS.replace("<td>", "<td class='related'>", 4)
    table = f"<thead>{HEADER.replace('<th>', '<th class=related>', 1)}</thead><tbody>{rows}</tbody>"
    text = extract(_page(table), url=URL).text
    assert "Leg\tRunner\tTime" in text
    assert "1\tAda Brennan\t11:02" in text
    assert "2\tTomas Ward\t10:47" in text


def test_a_layout_tables_named_column_still_goes() -> None:
    layout = (
        "<tr><td class='main'>" + STORY + "</td>"
        "<td class='related'><ul><li><a href='/news/other-story/'>The other story of the "
        "week</a></li><li><a href='/news/more/'>More from the club pages</a></li></ul>"
        "</td></tr>"
    )
    text = extract(_page(layout), url=URL).text
    assert "The Lowfield Harriers won" in text
    assert "The other story of the week" not in text
