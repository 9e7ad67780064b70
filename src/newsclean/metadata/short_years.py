"""Dates a page shows with a two-digit year ("19.10.19, 11:29 Uhr", "25/12/21"), read in
the date lines beside the headline only: elsewhere two numbers after a date-like pair
are as often a score, a version or a ratio.

- Dots ("19.10.19"), each part of two digits: the day comes first, then the month, as
  the pages writing dates with dots do (German, Austrian, Swiss, Scandinavian and
  Eastern European pages). A page in American English or in English of no country
  (``lang="en"``) may write the month first ("11.03.17" for November 3rd): there a
  dotted date is read only when one of its numbers is over 12 and so the day.
- Slashes ("25/12/21", "12/25/21"): read only when one of the first two numbers is over
  12 and so the day; "3/4/21" is the 3rd of April in Europe and March 4th in the United
  States, and is not read (``dates.day_and_month``, the rule for four-digit years too).
- The date stands in a date line: besides it at most ``SHORT_YEAR_LINE_MAX_WORDS``
  words ("Stand:", "11:29 Uhr", "Aktualisiert am"); "Das Magazin am 01.07.17 (Folge
  12)", a teaser's title, is another page's.
- The century is the one that puts the year nearest after 1990, newsclean's earliest
  date: "95" is 1995, "19" is 2019.
"""

from __future__ import annotations

import re
from typing import Any

from ..tuning.metadata import SHORT_YEAR_CENTURY_PIVOT, SHORT_YEAR_LINE_MAX_WORDS
from .dates import day_and_month

#: A day, a month and a two-digit year with dots, each of two digits ("04.02.22": a
#: version number is written "4.2.22"), or two numbers and a two-digit year with
#: slashes; no digit, dot or slash before or after (no part of a longer number, a
#: version "10.10.19.2", a path).
_SHORT_DATE = re.compile(
    r"(?<![\d./])(?:(?P<a>\d\d)(?P<dot>\.)\s?(?P<b>\d\d)\.\s?"
    r"|(?P<c>\d{1,2})/(?P<d>\d{1,2})/)(?P<y>\d\d)(?![\d/]|\.\d)"
)

#: A word of letters (a clock time's digits are none).
_WORD = re.compile(r"[^\W\d_]+")

#: The page languages whose writers may put the month first in a dotted date: American
#: English, and English naming no country.
_MONTH_FIRST_LANGUAGES = frozenset(("en", "en-us"))


def dots_read_day_first(element: Any) -> bool:
    """Whether the dotted dates of ``element``'s page read day first: False on a page
    whose ``lang`` is one of :data:`_MONTH_FIRST_LANGUAGES`."""
    root = element.getroottree().getroot()
    lang = (root.get("lang") or root.get("xml:lang") or "").strip().lower().replace("_", "-")
    return lang not in _MONTH_FIRST_LANGUAGES


def with_full_year(text: str, day_first: bool = True) -> str | None:
    """``text`` with its first short-year date written with its full year, day first
    ("19.10.19, 11:29 Uhr" -> "19.10.2019, 11:29 Uhr"), or None when it holds none
    that reads one way only in a date line (without ``day_first``, a dotted one with
    both numbers under 13 reads two ways)."""
    for match in _SHORT_DATE.finditer(text):
        if match["dot"]:
            first, second = int(match["a"]), int(match["b"])
            if not day_first:
                order = day_and_month(first, second)
                if order is None:
                    continue  # "11.03.17": November 3rd or the 11th of March
                first, second = order
        else:
            order = day_and_month(int(match["c"]), int(match["d"]))
            if order is None:
                continue  # "3/4/21": day and month may stand either way
            first, second = order  # "12/25/21": the month written first
        if not (1 <= first <= 31 and 1 <= second <= 12):
            continue
        rest = text[: match.start()] + " " + text[match.end() :]
        if len(_WORD.findall(rest)) > SHORT_YEAR_LINE_MAX_WORDS:
            return None  # a sentence or a title naming a day, no date line
        short = int(match["y"])
        year = short + (1900 if short >= SHORT_YEAR_CENTURY_PIVOT else 2000)
        return f"{text[: match.start()]}{first}.{second}.{year}{text[match.end() :]}"
    return None
