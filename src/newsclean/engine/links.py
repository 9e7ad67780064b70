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

#: A path piece that names a story: a slug of several words, or a long number (an id).
_STORY_PIECE = re.compile(r"(?:[^\W_]+[-_]){2,}[^\W_]+|\d{5,}")
#: Addresses of files, not of pages.
_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|zip|mp[34]|mov|docx?|xlsx?)$", re.I)


class SiteLinks:
    """Judges the links of one page, knowing the page's address."""

    def __init__(self, page_url: str | None) -> None:
        self.page_url = page_url
        self.site = site_of(page_url)
        self._path = urlsplit(page_url).path.rstrip("/") if page_url else None

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
        if self.on_site(href) is not True:
            return False
        try:
            path = urlsplit(urljoin(self.page_url or "", href.strip())).path
        except ValueError:
            return False
        path = path.rstrip("/")
        if not path or path == self._path or _FILE.search(path):
            return False
        pieces = [piece for piece in path.split("/") if piece]
        return len(pieces) >= 3 or any(_STORY_PIECE.search(piece) for piece in pieces)
