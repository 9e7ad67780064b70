"""The dates a page shows around its headline, read as the reader reads them.

- A date labelled as the story's update ("Updated", "Aktualisiert:", "Stand:", "Last
  updated ..., originally created ...") is no publication date: the publication's is
  the next date line when that one is labelled so ("Publiziert:", "Published"), or the
  labelled part of the same line. Shown alone, the update's date is the page's
  modification date, and its publication date is unknown.
- A date labelled as the day a forum's member joined ("Registriert:", "Joined")
  is no date of the story.
- A date line inside the headline element itself (a kicker "1 May 2024" over the
  headline's text, a "Posted on ..." line a template wrote into the ``<h1>``) is read
  when no line after the headline gives a date.
- A date line with a two-digit year ("19.10.19, 11:29 Uhr") is read when it reads one
  way only (:mod:`.short_years`); a date in the site's header or a menu above the
  headline (a masthead's date of the day) is none (:mod:`.mastheads`).
- A date named inside a sentence (a standfirst's "said on Tuesday, March 3, 2020
  that ...", a piece of it as short as a date line) is none (:mod:`.prose_dates`).
- A publication time given in UTC that the page shows under the headline as a local
  clock time on another day ("…T02:59Z" in the metadata, "November 19, 2019 at 8:59
  pm" on the page) is told in the page's offset: the same instant, on the day its
  readers see.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..date_words import (
    LABEL_LINKS,
    PUBLISHED_OPENERS,
    PUBLISHED_WORDS,
    UPDATE_OPENERS,
    UPDATE_WORDS,
)
from ..tuning.metadata import (
    ABOVE_DATE_TEXTS,
    HEADLINE_DATE_LINE_MAX_CHARS,
    SHOWN_DATE_LINE_MAX_CHARS,
    SHOWN_DATE_TEXTS,
    SHOWN_NEAR_TEXTS,
    SHOWN_OFFSET_MAX_HOURS,
    SHOWN_OFFSET_STEP_MINUTES,
    SHOWN_TIME_LINES,
)
from .dates import Moment, parse_date
from .mastheads import texts_above
from .nearby import in_comments, texts_after
from .prose_dates import in_sentence
from .short_years import dots_read_day_first, with_full_year

HtmlElement = Any

_UPDATE_WORDS = rf"(?:{UPDATE_OPENERS})?(?:{UPDATE_WORDS})"
_PUBLISHED_WORDS = rf"(?:{PUBLISHED_OPENERS})?(?:{PUBLISHED_WORDS})"
_ON = rf"(?:\s+(?:{LABEL_LINKS}))?"
#: The words that label the day a forum's member joined, in a post's profile box: no
#: date of the story.
_MEMBER_WORDS = (
    r"(?:joined|registered|member since|registriert|mitglied seit|dabei seit|inscrit"
    r"|inscription|registrado|miembro desde|iscritto|membro dal|dołączył)"
)
#: A line that opens with that label, and the label standing alone before its date.
_MEMBER_LINE = re.compile(rf"(?i)^\W*{_MEMBER_WORDS}\b")
_MEMBER_ALONE = re.compile(rf"(?i)\W*{_MEMBER_WORDS}\W*")
#: A line that opens with an update's label, and a label standing alone before its date.
_UPDATE_LINE = re.compile(rf"(?i)^\W*{_UPDATE_WORDS}\b")
_UPDATE_ALONE = re.compile(rf"(?i)\W*{_UPDATE_WORDS}{_ON}\W*")
#: The same for the publication; and its label inside a line, the date after it.
_PUBLISHED_LINE = re.compile(rf"(?i)^\W*{_PUBLISHED_WORDS}\b")
_PUBLISHED_ALONE = re.compile(rf"(?i)\W*{_PUBLISHED_WORDS}{_ON}\W*")
_PUBLISHED_INSIDE = re.compile(rf"(?i)\b{_PUBLISHED_WORDS}{_ON}\s*:?\s*")
#: An update's label after a separator inside a line of the post's fields ("Published:
#: 09:15 BST, 4 June 2025 | Updated: 11:02 BST, 5 June 2025"): the line's publication
#: part ends there, and the update's date follows.
_UPDATE_AFTER = re.compile(rf"(?i)\s*(?:[|·•;]|\s[-–—]\s)\s*(?={_UPDATE_WORDS}\b)")
_HAS_DIGIT = re.compile(r"\d")
#: A clock time's digits ("8:59", "20.59", "20h59").
_CLOCK = re.compile(r"\d[:.h]\d\d")


def shown_date_texts(h1: HtmlElement, updates: list[str]) -> Iterator[str]:
    """The publication's date lines around the headline ``h1``: those under it among the
    first ``SHOWN_NEAR_TEXTS`` texts, the one right above it (the kicker's row), those
    farther under it, then those inside ``h1``. A date line labelled as the update is no
    publication's: it goes to ``updates``."""
    day_first = dots_read_day_first(h1)
    above = True
    for text, position in _lines_under(h1, updates, day_first):
        if above and position >= SHOWN_NEAR_TEXTS:
            yield from _line_above(h1, day_first)
            above = False
        yield text
    if above:
        yield from _line_above(h1, day_first)
    yield from _headline_date_lines(h1, day_first)


def _lines_under(h1: HtmlElement, updates: list[str], day_first: bool) -> Iterator[tuple[str, int]]:
    """The publication's date lines under ``h1``, each with its place among the texts
    after it. After an update's line (put in ``updates``) only a line labelled as the
    publication is read: an unlabelled date after it is another story's, in a list. A
    date inside a sentence is none (:mod:`.prose_dates`)."""
    previous = ""
    for position, (shown, holder) in enumerate(texts_after(h1, SHOWN_DATE_TEXTS)):
        text = _date_line(shown, day_first)
        if text is not None and not in_comments(holder):
            if _MEMBER_LINE.match(text) or _MEMBER_ALONE.fullmatch(previous):
                pass  # a member's day of joining, in a forum post's profile box
            elif _UPDATE_LINE.match(text) or _UPDATE_ALONE.fullmatch(previous):
                updates.append(str(text))
                yield from ((part, position) for part in _published_inside(text))
            elif not updates:
                if not in_sentence(shown, holder):  # a sentence naming an event's day
                    yield _publication_part(text, updates), position
            elif _PUBLISHED_LINE.match(text) or _PUBLISHED_ALONE.fullmatch(previous):
                yield str(text), position  # "Updated: ..." then "Published: ...": the publication's
            else:
                return
        previous = shown


def _line_above(h1: HtmlElement, day_first: bool) -> Iterator[str]:
    """The first date line among the ``ABOVE_DATE_TEXTS`` texts right above ``h1``,
    unless labelled as an update."""
    for shown in texts_above(h1, ABOVE_DATE_TEXTS):
        text = _date_line(shown, day_first)
        if text is not None:
            if not _UPDATE_LINE.match(text):
                yield str(text)
            return


def _date_line(text: str, day_first: bool) -> str | None:
    """A short text holding a date (a date has digits), as it is, or with its
    two-digit year written in full (:mod:`.short_years`; ``day_first``: whether the
    page's dotted dates are read day first); else None."""
    if len(text) >= SHOWN_DATE_LINE_MAX_CHARS or _HAS_DIGIT.search(text) is None:
        return None
    if parse_date(text) is not None:
        return text
    full = with_full_year(text, day_first)
    return full if full is not None and parse_date(full) is not None else None


def _publication_part(text: str, updates: list[str]) -> str:
    """``text`` up to an update's label after a separator (:data:`_UPDATE_AFTER`), the
    part after it put in ``updates``: one line giving both dates, the publication's
    first."""
    cut = _UPDATE_AFTER.search(text)
    if cut is None or parse_date(text[: cut.start()]) is None:
        return str(text)
    updates.append(str(text[cut.end() :]))
    return str(text[: cut.start()])


def _published_inside(text: str) -> Iterator[str]:
    """The publication's part of an update's line ("Last updated 4 Jun 2020, originally
    created 17 Jun 2019"), when it has a date."""
    match = _PUBLISHED_INSIDE.search(text)
    if match is not None and parse_date(text[match.end() :]) is not None:
        yield str(text[match.end() :])


def _headline_date_lines(h1: HtmlElement, day_first: bool) -> Iterator[str]:
    """The short date lines inside ``h1`` beside a longer text, its headline."""
    texts = [t for element in h1.iter(etree.Element) for t in _own_texts(element, h1)]
    longest = max((len(t.strip()) for t in texts), default=0)
    for text in texts:
        size = len(text.strip())
        line = (
            _date_line(text, day_first)
            if size <= HEADLINE_DATE_LINE_MAX_CHARS and size < longest
            else None
        )
        if line is not None:
            yield str(line)


def _own_texts(element: HtmlElement, h1: HtmlElement) -> Iterator[str]:
    """``element``'s text and, unless it is ``h1`` itself, its tail, when not blank."""
    for text in (element.text, None if element is h1 else element.tail):
        if text and text.strip():
            yield text


def shown_locally(value: Moment | None, h1: HtmlElement | None) -> Moment | None:
    """``value``, a time in UTC, told in the offset of the same instant as the page
    shows it under ``h1`` (among the first lines with a clock time: one without a zone,
    on another day), else as it is."""
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        return value
    if h1 is None:
        return value
    lines = (
        t
        for t, holder in texts_after(h1, SHOWN_DATE_TEXTS)
        if len(t) < SHOWN_DATE_LINE_MAX_CHARS
        and _CLOCK.search(t) is not None  # C-level: spares parsing every other text
        and not in_comments(holder)
    )
    for line in itertools.islice(lines, SHOWN_TIME_LINES):
        shown = parse_date(line)
        if isinstance(shown, dt.datetime) and shown.tzinfo is None:
            offset = _offset(value, shown)
            if offset is not None:
                return value.astimezone(dt.timezone(offset))
    return value


def _offset(value: dt.datetime, shown: dt.datetime) -> dt.timedelta | None:
    """The zone offset that makes ``value`` (UTC) read as ``shown`` (to the minute) on
    another day: a whole number of steps, within the world's offsets."""
    utc = value.replace(second=0, microsecond=0, tzinfo=None)
    offset = shown - utc
    step = dt.timedelta(minutes=SHOWN_OFFSET_STEP_MINUTES)
    if shown.date() == utc.date() or offset % step:
        return None
    if abs(offset) > dt.timedelta(hours=SHOWN_OFFSET_MAX_HOURS):
        return None
    return offset
