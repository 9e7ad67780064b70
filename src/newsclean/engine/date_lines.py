"""Short lines holding a date or an age ("3. Mai 2024 um 14:12 Uhr", "2 hours ago"): a
reader's comment's date line (:mod:`.comment_lists`) or an entry's in a stream or a
side column's feed. Each test reads the cheap sign every such line holds (a digit, a
date stamp, the word of an age) before its pattern."""

from __future__ import annotations

import re

from ..dom.text import RAW_SLACK, collapse_space
from ..rules.builtin.lexicon.dates import DATE_LINE, MONTH_NAMES_ASCII, TIME_AGO
from ..tuning.widgets import COMMENT_LINE_MAX_CHARS

#: A date line: a date or time in it, or how long ago ("Ana says: 3 May 2024 at 9:15 pm").
_DATE = re.compile(rf"(?<!\w)(?:{TIME_AGO}|{DATE_LINE})", re.IGNORECASE)
#: How long ago alone: ``_DATE`` on a text holding no date stamp.
_AGO = re.compile(rf"(?<!\w)(?:{TIME_AGO})", re.IGNORECASE)
#: What every date of a ``DATE_LINE`` holds: two digits set apart by a date's or a
#: clock's mark ("3.5", "21/04", "9:15", "14h30"), or a year with its month's name. A
#: text without one is read for how long ago only (far cheaper than every position).
_STAMP = re.compile(r"\d[./:h-]\d", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
#: The word every branch of ``TIME_AGO`` holds, with the space beside it ("2 hours
#: ago", "vor 3 Tagen", "il y a", "hace", "há", "5 min fa", "geleden", "před", "temu").
_AGO_WORD = re.compile(r"\sago|vor\s|il\s|h(?:ace|á)\s|\sfa|\sgeleden|[řr]ed\s|\stemu", re.I)
#: A line holding a digit: every date line does; most short lines do not.
DIGIT = re.compile(r"\d")


def is_short_date_line(raw: str) -> bool:
    """Whether ``raw`` (a line's text as set in the markup) is a short line holding a
    date or an age ("3. Mai 2024 um 14:12 Uhr", "2 hours ago"): a comment's date line,
    or an entry's in a stream. The digit every such line holds is looked for first."""
    if len(raw) > COMMENT_LINE_MAX_CHARS * RAW_SLACK or not DIGIT.search(raw):
        return False
    text = collapse_space(raw)
    return len(text) <= COMMENT_LINE_MAX_CHARS and date_search(text) is not None


def date_search(text: str) -> re.Match[str] | None:
    """``_DATE.search(text)``: the same match, the date lines tried only on a text
    holding a date stamp (:func:`_holds_stamp`) and how long ago only on one holding its word
    (``_AGO_WORD``), since each of them needs it."""
    if _holds_stamp(text):
        return _DATE.search(text)
    return _AGO.search(text) if _AGO_WORD.search(text) else None


def _holds_stamp(text: str) -> bool:
    """Whether ``text`` holds what a date of ``DATE_LINE`` needs (``_STAMP``, or a year
    and a month's name, looked for in a lowered text of ASCII letters only)."""
    if _STAMP.search(text):
        return True
    if not _YEAR.search(text):
        return False
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(name in lowered for name in MONTH_NAMES_ASCII)
