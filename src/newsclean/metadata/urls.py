"""The page's URLs: the base relative links resolve against, the page's own URL and the
lead image, each through the URL allow-list (:mod:`newsclean.urls`).

The caller's ``url`` is where the page was fetched from, which the caller knows and the
page only claims: a canonical link (``<link rel=canonical>``, ``og:url``, JSON-LD
``url``) replaces it as ``Article.url`` only when it is on the same site. A page cannot
make itself another site's article, or a ``javascript:`` URL, that way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from ..dom.page_tags import PageTags
from ..urls import same_site, scheme_of, web_url
from .jsonld import url_value
from .meta_tags import IMAGE_KEYS

HtmlElement = Any


class LinkClaims(NamedTuple):
    """The ``href`` of the page's ``<link rel=canonical>`` and ``<link rel=image_src>``
    elements, each in page order."""

    canonical: list[str]
    image: list[str | None]


def link_claims(links: list[HtmlElement]) -> LinkClaims:
    """What the page's ``<link>`` elements say about its address and lead image, in one
    pass that reads each ``rel`` once."""
    canonical: list[str] = []
    image: list[str | None] = []
    for link in links:
        rel = (link.get("rel") or "").lower()
        if rel == "image_src":
            image.append(link.get("href"))
        elif "canonical" in rel.split():
            href = link.get("href")
            if href:
                canonical.append(href)
    return LinkClaims(canonical, image)


def base_url(
    tags: PageTags, url: str | None, metas: dict[str, str], links: LinkClaims
) -> str | None:
    """What relative URLs resolve against: ``<base href>`` (an http(s) one, on any site,
    as a browser does) on top of the page's address, which is the caller's URL, else the
    page's own absolute http(s) canonical link or ``og:url`` (a saved page still says
    where it lives; it could write absolute links to anywhere anyway)."""
    address = url or _own_address(links, metas)
    href = tags.base.get("href") if tags.base is not None else None
    base = web_url(href, address) if href and href.strip() else None
    return base or address


def _own_address(links: LinkClaims, metas: dict[str, str]) -> str | None:
    for claim in _claims(links, metas):
        found = web_url(claim)
        if found is not None and scheme_of(found) is not None:  # absolute, http(s)
            return found
    return None


def _claims(
    links: LinkClaims, metas: dict[str, str], articles: Sequence[dict[str, Any]] = ()
) -> list[str | None]:
    """What the page says its address is, most trusted first: canonical links,
    ``og:url``, JSON-LD ``url``."""
    return [
        *links.canonical,
        metas.get("og:url"),
        *(url_value(item.get("url")) for item in articles),
    ]


def canonical_url(
    links: LinkClaims,
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
    links: LinkClaims,
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    base: str | None,
) -> str | None:
    """The first http(s) lead image the page names (never a ``data:`` URL: a field
    callers store and fetch, and inline images there are placeholders)."""
    candidates = [url_value(item.get("image")) for item in articles]
    candidates += [metas.get(key) for key in IMAGE_KEYS]
    candidates += links.image
    return next((found for value in candidates if (found := web_url(value, base))), None)
