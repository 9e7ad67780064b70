"""News agencies in a byline: the wire service a story came from ("Von Ada Lind, dpa",
"Jo Berg / AFP", "Ana Ruiz (EFE)"), which is the story's source, not its writer. A
byline naming people and an agency gives the people; one naming the agency alone
("Von dpa", "Por Agencia EFE") keeps the agency, the credit readers take as the author.
:mod:`.bylines` asks these questions of a byline's text and of each of its names."""

from __future__ import annotations

import re

#: News agencies that sign in small letters as short as a desk's abbreviation ("von dpa",
#: "Autor: epd"): a handle no reader takes for a desk's (:func:`.name_tails.weak_handle`).
AGENCY_HANDLES = frozenset(("dpa", "afp", "apa", "sda", "epd", "kna", "ddp", "sid", "ap"))
#: "Agencies" in the languages newsclean reads: a credit naming no agency, kept as an
#: author only when nothing better exists (:func:`.name_choice.best_names`).
UNNAMED_AGENCIES = ("agencies", "agences", "agencias", "agenzie", "agenturen")
#: The news agencies and wire services a byline credits, as they are spelt (case aside):
#: their short names, then their long ones.
NEWS_AGENCIES = frozenset(
    [
        *AGENCY_HANDLES,
        *("reuters", "efe", "ansa", "ats", "kap", "belga", "anp", "pap", "čtk", "mti"),
        *("kyodo", "xinhua", "yonhap", "tass", "interfax", "ukrinform", "upi", "pti", "ians"),
        *("dpa-afx", "afx", "awp", "keystone-sda", "apa-ots", "ots"),
        *("associated press", "the associated press", "agence france-presse"),
        *("agence france presse", "deutsche presse-agentur", "agencia efe", "europa press"),
        *UNNAMED_AGENCIES,
    ]
)
_AGENCY = "|".join(sorted((re.escape(name) for name in NEWS_AGENCIES), key=len, reverse=True))
#: One agency or several set apart by slashes ("dpa", "dpa/AFP", "APA / Reuters").
_AGENCIES = rf"(?:{_AGENCY})(?:\s*/\s*(?:{_AGENCY}))*"
#: An agency set after a writer's name by a slash, a bar or in brackets ("Jo Lind / dpa",
#: "Jo Lind/APA", "Ana Ruiz (EFE)"), or after an editor's initials ("det/dpa"). (An agency
#: before a slash, "AFP/The Local", is the wire and the outlet together: left whole.)
_BESIDE = re.compile(rf"(?i)\s*(?:/|\||\()\s*({_AGENCIES})\)?\s*$")
#: An editor's initials before an agency ("det/dpa", "ag/AFP"): a desk's mark, no name.
_INITIALS = re.compile(r"(?:[a-zß-ÿ]{1,3}|[^\W\d_a-zß-ÿ]{1,3})(?:\s*,\s*[a-zß-ÿ]{1,3})*")
_SPACES = re.compile(r"\s+")


def is_agency(name: str) -> bool:
    """True for a news agency's name, or several ("dpa", "AFP", "dpa/AFP", "Agencia EFE")."""
    key = _SPACES.sub(" ", name.casefold().strip(" ()[]"))
    if key in NEWS_AGENCIES:
        return True
    return "/" in key and all(part.strip() in NEWS_AGENCIES for part in key.split("/"))


def agency_apart(text: str) -> str:
    """``"Jo Lind / dpa"`` -> ``"Jo Lind, dpa"``: an agency set after the names by a
    slash, a bar or brackets becomes an entry of the list; after an editor's initials
    it stands alone (``"det/dpa"`` -> ``"dpa"``)."""
    if ("/" not in text and "(" not in text and "|" not in text) or is_agency(text):
        return text
    found = _BESIDE.search(text)
    if found is None:
        return text
    rest = text[: found.start()].strip()
    return found.group(1) if not rest or _INITIALS.fullmatch(rest) else f"{rest}, {found.group(1)}"


def people_first(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names without the agencies among them, unless the agencies are all it names:
    the writers are the story's authors, the agency its source."""
    people = tuple(name for name in names if not is_agency(name))
    return people or names


def beside_agencies(names: tuple[str, ...], agencies: tuple[str, ...]) -> tuple[str, ...]:
    """The people a byline names beside its ``agencies``, else the agencies: a single
    word beside an agency is the dateline's place ("Berlin (dpa)", "dpa, Berlin")."""
    if not agencies:
        return names
    return tuple(name for name in names if " " in name) or agencies
