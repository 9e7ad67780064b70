"""The page's URLs: the base relative links resolve against, the canonical URL and
the lead image."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from ..dom.page_tags import PageTags
from .jsonld import url_value
from .meta_tags import IMAGE_KEYS

HtmlElement = Any


def base_url(tags: PageTags, url: str | None, metas: dict[str, str]) -> str | None:
    """What relative URLs resolve against: ``<base href>`` on top of the page's address,
    which is ``url`` when the caller gives it, else the page's own absolute canonical
    link or ``og:url`` (a saved page still says where it lives)."""
    address = url or _own_address(tags.links, metas)
    href = (tags.base.get("href") or "").strip() if tags.base is not None else ""
    if href:
        return urljoin(address, href) if address else href
    return address


def _own_address(links: list[HtmlElement], metas: dict[str, str]) -> str | None:
    candidates = [
        link.get("href") for link in links if "canonical" in (link.get("rel") or "").lower().split()
    ]
    candidates.append(metas.get("og:url"))
    for value in candidates:
        value = (value or "").strip()
        if value.lower().startswith(("https://", "http://")):
            return value
    return None


def _absolute(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if value.startswith(("javascript:", "data:")):
        return None
    return urljoin(base, value) if base else value


def canonical_url(
    links: list[HtmlElement],
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    base: str | None,
    url: str | None,
) -> str | None:
    for link in links:
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return _absolute(link.get("href"), base)
    for value in [metas.get("og:url"), *(url_value(item.get("url")) for item in articles)]:
        if value:
            return _absolute(value, base)
    return url


def lead_image(
    links: list[HtmlElement],
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    base: str | None,
) -> str | None:
    candidates = [url_value(item.get("image")) for item in articles]
    candidates += [metas.get(key) for key in IMAGE_KEYS]
    for link in links:
        if (link.get("rel") or "").lower() == "image_src":
            candidates.append(link.get("href"))
    for value in candidates:
        found = _absolute(value, base)
        if found:
            return found
    return None
