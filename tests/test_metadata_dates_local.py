"""Publication dates as the page states them: its own offset, its language's month
names, the clock time after a numeric date, and a dateline under a page whose root
carries a comments switch."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean import extract

STORY = "<p>" + "The ferry service resumed on the northern route after repairs. " * 6 + "</p>"


def _page(head: str = "", top: str = "", root_class: str = "") -> str:
    root = f' class="{root_class}"' if root_class else ""
    return (
        f"<html{root}><head>{head}</head><body{root}><article>"
        f"<h1>Ferry service back on the northern route</h1>{top}{STORY}"
        "</article></body></html>"
    )


def test_utc_time_with_a_local_twin_keeps_the_local_day() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "Ferry service back",'
        ' "dateCreated": "2022-03-05T02:15:00Z"}</script>'
        '<meta property="article:published_time" content="2022-03-04T18:15:00-08:00">'
    )
    published = extract(_page(head)).published
    assert isinstance(published, dt.datetime)
    assert published.date() == dt.date(2022, 3, 4)
    assert published.utcoffset() == dt.timedelta(hours=-8)


def test_utc_time_alone_stays_utc() -> None:
    head = '<meta property="article:published_time" content="2022-03-05T02:15:00Z">'
    published = extract(_page(head)).published
    assert isinstance(published, dt.datetime)
    assert published.date() == dt.date(2022, 3, 5)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Опубликовано 14 февраля 2023 г.", dt.date(2023, 2, 14)),
        ("Opublikowano 3 października 2021", dt.date(2021, 10, 3)),
        ("Publikováno 7. června 2020", dt.date(2020, 6, 7)),
        ("Publicado em 9 de setembro de 2019", dt.date(2019, 9, 9)),
        ("Pubblicato il 21 maggio 2018", dt.date(2018, 5, 21)),
        ("Gepubliceerd op 11 maart 2022", dt.date(2022, 3, 11)),
    ],
)
def test_month_names_of_more_languages_are_read(line: str, day: dt.date) -> None:
    published = extract(_page(top=f"<p>{line}</p>")).published
    assert published == day


def test_numeric_date_keeps_the_clock_time_after_it() -> None:
    published = extract(_page(top="<p>13.12.2016, 14:30 Uhr</p>")).published
    assert published == dt.datetime(2016, 12, 13, 14, 30)


_EST = dt.timezone(dt.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("Published 11:11 PM EST Nov 19, 2019", dt.datetime(2019, 11, 19, 23, 11, tzinfo=_EST)),
        ("Posted: Fri 6:45 PM, Feb 16, 2018", dt.datetime(2018, 2, 16, 18, 45)),
        ("Updated 21:22, 6 OCT 2020", dt.datetime(2020, 10, 6, 21, 22)),
        ("10:30 am | Tuesday, 3 May 2024", dt.datetime(2024, 5, 3, 10, 30)),
        # a dotted time before a dotted date is another day
        ("14.05, 15.05.2024", dt.date(2024, 5, 15)),
    ],
)
def test_a_clock_time_before_its_date_is_kept(line: str, moment: dt.date) -> None:
    from newsclean.metadata.dates import parse_date

    assert parse_date(line) == moment


def test_a_shown_date_keeps_the_clock_time_before_it() -> None:
    published = extract(_page(top="<p>Published 09:15 BST, 4 June 2025</p>")).published
    assert published == dt.datetime(2025, 6, 4, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_date_range_is_no_clock_time() -> None:
    published = extract(_page(top="<p>12.05.2016 - 13.05.2016</p>")).published
    assert published == dt.date(2016, 5, 12)


def test_dateline_time_under_a_root_with_a_comments_switch_is_read() -> None:
    top = '<p class="dateline"><time datetime="2020-08-17T09:00:00+02:00">Aug. 17</time></p>'
    published = extract(_page(top=top, root_class="site flag-showComments-on")).published
    assert published == dt.datetime(2020, 8, 17, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_time_inside_a_comment_section_is_still_skipped() -> None:
    top = (
        '<div class="comments"><p>Reader</p>'
        '<time datetime="2020-08-19T09:00:00+02:00">Aug. 19</time></div>'
    )
    assert extract(_page(top=top)).published is None


def test_modified_in_utc_is_told_in_the_offset_the_page_gives() -> None:
    head = (
        '<meta property="article:published_time" content="2019-10-18T22:04:00Z">'
        '<meta property="article:modified_time" content="2019-10-18T22:05:00Z">'
        '<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">'
    )
    article = extract(_page(head))
    assert str(article.published) == "2019-10-19 00:04:00+02:00"
    assert str(article.modified) == "2019-10-19 00:05:00+02:00"


def test_time_marked_as_modified_is_not_the_publication() -> None:
    top = (
        '<p class="byline-dateline"><time itemprop="dateModified"'
        ' datetime="2016-08-01T01:30:00-04:00"></time><time>JULY 29, 2016</time></p>'
    )
    assert extract(_page(top=top)).published == dt.date(2016, 7, 29)


def test_every_month_name_of_the_table_is_read() -> None:
    from newsclean.metadata.dates import parse_date
    from newsclean.month_names import MONTHS

    for name, number in MONTHS.items():
        assert parse_date(f"3 {name} 2016") == dt.date(2016, number, 3), name
        assert parse_date(f"{name.upper()} 3, 2016") == dt.date(2016, number, 3), name
