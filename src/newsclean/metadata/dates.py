"""Parse the dates news pages write: ISO 8601, RFC 2822, numeric and written forms.

A value with a time and a zone becomes an aware :class:`datetime.datetime`; the zone
may be an offset or a name with one meaning in news datelines ("16:20 BST", "EST",
"CET"). A time without a zone stays naive (newsclean does not guess zones); a bare
day becomes a :class:`datetime.date`.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from typing import Any

from ..month_names import MONTH_KEYS, MONTH_PATTERN, month_key

HtmlElement = Any

Moment = dt.datetime | dt.date

#: No news page here predates this; earlier values are template junk.
EARLIEST = dt.date(1990, 1, 1)

MONTH_NAMES = MONTH_PATTERN
#: "Dec. 13, 2016", "December 13th 2016", "13. Dezember 2016", "13 décembre 2016",
#: "13 de diciembre de 2016", "1er mars 2020".
WRITTEN_DATE = re.compile(
    rf"(?i)\b(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(?P<m2>{MONTH_NAMES})\.?,?\s+"
    rf"(?:de\s+)?(?P<y2>(?:19|20)\d\d))\b"
)
#: A clock time; "12.05" followed by more digits is a number or a date ("10.000", "14.12.2016").
_WRITTEN_TIME = re.compile(
    r"(?i)\b(?P<H>\d{1,2})[:.h](?P<M>\d\d)(?!\.?\d)(?::\d\d)?(?:\s*(?P<ampm>[ap])\.?\s*m\b\.?)?"
)
#: A clock time right before its date, perhaps its zone and the weekday's name between
#: ("09:15 BST, 4 June 2025", "21:22, 6 OCT 2020", "10:30 am | Tuesday, 3 May 2024"):
#: with a colon or an "h" (a dotted "14.05, 15.05.2024" is two days).
_TIME_BEFORE = re.compile(
    r"(?i)(?<![\d.:])(?P<H>\d{1,2})[:h](?P<M>\d\d)(?::\d\d)?(?:\s*(?P<ampm>[ap])\.?\s*m\b\.?)?"
    r"(?P<tail>(?:\s*[,|·•-]?\s*\(?[^\W\d_]{2,9}\.?\)?){0,2}\s*[,|·•-]?\s*)$"
)
#: How far before a date :data:`_TIME_BEFORE` is looked for.
_TIME_BEFORE_READ = 30
_NUMERIC_DATE = re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d\d)\b")
_SLASHED_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})\b")
#: "11/14/2019", "14/11/2019": read only when one number is over 12 and so the day
#: (which comes first, month or day, differs between countries).
_DAY_MONTH_YEAR = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)\b")
_ISO_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>-?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?!\d)"
    r"(?:[T ](?P<H>[0-2]\d):?(?P<M>[0-5]\d)(?::?(?P<S>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-][01]\d(?::?[0-5]\d)?)?)?"
)
#: The numeric and written forms of a date, in the order :func:`parse_date` reads them.
DATE_FORMS = (_ISO_DATE, WRITTEN_DATE, _NUMERIC_DATE, _SLASHED_DATE, _DAY_MONTH_YEAR)
#: Zone names and their fixed offset in hours. A name says which offset the writer meant
#: ("CET" is +1 even in May), so no calendar is needed. A name with several meanings
#: is left out (IST: India, Ireland or Israel), except RFC 2822's US names (CST is also
#: China's), which the email standard and the news wires read as the US zones.
ZONE_OFFSETS: dict[str, float] = {
    **{"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1},
    **{"CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3},
    **{"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6},
    **{"PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10},
    **{"AWST": 8, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "ACST": 9.5, "ACDT": 10.5},
    **{"AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13},
}
#: A zone name right after a time, optionally in brackets, and "UTC+2"/"GMT-05:00".
_ZONE_NAME = re.compile(
    r"\s*\(?(?P<name>"
    + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True))
    + r")(?:(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d\d))?)?\)?(?![\w+-])"
)
_RFC_2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d")
_DIGIT = re.compile(r"\d")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)")


def parse_date(text: str) -> Moment | None:
    """The first date in ``text`` (ISO 8601, RFC 2822 or written), or None."""
    text = text.strip()
    if not text or _DIGIT.search(text) is None:
        return None  # every form below has a year in digits
    match = _ISO_DATE.search(text)
    if match:
        return _from_iso(match)
    if _RFC_2822.match(text):
        try:
            return _rfc_2822(text)
        except (TypeError, ValueError):
            pass
    match = WRITTEN_DATE.search(text)
    if match:
        month = MONTH_KEYS.get(month_key(match["m1"] or match["m2"]), 0)
        day = _day(int(match["y1"] or match["y2"]), month, int(match["d1"] or match["d2"]))
        return _timed(day, text, match)
    match = _NUMERIC_DATE.search(text)
    if match:
        first, second = int(match["d"]), int(match["m"])
        order = day_and_month(first, second) or (first, second)  # dots: day first
        return _timed(_day(int(match["y"]), order[1], order[0]), text, match)
    match = _SLASHED_DATE.search(text)
    if match:
        return _timed(_day(int(match["y"]), int(match["m"]), int(match["d"])), text, match)
    match = _DAY_MONTH_YEAR.search(text)
    if match:
        slashed = day_and_month(int(match["a"]), int(match["b"]))
        if slashed is not None:  # slashes: "3/4/2021" is not read
            return _timed(_day(int(match["y"]), slashed[1], slashed[0]), text, match)
    return None


def day_and_month(first: int, second: int) -> tuple[int, int] | None:
    """``(day, month)`` when one of a date's two leading numbers is over 12 and so the
    day ("11.14.2019", "14/11/2019"), whichever comes first; None when both could be
    the month. The caller decides that case: dots are read day first (the countries
    writing dates with dots put the day first); slashes are not read ("3/4/21" is the
    3rd of April in Europe and March 4th in the United States). The one place that
    decides it, for four-digit years here and two-digit ones (:mod:`.short_years`)."""
    if max(first, second) > 12 >= min(first, second):
        return max(first, second), min(first, second)
    return None


def _timed(day: dt.date | None, text: str, match: re.Match[str]) -> Moment | None:
    """A date with the clock time written after it ("13.12.2016, 14:30"), else right
    before it ("09:15 BST, 4 June 2025": :data:`_TIME_BEFORE`)."""
    if day is None:
        return None
    timed = _with_written_time(day, text[match.end() : match.end() + 40])
    if isinstance(timed, dt.datetime):
        return timed
    before = _TIME_BEFORE.search(text, max(0, match.start() - _TIME_BEFORE_READ), match.start())
    return _clock(day, before, text, before.start("tail")) if before else day


def date_in_url(url: str) -> dt.date | None:
    """A ``/2016/12/13/`` style date in a URL path."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    return _day(int(match[1]), int(match[2]), int(match[3]))


