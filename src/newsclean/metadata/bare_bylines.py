"""Bylines without a lead word or markup: a short text of names among the first texts
under the headline, set beside the story's date line ("Jo Smith" over "May 4, 2024",
"May 4, 2024" over "Jo Smith", "Jo Smith, 01.12.2021"). :mod:`.authors` reads them
when no "By" line, marked element or writer's link came first."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import HEADINGS, PHRASING_TAGS
from ..dom.text import words_length
from ..dom.tree import is_below, line_block
from ..tuning.metadata import (
    BYLINE_MAX_CHARS,
    UNLABELLED_BYLINE_BOX_LEVELS,
    UNLABELLED_BYLINE_DATE_GAP,
    UNLABELLED_BYLINE_MAX_CHARS,
    UNLABELLED_BYLINE_MAX_NAMES,
)
from .bylines import NAME_PARTICLES, split_names
from .dates import parse_date

HtmlElement = Any
Names = tuple[str, ...]

#: A name's word as a byline sets it: a capital, then letters, dots, apostrophes or
#: hyphens ("Jo", "O'Neil", "J.", "Smith-Lind").
_NAME_WORD = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’.-][^\W\d_]*)*\.?")

#: A digit or the punctuation of a label, a question or a list: no bare name's.
_NOT_IN_NAMES = re.compile(r"[\d:?!|]")
#: A sentence's end (a word of small letters and its full stop; "a.m." is none): a
#: sentence holding a date is the story's, not the date line under a byline.
_SENTENCE_END = re.compile(r"[a-zß-ÿ]{3}\.\s*$")
#: Elements whose text is a heading or a control, never a bare byline.
_NOT_BYLINES = HEADINGS | {"button", "label", "option"}

#: A date of numbers and slashes whose day and month may stand either way ("02/10/2020"):
#: no date to read, but a date line all the same.
_SLASHED_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])")

#: The mark between a name and its date in one text ("Jo Smith, 01.12.2021", "Jo Smith
#: | May 4, 2024"): the first comma, bar, dot or dash after the name.
_NAME_DATE_MARK = re.compile(r"\s*[,|·•–—]\s+|\s+-\s+")


def bare_byline(texts: list[tuple[str, HtmlElement]]) -> Names:
    """The names of the first bare byline among ``texts`` (:class:`BareName`), or ()."""
    bare = BareName()
    for index, (text, holder) in enumerate(texts):
        bare.read(index, text, holder)
        if bare.names:
            break
    return bare.finish()


class BareName:
    """A byline without "By" or markup: a short text of names ("Jo Smith", "Jo Smith and
    Al Kent") among the first texts under the headline, a date line (a ``<time>`` or a
    written date) following within a few texts in the same small box, or right before
    it when the name stands in a short line of its own ("May 4, 2024" | "Jo Smith"; a
    name opening a paragraph after the date is the story's); or the name and the date
    in one text. A name in its own element is taken before a linked one: a link beside
    the writer's name is most often the outlet's (a linked name over the date waits for
    a plain one right under it)."""

    def __init__(self) -> None:
        self.names: Names = ()
        #: (index, names, box) of the first plain and the first linked name text
        self._seen: dict[bool, tuple[int, Names, HtmlElement]] = {}
        #: (index, element) of the last date line
        self._date: tuple[int, HtmlElement] | None = None
        #: a linked name over the date line, taken unless a plain name follows the date
        self._linked: Names = ()

    def read(self, index: int, text: str, holder: HtmlElement) -> None:
        """Take the text at ``index`` into account."""
        if self.names:
            return
        date = self._date
        if self._linked and date is not None and index > date[0] + 1:
            self.names = self._linked
            return
        linked = holder.tag == "a" or in_link(holder)
        if date_line(text, holder):
            self._read_date(index, text, holder, linked)
            return
        if linked in self._seen or not (names := _bare_names(text, holder)):
            return
        box = holder
        for _ in range(UNLABELLED_BYLINE_BOX_LEVELS):
            box = box.getparent() if box.getparent() is not None else box
        self._seen[linked] = (index, names, box)
        if linked or date is None or index != date[0] + 1 or not _own_line(text, holder):
            return
        if date[1] is box or is_below(date[1], box):
            self.names = names  # "May 4, 2024" over "Jo Smith"

    def finish(self) -> Names:
        """The names read, or the linked name over the date line when no other came."""
        return self.names or self._linked

    def _read_date(self, index: int, text: str, holder: HtmlElement, linked: bool) -> None:
        """Take a date line into account: the name over it, or the name before the
        date in its own text."""
        self._date = (index, holder)
        if not linked and (names := _name_before_date(text, holder)):
            self.names = names
            return
        for with_link in (False, True):
            seen = self._seen.get(with_link)
            if (
                seen
                and index - seen[0] <= UNLABELLED_BYLINE_DATE_GAP
                and (holder is seen[2] or is_below(holder, seen[2]))
            ):
                if not with_link:
                    self.names = seen[1]
                    return
                self._linked = self._linked or seen[1]


def _own_line(text: str, holder: HtmlElement) -> bool:
    """True for a text on one line of the page's source whose line on the page (its
    nearest block) is short: a byline's, not the opening of a paragraph ("<p><b>Jo
    Smith</b> said on Monday...") nor a list of sections set one a line ("News
    Science")."""
    if "\n" in text.strip():
        return False
    return words_length(line_block(holder)) <= BYLINE_MAX_CHARS


