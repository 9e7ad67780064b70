"""Bylines of pages that name their writer by no markup at all: a name under the date
line or run into it ("May 4, 2024" over "Pia Solberg", "Pia Solberg, 04.05.2024"), and
links to the writer's own page whose address says so in other ways ("/autor/887546/
pia-solberg", "/?author=3") or that stand in the story's line of tags."""

from __future__ import annotations

import pytest
from conftest import ferry_page as page

from newsclean import extract


@pytest.mark.parametrize(
    "top",
    [
        "<div><div><span>4 May 2024</span></div><div><span>Pia Solberg</span></div></div>",
        "<div><a href='/2024/05/'>4. Mai 2024</a><span>Pia Solberg</span><a href='#c'>6</a></div>",
        "<div><p>Pia Solberg, 04.05.2024</p></div>",
        "<div><p>Pia Solberg | May 4, 2024</p></div>",
    ],
)
def test_a_bare_name_beside_the_date_line(top: str) -> None:
    assert extract(page(top)).authors == ("Pia Solberg",)


def test_a_plain_name_under_the_date_is_taken_before_a_linked_one_over_it() -> None:
    top = (
        "<div><a href='https://ferry-weekly.example/'>Ferry Weekly</a>"
        "<span>4 May 2024</span><span>Pia Solberg</span></div>"
    )
    assert extract(page(top)).authors == ("Pia Solberg",)


def test_a_linked_name_over_the_date_line_alone_is_still_the_byline() -> None:
    top = "<div><a href='/team'>Pia Solberg</a><span>May 4, 2024</span></div>"
    assert extract(page(top)).authors == ("Pia Solberg",)


def test_a_date_line_before_a_heading_of_two_words_names_nobody() -> None:
    top = "<div><span>May 4, 2024</span><h2>Night Crossings</h2></div>"
    assert extract(page(top)).authors == ()


@pytest.mark.parametrize(
    "href",
    [
        "/autor/887546/pia-solberg",
        "/autorin/pia-solberg",
        "../../author/pia-solberg/index.html",
        "/?author=576a60cd",
        "/author?id=30111",
    ],
)
def test_a_link_to_the_writers_page_by_its_address(href: str) -> None:
    deck = (
        "<p>The crossing that ran every night for forty years will rest until the spring, "
        "when the company means to decide whether it ever sails again.</p>"
    )
    top = f"{deck}<div><a href='{href}'>Pia Solberg</a></div>"
    assert extract(page(top)).authors == ("Pia Solberg",)


def test_a_writers_link_in_the_storys_long_line_of_tags() -> None:
    names = (
        *("Ferries", "Winter timetables", "Night crossings", "Harbour board", "Cabins"),
        *("Tourism", "Coastal routes", "Shipping companies", "Travel"),
    )
    tags = "".join(f"<a href='/tag/{tag.lower()}/'>{tag}</a>, " for tag in names)
    writer = "<a href='/author/piasolberg/'>Pia Solberg</a>"
    top = f"<div><time>4 May 2024</time> {writer} {tags}</div>"
    assert extract(page(top)).authors == ("Pia Solberg",)


def test_a_name_opening_the_first_paragraph_under_the_date_is_the_storys() -> None:
    top = (
        "<div><span>4 May 2024</span><p><b>Pia Solberg</b> told the harbour board on Monday "
        "that the night crossing had lost money for three winters in a row and would rest "
        "until the spring.</p></div>"
    )
    assert extract(page(top)).authors == ()


def test_sections_listed_one_a_line_under_the_date_name_nobody() -> None:
    top = "<div><time>4 May 2024</time><span>\n   Travel\n   Ferries\n  </span></div>"
    assert extract(page(top)).authors == ()
