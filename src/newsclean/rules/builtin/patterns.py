"""The regular expressions of the built-in line rules: counters, bylines, credits, dates.

Each is matched whole against a short block's normalised text; none may
backtrack catastrophically (``tests/test_regex_safety.py`` checks).
"""

from __future__ import annotations

#: "3 / 10", "2 of 8", "Bild 4 von 12", "photo 5/20": a counter, not prose.
SLIDE_COUNTER = (
    r"(?:(?:image|photo|picture|slide|bild|foto|imagen|diapositiva)\s*)?"
    r"\d{1,3}\s*(?:/|of|von|de|sur|di|z)\s*\d{1,3}"
)

#: A short line that is only a byline (with perhaps a date after a separator). Names
#: are matched whole (possessively): were a name free to split across the repeats, a
#: near miss would take exponential time (found by fuzzing: 43 s for 88 characters).
BYLINE_LINE = (
    r"(?:by|von|par|por|di|door)\s+(?:[\w'’-]++\.?\s*+){1,4}"
    r"(?:(?:,|and|und|et|y|&)\s*+(?:[\w'’-]++\.?\s*+){1,4}){0,3}"
    r"(?:[|·•—–-]\s*[\w .:/,-]{0,30})?"
)

#: Picture agencies and wires whose name makes a short line a photo credit.
AGENCY_CREDIT = (
    # no sentence punctuation anywhere, then an agency name somewhere (cheap to reject)
    r"(?=[^.!?]*$).*?\b(?:getty images|afp|reuters|dpa|ap photo|associated press"
    r"|picture alliance|picture-alliance|imago|istock|istockphoto|shutterstock|epa|keystone"
    r"|bloomberg|anadolu|xinhua|efe|ansa|belga|sipa|abaca|alamy|unsplash|pexels)\b.*"
)

_MONTH_WORDS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june"
    r"|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober"
    r"|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = (
    r"(?:,?\s*(?:um\s*|at\s*)?\d{1,2}[:.]\d\d(?:\s*(?:uhr|am|pm|h))?"
    r"(?:\s*(?:utc|gmt|cet|cest|bst|est|edt|pst|pdt|mez|mesz))?)?"
)
DATE_ONLY = (
    r"(?:(?:am|on|le|el|den|published|updated|posted|veröffentlicht|aktualisiert|stand)\s*:?\s*)?"
    + _WEEKDAY
    + r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    + rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH_WORDS}\.?,?\s+(?:de\s+)?\d{{4}}"
    + rf"|{_MONTH_WORDS}\.?\s+\d{{1,2}},?\s+\d{{4}})"
    + _TIME
    + r"|\d{1,2}[:.]\d\d(?:\s*(?:uhr|am|pm))?"
)
