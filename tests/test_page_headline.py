"""The page's headline h1 (:func:`newsclean.engine.page_headline.headline_for`): the
first h1 holding text unless it does not read as the page's title and a later one
before the body does. A heading set before the site's menu ("Navigation", "Menü", the
site's name or motto) is not the headline the standfirst checks read under."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean import extract
from newsclean.dom.page_tags import PageTags
from newsclean.engine.page_headline import headline_for

TITLE = "Fish market may leave the old quay"
DECK = "Traders fear the move to the breakwater will cost them the passing buyers they rely on."
STORY = (
    "<p>The harbour board met on Tuesday evening to weigh the plan, which would move the "
    "fish market from the old quay to the new breakwater within three years.</p>"
    "<p>Traders who have sold from the quay for decades told the board that the new site "
    "lies too far from the town's streets, and that passing buyers would not walk there.</p>"
    "<p>The board's chair said the quay wall is failing and that repairs would cost more "
    "than the move itself, according to the engineers' report published last month.</p>"
    "<p>A second meeting is planned for the spring, when the traders will bring their own "
    "survey of the footfall on the quay on market days and on other days.</p>"
)
PROMO = (
    '<div class="promo"><p class="lead">Our autumn offer gives new readers a year of the '
    "paper for half the usual price this month.</p></div>"
)


def _page(first_h1: str, headline: str = TITLE, before_header: str = "") -> str:
    return (
        f"<html><head><title>{TITLE} | Harbour Post</title>"
        f'<meta name="description" content="{DECK}"></head><body>'
        f'<div class="top">{first_h1}<ul><li><a href="/">Home</a></li>'
        '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>'
        f'<main>{before_header}<div class="head">'
        f"<h1>{headline}</h1><p>{DECK}</p><p>By Ann Reed</p></div>"
        f'<article><div class="text">{STORY}</div></article></main>'
        "<footer><p>Harbour Post 2024</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "first_h1",
    [
        "<h1>Navigation</h1>",
        "<h1>Menü</h1>",
        '<h1><a href="/">Harbour Post</a></h1>',
        "<h1>The harbour town's paper</h1>",
    ],
)
def test_a_heading_before_the_menu_leaves_the_standfirst_found(first_h1: str) -> None:
    article = extract(_page(first_h1))
    assert article.title == TITLE
    assert article.standfirst == DECK
    assert article.text.startswith("The harbour board met")
    assert DECK not in article.text


def test_a_page_whose_first_h1_is_the_headline_is_unchanged() -> None:
    article = extract(_page(""))
    assert article.title == TITLE
    assert article.standfirst == DECK
    assert article.text.startswith("The harbour board met")


def test_a_promo_before_the_headline_is_no_standfirst() -> None:
    """What stands before the story's headline is a teaser, even under the menu's h1."""
    article = extract(_page("<h1>Navigation</h1>", before_header=PROMO))
    assert article.standfirst == DECK
    assert "autumn offer" not in (article.standfirst or "")


def test_with_no_h1_reading_as_the_title_the_first_stays_the_headline() -> None:
    """No later h1 reads as the title: nothing tells which is the story's, and the
    first one stays the headline (the summary under the other is not taken)."""
    html = _page("<h1>Navigation</h1>", headline="Quay news")
    root = lxml.html.fromstring(html)
    body = root.find("body")
    found = headline_for(body.find(".//article"), root, PageTags(root), TITLE)
    assert found is not None and found.text == "Navigation"
    assert extract(html).standfirst is None


def test_the_headline_is_the_h1_reading_as_the_title() -> None:
    html = _page("<h1>Navigation</h1>")
    root = lxml.html.fromstring(html)
    article = root.find("body").find(".//article")
    tags = PageTags(root)
    assert headline_for(article, root, tags, TITLE).text == TITLE
    assert headline_for(article, root, tags).text == "Navigation"  # no title: the first
