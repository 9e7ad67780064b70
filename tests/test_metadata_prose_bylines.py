"""A sentence or a teaser's title opening with a lead word ("Von den Feldern holte der
Koch ...", "Von Bauern, Fischern und ganz vielen Möwen") is prose: the capitalised nouns
in it are no writers. A byline whose full names come before prose keeps them."""

from __future__ import annotations

import pytest
from conftest import FERRY_PROSE as PROSE
from conftest import ferry_page as page

from newsclean import extract
from newsclean.metadata.bylines import split_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von den Feldern am Fluss holte der Koch noch Lauch, Möhren und Sellerie.", ()),
        ("Von Bauern, Fischern und ganz vielen Möwen", ()),
        ("Von Anna Weber, Jonas Brandt und ganz viel Hilfe", ("Anna Weber", "Jonas Brandt")),
        ("By Jo and a rota of volunteers", ("Jo",)),
        ("By Staff and news service reports", ("Staff",)),
    ],
)
def test_prose_after_a_lead_word_names_nobody(line: str, names: tuple[str, ...]) -> None:
    assert split_names(line) == names


def test_a_short_paragraph_opening_with_von_is_no_byline() -> None:
    top = "<p>Von den Feldern am Fluss holte der Koch noch Lauch, Möhren und Sellerie.</p>"
    article = extract(page(top))
    assert article.authors == ()
    assert "holte der Koch" in article.text


def test_a_teaser_opening_with_von_below_the_story_is_no_byline() -> None:
    teaser = (
        "<div><a href='/lenk/von-bauern-und-moewen'>"
        "Von Bauern, Fischern und ganz vielen Möwen</a></div>"
    )
    body = f"<div><h1>Night ferry stops for winter</h1>{f'<p>{PROSE}</p>' * 5}{teaser}</div>"
    html = (
        f"<html><head><title>Night ferry stops for winter</title></head><body>{body}</body></html>"
    )
    assert extract(html).authors == ()


def test_a_real_byline_still_names_its_writers() -> None:
    article = extract(page("<p>Von Anna Weber und Jonas Brandt</p>"))
    assert article.authors == ("Anna Weber", "Jonas Brandt")
