"""Bylines a page without markup sets where the reader sees them but the byline search
under the headline did not look: a "By" line over the headline, a date of numbers and
slashes beside a bare name, a handle linked to the writer's profile after "Autor"."""

from __future__ import annotations

import pytest

from newsclean import extract

PROSE = (
    "The harbour board voted on Tuesday to widen the northern quay before the winter "
    "storms, after a long debate about the cost of the work and who should pay for it."
)
STORY = f"<p>{PROSE}</p>" * 5
NAV = "".join(f"<li><a href='/section-{n}'>Section {n}</a></li>" for n in range(8))


def page(top: str = "", under: str = "", after: str = "") -> str:
    """A page with no metadata: ``top`` over the headline in its box, ``under`` it."""
    return (
        "<html><head><title>Harbour quay to be widened</title></head><body>"
        f"<ul>{NAV}</ul><div><div>{top}</div><div><h1>Harbour quay to be widened</h1></div>"
        f"{under}<div>{STORY}</div>{after}</div></body></html>"
    )


def test_a_by_line_over_the_headline_is_the_byline() -> None:
    top = (
        "<div><span>By</span> <a href='/writers/mara-lind/'>Mara Lind</a></div>"
        "<div>0 Comments</div>"
    )
    assert extract(page(top)).authors == ("Mara Lind",)


def test_a_date_and_von_line_over_the_headline_and_its_kicker() -> None:
    top = (
        "<div><span>01. Mai 2024 | 10:12 Uhr</span> | von "
        "<a href='/public/latest/jo-berg.html'>Jo Berg</a></div><h2>Mehr Platz am Kai</h2>"
    )
    assert extract(page(top)).authors == ("Jo Berg",)


def test_a_teasers_by_line_over_the_headline_is_no_byline() -> None:
    top = "<a href='/2024/05/other-story'><span>By Tom Reed</span></a>"
    assert extract(page(top)).authors == ()


def test_a_by_line_far_over_the_headline_is_no_byline() -> None:
    far = "<p>By Tom Reed</p>" + "".join(f"<p>Item {n}</p>" for n in range(8))
    assert extract(page(far)).authors == ()


def test_a_byline_under_the_headline_comes_first() -> None:
    top = "<div>By Tom Reed</div>"
    under = "<div>By Mara Lind</div>"
    assert extract(page(top, under)).authors == ("Mara Lind",)


@pytest.mark.parametrize(
    "href", ["/resume/tom-reed", "/profil/tom-reed/", "https://news.test/profile/tom-reed"]
)
def test_a_link_to_the_writers_profile_or_resume_is_the_byline(href: str) -> None:
    under = f"<div><a href='{href}'>Tom Reed</a></div>"
    assert extract(page(under=under)).authors == ("Tom Reed",)


def test_a_handle_linked_to_the_writers_page_after_an_author_label() -> None:
    after = "<div><span>Autor </span> <a href='/author/jdoe/'>jdoe</a><span>Tags</span></div>"
    assert extract(page(after=after)).authors == ("jdoe",)


def test_a_handle_linked_to_the_writers_page_without_a_label_is_no_byline() -> None:
    after = "<div><span>Mehr </span> <a href='/author/jdoe/'>jdoe</a><span>Tags</span></div>"
    assert extract(page(after=after)).authors == ()


@pytest.mark.parametrize(
    "under",
    [
        "<div><span>04/05/2024</span> <span>Mara Lind</span></div>",
        "<div><span>Mara Lind 04/05/2024</span></div>",
    ],
)
def test_a_bare_name_beside_a_date_of_numbers_and_slashes(under: str) -> None:
    assert extract(page(under=under)).authors == ("Mara Lind",)


def test_a_call_linked_to_the_readers_profile_is_no_byline() -> None:
    under = "<div><a href='/profil/settings'>Los geht’s!</a></div>"
    assert extract(page(under=under)).authors == ()


def test_an_author_item_of_the_menu_over_the_headline_is_no_byline() -> None:
    items = "".join(f"<li><a href='/page-{n}'>Page {n}</a></li>" for n in range(3))
    top = f"<ul>{items}<li><a href='/author/mara/'>Author: Mara Lind</a></li></ul>"
    assert extract(page(top)).authors == ()


def test_a_von_item_beside_the_date_over_the_headline_is_the_byline() -> None:
    top = (
        "<ul><li><a href='/2024/05/04/'>May 4, 2024</a></li><li>12:30</li>"
        "<li><a href='/profil/mara-lind/'><span>von: </span>Mara Lind</a></li></ul>"
    )
    assert extract(page(top)).authors == ("Mara Lind",)
