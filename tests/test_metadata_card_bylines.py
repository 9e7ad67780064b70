"""Teaser cards' writers are not the story's (``rel=author`` links under another
headline); a dotted two-digit-year date on a page in English of no country or American
English is read only when it reads one way; the publication date's shorter meta names."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html

from newsclean import extract
from newsclean.metadata.card_bylines import heading_between
from newsclean.metadata.short_years import with_full_year

STORY = "<p>" + "The ferry board agreed to a winter timetable after a long meeting. " * 6 + "</p>"


def _byline(*names: str) -> str:
    links = " and ".join(f'<a rel="author" href="/writers/{n.lower()}">{n} Vale</a>' for n in names)
    return f"<p>By {links}</p>"


def _card(title: str, name: str) -> str:
    """A related story's teaser: its linked headline, then its own byline."""
    return (
        f"<div class='card'><h3><a href='/news/{title.lower()}'>{title} ferry news</a></h3>"
        f"<span>by {_byline(name)[6:-4]}</span></div>"
    )


def _page(top: str, bottom: str = "", lang: str = "en-GB") -> str:
    return (
        f"<html lang='{lang}'><head><title>Winter timetable agreed</title></head><body>"
        f"<div><h1>Winter timetable agreed</h1>{top}{STORY}</div>"
        f"<div><h2>More from the harbour</h2>{bottom}</div></body></html>"
    )


def test_a_teaser_cards_writer_is_not_the_storys() -> None:
    cards = _card("Quay", "Tom") + _card("Pier", "Ida")
    assert extract(_page(_byline("Runa"), cards)).authors == ("Runa Vale",)


def test_co_writers_in_one_byline_are_all_kept() -> None:
    cards = _card("Quay", "Tom")
    assert extract(_page(_byline("Runa", "Esko"), cards)).authors == ("Runa Vale", "Esko Vale")


def test_co_writers_in_their_own_boxes_without_a_headline_between_are_kept() -> None:
    boxes = "".join(f"<div class='who'><div>{_byline(n)}</div></div>" for n in ("Runa", "Esko"))
    assert extract(_page(boxes)).authors == ("Runa Vale", "Esko Vale")


def test_what_opens_between_two_links() -> None:
    tree = html.fromstring(
        "<div><p><a id='a'>A</a></p><h2><a id='b'>B</a></h2><p><a id='c'>C</a></p>"
        "<div><div><a id='d'>D</a></div></div></div>"
    )
    a, b, c, d = (tree.get_element_by_id(x) for x in "abcd")
    assert not heading_between(a, b)  # the headline holding a link is its own
    assert heading_between(a, c)
    assert not heading_between(c, d)


def _dated(line: str, lang: str) -> dt.date | dt.datetime | None:
    return extract(_page(f"<p>Runa Vale | {line}</p>", lang=lang)).published


@pytest.mark.parametrize("lang", ["en", "en-US", "en_us"])
def test_a_dotted_date_that_reads_two_ways_in_american_english_is_not_read(lang: str) -> None:
    assert _dated("11.03.17", lang) is None


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("11.03.17", "en-GB", dt.date(2017, 3, 11)),  # a country writing the day first
        ("11.03.17", "de", dt.date(2017, 3, 11)),
        ("11.23.17", "en", dt.date(2017, 11, 23)),  # one number over 12: the day
        ("23.11.17", "en-US", dt.date(2017, 11, 23)),
    ],
)
def test_a_dotted_date_that_reads_one_way_is_read(line: str, lang: str, day: dt.date) -> None:
    assert _dated(line, lang) == day


def test_with_full_year_reads_an_ambiguous_dotted_date_only_day_first() -> None:
    assert with_full_year("11.03.17") == "11.3.2017"
    assert with_full_year("11.03.17", day_first=False) is None
    assert with_full_year("11.23.17", day_first=False) == "23.11.2017"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta property="article:published" content="2019-11-18T17:56:27Z">',
        '<meta name="published_at" content="2017-11-03T03:01:00-04:00">',
        '<meta property="published_time" content="2023-10-31T10:19:00+0100">',
        '<meta name="cXenseParse:publishtime" content="2023-10-18T12:50:38+02:00">',
    ],
)
def test_the_publication_dates_shorter_meta_names_are_read(meta: str) -> None:
    page = _page("<p>Runa Vale</p>").replace("<head>", f"<head>{meta}")
    published = extract(page).published
    assert isinstance(published, dt.datetime) and published.year in (2017, 2019, 2023)


def test_a_meta_name_holding_no_date_gives_none() -> None:
    page = _page("<p>Runa Vale</p>").replace(
        "<head>", '<head><meta name="publishedtype" content="1">'
    )
    assert extract(page).published is None