def day_of(value: Moment) -> dt.date:
    """The calendar day of a date or datetime (in the datetime's own zone)."""
    return value.date() if isinstance(value, dt.datetime) else value


def plausible(value: Moment | None, latest: dt.date | None = None) -> bool:
    """Not before 1990 and not after ``latest`` (default: two days from now)."""
    if value is None:
        return False
    if latest is None:
        latest = dt.date.today() + dt.timedelta(days=2)
    return EARLIEST <= day_of(value) <= latest


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_iso(match: re.Match[str]) -> Moment | None:
    day = _day(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None or match["H"] is None:
        return day
    zone = _zone(match["tz"]) if match["tz"] else _named_zone(match.string, match.end())
    try:
        return dt.datetime(
            day.year,
            day.month,
            day.day,
            int(match["H"]),
            int(match["M"]),
            int(match["S"] or 0),
            tzinfo=zone,
        )
    except ValueError:
        return day


def _zone(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text == "Z":
        return dt.UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "").ljust(4, "0")
    try:
        return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))
    except ValueError:
        return None


def _named_zone(text: str, position: int) -> dt.tzinfo | None:
    """The zone named at ``position`` of ``text`` ("BST", "(CET)", "UTC+2"), if any."""
    match = _ZONE_NAME.match(text, position)
    if match is None:
        return None
    offset = dt.timedelta(hours=ZONE_OFFSETS[match["name"]])
    if match["sign"]:
        sign = 1 if match["sign"] == "+" else -1
        minutes = int(match["hours"]) * 60 + int(match["minutes"] or 0)
        offset += sign * dt.timedelta(minutes=minutes)
    try:
        return dt.timezone(offset)
    except ValueError:
        return None


def _rfc_2822(text: str) -> dt.datetime:
    """An RFC 2822 date; a zone name the email module does not know ("BST") is read
    from :data:`ZONE_OFFSETS` instead of leaving the time naive."""
    parsed = parsedate_to_datetime(text)
    if parsed.tzinfo is None:
        zone = re.search(r"\d\d:\d\d(?::\d\d)?", text)
        named = _named_zone(text, zone.end()) if zone else None
        if named is not None:
            return parsed.replace(tzinfo=named)
    return parsed


def _with_written_time(day: dt.date, after: str) -> Moment:
    """A written date followed by a clock time ("at 6:01 am") keeps it, with the zone
    named after it ("16:20 BST"), else zone-less."""
    match = _WRITTEN_TIME.search(after)
    return _clock(day, match, after, match.end()) if match else day


def _clock(day: dt.date, match: re.Match[str], text: str, zone_at: int) -> Moment:
    """``day`` at the clock time ``match`` read in ``text`` (its groups ``H``, ``M``,
    ``ampm``), in the zone named at ``zone_at`` (right after the time), else zone-less;
    ``day`` alone when it is no clock time ("12.75" is a number)."""
    hour, minute = int(match["H"]), int(match["M"])
    if match["ampm"]:
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return day
    zone = _named_zone(text, zone_at)
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
