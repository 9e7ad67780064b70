"""What stands beside a writer's name in a byline and is no name: a wire service's job
title ("AP Auto Writer"), letters after a name ("PhD", "CEO"), a label whose names
follow elsewhere ("Published by", "Veröffentlicht von"), an account's or a desk's
handle ("siteadmin", "red"), a publisher's address ("Ada Verlag, Bonn, Germany").
:mod:`.bylines` asks these questions of each part of a byline."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..tuning.metadata import HANDLE_ABBREVIATION_MAX_LETTERS
from .agencies import AGENCY_HANDLES
from .job_titles import TITLES_BEFORE_NAME

#: A wire service or an outlet written in capitals ("AP", "AFP", "CNN").
_ACRONYM = re.compile(r"[^\W\d_a-zß-ÿ]{2,5}")
#: Degrees and offices written after a name, as they are spelt ("Jo Lind, PhD",
#: "Al Kent, M.D.", "Ana Ruiz, CEO"): case counts ("Ma" is a surname).
_POST_NOMINAL = re.compile(
    r"Ph\.?\s?D\.?|M\.D\.|MD|MA|MS|MSc|MPH|MBA|RN|RDN?|DDS|CEO|CFO|CTO|COO|Esq\.?"
)
#: A line ending with the word that leads a byline ("Published by", "Posted on",
#: "Veröffentlicht von", "Article de"): a label, the names stand in the next element.
_LEADS_NAMES = re.compile(r"(?i)(?:^|\s)(?:by|von|par|por|door|de|on|am|from)\s*[:：]?$")
#: Words of a post's date, filing or source labels, no name's ("Posted", "Eingetragen",
#: "Datum", "Quelle", "Artikel von").
LABEL_WORDS = frozenset(
    [
        *("posted", "published", "filed", "updated", "date", "datum", "source", "quelle"),
        *("veröffentlicht", "eingetragen", "eingestellt", "geschrieben", "publié", "publicado"),
        *("artikel", "beitrag"),
    ]
)
#: The German range ("von A bis Z", "von A über B"): a heading's, no byline's.
_RANGE = re.compile(r"\s(?:bis|über)\s")
#: The label of a byline, alone: no name but its label ("<span>Author</span> jdoe").
AUTHOR_LABELS = frozenset(("author", "autor", "autorin", "auteur", "auteure", "autore"))
#: The words of an account a site's software made, not a writer's handle ("jdadmin",
#: "admin2", "siteadmin").
_ACCOUNT = re.compile(r"admin|webmaster|sysop|moderator")
#: A meta author that is a publisher's address: its owner, then a city and a country,
#: each one word ("Ada Verlag GmbH, Bonn, Germany").
_ADDRESS = re.compile(r"(?P<owner>[^,]{2,}?),\s*[^\W\d_][\w-]*,\s*[^\W\d_][\w-]*\s*")
#: A copyright notice's marks around its owner's name ("Copyright (c) 2019 Ada Media
#: Group. All rights reserved."), and with its years: a notice's words, no name's.
_COPYRIGHT_MARK = (
    r"(?i)copyright|\(c\)|©|all rights reserved|alle rechte vorbehalten"
    r"|tous droits réservés|todos los derechos reservados"
)
_COPYRIGHT_MARKS = re.compile(_COPYRIGHT_MARK)
COPYRIGHT_WORDS = re.compile(rf"{_COPYRIGHT_MARK}|\b(?:19|20)\d\d\b(?:\s*[-–]\s*\d{{2,4}})?")


def agency_title(part: str, roles: Collection[str]) -> bool:
    """True for a wire service's title after a name ("AP Auto Writer", "CNN
    Correspondent"): the service in capitals or a known agency title-cased ("Ap Auto
    Writer"), a role last, no word between in capitals (a name in capitals: "ANA LOPES
    Staff Writer" is a second writer)."""
    words = part.split()
    if len(words) < 2 or words[-1].lower() not in roles:
        return False
    if not _ACRONYM.fullmatch(words[0]) and words[0].lower() not in AGENCY_HANDLES:
        return False  # a known service may be title-cased by the site ("Ap Auto Writer")
    return not any(word.isupper() for word in words[1:-1])


def post_nominal(part: str) -> bool:
    """True for a degree or an office written after a name ("PhD", "MD", "CEO")."""
    return _POST_NOMINAL.fullmatch(part) is not None


def leads_names(text: str) -> bool:
    """True for a label ending with a byline's lead word ("Published by")."""
    return _LEADS_NAMES.search(text) is not None


