"""A ``<meta name=author>`` naming the site's company (the owner its copyright line or
publisher tag names) is no byline: the next source's names win, or none. A personal
site's writer, whom the site's name or domain holds, stays; so does a person's name the
page gives as its writer elsewhere (the visible byline, a publisher tag of that name, a
copyright line naming the site beside it, a link to the writer's page)."""

from __future__ import annotations

import pytest

from newsclean import extract

PROSE = (
    "The valley's orchards flowered two weeks early this spring, and the growers who "
    "spoke at the market hall said a late frost could still take most of the crop."
)
STORY = f"<p>{PROSE}</p>" * 5


def page(head: str, footer: str, top: str = "", title: str = "Orchards flower early") -> str:
    """A page: ``head`` in its head, ``top`` under the headline, ``footer`` last."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><div>"
        f"<h1>Orchards flower early</h1>{top}<div>{STORY}</div>"
        f"<div><p>{footer}</p></div></div></body></html>"
    )


SITE = "<meta property='og:site_name' content='Valley Courier'>"


@pytest.mark.parametrize(
    "footer",
    [
        "© 2021 Brook Hollow Media. All rights reserved.",
        "Copyright © <!-- -->2021<!-- --> Brook Hollow Media - Tous droits réservés",
        "COPYRIGHT © 2021 VALLEY COURIER Brook Hollow Media NIT. 123 . Reproduction prohibited",
    ],
)
def test_a_meta_author_named_by_the_copyright_line_is_no_writer(footer: str) -> None:
    head = f"{SITE}<meta name='author' content='Brook Hollow Media'>"
    assert extract(page(head, footer)).authors == ()


def test_the_next_source_names_the_writer() -> None:
    head = (
        f"{SITE}<meta name='author' content='Brook Hollow Media Valley Courier'>"
        "<meta property='article:author' content='Mira Solheim'>"
    )
    footer = "© 2021 Valley Courier Brook Hollow Media. All rights reserved."
    assert extract(page(head, footer)).authors == ("Mira Solheim",)


def test_a_publisher_tag_names_the_company() -> None:
    head = (
        f"{SITE}<meta name='author' content='Brook Hollow'>"
        "<meta name='publisher' content='Brook Hollow Media'>"
    )
    byline = "<div class='byline'>By Mira Solheim</div>"
    assert extract(page(head, "Contact us", byline)).authors == ("Mira Solheim",)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<meta property='og:site_name' content='Tove Aasen'>", "Orchards flower early"),
        ("", "Orchards flower early | Tove Aasen"),
        ("<link rel='canonical' href='https://www.toveaasen.net/orchards'>", "Orchards"),
        ("", "Orchards flower early"),
    ],
)
def test_a_personal_sites_writer_stays(head: str, title: str) -> None:
    head += "<meta name='author' content='Tove Aasen'>"
    footer = "© 2021 Tove Aasen. All rights reserved."
    assert extract(page(head, footer, title=title)).authors == ("Tove Aasen",)


def test_a_writer_the_copyright_line_does_not_name_stays() -> None:
    head = f"{SITE}<meta name='author' content='Mira Solheim'>"
    footer = "© 2021 Brook Hollow Media. All rights reserved."
    assert extract(page(head, footer)).authors == ("Mira Solheim",)


def test_a_wires_credit_closing_the_story_is_no_copyright_line() -> None:
    head = f"{SITE}<meta name='author' content='Northwire'>"
    footer = "© Northwire"
    assert extract(page(head, footer)).authors == ("Northwire",)


@pytest.mark.parametrize(
    "titles",
    [
        # the site part set apart as the headline reads it ("»", "::", " / ")
        "<title>Orchards flower early » Tove Aasen</title>",
        "<title>Orchards flower early :: Tove Aasen</title>",
        # an empty first <title>: the next one names the page
        "<title></title><title>Orchards flower early | Tove Aasen</title>",
    ],
)
def test_the_titles_site_part_is_read_as_the_headline_reads_it(titles: str) -> None:
    head = f"{SITE}<meta name='author' content='Tove Aasen'>"
    html = page(head, "© 2021 Tove Aasen. All rights reserved.").replace(
        "<title>Orchards flower early</title>", titles
    )
    assert extract(html).authors == ("Tove Aasen",)


#: A one-person site's writer, named as its owner: its publisher tag or copyright line.
OWNER = "<meta name='author' content='Tove Aasen'>"


@pytest.mark.parametrize(
    ("top", "footer"),
    [
        ("<p>Von Tove Aasen</p>", "Contact us"),
        # a section's link under the headline, a link to the writer's page further down
        ("<p><a href='/garten'>Garten</a></p>", "<a href='/autorin/tove-aasen'>Tove Aasen</a>"),
    ],
)
def test_a_person_the_publisher_tag_names_as_the_author_stays(top: str, footer: str) -> None:
    head = f"{SITE}{OWNER}<meta name='dcterms.publisher' content='Tove Aasen'>"
    assert extract(page(head, footer, top)).authors == ("Tove Aasen",)


@pytest.mark.parametrize(
    "footer",
    [
        "© 2021 Tove Aasen – Valley Courier. All rights reserved.",
        "©2020 - Tove Aasen | Valley Courier - Alle Rechte vorbehalten",
    ],
)
def test_a_person_the_copyright_line_names_beside_the_site_stays(footer: str) -> None:
    assert extract(page(f"{SITE}{OWNER}", footer)).authors == ("Tove Aasen",)


@pytest.mark.parametrize("tag", ["", "<meta name='publisher' content='Tove Aasen'>"])
def test_a_person_the_visible_byline_names_stays(tag: str) -> None:
    head = f"{SITE}{OWNER}{tag}"
    footer = "© 2021 Tove Aasen. All rights reserved."
    top = "<p class='byline'>By Tove Aasen</p>"
    assert extract(page(head, footer, top)).authors == ("Tove Aasen",)


@pytest.mark.parametrize(
    ("author", "footer"),
    [
        # the company its copyright line names alone, as its publisher tag does
        ("Brook Hollow", "© 2021 Brook Hollow. All rights reserved."),
        # a company's name, not a person's, beside the site's
        ("Brook Hollow Media AG", "© 2021 Brook Hollow Media AG - Valley Courier. All rights"),
        ("BROOK HOLLOW", "© 2021 BROOK HOLLOW - Valley Courier. All rights reserved."),
        # a company's name shaped as a person's, that no byline nor writer link gives
        ("Brook Hollow", "Contact us"),
    ],
)
def test_a_company_the_publisher_tag_names_as_the_author_is_still_no_writer(
    author: str, footer: str
) -> None:
    head = (
        f"{SITE}<meta name='author' content='{author}'><meta name='publisher' content='{author}'>"
    )
    top = "<p>By Mira Solheim</p>"
    assert extract(page(head, footer, top)).authors == ("Mira Solheim",)
