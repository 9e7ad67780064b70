"""Whether an author a page gives is its publisher: the company its copyright lines name
("© 2021 Ada Media. All rights reserved", the ``copyright`` meta tag) or its
publisher tag, on a site that names itself otherwise (``og:site_name`` "Ada News"),
set as the ``<meta name=author>`` of every page of the site. Such a value is no
writer's byline: :mod:`.authors` leaves it out and the next source wins. A small
site that gives no name of its own is most often its owner's, who writes it; and a
name that the site's name, its ``<title>``'s site part or its domain holds ("Jo
Lind" of jolind.com) is a personal site's writer: both stay. So is a person's name
(a first and a last name) that the page gives as its writer elsewhere too: its
visible byline or a link to the writer's own page names it (a one-person site's
owner; a site that sets each story's writer as its publisher), or a copyright line
names the site beside it ("© 2020 Jo Lind - Ada Consulting")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, cast
from urllib.parse import urlsplit

from lxml import etree

from ..dom.text import text_of
from ..dom.tree import text_holder
from ..tuning.metadata import COPYRIGHT_LINES_MAX, COPYRIGHT_OWNER_CHARS
from .name_tails import COPYRIGHT_WORDS
from .title import TITLE_SEPARATORS

HtmlElement = Any
#: Texts holding a copyright mark ("©": a site's line holds it, "Copyright ©" too).
_MARKED = etree.XPath(".//text()[contains(., '©')]", regexp=False)
_MARK = re.compile(r"©|(?i:copyright)")
#: Where a copyright owner's name ends: a full stop, a bar, a dot or a dash set apart.
_OWNER_END = re.compile(r"[.|·•]\s|\s[|·•–—-]\s|\n")
#: What a site's copyright line holds beside its mark, a wire's or a picture's credit
#: ("© Reuters") not: a year or its reserved rights.
_NOTICE = re.compile(r"\b(?:19|20)\d\d\b|(?i:rights|rechte|droits|derechos)")
_WORD = re.compile(r"\w+")
#: A person's name: two or three words, each a capital and small letters ("Jo Lind",
#: "Ana Ruiz-Paz"; not "ADA", "GmbH", "Ada Media Group AG").
_PERSON = re.compile(r"[^\W\d_a-zß-ÿ][a-zß-ÿ]+(?:-[^\W\d_a-zß-ÿ][a-zß-ÿ]+)?")


class PublisherNames:
    """The site's company names (``companies``, then the owners of the page's copyright
    lines) and its own names (``site_name``, the site part of the page's ``title``
    element, :attr:`PageTags.title <newsclean.dom.page_tags.PageTags.title>`, the domain
    of ``url``), each read only when an author needs it."""

    def __init__(
        self,
        root: HtmlElement,
        title: HtmlElement | None,
        companies: Iterable[str],
        site_name: str | None,
        url: str | None,
    ) -> None:
        self._root = root
        self._title = title
        self._site_name = site_name or ""
        self._url = url
        self._companies = [_words(name) for name in companies if name]
        #: The words of each copyright line holding an owner, beside the owner's.
        self._lines: list[tuple[list[str], set[str]]] = []
        self._lines_read = False
        self._own: tuple[list[list[str]], str] | None = None
        #: Whether an author was found to be the publisher.
        self.found = False
        #: The owners' names kept as their writers': people, as the page says elsewhere.
        self.writers: set[str] = set()

    def is_publisher(self, name: str, byline: Callable[[], Iterable[str]] = tuple) -> bool:
        """True for a name the page's copyright lines or publisher tag give as its
        owner, on a site with a name of its own that does not hold it (no personal
        site's writer) nor gives it as a person's elsewhere (``byline``, the names of
        the visible byline and the writer links, read only then); noted in
        :attr:`found`."""
        words = _words(name)
        if not self._site_name or not words or not self._company(words):
            return False
        sites, host = self._own_names()
        if any(_within(words, site) for site in sites):
            return False
        if host and "".join(words) in host:
            return False  # "Jo Lind" of jolind.com: the site is its writer's
        if _person(name) and self._writer(words, sites, byline):
            self.writers.add(name)
            return False
        self.found = True
        return True

    def own_name(self, name: str) -> bool:
        """True for a name the site goes by: each of its words among those of the site's
        name or of its title's site part ("Ada News" of "Ada News - Local news"), or its
        words run together in its domain ("Ada News" of adanews.com). (Not its publisher
        tag: a small site's owner sets his own name there and as the author.)"""
        words = _words(name)
        if not words:
            return False
        sites, host = self._own_names()
        if any(_within(words, own) for own in sites if own):
            return True
        return bool(host) and len(words) > 1 and "".join(words) in host

    def _company(self, words: list[str]) -> bool:
        if any(_within(words, owner) for owner in self._companies):
            return True
        return not self._lines_read and self._read_lines(words)

    def _read_lines(self, words: list[str]) -> bool:
        """Read the page's copyright lines once; whether one's owner holds ``words``."""
        self._lines_read = True
        body = self._root.find("body")
        for owner, line in copyright_lines(body) if body is not None else []:
            self._companies.append(_words(owner))
            self._lines.append((self._companies[-1], set(_words(line))))
        return any(_within(words, owner) for owner, _ in self._lines)

    def _writer(
        self, words: list[str], sites: list[list[str]], byline: Callable[[], Iterable[str]]
    ) -> bool:
        """True when the page gives the person ``words`` name as its writer too: a
        copyright line names the site beside the name, or ``byline`` (the visible
        byline, a link to the writer's own page) does."""
        if not self._lines_read:
            self._read_lines(words)
        lines = [line - set(owner) for owner, line in self._lines if _within(words, owner)]
        if any(site and set(site) <= line for site in sites for line in lines):
            return True
        return any(_words(other) == words for other in byline())

    def _own_names(self) -> tuple[list[list[str]], str]:
        """The words of the site's name and of its title's site part, and its host."""
        if self._own is None:
            part = title_site_part(text_of(self._title)) if self._title is not None else ""
            host = (urlsplit(self._url).hostname or "") if self._url else ""
            key = re.sub(r"\W|_", "", host.casefold().removeprefix("www."))
            self._own = [_words(self._site_name), _words(part)], key
        return self._own


def copyright_lines(body: HtmlElement) -> list[tuple[str, str]]:
    """The owners the page's visible copyright lines name ("© 2021 Ada Media. All
    rights reserved"): the text after the mark to the first full stop or bar, without
    the notice's words and years; each with the text after the mark."""
    owners = []
    for text in cast(list[Any], _MARKED(body))[:COPYRIGHT_LINES_MAX]:
        holder = text_holder(text)
        # the line's element when small ("<p>© <!-- -->2021<!-- --> Ada</p>"), else the
        # text alone: a footer's whole text is not read for its mark
        line = text_of(holder) if holder is not None and len(holder) <= 4 else str(text)
        mark = _MARK.search(line)
        if mark is None:
            continue
        after = line[mark.start() : mark.start() + COPYRIGHT_OWNER_CHARS]
        if not _NOTICE.search(after):
            continue  # "© Reuters" closing a wire's story: its credit, the writer
        after = COPYRIGHT_WORDS.sub(" ", after).strip(" .,-–")
        owners.append((_OWNER_END.split(after, maxsplit=1)[0], after))
    return owners


def title_site_part(title: str | None) -> str:
    """The last part of a page's ``<title>`` ("Story - Jo Lind's Kitchen"): where a
    site names itself."""
    parts = [part for part in TITLE_SEPARATORS.split(title or "") if part]
    return parts[-1] if len(parts) > 1 else ""


def _person(name: str) -> bool:
    """True for a name shaped as a person's: two or three capitalised words."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(_PERSON.fullmatch(part) for part in parts)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _within(words: list[str], owner: list[str]) -> bool:
    """True when each of ``words`` is one of ``owner``'s ("Casa Editorial El Tiempo"
    of "El Tiempo Casa Editorial")."""
    return set(words) <= set(owner)
