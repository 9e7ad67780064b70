"""A review's score set as a heading (engine/score_headings.py): the closing passes
(``empty-sections``, ``closing-headings``) and a link list's heading leave it, while a
heading over nothing that is no score still goes. Pages of our own, with opaque class
names and no semantic tags."""

from __future__ import annotations

import pytest
from lxml import html

from newsclean import explain, extract
from newsclean.engine.score_headings import is_score

_STORY = "".join(
    f"<p>Paragraph {n} of the review weighs the lamp's light, its hinge and its battery, "
    "at the length of a product review on a site that tests one gadget a week.</p>"
    for n in range(5)
)


def _page(after: str) -> str:
    return (
        "<html><head><title>Lumo Arc desk lamp review</title></head><body>"
        "<div class='n1'><a href='/'>Home</a> <a href='/reviews/'>Reviews</a></div>"
        f"<div class='b1'><div class='b2'><h1>Lumo Arc desk lamp review</h1>{_STORY}{after}"
        "</div></div><div class='f1'><a href='/about/'>About</a></div></body></html>"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Score 4.5 out of 5",
        "Rating: 4/5",
        "Our verdict: 8.5/10",
        "Wertung: 8 von 10",
        "Note : 16/20",
        "4 out of 5 stars",
        "Verdict: 4 stars",
        "★★★★☆",
    ],
)
def test_a_score_is_read(text: str) -> None:
    assert is_score(html.fragment_fromstring(f"<h3>{text}</h3>"))


@pytest.mark.parametrize(
    "text",
    ["Page 1 of 5", "1/5", "Bild 2 von 10", "Rating: 4.5 out of 5 (12 votes)", "Verdict"],
)
def test_a_counter_a_tally_or_a_label_is_no_score(text: str) -> None:
    assert not is_score(html.fragment_fromstring(f"<h3>{text}</h3>"))


def test_a_score_closing_the_body_stays() -> None:
    text = extract(_page("<h3>Rating: 4/5</h3>")).text
    assert text.endswith("Rating: 4/5")


def test_a_heading_closing_the_body_that_is_no_score_goes() -> None:
    page = _page("<h3>Reader offers</h3>")
    text = extract(page).text
    assert "Reader offers" not in text
    assert "Paragraph 4 of the review" in text
    assert "closing-headings" in explain(page).rule_counts()


def test_a_score_over_an_empty_section_stays() -> None:
    after = (
        "<h3>★★★★☆</h3><h3 class='x1'>Where to buy</h3><div class='x2'><h3>Deals</h3>"
        "<p>Two shops have cut the lamp's price for the spring, one of them by a fifth, "
        "and a third adds a spare battery to every order.</p></div>"
    )
    text = extract(_page(after)).text
    assert "★★★★☆" in text
    assert "spare battery" in text


def test_a_score_over_a_row_of_links_is_not_its_label() -> None:
    after = (
        "<h3>Rating: 4/5</h3><div class='s1'><a href='https://a.example/s'>Facebook</a> "
        "<a href='https://b.example/s'>Twitter</a> <a href='https://c.example/s'>Email</a></div>"
    )
    text = extract(_page(after)).text
    assert "Rating: 4/5" in text
    assert "Facebook" not in text
