"""``loose-headline``: without an h1 and without an element whose text is the title,
an h2/h3 showing the title written another way is the headline, and the byline and
date beside it are read; a heading that only ends with the title (a comments
heading) is not the headline."""

from __future__ import annotations

import pytest

from newsclean import extract
from newsclean.metadata.loose_headline import loosely_agree
from newsclean.metadata.title import TITLE_SEPARATORS

BODY = "<p>" + "The ferry board met on Monday to weigh the new timetable in full. " * 5 + "</p>"


def _page(heading: str) -> str:
    return (
        "<html><head><title>Harbour notes: Night ferries return to the islands</title>"
        "<meta property='og:title' content='Night ferries return to the islands'></head><body>"
        "<div class='top'><span>Saturday, 5 December 2026</span></div>"
        f"<div class='story'>{heading}"
        "<div class='info'><span>By Ana Lund</span> <span>March 3, 2024</span></div>"
        f"{BODY}</div></body></html>"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "<h2><a href='/night-ferries'>Night ferries return to the islands</a></h2>",
        "<h2>Harbour notes – Night Ferries Return to the Islands</h2>",
        "<h3>Night ferries return to the islands (part 2)</h3>",
    ],
)
def test_a_heading_showing_the_title_another_way_leads_to_its_byline_and_date(
    heading: str,
) -> None:
    article = extract(_page(heading))
    assert article.published is not None and article.published.year == 2024
    assert article.authors == ("Ana Lund",)


def test_a_heading_only_ending_with_the_title_is_not_the_headline() -> None:
    article = extract(_page("<h2>3 replies to Night ferries return to the islands</h2>"))
    assert article.published is None
    assert article.authors == ()


@pytest.mark.parametrize(
    ("text", "title", "agree"),
    [
        ("night ferries return", "night ferries return", True),
        ("harbour notes - night ferries return", "night ferries return", True),
        ("night ferries return (2)", "night ferries return", True),
        ("night ferries returned", "night ferries return", False),
        ("harbour notes", "harbour notes --night ferries", False),
        ("harbour notes", "night ferries return | harbour notes", False),
        ("a reply to night ferries return", "night ferries return", False),
        ("night ferries", "night ferries return to the islands of the north", False),
    ],
)
def test_loose_agreement(text: str, title: str, agree: bool) -> None:
    assert loosely_agree(text, title, TITLE_SEPARATORS) is agree


def test_a_members_day_of_joining_is_no_date_of_the_story() -> None:
    # a forum post's profile box under the topic's heading: "Joined:" then the post's date
    body = (
        "<h2><a href='/topic/9'>Night ferries return to the islands</a></h2>"
        "<div class='profile'><span>Posts: 812</span> <b>Joined:</b> 18.09.2011, 05:56</div>"
        "<div class='meta'>by Ana Lund » 21.01.2014, 05:42</div>"
    )
    page = _page(body).replace(
        "<div class='info'><span>By Ana Lund</span> <span>March 3, 2024</span></div>", ""
    )
    article = extract(page)
    assert article.published is not None and article.published.year == 2014
