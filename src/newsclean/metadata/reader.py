"""The article's facts, read from the page before it is cleaned, one module per source.

Every field has one precedence, most trusted source first (see docs/metadata.md):

- JSON-LD article objects (``NewsArticle``, ``BlogPosting``, ``LiveBlogPosting``...,
  in ``@graph`` or arrays), then the site's ``WebSite``/``Organization`` objects
  (:mod:`.jsonld`);
- OpenGraph and ``article:*``, Twitter cards, Dublin Core, plain ``<meta name>``,
  parsely and sailthru tags (:mod:`.meta_tags`);
- microdata ``itemprop``, ``rel=author``/``rel=canonical`` links, ``<time datetime>``
  (:mod:`.microdata`, :mod:`.urls`);
- the visible byline and date line near the headline, then a date in the URL
  (:mod:`.nearby`, :mod:`.authors`, :mod:`.bylines`, :mod:`.dates`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs

from ..dom.page_tags import PageTags
from ..dom.text import text_of
from ..dom.tree import is_below
from ..tuning.metadata import AUTHOR_BIO_MIN_CHARS
from .authors import author_candidates
from .bylines import copyright_owners, split_names
from .dates import parse_date, plausible
from .jsonld import (
    ARTICLE_TYPES,
    PAGE_TYPES,
    SITE_TYPES,
    is_type,
    json_ld_objects,
    text_value,
    text_values,
    types_of,
)
from .language import page_language
from .meta_tags import (
    DESCRIPTION_KEYS,
    PUBLISHER_KEYS,
    SECTION_KEYS,
    SITE_KEYS,
    TAG_KEYS,
    meta_maps,
)
from .microdata import Itemprops
from .model import Metadata
from .name_choice import best_names
from .page_dates import read_dates
from .person_bylines import names_no_person, organisation_authors, person_byline
from .publisher_names import PublisherNames
from .structured_body import body_fragments
from .title import headline_element, read_title
from .urls import base_url, canonical_url, lead_image, link_claims
from .values import clean, first
from .visible_bylines import VisibleBylines

HtmlElement = Any
#: A selector of a site rule: the elements it finds under the page's root.
Selector = Callable[[HtmlElement], list[HtmlElement]]
#: The most author descriptions read as bios.
_MAX_BIOS = 5

#: What each kind of site rule sets (``title``, ``author`` and ``date`` rules).
_SITE_FIELDS = {"title": "title", "author": "authors", "date": "published"}


def read_metadata(root: HtmlElement, url: str | None, tags: PageTags | None = None) -> Metadata:
    """Read every metadata field from the unmodified tree (``tags``: its elements by
    kind, when the caller collected them already)."""
    if tags is None:
        tags = PageTags(root)
    metas, lists = meta_maps(tags.metas)
    objects = json_ld_objects(root, tags.scripts)
    articles = [o for o in objects if is_type(o, ARTICLE_TYPES)]
    articles += [o for o in objects if is_type(o, PAGE_TYPES)]
    sites = [o for o in objects if is_type(o, SITE_TYPES)]
    body = root.find("body")
    h1 = next(tags.headlines_in(body), None) if body is not None else None
    site_name = _site_name(metas, articles, sites)
    if h1 is None and body is not None:
        h1 = headline_element(body, metas, articles, root, site_name, tags)
    itemprops = Itemprops(body)
    title = read_title(metas, articles, root, h1, site_name, tags)
    publisher = _publisher(metas, articles, sites) or site_name
    links = link_claims(tags.links)
    base = base_url(tags, url, metas, links)
    page_url = canonical_url(links, metas, articles, base, url)
    companies = (publisher or "", *copyright_owners(metas.get("copyright")))
    owners = PublisherNames(root, tags.title, companies, site_name, page_url)
    not_names = (site_name or "", *companies)
    bylines = VisibleBylines(lambda: _byline_start(tags, body, h1, title))
    authors = best_names(
        author_candidates(metas, articles, itemprops, root, bylines, owners, tags.footers),
        not_names,
        lambda: owners.found,
    )
    if names_no_person(authors, organisation_authors(articles), owners.own_name):
        byline = person_byline(bylines)  # people beat an account's or the site's name
        authors = best_names(((byline, False),), not_names, lambda: True) or authors
    times = (t for t in tags.times if is_below(t, body)) if body is not None else iter(())
    published, modified = read_dates(metas, articles, times, itemprops, bylines.h1(), url)
    body_source, fragments = body_fragments(objects, articles)
    return Metadata(
        title=title,
        authors=authors,
        published=published,
        modified=modified,
        site_name=site_name,
        description=first(
            [text_value(item.get("description")) for item in articles]
            + [metas.get(key) for key in DESCRIPTION_KEYS]
        ),
        lang=page_language(root, metas, articles),
        url=page_url,
        image=lead_image(links, metas, articles, base),
        section=first(
            [text_value(item.get("articleSection")) for item in articles]
            + [metas.get(key) for key in SECTION_KEYS]
        ),
        tags=_tags(lists, articles),
        publisher=publisher,
        base_url=base,
        author_bios=_author_bios(objects, articles),
        body_fragments=fragments,
        body_source=body_source,
    )


def _publisher(
    metas: dict[str, str], articles: list[dict[str, Any]], sites: list[dict[str, Any]]
) -> str | None:
    """The publisher the page names: its articles' ``publisher``, an organisation's
    name, or a publisher meta tag (not a link to one)."""
    return first(
        [text_value(item.get("publisher")) for item in articles]
        + [text_value(item.get("name")) for item in sites if "Organization" in str(item)]
        + [v for v in (metas.get(k) for k in PUBLISHER_KEYS) if v and "://" not in v]
    )


def _byline_start(
    tags: PageTags, body: HtmlElement | None, h1: HtmlElement | None, title: str | None
) -> HtmlElement | None:
    """The headline the visible byline and the date lines follow: the h1 that reads as
    the title, else the first h1 with text (the first h1 may hold the site's logo or
    name)."""
    if body is None or h1 is None:
        return h1
    texted = None
    for headline in tags.headlines_in(body):
        text = clean(text_of(headline))
        if text and text == title:
            return headline
        if text and texted is None:
            texted = headline
    return texted if texted is not None else h1


def _author_bios(objects: list[dict[str, Any]], articles: list[dict[str, Any]]) -> tuple[str, ...]:
    """The ``description`` of each JSON-LD ``Person`` (in the graph or as an article's
    ``author``) long enough to be a bio, at most ``_MAX_BIOS`` of them."""
    people = [o for o in objects if "Person" in types_of(o)]
    for item in articles:
        author = item.get("author")
        for person in author if isinstance(author, list) else [author]:
            if isinstance(person, dict) and "Person" in types_of(person):
                people.append(person)
    bios = (text_value(person.get("description")) for person in people)
    found = dict.fromkeys(clean(bio) for bio in bios if bio and len(bio) >= AUTHOR_BIO_MIN_CHARS)
    return tuple(found)[:_MAX_BIOS]


def _site_name(
    metas: dict[str, str], articles: list[dict[str, Any]], sites: list[dict[str, Any]]
) -> str | None:
    return first(
        [metas.get(key) for key in SITE_KEYS]
        + [text_value(item.get("name")) for item in sites if "WebSite" in str(item.get("@type"))]
        + [text_value(item.get("publisher")) for item in articles]
        + [text_value(item.get("name")) for item in sites]
    )


def _tags(lists: dict[str, list[str]], articles: list[dict[str, Any]]) -> tuple[str, ...]:
    raw: list[str] = []
    for item in articles:
        raw.extend(text_values(item.get("keywords")))
    for key in TAG_KEYS:
        raw.extend(lists.get(key, ()))
    tags: dict[str, str] = {}
    for value in raw:
        for tag in value.replace(";", ",").split(","):  # tidied below: no regex needed
            tag = clean(tag)
            key = tag.lower()
            if tag and len(tag) <= 60 and key not in tags:
                tags[key] = tag
    return tuple(tags.values())[:30]


def apply_site_selectors(
    meta: Metadata, root: HtmlElement, selectors: Iterable[tuple[str, Selector]]
) -> Metadata:
    """Site rules that name the title, author or date element override what was read.

    ``selectors`` pairs a kind (``"title"``, ``"author"`` or ``"date"``) with a
    selector; the first selector of each kind that finds a usable value wins.
    """
    found: dict[str, Any] = {}
    for kind, select in selectors:
        field = _SITE_FIELDS[kind]
        if field in found:
            continue
        for element in select(root):
            if not isinstance(element.tag, str):
                continue
            value = _site_value(kind, element)
            if value:
                found[field] = value
                break
    return attrs.evolve(meta, **found) if found else meta


def _site_value(kind: str, element: HtmlElement) -> Any:
    text = element.get("content") or text_of(element)
    if kind == "title":
        return clean(text) or None
    if kind == "author":
        return split_names(text) or None
    value = parse_date(element.get("datetime") or text)
    return value if plausible(value) else None
