"""Side columns the body was widened over (``search-columns``): what the class fixture
does not show. A branch beside the story's container holding the site's search form
goes; a search form inside the story's container, a branch holding the headline and a
branch holding more text than half the story stay."""

from __future__ import annotations

from conftest import class_text_without

from newsclean import extract

URL = "https://www.millbrook-rowing.example/news/spring-regatta-lower-basin"
STORY = (
    "<p>The spring regatta will be rowed on the lower basin this year, below the weir, "
    "because the upper reach is closed while the towpath wall is rebuilt. The course is "
    "shorter there, so the heats start every six minutes instead of every eight.</p>"
    "<p>Crews from nine clubs have entered, two more than last year. Spectators can follow "
    "the races from the meadow on the east bank, where the club sets up its tea tent.</p>"
)
SEARCH = "<form action='/' method='{method}'><input type='text' name='s'></form>"
WIDGET = (
    "<div class='w3'><h5>About the club</h5><p><strong>Leaflet</strong> Why the old "
    "boathouse by the weir needs the help of its members this year</p><p><strong>Statutes"
    "</strong> and the fee rules of the Millbrook Rowing Club, as voted in March</p></div>"
)


def page(side: str, *, method: str = "get", main_extra: str = "") -> str:
    """The story's column and a side column opening with a search form, in one wrapper."""
    search = SEARCH.format(method=method)
    return (
        "<html><body><div class='w0'><div class='w1'><div class='w2'>"
        f"<h1>Spring regatta moves to the lower basin</h1><div class='w4'>{STORY}</div>"
        f"{main_extra}</div></div><div class='w5'><div class='w6'>{search}</div>{side}</div>"
        "</div></body></html>"
    )


def test_a_side_column_holding_the_search_goes() -> None:
    text = extract(page(WIDGET), url=URL).text
    assert "About the club" not in text and "Why the old boathouse" not in text
    assert "Crews from nine clubs have entered" in text


def test_a_column_whose_form_is_posted_is_no_search_column() -> None:
    text = extract(page(WIDGET, method="post"), url=URL).text
    assert "Why the old boathouse" in text


def test_a_column_holding_the_headline_stays() -> None:
    side = "<h1>Club news</h1>" + WIDGET
    assert "Why the old boathouse" in extract(page(side), url=URL).text


def test_a_column_holding_more_than_half_the_story_stays() -> None:
    long_widget = WIDGET.replace(
        "as voted in March",
        "as voted in March by the members gathered in the boathouse after the winter "
        "training, with the new rates for juniors, students and the crews who row only "
        "in summer, and the rules on guests who borrow the club's boats for a season",
    )
    assert "rules on guests" in extract(page(long_widget), url=URL).text


def test_the_rule_switches_off() -> None:
    text = class_text_without("class-search-columns", "search-columns")
    assert "Why the old boathouse by the weir" in text
