"""A person's byline over a structured author that names no person. A page's structured
author may be the account that posted the story ("JDTEAM", "Newsdesk1", a first name
alone) or the site itself (an ``Organization``, the site's or the publisher's own name:
"Ada News" set as the author of every story), while the byline under the headline names
the person who wrote it ("By Jo Lind:", a linked name beside the date): the reader is
told a person wrote it, and that person is the author. The bylines are the ones
:class:`.VisibleBylines` found in its one walk; this module only weighs them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree

from ..tuning.metadata import (
    PERSON_BYLINE_CARD_LEVELS,
    PERSON_BYLINE_LONG_TEXTS,
    PERSON_BYLINE_TEXTS,
)
from .bylines import split_names
from .jsonld import is_type, text_values
from .visible_bylines import VisibleBylines

HtmlElement = Any

#: A teaser card: a box holding a section heading in a link, or a link in one, and not
#: the page's h1 (a box around the story's own headline holds the story's links too).
_CARD = etree.XPath(
    "not(descendant::h1) and (descendant::a[descendant::h2 or descendant::h3"
    " or descendant::h4 or descendant::h5 or descendant::h6] or descendant::*[self::h2"
    " or self::h3 or self::h4 or self::h5 or self::h6][descendant::a])",
    regexp=False,
)


def one_word_name(names: tuple[str, ...]) -> bool:
    """True for a single name of one word: an account's handle or a first name alone,
    never a person's full name."""
    return len(names) == 1 and len(names[0].split()) == 1


def names_no_person(
    names: tuple[str, ...], organisations: Iterable[str], own_name: Callable[[str], bool]
) -> bool:
    """True when the structured ``names`` name no person: one word (an account's), or
    each of them an organisation's (``organisations``: the JSON-LD authors typed so) or
    the site's own name (``own_name``: its name, its title's site part, its domain, its
    publisher)."""
    if not names:
        return False
    if one_word_name(names):
        return True
    companies = set(organisations)
    return all(name in companies or own_name(name) for name in names)


#: The JSON-LD types of an author that is no person: the site's company or desk.
_ORGANISATION = re.compile(r"^(?:\w+:)?(?:\w*Organi[sz]ation|Corporation)$", re.IGNORECASE)


def organisation_authors(articles: Iterable[dict[str, Any]]) -> set[str]:
    """The names of the JSON-LD articles' authors and creators typed as organisations
    ("Organization", "NewsMediaOrganization")."""
    found: set[str] = set()
    for item in articles:
        for key in ("author", "creator"):
            value = item.get(key)
            for entry in value if isinstance(value, list) else [value]:
                if isinstance(entry, dict) and is_type(entry, _ORGANISATION):
                    found.update(n for raw in text_values(entry) for n in split_names(raw))
    return found


def person_byline(bylines: VisibleBylines) -> tuple[str, ...]:
    """The names of the first visible byline (``bylines``, in reading order) that names
    people only, each by two words or more: a "By" line, an element marked as the
    author's, a link to the writer's page, a bare name beside the date. Read among the
    first ``PERSON_BYLINE_TEXTS`` texts under the headline, before the story's
    ``PERSON_BYLINE_LONG_TEXTS``-th long one, outside a teaser card (:func:`in_card`)."""
    for byline in bylines.within(PERSON_BYLINE_TEXTS, PERSON_BYLINE_LONG_TEXTS):
        if byline.index >= PERSON_BYLINE_TEXTS or byline.long_before >= PERSON_BYLINE_LONG_TEXTS:
            return ()
        if in_card(byline.holder):
            continue
        if all(_full_name(name) for name in byline.names):
            return byline.names
    return ()


def _full_name(name: str) -> bool:
    """True for a name of two capitalised words or more ("Jo Lind", "Ana de Souza"; not
    "Jo /", a separator the line ran into the name, nor "Jo jolind", a name and a handle)."""
    return sum(word[0].isupper() for word in name.split()) > 1


def in_card(holder: HtmlElement) -> bool:
    """True when ``holder`` stands in a teaser card (:data:`_CARD`), its parent or
    grandparent (``PERSON_BYLINE_CARD_LEVELS``). A related story listed above the text
    ("Sur le même sujet") carries its own "Par" line; the story's byline sits by its own,
    unlinked, headline."""
    for level, box in enumerate(holder.iterancestors()):
        if level >= PERSON_BYLINE_CARD_LEVELS:
            return False
        if _CARD(box):
            return True
    return False
