"""What a line of the post's fields is made of: fields split by a separator or set
each in an inline element, each a date, a count or a few words; the patterns of
``rules.builtin.lexicon.dates`` compiled. Read by :mod:`.edge_fields` and
:mod:`.edge_bylines`."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import PHRASING_TAGS
from ..dom.text import text_of
from ..rules.builtin.lexicon.credits import BYLINE_LINE
from ..rules.builtin.lexicon.dates import (
    ANY_MONTH_DATE,
    METADATA_COUNT,
    METADATA_DATE,
    METADATA_FIELD,
    METADATA_SEPARATOR,
    PUBLICATION_LABEL,
)
from ..settings import Tuning
from .edge_text import normal_text

HtmlElement = Any


#: The post-line patterns of ``rules.builtin.lexicon.dates``, compiled.
METADATA_SEPARATOR_PATTERN = re.compile(METADATA_SEPARATOR)
METADATA_DATE_PATTERN = re.compile(METADATA_DATE, re.IGNORECASE)
_METADATA_COUNT = re.compile(METADATA_COUNT, re.IGNORECASE)
_METADATA_FIELD = re.compile(METADATA_FIELD)
_ANY_MONTH_DATE = re.compile(ANY_MONTH_DATE)
_PUBLICATION_LABEL = re.compile(PUBLICATION_LABEL, re.IGNORECASE)
_BYLINE = re.compile(BYLINE_LINE, re.IGNORECASE)
#: A field's own label, a word or two and a colon ("Tags: ", "Abgelegt unter: "): beside
#: a labelled date its words are not counted among the field's.
_FIELD_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s?:\s")
#: A bare number among a line's fields: a count whose label is an icon.
_BARE_NUMBER = re.compile(r"\d[\d.,]*[km]?")
#: Two dates joined by a spaced dash: a range ("Sailings: 05.03.2024 – 09.03.2024", "3
#: May 2024 - 9 May 2024"), the story's dates (a trip's, an exhibition's), not a line of
#: fields split by the dash: a date in figures or a year before it, a date in figures or
#: a day, month and year after it (a time after it, "05.03.2024 - 12:45", is a field).
_DATE_RANGE = re.compile(
    r"(?:\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\.?\s+(?:--|[–—-])\s+"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}"
    r"|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4})"
)
#: A word's character: loose text holding none stands between a line's fields.
WORD = re.compile(r"\w")


def metadata_line(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a line of the
    post's fields: at most ``metadata_line_max_chars``, split by
    :data:`METADATA_SEPARATOR`, or else into its inline elements when each field stands
    in its own (:func:`_inline_fields`), into two to ``metadata_line_max_fields``
    fields, one of them a count of comments or views
    (:data:`METADATA_COUNT`), or a date (:data:`METADATA_DATE`) beside a field of words,
    and every other one a few words (at most ``metadata_field_max_words``) with no
    sentence's end. A dateline opening the story's first sentence ("Berlin, 3. Mai 2024 -
    Die Stadt ...") runs on in a long field, a line of words alone ("Salzburg –
    Radfahren") holds no date, and a line of dates alone ("3 May 2024 | 20 June 2024",
    an exhibition's) no field of words; a range of dates is the story's
    (:func:`date_range`). A line with a date labelled as the story's publication or
    update may run longer (:func:`metadata_fields`)."""
    if len(text) > tuning.metadata_labelled_line_max_chars:
        return False
    fields = separated_fields(text)
    if len(fields) < 2 and len(text) <= tuning.metadata_line_max_chars:
        fields = _inline_fields(element)  # a longer line: split by separators only
    return fields_line(fields, text, tuning)


def fields_line(fields: list[str], text: str, tuning: Tuning) -> bool:
    """True when ``fields``, read from the line ``text``, are the post's fields
    (:func:`metadata_fields`) and ``text`` holds no range of dates (:func:`date_range`):
    the test of a block's line (:func:`metadata_line`) and of a loose one."""
    return not date_range(text) and metadata_fields(fields, tuning, len(text))


def separated_fields(text: str) -> list[str]:
    """The fields of the line ``text`` split by :data:`METADATA_SEPARATOR`, none empty."""
    return [field for field in METADATA_SEPARATOR_PATTERN.split(text) if field]


