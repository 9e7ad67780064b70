"""A byline closing a long story ("Posted by Jo Lind." in the article's footer, "Author:
Jo Lind" in the box after the text), past the texts the walk under the headline reads,
among the first texts of its box: the authors when nothing else names anyone. And the
shapes that cut a byline's names short: another credit after them, a social handle, a
participle before the date."""

from __future__ import annotations

import pytest
from conftest import FERRY_PROSE

from newsclean import extract
from newsclean.metadata.bylines import split_names

#: Enough short texts (a list of the crossing's stops) to pass the walk under the headline.
STOPS = "".join(f"<li>Stop {n}: <b>pier</b> <i>{n}</i></li>" for n in range(40))


def long_story(closing: str, head: str = "") -> str:
    """A page with no metadata: a headline, a long story, then ``closing``."""
    return (
        f"<html><head><title>Night ferry stops for winter</title>{head}</head><body>"
        "<article><h1>Night ferry stops for winter</h1>"
        f"<div><p>{FERRY_PROSE}</p><ul>{STOPS}</ul><p>{FERRY_PROSE}</p></div>"
        f"<footer>{closing}</footer></article>"
        "<footer id='site'><p>Made with care by Harbour Web Studio</p></footer>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "<p>Posted by Runa Vik.</p>",
        "<ul><li><span>Author: </span><span>Runa Vik</span></li><li>May 4, 2024</li></ul>",
        "<div><span>Auteur:</span> <a href='/runa-vik-1'>Runa Vik</a></div>",
    ],
)
def test_a_byline_closing_a_long_story_names_its_author(closing: str) -> None:
    assert extract(long_story(closing)).authors == ("Runa Vik",)


@pytest.mark.parametrize(
    "closing",
    [
        "<p>Posted by runa.</p>",  # no full name: an account's handle down the page
        "<div class='related'><h3><a href='/other'>Port reopens</a></h3><p>By Ole Brun</p></div>",
        "<p>Comments are closed.</p>",
    ],
)
def test_what_closes_a_story_and_names_no_author(closing: str) -> None:
    assert extract(long_story(closing)).authors == ()


def test_an_author_box_after_the_story_outside_a_footer() -> None:
    page = long_story("").replace(
        "<footer></footer>", "<div class='post-author'><span>Author:</span> Runa Vik</div>"
    )
    assert extract(page).authors == ("Runa Vik",)


def test_a_lead_line_deep_in_a_long_footer_is_no_byline() -> None:
    """Only a box's first texts are read: a byline opens its box, and a long site
    footer (a list of links, then a credit) is read no further."""
    links = "".join(f"<li><a href='/p{n}'>Page {n}</a></li>" for n in range(20))
    assert extract(long_story(f"<ul>{links}</ul><p>Posted by Runa Vik.</p>")).authors == ()


def test_a_closing_byline_does_not_beat_the_structured_author() -> None:
    head = '<meta name="author" content="Ole Brun">'
    assert extract(long_story("<p>Posted by Runa Vik.</p>", head)).authors == ("Ole Brun",)


def test_a_sites_footer_credit_is_no_byline() -> None:
    assert extract(long_story("")).authors == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Written by Runa Vik Edited by Ole Brun", ("Runa Vik",)),
        ("By Runa Vik and Ole Brun Additional reporting by Ada Berg", ("Runa Vik", "Ole Brun")),
        ("Por Runa Vik @runavik - mayo 11, 2022", ("Runa Vik",)),
        ("Von Runa Vik publiziert am 25. September 2018", ("Runa Vik",)),
        ("By Runa Vik published on May 4, 2024", ("Runa Vik",)),
    ],
)
def test_what_follows_the_names_is_cut(line: str, names: tuple[str, ...]) -> None:
    assert split_names(line) == names
