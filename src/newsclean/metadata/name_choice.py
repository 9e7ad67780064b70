"""Which of the name lists a page gives is its author's.

A page names its writers in several places (JSON-LD, ``<meta>``, bylines): the first
list made of real names wins. Values that are no names of a person or an organisation
("Staff", "Admin", a bare role, a domain) and the site's or publisher's own name are
kept only when nothing better exists; a JSON-LD ``Person`` keeps its name even when it
is the site's (a personal blog is named after its author).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .agencies import people_first
from .bylines import ASSOCIATION, NOT_NAMES
from .job_titles import ROLE_TITLE_WORDS

#: What :func:`site_key` drops after a leading ``www.``: a domain ending, and runs of
#: punctuation and space (``(?:\.[a-z]{2,6}){1,2}$|[\W_]+``), written to start with the
#: character class both start with, so that the regex engine skips letters in C.
_DOMAIN_ENDING = re.compile(r"[\W_](?:(?<=\.)[a-z]{2,6}(?:\.[a-z]{2,6})?$|[\W_]*)")
_DOMAIN = re.compile(r"(?:[\w-]++\.)++[a-z]{2,6}", re.IGNORECASE)


def site_key(name: str) -> str:
    """A site's name as compared with a title's part or an author: no case,
    punctuation, ``www.`` or domain ending ("Vegolosi.it" is the site "Vegolosi")."""
    return _DOMAIN_ENDING.sub("", name.casefold().removeprefix("www."))


def best_names(
    candidates: Iterable[tuple[tuple[str, ...], bool]],
    not_names: Iterable[str],
    no_last_resort: Callable[[], bool] = lambda: False,
) -> tuple[str, ...]:
    """The first candidate list made of real names; else the first non-empty one,
    unless ``no_last_resort()`` (the page set its company as the author: its name is
    none, nor the site's).

    Each candidate comes with whether its source says it is a person (a JSON-LD
    ``Person``): such names are kept even when they equal one of ``not_names``,
    the site's or publisher's name (a personal blog is named after its author).
    """
    # "DRK e.V." rejects "DRK" too: a byline's name is read without its legal form
    rejected = {
        site_key(form) or form
        for name in not_names
        if name
        for form in (name, ASSOCIATION.sub("", name))
    }
    fallback: tuple[str, ...] = ()
    for names, person in candidates:
        if not names:
            continue
        if not person:
            names = tuple(_without_outlet(name, rejected) for name in names)
        real = tuple(name for name in names if _is_name(name, set() if person else rejected))
        if real:
            return people_first(real)  # "Jo Lind, dpa": the writer; "dpa" alone stays
        if not fallback:
            fallback = names
    return () if fallback and no_last_resort() else fallback


def _without_outlet(name: str, rejected: set[str]) -> str:
    """``"Jo Lind Example News"`` -> ``"Jo Lind"``: the site's name (``rejected``, as
    :func:`site_key`s) set after a writer's two names or more, as his employer."""
    words = name.split()
    for cut in range(2, len(words)):
        if site_key(" ".join(words[cut:])) in rejected:
            return " ".join(words[:cut])
    return name


def _is_name(name: str, rejected: set[str]) -> bool:
    """Not a site's name (``rejected``, as :func:`site_key`s), a domain or a bare role."""
    lowered = name.lower()
    if lowered in NOT_NAMES or (site_key(name) or name) in rejected or _DOMAIN.fullmatch(name):
        return False
    roles = ROLE_TITLE_WORDS
    return not all(word in roles for word in lowered.split())
