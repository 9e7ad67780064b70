"""The headline's heading when no element's text is the title exactly: an h2/h3
showing the title written another way (case, dashes, quotes, spacing), with the
site's or section's part the ``<title>`` carries, or without a trailing aside
("Story (2021/5)"). Dates and bylines are read around that heading."""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..dom.text import text_of
from ..tuning.metadata import HEADLINE_LOOSE_HEADINGS, HEADLINE_LOOSE_MIN_SHARE
from .labelled_titles import PLAIN_QUOTES

HtmlElement = Any

#: Characters written several ways, each mapped to one form: the quotes as
#: :mod:`.labelled_titles` reads them, and dashes and guillemets.
_SAME_CHARACTERS = {
    **PLAIN_QUOTES,
    **str.maketrans("–—‒«»", '---""'),
}


def loose_headline(
    body: HtmlElement, title: str, separators: re.Pattern[str]
) -> HtmlElement | None:
    """The first of the body's first h2/h3 headings whose text agrees with ``title``
    loosely (:func:`loosely_agree`; ``separators``: what splits a title's parts), if any."""
    wanted = _normal(title)
    if not wanted:
        return None
    for heading in itertools.islice(body.iter("h2", "h3"), HEADLINE_LOOSE_HEADINGS):
        if loosely_agree(_normal(text_of(heading)), wanted, separators):
            return heading
    return None


def loosely_agree(text: str, title: str, separators: re.Pattern[str]) -> bool:
    """True when the normalised ``text`` and ``title`` are equal, or the shorter is
    at least :data:`HEADLINE_LOOSE_MIN_SHARE` of the longer and is its longest part
    ("Section: Story - Section" holds "Story") or all of it but a bracketed aside
    ("Story (2021/5)"). A heading that is a shorter part or begins the title (a
    masthead's site name, "Site --Story") or only ends with it ("3 replies to Story")
    does not agree."""
    if not text or not title:
        return False
    if text == title:
        return True
    short, long = sorted((text, title), key=len)
    if len(short) < HEADLINE_LOOSE_MIN_SHARE * len(long):
        return False
    parts = [part.strip() for part in separators.split(long) if part.strip()]
    if len(parts) > 1 and short == max(parts, key=len):
        return True
    return long.startswith(short) and long[len(short) :].lstrip().startswith(_ASIDES)


#: How a bracketed aside after a headline begins ("Story (2021/5)", "Story [video]").
_ASIDES = ("(", "[")


def _normal(text: str) -> str:
    """``text`` case-folded, its dashes and quotes in one form, its spaces single,
    without punctuation at its ends."""
    return " ".join(text.translate(_SAME_CHARACTERS).casefold().split()).strip(" .,;:!?'\"")
