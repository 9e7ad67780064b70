"""The headline and date of a page that marks up nothing but its ``<meta>`` tags: no
JSON-LD headline, so the visible h1 and the ``<title>`` decide between the metadata's
titles; a date is read as the page writes it, month or day first."""

from __future__ import annotations

from newsclean import extract

BODY = "<p>" + "The ferry board met on Monday to weigh the new timetable in full. " * 5 + "</p>"


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}{BODY}</body></html>"


def test_title_part_naming_the_site_loosely_is_dropped_for_the_h1() -> None:
    # the site's name in the title is shorter than og:site_name ("Brand" of "Brand Inc")
    head = (
        '<meta property="og:site_name" content="Tidewater Post Inc">'
        '<meta property="og:title" content="Night ferries return to the islands | Tidewater Post">'
    )
    body = "<h1>Night ferries return to the islands</h1>"
    assert extract(page(head, body)).title == "Night ferries return to the islands"


def test_title_part_not_naming_the_site_stays_when_the_h1_differs() -> None:
    # the h1 is not the title's other part: the metadata's title stands
    head = (
        '<meta property="og:site_name" content="Tidewater Post">'
        '<meta property="og:title" content="Night ferries return to the islands | Ana Lund">'
    )
    body = "<h1>Night ferries return</h1>"
    assert extract(page(head, body)).title == "Night ferries return to the islands | Ana Lund"


def test_short_labels_glued_to_the_h1_are_dropped() -> None:
    # a section's name or a kicker beside the visible headline is no part of it
    for og_title in (
        "Night ferries return to the islands | Ana Lund",
        "Opinion | Night ferries return to the islands",
        "Analysis: Night ferries return to the islands | Tidewater Harbour",
        "Night ferries return to the islands - Sea News",
    ):
        head = (
            '<meta property="og:site_name" content="Tidewater Post">'
            f'<meta property="og:title" content="{og_title}">'
        )
        body = "<h1>Night ferries return to the islands</h1>"
        assert extract(page(head, body)).title == "Night ferries return to the islands"


def test_typographic_quotes_read_as_plain_ones() -> None:
    head = (
        '<meta property="og:site_name" content="Tidewater Post">'
        '<meta property="og:title" content="Ferries: \'We are back\' | Sea Desk">'
    )
    body = "<h1>Ferries: \u2018We are back\u2019</h1>"
    assert extract(page(head, body)).title == "Ferries: \u2018We are back\u2019"


def test_longer_text_beside_the_h1_or_a_subtitle_stays() -> None:
    # three words beside it, or a colon after it, are the headline's own
    for og_title in (
        "Night ferries return to the islands | The Weekly Harbour Digest",
        "Night ferries return to the islands: a timetable",
    ):
        head = (
            '<meta property="og:site_name" content="Tidewater Post">'
            f'<meta property="og:title" content="{og_title}">'
        )
        body = "<h1>Night ferries return to the islands</h1>"
        assert extract(page(head, body)).title == og_title


def test_social_title_outvoted_by_the_h1_and_the_page_title() -> None:
    head = (
        "<title>Night ferries return to the islands - Tidewater Post</title>"
        '<meta property="og:site_name" content="Tidewater Post">'
        '<meta property="og:title" content="You will never guess which boats are back">'
    )
    body = "<h1>Night ferries return to the islands</h1>"
    assert extract(page(head, body)).title == "Night ferries return to the islands"


def test_headline_written_in_other_capitals_keeps_the_metadata_title() -> None:
    head = (
        "<title>Night Ferries Return To The Islands - Tidewater Post</title>"
        '<meta property="og:site_name" content="Tidewater Post">'
        '<meta property="og:title" content="Night ferries return to the islands">'
    )
    body = "<h1>Night Ferries Return To The Islands</h1>"
    assert extract(page(head, body)).title == "Night ferries return to the islands"


def test_empty_first_title_gives_way_to_the_page_title() -> None:
    # an empty <title> first; the page's own comes after a stray tag (parsed into the body)
    head = (
        "<title></title><div></div><title>Night ferries return to the islands - Tidewater"
        ' Post</title><meta property="og:site_name" content="Tidewater Post">'
        '<meta property="og:title" content="You will never guess which boats are back">'
    )
    body = "<svg><title>menu</title></svg><h1>Night ferries return to the islands</h1>"
    assert extract(page(head, body)).title == "Night ferries return to the islands"


def test_date_written_month_first_is_read_when_the_day_is_over_twelve() -> None:
    head = '<meta name="publishdate" content="05/29/2007 09:49:00">'
    body = "<h1>Night ferries return to the islands</h1>"
    assert str(extract(page(head, body)).published) == "2007-05-29 09:49:00"
    dotted = "<h1>Night ferries return to the islands</h1><p>11.14.2019 09:00 AM</p>"
    assert str(extract(page("", dotted)).published) == "2019-11-14 09:00:00"
    # "03/04/2019" may be March or April: no date is guessed
    assert extract(page('<meta name="publishdate" content="03/04/2019">', body)).published is None
