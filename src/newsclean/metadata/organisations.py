"""An organisation's name in a byline, kept whole: "Ministry of Health and Welfare",
"U.S. CUSTOMS AND BORDER PROTECTION", "Bundesministerium für Wirtschaft und Klimaschutz"
hold an "and" that joins the organisation's fields, not two authors. :mod:`.bylines`
splits a byline's list with :func:`name_parts`."""

from __future__ import annotations

import re

from ..tuning.metadata import (
    ORGANISATION_COMPOUND_MIN_LETTERS,
    ORGANISATION_NAME_MAX_CHARS,
    ORGANISATION_NAME_MAX_WORDS,
)

#: Words that name an organisation, an office or an institution, in the languages
#: newsclean reads (case aside): a part holding one is an organisation's name.
ORGANISATION_WORDS = frozenset(
    [
        *("ministry", "department", "office", "agency", "customs", "administration"),
        *("authority", "bureau", "commission", "committee", "council", "institute"),
        *("university", "association", "foundation", "society", "federation", "directorate"),
        *("secretariat", "embassy", "police", "services", "centre", "center", "academy"),
        *("ministerium", "amt", "anstalt", "behörde", "institut", "verband", "verein"),
        *("stiftung", "kammer", "departement", "abteilung", "direktion", "präsidium"),
        *("universität", "hochschule", "akademie", "regierung", "polizei", "feuerwehr"),
        *("ministère", "département", "direction", "agence", "université", "fédération"),
        *("conseil", "préfecture", "ministerio", "ministero", "departamento", "dirección"),
        *("agencia", "instituto", "universidad", "università", "consejo", "comisión"),
        *("federación", "asociación", "fundación", "ayuntamiento", "ufficio"),
    ]
)
#: The German ones written as the last part of a compound ("Bundesministerium",
#: "Landesanstalt", "Umweltbundesamt"), after letters of its own
#: (``ORGANISATION_COMPOUND_MIN_LETTERS``: a short word ending so, "Samt", is none).
_GERMAN_HEADS = (
    *("ministerium", "amt", "anstalt", "behörde", "institut", "verband", "verein"),
    *("stiftung", "kammer", "direktion", "präsidium", "regierung", "polizei", "feuerwehr"),
)
#: The words that join an organisation's fields ("... für Wald und Forstwirtschaft").
_JOINERS = frozenset(("and", "und", "et", "&", "y", "e"))
_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*")


def organisation(part: str) -> bool:
    """True for a name holding a word of an organisation ("Ministry of Health",
    "Bayerische Landesanstalt für Wald"), as a word or a German compound's last part."""
    for word in _WORD.findall(part.casefold()):
        if word in ORGANISATION_WORDS:
            return True
        if any(
            word.endswith(head) and len(word) - len(head) >= ORGANISATION_COMPOUND_MIN_LETTERS
            for head in _GERMAN_HEADS
        ):
            return True
    return False


def organisation_name(part: str) -> bool:
    """True for an organisation's name of at most ``ORGANISATION_NAME_MAX_WORDS`` words
    and ``ORGANISATION_NAME_MAX_CHARS`` characters: longer than a person's, still a name."""
    words = len(part.split())
    return (
        words <= ORGANISATION_NAME_MAX_WORDS
        and len(part) <= ORGANISATION_NAME_MAX_CHARS
        and organisation(part)
    )


def name_parts(text: str, split: re.Pattern[str]) -> list[str]:
    """``text`` split at its list's separators (``split``, with one capturing group: the
    separator), an organisation's name kept whole: its part, then the single words its
    commas list and the part its "and" joins ("Eidgenössisches Departement für Wirtschaft,
    Bildung und Forschung"). A part after the organisation's name that does not close
    with an "and" ("Ministry of Health, Jo Lind") stays a name of its own."""
    pieces = split.split(text)
    parts, separators = pieces[0::2], pieces[1::2]
    if len(parts) < 2 or not any(organisation(part) for part in parts):
        return parts
    found: list[str] = []
    index = 0
    while index < len(parts):
        end = _organisation_end(parts, separators, index)
        found.append("".join(pieces[2 * index : 2 * end + 1]))
        index = end + 1
    return found


def _organisation_end(parts: list[str], separators: list[str], start: int) -> int:
    """The index of the last part of the organisation's name opening at ``start``
    (``start`` itself when it opens none, or when the name would run too long)."""
    if not organisation(parts[start]):
        return start
    end = start + 1
    while end < len(parts) and separators[end - 1].strip() == "," and _one_word(parts[end]):
        end += 1
    if end >= len(parts) or separators[end - 1].strip().lower() not in _JOINERS:
        return start
    words = sum(len(part.split()) for part in parts[start : end + 1])
    return end if words <= ORGANISATION_NAME_MAX_WORDS else start


def _one_word(part: str) -> bool:
    """True for a part of one capitalised word: a field an organisation's name lists."""
    words = part.split()
    return len(words) == 1 and words[0][:1].isupper()
