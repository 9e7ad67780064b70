"""The page's URLs: the base relative links resolve against, the page's own URL and the
lead image, each through the URL allow-list (:mod:`newsclean.urls`).

The caller's ``url`` is where the page was fetched from, which the caller knows and the
page only claims: a canonical link (``<link rel=canonical>``, ``og:url``, JSON-LD
``url``) replaces it as ``Article.url`` only when it is on the same site. A page cannot
make itself another site's article, or a ``javascript:`` URL, that way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.page_tags import PageTags
from ..urls import same_site, scheme_of, web_url
from .jsonld import url_value
from .meta_tags import IMAGE_KEYS

HtmlElement = Any


def base_url(tags: PageTags, url: str | None, metas: dict[str, str]) -> str | None:
    """What relative URLs resolve against: ``<base href>`` (an http(s) one, on any site,
    as a browser does) on top of the page's address, which is the caller's URL, else the
    page's own absolute http(s) canonical link or ``og:url`` (a saved page still says
    where it lives; it could write absolute links to anywhere anyway)."""
    address = url or _own_address(tags.links, metas)
    href = tags.base.get("href") if tags.base is not None else None
    base = web_url(href, address) if href and href.strip() else None
    return base or address


def _own_address(links: list[HtmlElement], metas: dict[str, str]) -> str | None:
    for claim in _claims(links, metas):
        found = web_url(claim)
        if found is not None and scheme_of(found) is not None:  # absolute, http(s)
            return found
    return None


def _claims(
    links: list[HtmlElement], metas: dict[str, str], articles: Sequence[dict[str, Any]] = ()
) -> list[str | None]:
    """What the page says its address is, most trusted first: canonical links,
    ``og:url``, JSON-LD ``url``."""
    claims: list[str | None] = [
        link.get("href")
        for link in links
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")
    ]
    return [*claims, metas.get("og:url"), *(url_value(item.get("url")) for item in articles)]


def canonical_url(
    links: list[HtmlElement],
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    base: str | None,
    url: str | None,
) -> str | None:
    """The page's URL: its first http(s) canonical claim when there is no caller URL or
    the claim is on the caller's site, else the caller's URL."""
    claims = _claims(links, metas, articles)
    claim = next((found for value in claims if (found := web_url(value, base))), None)
    if url is None:
        return claim
    return claim if claim is not None and same_site(claim, url) else url


def lead_image(
    links: list[HtmlElement],
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    base: str | None,
) -> str | None:
    """The first http(s) lead image the page names (never a ``data:`` URL: a field
    callers store and fetch, and inline images there are placeholders)."""
    candidates = [url_value(item.get("image")) for item in articles]
    candidates += [metas.get(key) for key in IMAGE_KEYS]
    for link in links:
        if (link.get("rel") or "").lower() == "image_src":
            candidates.append(link.get("href"))
    return next((found for value in candidates if (found := web_url(value, base))), None)
