"""Whether an author a page gives is its publisher: the company its copyright lines name
("© 2021 Ada Media. All rights reserved", the ``copyright`` meta tag) or its
publisher tag, on a site that names itself otherwise (``og:site_name`` "Ada News"),
set as the ``<meta name=author>`` of every page of the site. Such a value is no
writer's byline: :mod:`.authors` leaves it out and the next source wins. A small
site that gives no name of its own is most often its owner's, who writes it; and a
name that the site's name, its ``<title>``'s site part or its domain holds ("Jo
Lind" of jolind.com) is a personal site's writer: both stay."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

from lxml import etree

from ..dom.text import text_of
from ..dom.tree import text_holder
from ..tuning.metadata import COPYRIGHT_LINES_MAX, COPYRIGHT_OWNER_CHARS
from .name_tails import COPYRIGHT_WORDS

HtmlElement = Any
#: Texts holding a copyright mark ("©", "Copyright", "COPYRIGHT").
_MARKED = etree.XPath(
    ".//text()[contains(., '©') or contains(., 'opyright') or contains(., 'OPYRIGHT')]"
)
_MARK = re.compile(r"©|(?i:copyright)")
#: Where a copyright owner's name ends: a full stop, a bar, a dot or a dash set apart.
_OWNER_END = re.compile(r"[.|·•]\s|\s[|·•–—-]\s|\n")
#: What a site's copyright line holds beside its mark, a wire's or a picture's credit
#: ("© Reuters") not: a year or its reserved rights.
_NOTICE = re.compile(r"\b(?:19|20)\d\d\b|(?i:rights|rechte|droits|derechos)")
_WORD = re.compile(r"\w+")
_TITLE_PARTS = re.compile(r"\s[|·•–—-]\s|:\s")


class PublisherNames:
    """The site's company names and its own names (``site_names``: the site's, then the
    title's site part; the domain), the page's copyright lines read only when an
    author is checked."""

    def __init__(
        self,
        body: HtmlElement | None,
        companies: Iterable[str],
        site_names: tuple[str, str],
        host: str,
    ) -> None:
        self._body = body
        self._named = bool(site_names[0])
        self._companies = [_words(name) for name in companies if name]
        self._sites = [_words(name) for name in site_names if name]
        self._host = re.sub(r"\W|_", "", host.casefold().removeprefix("www."))
        self._lines_read = body is None
        #: Whether an author was found to be the publisher.
        self.found = False

    def is_publisher(self, name: str) -> bool:
        """:meth:`_is_publisher`, noted in :attr:`found`."""
        found = self._is_publisher(name)
        self.found |= found
        return found

    def _is_publisher(self, name: str) -> bool:
        """True for a name the page's copyright lines or publisher tag give as its
        owner, on a site with a name of its own that does not hold it (no personal
        site's writer)."""
        words = _words(name)
        if not self._named or not words or any(_within(words, site) for site in self._sites):
            return False
        if self._host and "".join(words) in self._host:
            return False  # "Jo Lind" of jolind.com: the site is its writer's
        if any(_within(words, owner) for owner in self._companies):
            return True
        if not self._lines_read:
            self._lines_read = True
            self._companies += [_words(owner) for owner in copyright_lines(self._body)]
            return any(_within(words, owner) for owner in self._companies)
        return False


def copyright_lines(body: HtmlElement) -> list[str]:
    """The owners the page's visible copyright lines name ("© 2021 Ada Media. All
    rights reserved"): the text after the mark to the first full stop or bar, without
    the notice's words and years."""
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
        owners.append(_OWNER_END.split(after, maxsplit=1)[0])
    return owners


def title_site_part(title: str | None) -> str:
    """The last part of a page's ``<title>`` ("Story - Jo Lind's Kitchen"): where a
    site names itself."""
    parts = _TITLE_PARTS.split(title or "")
    return parts[-1] if len(parts) > 1 else ""


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _within(words: list[str], owner: list[str]) -> bool:
    """True when each of ``words`` is one of ``owner``'s ("Casa Editorial El Tiempo"
    of "El Tiempo Casa Editorial")."""
    return set(words) <= set(owner)
