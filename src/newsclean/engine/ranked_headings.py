"""Headings numbering a ranked round-up's entries: "21) <a>The film</a>" over its
review, "7. <a>The app</a>" over what it does. Each entry's name links to its page
(another of the site's, often), so the heading reads as a teaser's headline; yet the
number written before the link, counted on by one from heading to heading, tells a
list the story itself ranks."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from ..dom.text import collapse_space, text_of
from ..settings import Tuning

HtmlElement = Any

#: An entry's number opening a heading: "21)", "7.", "#3:", "No. 4 -".
_NUMBER = re.compile(r"(?:#|No\.\s?)?(\d{1,3})\s?[.):\-–]?\s", re.I)


def in_ranked_run(heading: HtmlElement, tuning: Tuning) -> bool:
    """True when ``heading`` opens with a number outside its links and at least
    *ranked_titles_min* (3) sibling headings of its tag, itself counted, open with one
    too, each number one more or one less than the one before, all the same way."""
    number = _entry_number(heading)
    parent = heading.getparent()
    link = next(heading.iter("a"), None)
    if number is None or parent is None or link is None:
        return False
    if _entry_number(link) is not None:
        return False  # the number inside the link: a numbered list of the site's stories
    numbers = []
    for sibling in parent.iterchildren(heading.tag):
        found = number if sibling is heading else _entry_number(sibling)
        if found is not None:
            numbers.append(found)
    if len(numbers) < tuning.ranked_titles_min:
        return False
    steps = {after - before for before, after in pairwise(numbers)}
    return steps in ({1}, {-1})


def _entry_number(element: HtmlElement) -> int | None:
    """The number the text of ``element`` opens with."""
    match = _NUMBER.match(collapse_space(text_of(element)))
    return None if match is None else int(match[1])