def weak_handle(handle: str) -> bool:
    """True for a handle no reader takes for a writer: an account's ("jdadmin") or a
    desk's or an editor's abbreviation (``HANDLE_ABBREVIATION_MAX_LETTERS``: "red", "kj"),
    but not a news agency's ("dpa")."""
    if handle in AGENCY_HANDLES:
        return False
    return len(handle) <= HANDLE_ABBREVIATION_MAX_LETTERS or _ACCOUNT.search(handle) is not None


def phrase(part: str, particles: Collection[str]) -> bool:
    """True for a phrase read after "Von" (a German heading's "from") that names
    nobody: it ends with a word in small letters other than a name's particle ("Von
    Rabatten profitieren"), or it is a range ("Von Jagdschein bis Wildbret")."""
    last = part.split()[-1]
    if last[0].islower() and last not in particles:
        return True
    return _RANGE.search(part) is not None


def owner_line(value: str) -> str | None:
    """The owner of a meta author that is a publisher's copyright notice or address
    ("Copyright Ada GmbH & Co. KG", "Ada Verlag, Bonn, Germany"), as one name; None
    for a byline."""
    if _COPYRIGHT_MARKS.search(value):
        owner = COPYRIGHT_WORDS.sub(" ", value)
        return " ".join(owner.split()).strip(" -–,.") or None
    address = _ADDRESS.fullmatch(value.strip())
    return address.group("owner").strip() if address else None


#: An editor's initials after a slash closing a name ("Ada Media /PP"): a desk's mark.
_INITIALS_TAIL = re.compile(r"\s+/\s?[^\W\d_a-zß-ÿ]{1,3}$")
#: The small words a phrase about a desk holds before its role ("Letters to the Editor",
#: "Note from the Editors"): no name ends with them.
_PHRASE_ENDS = frozenset(("the", "to", "of", "for", "from", "a", "an"))


#: A full name, then a place or a section after a small word ("Jo Lind at Example",
#: "Ana Ruiz en Cultura"): the name alone is the writer.
_PLACE_TAIL = re.compile(
    r"((?:[^\W\d_a-zß-ÿ][^\s,]*\s){1,2}[^\W\d_a-zß-ÿ][^\s,]*)"
    r"\s(?:en|at|dans|bei)\s[^\W\d_a-zß-ÿ][^,]*"
)


def without_place(part: str) -> str:
    """``"Ana Ruiz en Cultura"`` -> ``"Ana Ruiz"``: the section or outlet after a name
    ("in" is left: "Historische Wehranlage in Horka" is an office's whole name)."""
    found = _PLACE_TAIL.fullmatch(part)
    return found.group(1) if found else part


def without_initials_tail(part: str) -> str:
    """``"Ada Media /PP"`` -> ``"Ada Media"``: a desk's initials after a slash."""
    return _INITIALS_TAIL.sub("", part) if "/" in part else part


def desk_phrase(words: list[str]) -> bool:
    """True for the words left before a role that end with a phrase's small word
    ("Letters To The" of "Letters To The Editor"): a desk, no name."""
    return words[-1].lower() in _PHRASE_ENDS


def without_title_before(words: list[str], roles: Collection[str]) -> list[str]:
    """The name's words without a profession or a journalist's job before them
    ("Rechtsanwalt Jo Lind", "Online-Experte Jo Lind", "Reporter Jo Lind"); two words
    at least stay, all capitalised ("Contributors to ..." is a desk's phrase)."""
    while len(words) > 2 and all(word[:1].isupper() for word in words[1:]):
        first = words[0].lower().rsplit("-", 1)[-1]
        if first not in TITLES_BEFORE_NAME and first not in roles:
            break
        words = words[1:]
    return words


def place_after_name(part: str, names: list[str], particles: Collection[str]) -> bool:
    """True for one word after a person's full name ("Jo Lind, Berlin", "Jo Lind,
    Example.com"): the dateline's place or the outlet, no second writer (a writer has
    two names). After an office's name ("Amt für Wald, Forst") it is the office's."""
    if not names or " " in part or " " not in names[-1]:
        return False
    return all(word[0].isupper() or word in particles for word in names[-1].split())


def particle_inside(before: str, after: str, particles: Collection[str]) -> bool:
    """True when a lead word inside a text is a name's particle ("Justus von Daniels",
    "Ana de la Cruz"): one capitalised word before it, one after (particles aside)."""
    rest = [word for word in after.split() if word not in particles]
    if len(before.split()) != 1 or not before[:1].isupper() or before.lower() in LABEL_WORDS:
        return False  # "Eingestellt von Ada": a label's
    return len(rest) == 1 and rest[0][:1].isupper() and not after.startswith((":", "："))
