"""``<meta>`` tags: every name/property value, and the keys each field is read from
(OpenGraph, ``article:*``, Twitter cards, Dublin Core, parsely and sailthru tags)."""

from __future__ import annotations

import json
from typing import Any

HtmlElement = Any

#: Microdata elements and ``rel`` links of the body, in one scan.
PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article:published",  # a shorter name of article:published_time
    "published_time",
    "published_at",  # a site search index's tags
    "cxenseparse:publishtime",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "article.published",
    "citation_publication_date",
    "citation_date",
)


MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "datemodified",
    "last-modified",
    "lastmod",
    "dc.date.modified",
    "dcterms.modified",
    "article.updated",
)


AUTHOR_KEYS = (
    "dc:creator",
    "dc.creator",
    "dcterm:creator",
    "dcterms.creator",
    "author",
    "article:author",
    "og:article:author",
    "sailthru.author",
    "parsely-author",
    "byl",
    "citation_author",
    "twitter:creator",
)


TITLE_KEYS = (
    "dc:title",
    "dc.title",
    "dcterm:title",
    "dcterms.title",
    "og:title",
    "twitter:title",
    "parsely-title",
    "sailthru.title",
    "title",
    "headline",
)


DESCRIPTION_KEYS = (
    "og:description",
    "description",
    "twitter:description",
    "dc.description",
    "dcterms.description",
    "sailthru.description",
)


SITE_KEYS = ("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")


IMAGE_KEYS = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "sailthru.image.full",
    "thumbnail",
)


SECTION_KEYS = ("article:section", "og:article:section", "parsely-section", "section", "category")


TAG_KEYS = (
    "article:tag",
    "og:article:tag",
    "news_keywords",
    "keywords",
    "parsely-tags",
    "sailthru.tags",
)


PUBLISHER_KEYS = ("dc.publisher", "dcterms.publisher", "article:publisher", "publisher")


LANGUAGE_KEYS = ("content-language", "language", "dc.language", "dcterms.language", "og:locale")


def meta_maps(metas: list[HtmlElement]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """``<meta>`` content by lowercased name/property (first wins), and every value per name."""
    first: dict[str, str] = {}
    every: dict[str, list[str]] = {}
    from_property: set[str] = set()  # property="..." wins over name="..." for one key
    for meta in metas:  # from the whole page: some put OpenGraph tags in the body
        content = meta.get("content")
        value = content.strip() if content else ""
        if not value:
            continue
        prop = meta.get("property")  # each attribute read once: a read costs a lookup
        names = prop or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        if not names:
            continue
        by_property = prop is not None
        for key in names.lower().split():  # property="dc:title og:title" names both
            if key not in first or (by_property and key not in from_property):
                first[key] = value
            if by_property:
                from_property.add(key)
            every.setdefault(key, []).append(value)
    parsely = first.get("parsely-page")
    if parsely:
        for field, value in _parsely_page(parsely).items():
            first.setdefault(f"parsely-{field}", value)
    return first, every


def _parsely_page(raw: str) -> dict[str, str]:
    """The ``parsely-page`` meta holds JSON: title, author, pub_date, section, tags."""
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    names = {"title": "title", "author": "author", "pub_date": "pub-date", "section": "section"}
    found = {}
    for key, field in names.items():
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            found[field] = value
    tags = data.get("tags")
    if isinstance(tags, list):
        found["tags"] = ", ".join(t for t in tags if isinstance(t, str))
    return found
