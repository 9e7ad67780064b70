"""A person's "By" line over a one-word structured author (an account's name), a pen
name made of a word and a role, and a writer's link opening a long line above the
story (metadata/person_bylines.py, bylines.py, authors.py)."""

from __future__ import annotations

import json

import pytest
from conftest import FERRY_PROSE as PROSE
from conftest import ferry_page as page

from newsclean import extract


def _json_ld_author(name: str) -> str:
    item = {"@type": "NewsArticle", "author": {"@type": "Person", "name": name}}
    return f"<script type='application/ld+json'>{json.dumps(item)}</script>"


def test_a_by_line_naming_a_person_beats_an_accounts_name() -> None:
    top = f"<p><strong><em>By Pia Solberg</em></strong>: {PROSE}</p>"
    assert extract(page(top, _json_ld_author("FERRYDESK"))).authors == ("Pia Solberg",)


def test_a_by_line_beats_a_first_name_alone() -> None:
    top = "<div><span>By</span> <a href='/p/x'>Pia Solberg</a></div>"
    head = "<meta name='author' content='Pia'>"
    assert extract(page(top, head)).authors == ("Pia Solberg",)


@pytest.mark.parametrize(
    ("top", "head", "names"),
    [
        ("", _json_ld_author("FERRYDESK"), ("FERRYDESK",)),  # no "By" line
        (
            "<figure><figcaption>By Ola Nilsen</figcaption></figure>",
            _json_ld_author("FERRYDESK"),
            ("FERRYDESK",),
        ),  # a caption's credit
        (
            "<div><span>Photo by Ola Nilsen</span></div>",
            _json_ld_author("FERRYDESK"),
            ("FERRYDESK",),
        ),
        (
            "<div><span>By Ola Nilsen</span></div>",
            _json_ld_author("Kari Dahl"),
            ("Kari Dahl",),
        ),  # a full name stays
        (
            f"<div><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><span>By Ola Nilsen</span></div>",
            _json_ld_author("FERRYDESK"),
            ("FERRYDESK",),
        ),  # a "By" line deep in the story is another's
        (
            "<div class='q7'><span>On the same topic</span><div><a href='/s/2'><h2>Harbour"
            " dues rise again</h2></a> <span>Par <span>Ola Nilsen</span></span></div></div>",
            _json_ld_author("AFP"),
            ("AFP",),
        ),  # a related story's card above the text, its own byline beside its linked title
    ],
)
def test_an_accounts_name_stays(top: str, head: str, names: tuple[str, ...]) -> None:
    assert extract(page(top, head)).authors == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Fliegender Reporter", ("Fliegender Reporter",)),
        ("No Author", ()),
        ("Pia Solberg Reporter", ("Pia Solberg",)),  # a name and a job
    ],
)
def test_a_word_and_a_role(value: str, names: tuple[str, ...]) -> None:
    assert extract(page("", f"<meta name='author' content='{value}'>")).authors == names


_JOB = (
    ", Senior Counsel, Ferry Passengers' Association of the Northern Harbours "
    "and the Outer Islands Transport Programme"
)


def test_a_writers_link_opening_a_long_line_above_the_story() -> None:
    top = f"<div><a href='/bio/pia-solberg'>Pia Solberg</a>{_JOB}</div>"
    assert extract(page(top)).authors == ("Pia Solberg",)


def test_a_writers_link_inside_a_sentence_is_no_byline() -> None:
    top = f"<p>As our colleague <a href='/bio/pia-solberg'>Pia Solberg</a> wrote{_JOB}.</p>"
    assert extract(page(top)).authors == ()
