"""What stands beside a writer's name in a byline and is no name: a wire service's job
title ("AP Auto Writer"), letters after a name ("PhD", "CEO"), a label whose names
follow elsewhere ("Published by", "Veröffentlicht von"), an account's or a desk's
handle ("siteadmin", "red"), a publisher's address ("Ada Verlag, Bonn, Germany").
:mod:`.bylines` asks these questions of each part of a byline."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..tuning.metadata import HANDLE_ABBREVIATION_MAX_LETTERS

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
#: "Datum", "Quelle").
LABEL_WORDS = frozenset(
    [
        *("posted", "published", "filed", "updated", "date", "datum", "source", "quelle"),
        *("veröffentlicht", "eingetragen", "geschrieben", "publié", "publicado"),
    ]
)
#: The German range ("von A bis Z", "von A über B"): a heading's, no byline's.
_RANGE = re.compile(r"\s(?:bis|über)\s")
#: The label of a byline, alone: no name but its label ("<span>Author</span> jdoe").
AUTHOR_LABELS = frozenset(("author", "autor", "autorin", "auteur", "auteure", "autore"))
#: The words of an account a site's software made, not a writer's handle ("jdadmin",
#: "admin2", "siteadmin").
_ACCOUNT = re.compile(r"admin|webmaster|sysop|moderator")
#: News agencies that sign in small letters as short as a desk's abbreviation ("von dpa",
#: "Autor: epd"): the story's source, a credit readers take as its author.
_AGENCY_HANDLES = frozenset(("dpa", "afp", "apa", "sda", "epd", "kna", "ddp", "sid", "ap"))
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
    Correspondent"): the service in capitals, a role last, no word between in capitals
    (a name in capitals: "ANA LOPES Staff Writer" is a second writer)."""
    words = part.split()
    if len(words) < 2 or words[-1].lower() not in roles or not _ACRONYM.fullmatch(words[0]):
        return False
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
    if handle in _AGENCY_HANDLES:
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
