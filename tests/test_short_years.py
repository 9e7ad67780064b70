"""Date lines with a two-digit year ("19.10.19, 11:29 Uhr"), read when they read one way
only; and the site header's date of the day (a masthead's "Monday, 7 December 2026"),
no date of the story."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean import extract
from newsclean.metadata.dates import day_and_month, parse_date
from newsclean.metadata.short_years import with_full_year

STORY = "<p>" + "The harbour board approved the new quay after a long public hearing. " * 6 + "</p>"


def _page(lines: str, header: str = "") -> str:
    """A page with no metadata: a site header, then the headline, ``lines`` and a story."""
    return (
        "<html><head><title>New quay approved after hearing</title></head><body>"
        f"<header>{header}<a href='/'>Harbour Post</a><nav><ul><li><a href='/n'>News</a></li>"
        "<li><a href='/s'>Sport</a></li></ul></nav></header>"
        f"<main><article><h1>New quay approved after hearing</h1>{lines}{STORY}</article></main>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("19.10.19, 11:29 Uhr", "19.10.2019, 11:29 Uhr"),
        ("Stand: 04.02.22", "Stand: 4.2.2022"),
        ("09.11.95", "9.11.1995"),
        ("25/12/21 08:00", "25.12.2021 08:00"),  # the day over 12 comes first
        ("12/25/21", "25.12.2021"),  # or second: the month written first
    ],
)
def test_a_two_digit_year_read_one_way_is_written_in_full(text: str, full: str) -> None:
    assert with_full_year(text) == full


@pytest.mark.parametrize(
    "text",
    [
        "3/4/21",  # the 3rd of April or March 4th
        "Version 1.10.19",  # a version: its parts not all of two digits
        "Release 10.10.19.2",  # part of a longer number
        "32.10.19",  # no day
        "19.10.2019",  # a full year: parse_date's
        "Score 2.1",
        "Das Hafenmagazin am 01.07.17 (Folge zwölf)",  # a teaser's title, no date line
    ],
)
def test_what_is_no_short_year_date(text: str) -> None:
    assert with_full_year(text) is None


def test_a_short_year_date_line_under_the_headline_is_the_publication() -> None:
    published = extract(_page("<p>Von Runa Vik</p><p>19.10.19, 11:29 Uhr</p>")).published
    assert published == dt.datetime(2019, 10, 19, 11, 29)


def test_an_ambiguous_short_year_date_line_is_not_read() -> None:
    assert extract(_page("<p>Runa Vik | 3/4/21</p>")).published is None


def test_a_short_year_update_line_is_the_modification() -> None:
    article = extract(_page("<p>Aktualisiert: 21.10.19</p>"))
    assert (article.published, article.modified) == (None, dt.date(2019, 10, 21))


MASTHEAD = "<div class='today'>Monday, 7 December 2026</div>"


def test_the_site_headers_date_of_the_day_is_no_publication_date() -> None:
    assert extract(_page("<p>By Runa Vik</p>", header=MASTHEAD)).published is None


def test_the_kicker_date_above_the_headline_in_the_articles_header_is_read() -> None:
    page = (
        _page("<p>By Runa Vik</p>")
        .replace("<h1>", "<header><p>Harbour · 14.05.2021</p><h1>")
        .replace("</h1>", "</h1></header>")
    )
    assert extract(page).published == dt.date(2021, 5, 14)


def test_a_date_line_under_the_headline_beats_the_site_headers() -> None:
    page = _page("<p>By Runa Vik, 4 December 2026</p>", header=MASTHEAD)
    assert extract(page).published == dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("first", "second", "order"),
    [(25, 12, (25, 12)), (12, 25, (25, 12)), (3, 4, None), (13, 14, None), (12, 12, None)],
)
def test_one_rule_says_which_number_is_the_day(
    first: int, second: int, order: tuple[int, int] | None
) -> None:
    assert day_and_month(first, second) == order


@pytest.mark.parametrize("written", ["25/12/21", "12/25/21", "3/4/21", "13/14/21"])
def test_two_and_four_digit_years_read_day_and_month_alike(written: str) -> None:
    full = with_full_year(written)
    four = parse_date(written[:-2] + "20" + written[-2:])
    assert (parse_date(full) if full else None) == four
