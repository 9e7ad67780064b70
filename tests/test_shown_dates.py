"""The dates a plain page shows around its headline: an update's date gives way to the
publication date shown beside it, a date line inside the headline element is read, and a
time in UTC is told in the offset the page shows it in."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean import explain, extract

STORY = "<p>" + "The harbour board approved the new quay after a long public hearing. " * 6 + "</p>"


def _page(lines: str, head: str = "", headline: str = "New quay approved after hearing") -> str:
    return (
        f"<html><head>{head}</head><body><div><h1>{headline}</h1>{lines}{STORY}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        # an update's line, then the publication's
        (
            "<span>Aktualisiert: 14.05.2021, 09:12</span> <span>Publiziert: 02.05.2021</span>",
            dt.date(2021, 5, 2),
        ),
        # the labels stand alone, each before its date
        (
            "<b>Last updated</b> <span>May 14, 2021</span> <b>Published:</b>"
            " <span>May 2, 2021</span>",
            dt.date(2021, 5, 2),
        ),
        # one line, the publication after the update
        ("<p>Last updated 14 May 2021, originally created 2 May 2021</p>", dt.date(2021, 5, 2)),
    ],
)
def test_an_update_gives_way_to_the_publication_shown_beside_it(lines: str, day: dt.date) -> None:
    published = extract(_page(lines)).published
    assert published is not None
    assert (published.date() if isinstance(published, dt.datetime) else published) == day


@pytest.mark.parametrize(
    "lines",
    [
        "<p>Updated May 14, 2021</p>",
        "<p><b>Stand:</b> <span>14.05.2021</span></p>",
        # a list of other stories' dates after it is no publication date
        "<p>Actualizado 14/05/2021</p><ul><li><a href='/a'>Other story</a>"
        " <span>03/05/2021</span></li></ul>",
    ],
)
def test_an_update_shown_alone_is_the_modification_not_the_publication(lines: str) -> None:
    """A page showing only when it was last updated (a guide, travel advice, a recipe)
    does not say when it came out: the update's date is ``modified``."""
    article = extract(_page(lines))
    assert article.published is None
    assert article.modified == dt.date(2021, 5, 14)


def test_an_update_shown_alone_leaves_the_publication_to_the_url_and_the_stated_dates() -> None:
    lines = "<p>Updated May 14, 2021</p>"
    article = extract(_page(lines), url="https://news.test/2021/05/02/quay")
    assert (article.published, article.modified) == (dt.date(2021, 5, 2), dt.date(2021, 5, 14))
    stated = '<meta property="article:modified_time" content="2021-05-20T08:00:00Z">'
    article = extract(_page(lines, stated))
    assert article.published is None
    assert article.modified == dt.datetime(2021, 5, 20, 8, 0, tzinfo=dt.UTC)
    # a publication date shown above the headline is read
    article = extract(
        _page(lines, headline="New quay approved").replace(
            "<h1>", "<p>02.05.2021 | 13:10 Uhr</p><h1>"
        )
    )
    assert article.published == dt.datetime(2021, 5, 2, 13, 10)


_FILLER = "".join(f"<p>Paragraph {n} of the story, about the quay.</p>" for n in range(20))


def test_a_date_line_right_above_the_headline_beats_one_far_under_it() -> None:
    """The kicker's row over the headline holds the story's date; a date far down under
    the headline is one the story names, or another story's."""
    page = _page(_FILLER + "<p>3 June 2019</p>").replace(
        "<h1>", "<div><span>Harbour</span> <span>14.05.2021</span></div><h1>"
    )
    assert extract(page).published == dt.date(2021, 5, 14)


def test_a_date_line_near_under_the_headline_beats_one_above_it() -> None:
    page = _page("<p>By Ada Lind</p><p>3 June 2019</p>" + _FILLER).replace(
        "<h1>", "<div><span>Harbour</span> <span>14.05.2021</span></div><h1>"
    )
    assert extract(page).published == dt.date(2019, 6, 3)
    # an update's line above the headline is no publication date
    page = _page(_FILLER + "<p>3 June 2019</p>").replace(
        "<h1>", "<div><span>Updated 14.05.2021</span></div><h1>"
    )
    assert extract(page).published == dt.date(2019, 6, 3)


def test_the_dates_are_read_by_the_headline_not_by_the_site_name_set_in_an_h1() -> None:
    """The first ``<h1>`` holds the site's name over a long menu; the dates stand by the
    one that reads as the title."""
    menu = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(70))
    page = (
        "<html><head><title>New quay approved after hearing</title></head><body>"
        f"<header><h1>Harbour Daily</h1><ul>{menu}</ul></header>"
        f"<div><h1>New quay approved after hearing</h1><p>14.05.2021</p>{STORY}</div>"
        "</body></html>"
    )
    assert extract(page).published == dt.date(2021, 5, 14)


def test_a_date_line_inside_the_headline_is_read() -> None:
    headline = "New quay approved after hearing<br><small>Posted on 3. März 2022</small>"
    assert extract(_page("", headline=headline)).published == dt.date(2022, 3, 3)


def test_a_headline_naming_a_day_is_no_date_line() -> None:
    headline = "<span>The hearing of 3 March 2022</span>"
    assert extract(_page("", headline=headline)).published is None


UTC_TIME = '<meta property="article:published_time" content="2021-11-20T03:41:09Z">'


def test_a_utc_time_shown_as_the_evening_before_is_told_in_that_offset() -> None:
    published = extract(_page("<p>November 19, 2021 at 9:41 pm</p>", UTC_TIME)).published
    assert isinstance(published, dt.datetime)
    assert published.date() == dt.date(2021, 11, 19)
    assert published.utcoffset() == dt.timedelta(hours=-6)
    assert published == dt.datetime(2021, 11, 20, 3, 41, 9, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "line",
    [
        "<p>November 19, 2021</p>",  # no clock time: the offset is unknown
        "<p>November 19, 2021 at 9:17 pm</p>",  # another minute: another time
        "<p>November 20, 2021 at 5:41 am</p>",  # the same day: nothing to tell
    ],
)
def test_a_utc_time_stays_utc_unless_the_page_shows_its_twin(line: str) -> None:
    published = extract(_page(line, UTC_TIME)).published
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(0)


def test_explain_reports_the_shown_date() -> None:
    lines = "<span>Aktualisiert: 14.05.2021</span> <span>Publiziert: 02.05.2021</span>"
    assert explain(_page(lines)).article.published == dt.date(2021, 5, 2)
