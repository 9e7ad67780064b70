"""A date named in a sentence (a standfirst's "said on Tuesday, March 3, 2020 that ...",
a piece of it as short as a date line when a link splits it) is no date line; a date
line with a label, a name and a clock time, or fields set apart by dashes, is one."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean import extract

STORY = "<p>" + "The harbour board approved the new quay after a long public hearing. " * 6 + "</p>"


def _page(under: str) -> str:
    """A page with no metadata: the headline, ``under`` it, then the story."""
    return (
        "<html><head><title>Quay to close for repairs</title></head><body>"
        f"<div><h1>Quay to close for repairs</h1>{under}{STORY}</div></body></html>"
    )


DEK = (
    "<p>The <a href='/council'>harbour council</a> said on Tuesday, March 3, 2020 that "
    "<a href='/quay'>the old quay</a> will close for three months of repairs.</p>"
)


def test_a_standfirst_naming_a_day_is_no_date_line() -> None:
    assert extract(_page(DEK)).published is None


def test_the_date_line_under_a_standfirst_naming_a_day_is_read() -> None:
    page = _page(DEK + "<p>By Runa Vik</p><p>5 March 2020</p>")
    assert extract(page).published == dt.date(2020, 3, 5)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        (
            "<p>By Runa Vik and Tomas Berg on March 3, 2020 at 5:10 pm</p>",
            dt.datetime(2020, 3, 3, 17, 10),
        ),
        (
            "<div><span>Harbour Radio</span> - <span>Morning Show</span> - 03.03.2020 "
            "08:15 Uhr - <span>Autorin: Runa Vik</span></div>",
            dt.datetime(2020, 3, 3, 8, 15),
        ),
        ("<p>Published Tuesday, March 3, 2020 | Updated daily</p>", dt.date(2020, 3, 3)),
    ],
)
def test_a_date_line_with_names_and_fields_is_read(line: str, published: dt.date) -> None:
    assert extract(_page(line)).published == published
