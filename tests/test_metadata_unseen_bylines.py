"""Bylines as a reader sees them on a site newsclean has never seen: what the visible
line says without markup (a lone "von" before the name, "Text und Fotos:", a deck
before the name and date line) and what stands beside the name and is none (a
title-cased wire title, the dateline's place, the outlet's name, a desk's initials, a
profession before the name, a category link, a desk's "Letters to the Editor")."""

from __future__ import annotations

import pytest
from conftest import FERRY_PROSE as PROSE
from conftest import ferry_page as page

from newsclean import extract


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Pia Solberg, Ap Transport Writer", ("Pia Solberg",)),
        ("By Pia Solberg, Bergen", ("Pia Solberg",)),
        ("By Pia Solberg at Ferry Weekly", ("Pia Solberg",)),
        (
            "By Pia Solberg and Ola Nilsen, Bergen, and Kari Dahl",
            ("Pia Solberg", "Ola Nilsen", "Kari Dahl"),
        ),
        ("Text und Fotos: Pia Solberg", ("Pia Solberg",)),
        ("Текст: Ольга Петрова", ("Ольга Петрова",)),
        ("— by Pia Solberg", ("Pia Solberg",)),
        ("Von Ingrid von Berg", ("Ingrid von Berg",)),
    ],
)
def test_what_a_visible_byline_names(line: str, names: tuple[str, ...]) -> None:
    assert extract(page(f"<div><span>{line}</span></div>")).authors == names


def test_a_particle_inside_a_name_is_no_lead_word() -> None:
    head = "<meta name='author' content='Ingrid von Berg'>"
    assert extract(page("", head)).authors == ("Ingrid von Berg",)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Rechtsanwalt Pia Solberg", ("Pia Solberg",)),
        ("Online-Experte Pia Solberg", ("Pia Solberg",)),
        ("Pia Solberg /KL", ("Pia Solberg",)),
        ("Letters to the Editor", ()),
        ("Bureau für Wald, Forst", ("Bureau für Wald", "Forst")),
        ("Bureau für Wald und Forst", ("Bureau für Wald und Forst",)),
    ],
)
def test_what_stands_beside_a_name_in_the_author_meta_tag(
    value: str, names: tuple[str, ...]
) -> None:
    assert extract(page("", f"<meta name='author' content='{value}'>")).authors == names


def test_the_outlets_name_after_the_writers_is_no_name() -> None:
    head = "<meta property='og:site_name' content='Ferry Daily'>"
    top = "<div><span>By</span><a href='/p/pia'>Pia Solberg</a><span>Ferry Daily Staff</span></div>"
    assert extract(page(top, head)).authors == ("Pia Solberg",)


def test_a_category_link_in_the_byline_is_no_writer() -> None:
    top = (
        "<div class='byline'><span>May 4, 2024</span> · by "
        "<a rel='author' href='/u/42'>jd42</a> · in "
        "<a rel='category tag' href='/category/misc/'>Uncategorized</a></div>"
    )
    assert "Uncategorized" not in extract(page(top)).authors


@pytest.mark.parametrize(
    "top",
    [
        "<p><time>04.05.2024 10:31</time> | von <span>Pia Solberg</span></p>",
        f"<div><em>{PROSE}</em><br/> Mittwoch, 01.11.2023 <br/> von <b>PIA SOLBERG</b></div>",
    ],
)
def test_the_name_after_a_lone_lead_word_is_the_byline(top: str) -> None:
    assert extract(page(top)).authors in (("Pia Solberg",), ("PIA SOLBERG",))


@pytest.mark.parametrize(
    "top",
    [
        # "von" inside a sentence, before the name of a company
        f"<p>{PROSE} Ein Gespräch von <b>Ferry Works</b> mit der Presse.</p>",
        "<p>Bild: Logo des <em>Fährpreises</em> von <em>Ferry Works</em>, Bergen</p>",
        # a calendar: "Di" (Tuesday) is no Italian "di"
        "<table><tr><td>Mo</td><td>Di</td><td>Mi</td><td>Do</td></tr></table>",
    ],
)
def test_what_is_no_lone_lead_word(top: str) -> None:
    authors = extract(page(top)).authors
    assert "Ferry Works" not in authors
    assert "Mi" not in authors


def test_a_bare_name_and_date_line_below_the_deck_is_the_byline() -> None:
    top = f"<p>{PROSE}</p><p><span>Pia Solberg</span><span>, </span><time>May 4, 2024</time></p>"
    assert extract(page(top)).authors == ("Pia Solberg",)


def test_a_writers_link_showing_a_handle_with_digits_names_him() -> None:
    top = "<div><a rel='author' href='/author/fjord1984/'>fjord1984</a> · May 4, 2024</div>"
    assert extract(page(top)).authors == ("fjord1984",)


def test_a_label_and_an_outlet_before_the_date_line_is_no_bare_byline() -> None:
    top = "<p><span>Im Gespräch, Fjordradio, </span><time>May 4, 2024</time></p>"
    assert extract(page(top)).authors == ()
