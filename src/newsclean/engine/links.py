"""Where a page's links lead: to other articles of the same site (teasers), or elsewhere.

A story links out to its sources, on other sites; a teaser links to the site's own
next story. The page's address (its canonical URL or the caller's ``url``) says which
site it is on; a relative link is always on it.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..urls import site_of

HtmlElement = Any

#: A path piece that names a story: a slug of several words (three letters or digits
#: parted by two hyphens or underscores, the middle word of any length), or a long
#: number (an id). Only whether it is found is read, so this is the shortest match of
#: ``(?:[^\W_]+[-_]){2,}[^\W_]+|\d{5,}``, whose backtracking took a second on a long
#: piece without hyphens (a ``data:`` link's base64); the middle word is read once.
_STORY_PIECE = re.compile(r"[^\W_][-_][^\W_]++[-_][^\W_]|\d{5}")
#: A name of two words or more.
_SLUG = re.compile(r"[^\W_][-_][^\W_]")
#: Addresses of files, not of pages.
_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|zip|mp[34]|mov|docx?|xlsx?)$", re.I)
#: The most characters a match of ``_FILE`` ends with: the dot, the longest ending and
#: the final newline ``$`` allows before it.
_FILE_TAIL = 6


class SiteLinks:
    """Judges the links of one page, knowing the page's address."""

    def __init__(self, page_url: str | None) -> None:
        self.page_url = page_url
        self.site = site_of(page_url)
        self._path = urlsplit(page_url).path.rstrip("/") if page_url else None
        #: what each address of this page was found to be (a page repeats its links)
        self._stories: dict[str, bool] = {}

    def on_site(self, href: str) -> bool | None:
        """True for a link to the page's own site, False for another site, None when
        the page's site is unknown and the link is absolute."""
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            return None
        if "//" not in href[:8]:
            return True  # relative: on the page's own site
        site = site_of(href)
        if self.site is None or site is None:
            return None
        return site == self.site

    def is_story(self, href: str) -> bool:
        """True for a link to another story of the page's own site."""
        known = self._stories.get(href)
        if known is None:
            known = self._stories[href] = self._is_story(href)
        return known

    def is_other_page(self, href: str) -> bool:
        """True for a link to another page of the page's own site, a story or not (a
        guide's "/kreditzinsen.html"): neither this page, its home nor a file."""
        return self._other_path(href) is not None

    def is_file(self, href: str) -> bool:
        """True for a link to a file (a picture, a PDF, a sound), on any site."""
        try:
            path = urlsplit(href.strip()).path
        except ValueError:
            return False
        return _is_file_path(path.rstrip("/"))

    def _other_path(self, href: str) -> str | None:
        """The path of ``href`` when it leads to another page of the site, else None."""
        if self.on_site(href) is not True:
            return None
        try:
            path = urlsplit(urljoin(self.page_url or "", href.strip())).path
        except ValueError:
            return None
        path = path.rstrip("/")
        if not path or path == self._path or _is_file_path(path):
            return None
        return path

    def _is_story(self, href: str) -> bool:
        path = self._other_path(href)
        return path is not None and _story_path(path)

    def may_be_story(self, href: str) -> bool:
        """True for a link to another story of the site, or, the page's site unknown,
        to an absolute address whose path reads as a story's."""
        if self.is_story(href):
            return True
        if self.site is not None or self.on_site(href) is not None:
            return False
        try:
            path = urlsplit(href.strip()).path.rstrip("/")
        except ValueError:
            return False
        return not _is_file_path(path) and _story_path(path)

    def is_page(self, text: str) -> bool:
        """True when ``text`` is this page's own address (scheme, ``www.``, a final
        slash and the query aside)."""
        if self.page_url is None or " " in text or "//" not in text[:8]:
            return False
        return _bare(text) == _bare(self.page_url)


def _story_path(path: str) -> bool:
    """True when ``path`` reads as a story's: three pieces or more, a piece naming a
    story (a slug, a long id), or a named page below a section ("/story/ferry-fares")."""
    pieces = [piece for piece in path.split("/") if piece]
    if len(pieces) >= 3 or any(_STORY_PIECE.search(piece) for piece in pieces):
        return True
    return len(pieces) == 2 and _SLUG.search(pieces[1]) is not None


def _is_file_path(path: str) -> bool:
    """Whether ``path`` ends as a file's (``_FILE``), read from its last characters only:
    a ``data:`` link's path is the whole picture, and the search tried every dot in it."""
    return _FILE.search(path, max(0, len(path) - _FILE_TAIL)) is not None


def _bare(url: str) -> str:
    """``url`` reduced to host and path, lowercased, for comparing addresses."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".lower()
