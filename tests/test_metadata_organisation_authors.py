"""A person's visible byline over a structured author that names no person: an
organisation, the site's own name, an account (metadata/person_bylines.py); the walk
over the bylines under the headline (metadata/visible_bylines.py)."""

from __future__ import annotations

import json

import pytest
from conftest import FERRY_PROSE as PROSE
from conftest import ferry_page as page

from newsclean import extract
from newsclean.metadata.visible_bylines import VisibleBylines
from newsclean.parse.document import parse

_SITE = "<meta property='og:site_name' content='Harbour Post'>"
_DATE_LINE = "<span>March 3, 2024</span>"


def _author(kind: str, name: str) -> str:
    item = {"@type": "NewsArticle", "author": {"@type": kind, "name": name}}
    return f"<script type='application/ld+json'>{json.dumps(item)}</script>"


@pytest.mark.parametrize(
    ("head", "top"),
    [
        (  # the site's company typed as an organisation; a linked name over the date
            _author("Organization", "Harbour Media Group"),
            f"<div><a href='/team/pia'>Pia Solberg</a> {_DATE_LINE}</div>",
        ),
        (  # the site's own name typed as a person; a "Por" line
            _SITE + _author("Person", "Harbour Post"),
            "<div><span>Por</span> <span>Pia Solberg</span></div>",
        ),
        (  # the site's name in the title's site part; an element marked as the author's
            "<meta name='author' content='Harbour Post'>",
            f"<p>{PROSE}</p><h2 class='author-name'>Pia Solberg</h2>",
        ),
        (  # an account's name; a link to the writer's own page beside the date
            "<meta name='author' content='Ferrydesk'>",
            f"<div>{_DATE_LINE} <a href='/author/pia-solberg/'>Pia Solberg</a></div>",
        ),
    ],
)
def test_a_person_in_the_byline_beats_a_name_that_is_none(head: str, top: str) -> None:
    html = page(top, head).replace("</title>", " | Harbour Post</title>")
    assert extract(html).authors == ("Pia Solberg",)


@pytest.mark.parametrize(
    ("head", "top", "names"),
    [
        (  # a person in the metadata, the site's name in the byline: the person stays
            _SITE + "<meta name='author' content='Ola Nilsen'>",
            "<div><span>By</span> <span>Harbour Post</span></div>",
            ("Ola Nilsen",),
        ),
        (  # a person in the metadata, another in the byline: the metadata's stays
            _SITE + _author("Person", "Ola Nilsen"),
            "<div>By Pia Solberg</div>",
            ("Ola Nilsen",),
        ),
        (  # the byline names the site, no person
            _SITE + _author("Organization", "Harbour Media Group"),
            "<div>By Harbour Post</div>",
            ("Harbour Media Group",),
        ),
        (  # a first name and a handle are no full name
            "<meta name='author' content='Pia'>",
            "<div>By Pia piasol</div>",
            ("Pia",),
        ),
        (  # a byline deep in the story is another's
            _author("Organization", "Harbour Media Group"),
            f"<div><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><span>By Ola Nilsen</span></div>",
            ("Harbour Media Group",),
        ),
    ],
)
def test_the_structured_author_stays(head: str, top: str, names: tuple[str, ...]) -> None:
    assert extract(page(top, head)).authors == names


def test_an_address_in_its_own_element_keeps_the_last_name() -> None:
    top = (
        "<ul><li><span>Por</span> <strong>Ana María Ruiz Paz</strong><a href='mailto:a@x.org'>"
        "<span>ana.ruiz@example.org</span></a></li></ul>"
    )
    assert extract(page(top, "<meta name='author' content='Ferrydesk'>")).authors == (
        "Ana María Ruiz Paz",
    )


def test_the_bylines_are_walked_once() -> None:
    root = parse(page(f"<div>By Pia Solberg</div><p>{PROSE}</p><div>By Ola Nilsen</div>"))
    asked = []

    def headline() -> object:
        asked.append(1)
        return root.find(".//h1")

    bylines = VisibleBylines(headline)
    first = bylines.first()
    assert first is not None and first.names == ("Pia Solberg",) and first.led
    assert [b.names for b in bylines] == [("Pia Solberg",), ("Ola Nilsen",)]
    assert [b.long_before for b in bylines] == [0, 1]
    assert len(asked) == 1
