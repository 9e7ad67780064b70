"""A date line that goes on with the byline: "Posted on September 21, 2020 by Jo Lind",
"Veröffentlicht am 3. Mai 2024 von Jo Lind", "12.05.2021 | par Jo Lind".

Blog themes write the date first and the writer after it in one text; the byline's
lead word then stands inside the line, not at its start, and without its markup (an
author's class, a link to the writer's page) nothing else tells the line is a byline.
Read only as a date line: before the lead word a date and at most
``DATED_BYLINE_LABEL_WORDS`` words ("Posted on"), so a sentence naming a day and a
person ("On May 3, 2024 the quay was opened by the mayor") is none.
"""

from __future__ import annotations

import re

from ..tuning.metadata import BYLINE_MAX_CHARS, DATED_BYLINE_LABEL_WORDS
from .bylines import split_names
from .dates import DATE_FORMS

#: The lead word inside the line: after a space or a separator, before the names or
#: the line's end (the names in the next element).
_INNER_LEAD = re.compile(r"(?:\s|[|·•—–-])(?:by|von|par|por|door)\s*[:：]?(?:\s+|$)", re.IGNORECASE)
#: A word of letters (a date's digits are none).
_WORD = re.compile(r"[^\W\d_]+")
#: What may stand between the date and the lead word: its clock time, the time's zone
#: ("10:15 AM ET", "11:29 Uhr") and separators; a name's first word ("3. Mai 2024 Walter
#: von Aachen": "von" is his name's) may not.
_AFTER_DATE = re.compile(
    r"[\s,|·•—–-]*(?:(?:um|at|à|a las)\s+)?(?:\d{1,2}[:.h]\d\d(?:\s*[ap]\.?\s*m\b\.?)?"
    r"(?:\s*(?-i:[A-Z]{2,4}))?(?:\s*uhr)?)?[\s,|·•—–-]*",
    re.IGNORECASE,
)


def dated_byline(text: str) -> tuple[str, ...] | None:
    """The names of a date line that goes on with a byline; () when the line ends with
    its lead word (the names stand in the next element); None for no such line."""
    line = " ".join(text.split())
    if len(line) > BYLINE_MAX_CHARS or not any(c.isdigit() for c in line):
        return None
    lead = _INNER_LEAD.search(line)
    if lead is None or not _date_line(line[: lead.start()]):
        return None
    rest = line[lead.end() :]
    if not rest:
        return ()
    names = split_names("By " + rest)
    return names or None


def _date_line(text: str) -> bool:
    """True for a date with at most ``DATED_BYLINE_LABEL_WORDS`` words before it and
    only its clock time after it (:data:`_AFTER_DATE`)."""
    for form in DATE_FORMS:
        match = form.search(text)
        if match is not None:
            label = len(_WORD.findall(text[: match.start()])) <= DATED_BYLINE_LABEL_WORDS
            return label and _AFTER_DATE.fullmatch(text, match.end()) is not None
    return False