def labelled_line(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised) is a line of the post's fields
    (:func:`metadata_line`) one of which is a date labelled as the story's publication
    or update (:func:`labelled_date`): read closing the body too, where a line of a
    name and a date alone may be the story's own (a letter's signature)."""
    if len(text) > tuning.metadata_labelled_line_max_chars:
        return False
    return any(map(labelled_date, separated_fields(text))) and metadata_line(element, text, tuning)


def date_range(text: str) -> bool:
    """True when ``text`` holds two dates joined by a spaced dash (:data:`_DATE_RANGE`):
    a range, which a line of fields split by its dash would misread as two fields."""
    return _DATE_RANGE.search(text) is not None


def metadata_fields(fields: list[str], tuning: Tuning, length: int) -> bool:
    """True when ``fields`` (normalised, of a line ``length`` long) are those of a line
    of the post's fields (see :func:`metadata_line`): a date in a language no month list
    holds counts too (:data:`ANY_MONTH_DATE`), and a bare number (a count labelled by an
    icon) is no field of words. One date twice and nothing else is such a line too ("4.
    November 2021" in two ``<time>`` elements, the post's and its update's): an
    exhibition's dates differ. So are dates alone one of which is labelled as the
    story's publication or update (:func:`labelled_date`), and such a line may run to
    ``metadata_labelled_line_max_chars``, its byline past the fields' words."""
    if not 2 <= len(fields) <= tuning.metadata_line_max_fields:
        return False
    labelled = any(labelled_date(field) for field in fields)
    if length > tuning.metadata_line_max_chars and not labelled:
        return False
    kinds = field_kinds(fields, tuning, labelled)
    if kinds is None:
        return False
    dated, counted, worded = kinds
    # one date set twice (the post's and its update's, both shown) is no list of dates
    return counted or (dated and (worded or labelled or len(set(fields)) == 1))


def labelled_date(field: str) -> bool:
    """True when ``field`` (normalised) is a date labelled as the story's publication or
    update (:data:`PUBLICATION_LABEL`: "Veröffentlicht: 05.01.2020", "Mis à jour le
    05.05.2015 à 20h13"): the post's own date, not one the story gives."""
    return (
        _PUBLICATION_LABEL.match(field) is not None
        and METADATA_DATE_PATTERN.fullmatch(field) is not None
    )


def field_kinds(
    fields: list[str], tuning: Tuning, labelled: bool = False
) -> tuple[bool, bool, bool] | None:
    """Whether ``fields`` (normalised) hold a date, a count and a field of words, or None
    when one of them is none of a post's fields (a sentence, a run of words longer than
    ``metadata_field_max_words``). Beside a ``labelled`` date a byline of any length
    (:data:`BYLINE_LINE`: "Par Ada Lind (avec Jo Berg et Ed Moor)") is a field of words,
    and a field's own label (:data:`_FIELD_LABEL`) is not counted among its words."""
    dated = counted = worded = False
    most = tuning.metadata_field_max_words
    for field in fields:
        if _METADATA_COUNT.fullmatch(field):
            counted = True
        elif METADATA_DATE_PATTERN.fullmatch(field) or _ANY_MONTH_DATE.fullmatch(field):
            dated = True
        elif _BARE_NUMBER.fullmatch(field):
            continue
        elif labelled and _BYLINE.fullmatch(field):
            worded = True
        elif len(_words(field, labelled)) > most or not _METADATA_FIELD.fullmatch(field):
            return None
        else:
            worded = True
    return dated, counted, worded


def _words(field: str, labelled: bool) -> list[str]:
    """The words of ``field``, less its own label (:data:`_FIELD_LABEL`) when the line
    holds a ``labelled`` date."""
    label = _FIELD_LABEL.match(field) if labelled else None
    return field[label.end() if label else 0 :].split()


def _inline_fields(element: HtmlElement) -> list[str]:
    """The fields of a post's line set each in an inline element of its own, with no
    separator ("<span>Press release</span><span>2 November 2021</span>", "<a>Ada
    Lind</a> <span>May 3, 2024 @ 11:10 PM</span>"): the texts of ``element``'s children
    (normalised, split by :data:`METADATA_SEPARATOR`), when all of them are inline and no
    word stands loose between them. Empty otherwise: a sentence runs on in loose text
    ("Concert on <b>3 May 2024</b>")."""
    if WORD.search(element.text or ""):
        return []
    fields: list[str] = []
    for child in element:
        if WORD.search(child.tail or ""):
            return []
        if not isinstance(child.tag, str) or child.tag == "br":
            continue  # a comment, or a line break between fields
        if child.tag not in PHRASING_TAGS:
            return []
        fields += METADATA_SEPARATOR_PATTERN.split(normal_text(text_of(child)))
    return [field for field in fields if field]
