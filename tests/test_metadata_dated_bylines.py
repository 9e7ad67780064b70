"""A date line that goes on with the byline ("Posted on September 21, 2020 by Jo Lind")
names the writer; a sentence naming a day and a person, a name holding "von", a credit
and a line below the story's first paragraph do not."""

from __future__ import annotations

import pytest

from newsclean import extract
from newsclean.metadata.dated_bylines import dated_byline

STORY = "<p>" + "The ferry board agreed to a winter timetable after a long meeting. " * 6 + "</p>"


def _authors(line: str, after: str = "") -> tuple[str, ...]:
    page = (
        "<html><head><title>Winter timetable agreed</title></head><body><div>"
        f"<h1>Winter timetable agreed</h1>{line}{STORY}{after}</div></body></html>"
    )
    return extract(page).authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("<div>Posted on September 21, 2020 by Runa Vale</div>", ("Runa Vale",)),
        ("<div>Posted on September 21, 2020 by <a href='/x'>Runa Vale</a></div>", ("Runa Vale",)),
        ("<small>11.09.2011, 16:20 von Esko Lind</small>", ("Esko Lind",)),
        ("<p>Veröffentlicht am 3. Mai 2024 von Esko Lind — Schreib etwas</p>", ("Esko Lind",)),
        ("<h5>2/26/2015 7:11 AM PST BY Ida Berg</h5>", ("Ida Berg",)),
        ("<p>12.05.2021 | par Jeanne Roux</p>", ("Jeanne Roux",)),
        ("<p>Posted on Monday, May 4, 2024 by Jo Lind and Ada Berg</p>", ("Jo Lind", "Ada Berg")),
    ],
)
def test_a_date_line_going_on_with_the_byline_names_the_writer(
    line: str, names: tuple[str, ...]
) -> None:
    assert _authors(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "<p>On May 3, 2024 the quay was opened by Jo Lind</p>",  # a sentence
        "<p>11. April 2018 Walter von Aachen</p>",  # "von" inside the name
        "<p>Photo: Hans Berg, May 3, 2024 by Jo Lind</p>",  # no date line
        "<p>September 21, 2020 by the harbour board</p>",  # no name
    ],
)
def test_what_is_no_dated_byline(line: str) -> None:
    assert _authors(line) == ()


def test_a_dated_byline_below_the_first_paragraph_is_another_storys() -> None:
    assert _authors("", "<p>September 21, 2020 by Runa Vale</p>") == ()


def test_dated_byline_says_where_the_names_stand() -> None:
    assert dated_byline("Posted on September 21, 2020 by ") == ()  # in the next element
    assert dated_byline("Posted on September 21, 2020 by Runa Vale") == ("Runa Vale",)
    assert dated_byline("By Runa Vale") is None  # a byline of its own, read before