def _name_before_date(text: str, holder: HtmlElement) -> Names:
    """The names of a text holding a bare name, a mark and a date ("Jo Smith,
    01.12.2021"), else ()."""
    parts = _NAME_DATE_MARK.split(text.strip(), maxsplit=1)
    if (
        len(parts) == 1
        and (slashed := _SLASHED_DATE.search(parts[0]))
        and slashed.end() == len(parts[0])
    ):
        parts = [parts[0][: slashed.start()], slashed.group()]  # "Jo Smith 02/10/2020"
    if len(parts) != 2 or not _a_date(parts[1]):
        return ()
    return _bare_names(parts[0], holder)


def in_link(element: HtmlElement) -> bool:
    """True for an inline element inside a link (``<a><span>Name</span></a>``)."""
    parent = element.getparent()
    return element.tag in PHRASING_TAGS and parent is not None and parent.tag == "a"


def date_line(text: str, holder: HtmlElement) -> bool:
    """A ``<time>`` (or a text inside one) or a short text holding a written date."""
    if holder.tag == "time":
        return True
    parent = holder.getparent()
    if parent is not None and parent.tag == "time":
        return True
    if len(text) > BYLINE_MAX_CHARS or _SENTENCE_END.search(text):
        return False  # "The harbour reopened on May 3, 2024 after the storms."
    return _a_date(text)


def _a_date(text: str) -> bool:
    """True for a text holding a written date or a date of numbers and slashes."""
    return parse_date(text) is not None or _SLASHED_DATE.search(text) is not None


def _bare_names(text: str, holder: HtmlElement) -> tuple[str, ...]:
    """The names of a text that holds only names, each of two or three words written as
    names are (small particles aside), outside headings, controls and forms; else ()."""
    line = " ".join(text.split())
    if (
        not line[:1].isupper()
        or len(line) > UNLABELLED_BYLINE_MAX_CHARS
        or holder.tag in _NOT_BYLINES
    ):
        return ()  # a name starts with a capital
    if _NOT_IN_NAMES.search(line):
        return ()
    names = split_names(line)
    if len(names) > UNLABELLED_BYLINE_MAX_NAMES or _one_word_part(line):
        return ()  # a list; "Im Wortlaut, Example Radio": no full name each
    for name in names:
        words = name.split()
        if words[-1] in NAME_PARTICLES:
            return ()  # "Ein Artikel von": the label of a name that follows
        words = [word for word in words if word not in NAME_PARTICLES]
        if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(word) for word in words):
            return ()
    if any(node.tag in _NOT_BYLINES or node.tag == "form" for node in holder.iterancestors()):
        return ()
    return names


def _one_word_part(line: str) -> bool:
    """True for a line whose parts after a comma hold one word ("Im Wortlaut,
    Deutschlandfunk"): a bare byline names writers by their full names."""
    return "," in line and any(len(part.split()) == 1 for part in line.split(",")[1:])
