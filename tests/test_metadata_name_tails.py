"""What stands beside a writer's name and is no name: a wire service's title, a degree,
a label whose names follow, a desk's or an account's handle, a publisher's address or
copyright line in the author meta tag, and a middle initial that is no "and"."""

from __future__ import annotations

import pytest
from conftest import ferry_page as page

from newsclean import extract


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By PIA SOLBERG, AP Transport Writer", ("PIA SOLBERG",)),
        ("By Pia Solberg, AFP Correspondent", ("Pia Solberg",)),
        ("By PIA SOLBERG, OLE BRATT Staff Writer", ("PIA SOLBERG", "OLE BRATT")),
    ],
)
def test_a_wire_services_title_after_the_name_is_no_writer(
    line: str, names: tuple[str, ...]
) -> None:
    assert extract(page(f"<div class='byline'>{line}</div>")).authors == names


@pytest.mark.parametrize("letters", ["PhD", "MD", "CEO"])
def test_a_degree_after_the_name_is_no_writer(letters: str) -> None:
    line = f"<div class='byline'>By Rune Lia, {letters}</div>"
    assert extract(page(line)).authors == ("Rune Lia",)


@pytest.mark.parametrize("label", ["Published by", "Posted on", "Veröffentlicht von"])
def test_a_label_before_the_name_in_the_next_element_is_no_writer(label: str) -> None:
    line = (
        f"<div class='byline'><span class='sr'>{label}</span>"
        "<span class='author'><a href='/author/klind'>Karin Lind</a></span></div>"
    )
    assert extract(page(line)).authors == ("Karin Lind",)


@pytest.mark.parametrize("handle", ["red", "kj", "siteadmin"])
def test_a_desks_abbreviation_or_an_admin_account_is_no_writer(handle: str) -> None:
    line = f"<div class='entry-meta'>von <a rel='author' href='/a/1'>{handle}</a></div>"
    assert extract(page(line)).authors == ()


def test_a_writers_own_handle_stays() -> None:
    line = "<div class='entry-meta'>von <a rel='author' href='/a/1'>fjordfan</a></div>"
    assert extract(page(line)).authors == ("fjordfan",)


@pytest.mark.parametrize("agency", ["dpa", "epd"])
def test_a_news_agency_signing_in_small_letters_stays(agency: str) -> None:
    line = f"<div class='entry-meta'>von <a rel='author' href='/a/1'>{agency}</a></div>"
    assert extract(page(line)).authors == (agency,)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Nordlys Verlag GmbH, Tromsø, Norway", ("Nordlys Verlag GmbH",)),
        ("Hav og Land, Bergen, Norway", ("Hav og Land",)),
        ("Copyright Nordlys Verlag GmbH & Co. KG - all rights reserved", None),
    ],
)
def test_a_publishers_address_or_copyright_in_the_author_tag_names_no_place(
    value: str, names: tuple[str, ...] | None
) -> None:
    authors = extract(page("", head=f'<meta name="author" content="{value}">')).authors
    assert authors == (names or ("Nordlys Verlag GmbH & Co. KG",))


def test_a_middle_initial_is_no_and() -> None:
    head = '<meta name="author" content="Sara E. Lindqvist">'
    assert extract(page("", head=head)).authors == ("Sara E. Lindqvist",)


def test_the_author_row_among_labelled_rows_gives_the_writer() -> None:
    rows = (
        "<div><span class='info-label'>Datum:</span> 19.11.2021<br>"
        "<span class='info-label'>Autor:</span> Rolf Brekke<br>"
        "<span class='info-label'>Quelle:</span> Nordnytt<br></div>"
    )
    assert extract(page(rows)).authors == ("Rolf Brekke",)


def test_an_author_label_in_its_own_element_is_no_name() -> None:
    line = (
        "<div class='byline'><span class='sr'>Author </span>"
        "<a href='/author/fjordfan/'>fjordfan</a></div>"
    )
    assert extract(page(line)).authors == ("fjordfan",)


@pytest.mark.parametrize(
    "heading",
    ["Von Fischkutter bis Fähre", "Von Kajüte über Deck", "Von günstigen Preisen profitieren"],
)
def test_a_german_heading_opening_with_von_is_no_byline(heading: str) -> None:
    assert extract(page(f"<div class='author-box'>{heading}</div>")).authors == ()
