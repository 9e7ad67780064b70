"""A date line in figures whose label no date rule knows: another script or wording
("기사입력 :[ 2018-08-25 15:24 ]", "发布时间：2018年8月25日", "Опубликовано: 25.08.2018 |
Обновлено: 26.08.2018"). Read by its shape, not its words: one or two date stamps in
figures, each with at most one short label and punctuation around them. Read by the edge
walk (:mod:`.edge_fields`, :mod:`.edge_walk`) at the body's edges only."""

from __future__ import annotations

import re

from ..settings import Tuning
from .date_lines import DIGIT

#: A date in figures, year first or last ("2018-08-25", "2018. 8. 25.", "25.08.2018",
#: "2018年8月25日", "2018년 8월 25일"), perhaps its weekday in brackets ("(토)"), and
#: perhaps a time after it, with a word of two letters at most before it ("오후 3:24",
#: "um 14:12"), its seconds and its half of the day. No digit touches it: a phone
#: number's "158-23-2012" is none.
_STAMP = re.compile(
    r"(?<![\d.:/-])(?:\d{4}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{1,2}\.?"
    r"|\d{1,2}[-./]\d{1,2}[-./]\d{4}"
    r"|\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?)"
    r"(?:\s?\(\w{1,3}\))?"
    r"(?:(?:\s*,\s*|\s+|T)(?:[^\W\d_]{1,2}\s?)?\d{1,2}[:：]\d\d(?:[:：]\d\d)?"
    r"(?:\s?[ap]\.?m\.?)?)?"
    r"(?![\d:/-])",
    re.IGNORECASE,
)
#: A label: a run of words with spaces between them, or a hyphen or an apostrophe within
#: one ("E-Mail", "l'article"); a spaced dash sets two apart ("30.11.2022 - Bonobo -
#: Gasometer", a concert's date, place and act, holds two labels).
_LABEL = re.compile(r"[^\W\d_]+(?:(?:\s+|['’-])[^\W\d_]+)*")
#: What sets a label apart as one, not a sentence's words: a colon, a bracket or a
#: separator beside it ("Опубликовано: ...", "기사입력 :[ ... ]", "... | Обновлено: ...").
_LABEL_SIGN = re.compile(r"[:：|·•/,;()\[\]【】]")
#: What every stamp holds: two digits around a date's mark, or a year's CJK sign.
_HINT = re.compile(r"\d[-./年년]")


def stamp_line(text: str, tuning: Tuning) -> bool:
    """True when ``text`` (a line's, normalised) is one or two date stamps in figures
    (:data:`_STAMP`) and nothing else but a short label for each and punctuation: at most
    ``stamp_line_max_chars``, no other digit, at most one label (of at most
    ``stamp_label_max_chars``) beside each stamp and one between two stamps (the
    update's: a range's "21.10.2019 – 27.10.2019" has none), the stamps at least
    ``stamp_line_min_share`` of its characters. A sentence naming a date ("On
    2018-08-25 the council voted") has words on both sides of it, a table's row other
    figures."""
    if len(text) > tuning.stamp_line_max_chars or not _HINT.search(text):
        return False
    stamps = [match.group() for match in _STAMP.finditer(text)]
    if not 1 <= len(stamps) <= 2:
        return False
    pieces = _STAMP.split(text)
    if any(DIGIT.search(piece) for piece in pieces):
        return False
    labels = [_LABEL.findall(piece) for piece in pieces]
    most = tuning.stamp_label_max_chars
    if any(len(found) > 1 or any(len(label) > most for label in found) for found in labels):
        return False
    if sum(map(len, labels)) > len(stamps) or any(not found for found in labels[1:-1]):
        return False
    # the label after the last stamp may be loose: a byline's "von Ada", an update's word
    if not all(
        _label_set_apart(piece, found, index > 0)
        for index, (piece, found) in enumerate(zip(pieces[:-1], labels, strict=False))
    ):
        return False
    dated = sum(len(stamp) - stamp.count(" ") for stamp in stamps)
    return dated >= tuning.stamp_line_min_share * (len(text) - text.count(" "))


def _label_set_apart(piece: str, found: list[str], between: bool) -> bool:
    """True when the label in ``piece`` (the line's text before a stamp, ``found`` its
    label or none; ``between`` two stamps) reads as a label: one word, or set apart by a
    colon, a bracket or a separator (:data:`_LABEL_SIGN`); between two stamps always set
    apart. A sentence's words leading to a date ("The meeting is 2018-08-25", "Open daily
    from ...") and a range's word ("05.03.2024 to 09.03.2024", "... bis ...") are none;
    after the last stamp a byline's words ("... 16:20 von Ada") stay a label."""
    if not found:
        return True
    if between or len(found[0].split()) > 1:
        return _LABEL_SIGN.search(piece) is not None
    return True
