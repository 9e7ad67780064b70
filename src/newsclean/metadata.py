"""The article's facts, read from the page before it is cleaned.

Every field has one precedence, most trusted source first (see docs/metadata.md):

- JSON-LD article objects (``NewsArticle``, ``BlogPosting``, ``LiveBlogPosting``...,
  in ``@graph`` or arrays), then the site's ``WebSite``/``Organization`` objects;
- OpenGraph and ``article:*``, Twitter cards, Dublin Core, plain ``<meta name>``,
  parsely and sailthru tags;
- microdata ``itemprop``, ``rel=author``/``rel=canonical`` links, ``<time datetime>``;
- the visible byline and date line near the headline, then a date in the URL.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin

import attrs
from lxml import etree

from .authors import STARTS_WITH_BY, best_names, site_key, split_names
from .dates import Moment, date_in_url, day_of, parse_date, plausible
from .jsonld import (
    ARTICLE_TYPES,
    PAGE_TYPES,
    SITE_TYPES,
    is_type,
    json_ld_objects,
    text_value,
    text_values,
    url_value,
)
from .language import first_language
from .page_tags import PageTags, is_below
from .rules import Css, Effect, Rule, XPath
from .scoring import text_of

HtmlElement = Any


@attrs.frozen
class Metadata:
    """The metadata fields read from a page."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: Moment | None = None
    modified: Moment | None = None
    site_name: str | None = None
    description: str | None = None
    lang: str | None = None
    url: str | None = None
    image: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    publisher: str | None = None
    #: the URL relative links resolve against (``<base href>``, else the page's URL)
    base_url: str | None = None


#: Microdata elements and ``rel`` links of the body, in one scan.
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
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
_MODIFIED_KEYS = (
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
_AUTHOR_KEYS = (
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
_TITLE_KEYS = (
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
_DESCRIPTION_KEYS = (
    "og:description",
    "description",
    "twitter:description",
    "dc.description",
    "dcterms.description",
    "sailthru.description",
)
_SITE_KEYS = ("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")
_IMAGE_KEYS = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "sailthru.image.full",
    "thumbnail",
)
_SECTION_KEYS = ("article:section", "og:article:section", "parsely-section", "section", "category")
_TAG_KEYS = (
    "article:tag",
    "og:article:tag",
    "news_keywords",
    "keywords",
    "parsely-tags",
    "sailthru.tags",
)
_PUBLISHER_KEYS = ("dc.publisher", "dcterms.publisher", "article:publisher", "publisher")
_LANGUAGE_KEYS = ("content-language", "language", "dc.language", "dcterms.language", "og:locale")
_AUTHOR_CLASS = re.compile(r"author|byline|writer|autor|auteur", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•:»/\\]\s+|\s*::\s*|\s+_\s*")
_SEPARATOR_GROUP = re.compile(f"({_TITLE_SEPARATORS.pattern})")


def read_metadata(root: HtmlElement, url: str | None, tags: PageTags | None = None) -> Metadata:
    """Read every metadata field from the unmodified tree (``tags``: its elements by
    kind, when the caller collected them already)."""
    if tags is None:
        tags = PageTags(root)
    metas, lists = _meta_maps(tags.metas)
    objects = json_ld_objects(root, tags.scripts)
    articles = [o for o in objects if is_type(o, ARTICLE_TYPES)]
    articles += [o for o in objects if is_type(o, PAGE_TYPES)]
    sites = [o for o in objects if is_type(o, SITE_TYPES)]
    body = root.find("body")
    h1 = next(iter(tags.headlines_in(body)), None) if body is not None else None
    site_name = _site_name(metas, articles, sites)
    if h1 is None and body is not None:
        h1 = _headline_element(body, metas, articles, root, site_name)
    itemprops = _Itemprops(body)
    title = _title(metas, articles, root, h1, site_name)
    publisher = (
        _first(
            [text_value(item.get("publisher")) for item in articles]
            + [text_value(item.get("name")) for item in sites if "Organization" in str(item)]
            + [v for v in (metas.get(k) for k in _PUBLISHER_KEYS) if v and "://" not in v]
        )
        or site_name
    )
    authors = best_names(
        _author_candidates(metas, articles, itemprops, root, h1), (site_name or "", publisher or "")
    )
    times = (t for t in tags.times if is_below(t, body)) if body is not None else iter(())
    published, modified = _dates(metas, articles, times, itemprops, h1, url)
    base = _base_url(tags, url)
    return Metadata(
        title=title,
        authors=authors,
        published=published,
        modified=modified,
        site_name=site_name,
        description=_first(
            [text_value(item.get("description")) for item in articles]
            + [metas.get(key) for key in _DESCRIPTION_KEYS]
        ),
        lang=_language(root, metas, articles),
        url=_canonical(tags.links, metas, articles, base, url),
        image=_image(tags.links, metas, articles, base),
        section=_first(
            [text_value(item.get("articleSection")) for item in articles]
            + [metas.get(key) for key in _SECTION_KEYS]
        ),
        tags=_tags(lists, articles),
        publisher=publisher,
        base_url=base,
    )


def _first(values: Iterable[str | None]) -> str | None:
    for value in values:
        if value:
            cleaned = _clean(value)
            if cleaned:
                return cleaned
    return None


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta_maps(metas: list[HtmlElement]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """``<meta>`` content by lowercased name/property (first wins), and every value per name."""
    first: dict[str, str] = {}
    every: dict[str, list[str]] = {}
    from_property: set[str] = set()  # property="..." wins over name="..." for one key
    for meta in metas:  # from the whole page: some put OpenGraph tags in the body
        content = meta.get("content")
        if not content:
            continue
        names = (
            meta.get("property")
            or meta.get("name")
            or meta.get("itemprop")
            or meta.get("http-equiv")
        )
        if not names or not content.strip():
            continue
        value = content.strip()
        by_property = meta.get("property") is not None
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


def _site_name(
    metas: dict[str, str], articles: list[dict[str, Any]], sites: list[dict[str, Any]]
) -> str | None:
    return _first(
        [metas.get(key) for key in _SITE_KEYS]
        + [text_value(item.get("name")) for item in sites if "WebSite" in str(item.get("@type"))]
        + [text_value(item.get("publisher")) for item in articles]
        + [text_value(item.get("name")) for item in sites]
    )


def _language(
    root: HtmlElement, metas: dict[str, str], articles: list[dict[str, Any]]
) -> str | None:
    return first_language(
        [
            root.get("lang"),
            root.get("{http://www.w3.org/XML/1998/namespace}lang"),
            root.get("xml:lang"),
            *(metas.get(key) for key in _LANGUAGE_KEYS),
            *(text_value(item.get("inLanguage")) for item in articles),
        ]
    )


def _base_url(tags: PageTags, url: str | None) -> str | None:
    href = (tags.base.get("href") or "").strip() if tags.base is not None else ""
    if href:
        return urljoin(url, href) if url else href
    return url


def _absolute(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if value.startswith(("javascript:", "data:")):
        return None
    return urljoin(base, value) if base else value


def _canonical(
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


def _image(
    links: list[HtmlElement],
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    base: str | None,
) -> str | None:
    candidates = [url_value(item.get("image")) for item in articles]
    candidates += [metas.get(key) for key in _IMAGE_KEYS]
    for link in links:
        if (link.get("rel") or "").lower() == "image_src":
            candidates.append(link.get("href"))
    for value in candidates:
        found = _absolute(value, base)
        if found:
            return found
    return None


def _tags(lists: dict[str, list[str]], articles: list[dict[str, Any]]) -> tuple[str, ...]:
    raw: list[str] = []
    for item in articles:
        raw.extend(text_values(item.get("keywords")))
    for key in _TAG_KEYS:
        raw.extend(lists.get(key, ()))
    tags: dict[str, str] = {}
    for value in raw:
        for tag in re.split(r"\s*[,;]\s*", value):
            tag = _clean(tag)
            if tag and len(tag) <= 60 and tag.lower() not in tags:
                tags[tag.lower()] = tag
    return tuple(tags.values())[:30]


def _texts_after(start: HtmlElement, limit: int) -> Iterator[tuple[str, HtmlElement]]:
    """Up to ``limit`` non-blank texts after ``start`` (not inside it), each with its element."""
    count = 0
    node = start
    while node is not None:
        parent = node.getparent()
        if node.tail and node.tail.strip() and parent is not None:
            yield node.tail, parent
            count += 1
        for sibling in node.itersiblings():
            for element in sibling.iter():
                if not isinstance(element.tag, str):
                    continue
                if element.text and element.text.strip():
                    yield element.text, element
                    count += 1
                tail = element.tail
                if tail and tail.strip() and element is not sibling:
                    yield tail, element.getparent()
                    count += 1
                if count >= limit:
                    return
            if sibling.tail and sibling.tail.strip():
                yield sibling.tail, parent
                count += 1
        node = parent


def _texts_before(start: HtmlElement, limit: int) -> list[str]:
    """Up to ``limit`` non-blank texts just before ``start``, nearest first."""
    found: list[str] = []
    node = start
    while node is not None and len(found) < limit:
        for sibling in node.itersiblings(preceding=True):
            texts = [t for t in sibling.itertext() if t.strip()]
            found.extend(reversed(texts))
            if len(found) >= limit:
                break
        node = node.getparent()
    return found[:limit]


#: How many candidate elements a page without an h1 is searched for its headline.
HEADLINE_SEARCH = 3000


def _headline_element(
    body: HtmlElement,
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    root: HtmlElement,
    site_name: str | None,
) -> HtmlElement | None:
    """Without an h1, the element whose own text is the page's title, if any."""
    title = _title(metas, articles, root, None, site_name)
    if not title:
        return None
    # a text without the title's longest word, or shorter than the title, cannot tidy
    # into it: two C-level checks spare tidying every text of a large page
    wanted, word = len(title), max(title.split(), key=len)
    candidates = body.iter("h2", "h3", "div", "span", "b", "strong", "p", "td", "font")
    for element in itertools.islice(candidates, HEADLINE_SEARCH):  # a headline leads
        text = element.text
        if text and len(text) >= wanted and word in text and _clean(text) == title:
            return element
    return None


class _Itemprops:
    """The body's microdata elements and ``rel=author`` links, each collected on first
    use (most pages never need the links, many not the microdata)."""

    def __init__(self, body: HtmlElement | None) -> None:
        self._body = body
        self._found: list[HtmlElement] | None = None
        self._author_links: list[HtmlElement] | None = None

    def _collect(self) -> list[HtmlElement]:
        if self._found is None:
            self._found = [el for value, el in _holders(_ITEMPROP_VALUES, self._body) if value]
        return self._found

    def __iter__(self) -> Iterator[HtmlElement]:
        return iter(self._collect())

    def author_links(self) -> list[HtmlElement]:
        if self._author_links is None:
            links = _holders(_LINK_RELS, self._body)
            self._author_links = [el for value, el in links if "author" in value.split()]
        return self._author_links


def _holders(path: etree.XPath, body: HtmlElement | None) -> list[tuple[str, HtmlElement]]:
    """The attribute values ``path`` selects, each with its element."""
    values: Any = path(body) if body is not None else []
    return [(str(value), value.getparent()) for value in values]


#: Attribute values with their elements: the attribute axis is cheaper in libxml2
#: than a predicate on every element.
_ITEMPROP_VALUES = etree.XPath("descendant::*/@itemprop")
_LINK_RELS = etree.XPath("descendant::a/@rel")


def _title(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    root: HtmlElement,
    h1: HtmlElement | None,
    site_name: str | None,
) -> str | None:
    """The headline: the metadata's title without the site's name, else the ``<title>``.

    The visible h1 is preferred when that title is truncated ("Story…") or
    generic (the site's name), and it picks the story's part of a ``<title>``
    whose site part is unknown. A blog's first h1 is often its own name; when
    that h1 is just one part of the ``<title>`` and another heading is another
    part, that other heading wins.
    """
    site = site_name or ""
    title_element = next(root.iter("title"), None)
    page_title = _clean(title_element.text) if title_element is not None else ""
    candidates = [_ld_headline(item, page_title, site) for item in articles]
    candidates += [_clean(metas.get(key)) for key in _TITLE_KEYS]
    candidates = [c for c in candidates if c and c.lower() not in _GENERIC_TITLES]
    parts = [p for p in _TITLE_SEPARATORS.split(page_title) if p] if page_title else []
    h1 = _agreeing_heading(root, h1, [*candidates, page_title]) if h1 is not None else None
    h1_text = _clean(text_of(h1)) if h1 is not None else ""
    blog_name = not site and len(parts) > 1 and h1_text in parts and h1_text != max(parts, key=len)
    if h1_text and (h1_text == site or blog_name):
        other = _heading_matching(root, h1, [p for p in parts if p not in (h1_text, site)])
        if other:
            return other
        if h1_text == site:
            h1_text = ""
    for candidate in candidates:
        if candidate == site:
            continue
        title = _strip_site(candidate, site)
        if h1_text and _truncated(title, h1_text):
            return h1_text
        if not site and h1_text and h1_text in _TITLE_SEPARATORS.split(title):
            return h1_text  # "Story | Unnamed Site": the h1 says which part is the story
        return title
    if page_title and page_title != site:
        if h1_text and headline_agrees(h1_text, page_title):
            return h1_text
        if _TITLE_SEPARATORS.search(site):  # "Story - Author - Blog", the site "Author - Blog"
            stripped = _strip_site(page_title, site)
            parts = [p for p in _TITLE_SEPARATORS.split(stripped) if p]
            if len(parts) == 1 and stripped != page_title:
                return stripped
        key = site_key(site) or site
        kept = [p for p in parts if site_key(p) != key]
        if len(parts) > 1 and kept:
            # the part a main heading shows is the story's (h3s list other stories);
            # else the longest part
            return _heading_matching(root, None, kept, ("h1", "h2")) or max(kept, key=len)
        if len(page_title.split()) > 1 or not h1_text:
            return page_title
    return h1_text or None


def _ld_headline(item: dict[str, Any], page_title: str, site: str) -> str:
    """An article object's ``headline``, or its ``name`` when only that one is in the
    ``<title>`` (some sites put a one-line description in ``headline``) and it is not
    the site's own name."""
    headline = _clean(text_value(item.get("headline")))
    name = _clean(text_value(item.get("name")))
    if headline and name and name not in site and name in page_title and headline not in page_title:
        return name
    return headline or name


_GENERIC_TITLES = frozenset(("home", "homepage", "home page", "index", "untitled", "article"))


def _truncated(title: str, heading: str) -> bool:
    """True when ``title`` is ``heading`` cut short ("A long headli…")."""
    stem = title.rstrip(" .…")
    return len(stem) < len(title) and len(stem) < len(heading) and heading.startswith(stem)


def headline_agrees(heading: str, title: str) -> bool:
    """True when the heading is a part of the title, or one holds the other and covers
    at least half of it."""
    if not heading or not title:
        return False
    if heading in _TITLE_SEPARATORS.split(title):
        return True  # "Story" in "Story - Site"
    if heading in title:
        return len(heading) >= 0.5 * len(title)
    return title in heading and len(title) >= 0.5 * len(heading)


def _agreeing_heading(root: HtmlElement, first: HtmlElement, titles: list[str]) -> HtmlElement:
    """Of the page's first h1s, the one the metadata agrees with (else the first)."""
    h1s = [first]
    body = root.find("body")
    if body is not None:
        h1s += [h for h in itertools.islice(body.iter("h1"), 4) if h is not first]
    for heading in h1s:
        text = _clean(text_of(heading))
        if any(headline_agrees(text, title) for title in titles):
            return heading
    return first


#: Longer "site names" are not names; each becomes a pattern below, so they are bounded.
_LONGEST_SITE_NAME = 120


def _strip_site(title: str, site: str) -> str:
    """``"Story | Site"`` -> ``"Story"`` when the site's name is known. The name is
    compared loosely ("Vegolosi.it" is the site "Vegolosi"), and a name holding a
    separator itself ("Author - Blog") is taken off either end whole."""
    if not site:
        return title
    key = site_key(site) or site
    # pieces at even positions, the separators between them at odd ones
    tokens = _SEPARATOR_GROUP.split(title)
    pieces = [i for i in range(0, len(tokens), 2) if tokens[i]]
    kept = [i for i in pieces if site_key(tokens[i]) != key]
    if kept and len(kept) < len(pieces):
        # each kept piece after the first comes with the separator written before it
        return tokens[kept[0]] + "".join(tokens[i - 1] + tokens[i] for i in kept[1:])
    if len(site) <= _LONGEST_SITE_NAME and _TITLE_SEPARATORS.search(site):
        name, separator = re.escape(site), _TITLE_SEPARATORS.pattern
        for ends in (f"(?:{separator}){name}\\s*$", f"^\\s*{name}(?:{separator})"):
            stripped = re.sub(ends, "", title, flags=re.IGNORECASE).strip()
            if stripped and stripped != title:
                return stripped
    return title


def _heading_matching(
    root: HtmlElement,
    skip: HtmlElement | None,
    texts: list[str],
    levels: tuple[str, ...] = ("h1", "h2", "h3"),
) -> str:
    """The text of the first heading of ``levels`` (other than ``skip``) equal to one
    of ``texts``."""
    if not texts:
        return ""
    wanted = set(texts)
    body = root.find("body")
    for count, heading in enumerate((body if body is not None else root).iter(*levels)):
        if count > 20:
            break
        if heading is skip:
            continue
        text = _clean(text_of(heading))
        if text in wanted:
            return text
    return ""


def _author_candidates(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    itemprops: _Itemprops,
    root: HtmlElement,
    h1: HtmlElement | None,
) -> Iterator[tuple[tuple[str, ...], bool]]:
    """Name lists from each source, most trusted first, each with whether the source
    says they are people; read only as far as needed."""
    for item in articles:
        for key in ("author", "creator"):
            value = item.get(key)
            found = [n for raw in text_values(value) for n in split_names(raw)]
            if found:
                yield tuple(dict.fromkeys(found)), "Person" in str(value)
    for key in _AUTHOR_KEYS:
        value = metas.get(key)
        if value and not value.startswith("@"):
            yield split_names(value), False
    for element in itemprops:
        if element.get("itemprop") in ("author", "creator"):
            name = element.find(".//*[@itemprop='name']")
            text = element.get("content") or text_of(name if name is not None else element)
            yield split_names(text), False
    links = itemprops.author_links()
    linked = [n for link in links[:6] for n in split_names(text_of(link))]
    yield tuple(dict.fromkeys(linked)), False
    if h1 is not None:
        for text, holder in _texts_after(h1, 60):
            if (STARTS_WITH_BY.match(text) or _names_an_author(holder)) and not _in_comments(
                holder
            ):
                # "By" may stand alone with the names in a sibling link: try the parent too
                for node in (holder, holder.getparent()):
                    line = text_of(node) if node is not None else ""
                    names = split_names(line) if len(line) <= 120 else ()
                    if names:
                        yield names, False
                        return


_METADATA_FIELDS = {Effect.TITLE: "title", Effect.AUTHOR: "authors", Effect.DATE: "published"}
_COMMENTS = re.compile(r"comment|disqus|respond|discussion", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")


def _in_comments(element: HtmlElement) -> bool:
    """True inside a reader-comment section: its names and dates are not the article's."""
    for node in itertools.chain((element,), itertools.islice(element.iterancestors(), 12)):
        if _COMMENTS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _names_an_author(element: HtmlElement) -> bool:
    """True for an element (or its parent) whose class or rel says it holds an author."""
    for node in (element, element.getparent()):
        if node is None:
            continue
        if _AUTHOR_CLASS.search(node.get("class") or "") or node.get("rel") == "author":
            return True
    return False


def _dates(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    times: Iterator[HtmlElement],
    itemprops: _Itemprops,
    h1: HtmlElement | None,
    url: str | None,
) -> tuple[Moment | None, Moment | None]:
    """Publication and modification dates; published is never after modified."""
    modified = _first_date(_modified_sources(metas, articles, itemprops))
    latest = day_of(modified) if modified is not None else None
    published = _first_date(_published_sources(metas, articles, times, itemprops, h1, url), latest)
    if published is None and url:
        in_url = date_in_url(url)
        published = in_url if plausible(in_url, latest) else None
    return published, modified


def _first_date(sources: Iterable[str], latest: dt.date | None = None) -> Moment | None:
    for source in sources:
        if source:
            value = parse_date(source)
            if plausible(value, latest):
                return value
    return None


def _modified_sources(
    metas: dict[str, str], articles: list[dict[str, Any]], itemprops: _Itemprops
) -> Iterator[str]:
    for item in articles:
        yield text_value(item.get("dateModified")) or ""
    for key in _MODIFIED_KEYS:
        yield metas.get(key, "")
    for element in itemprops:
        if element.get("itemprop") == "dateModified":
            yield element.get("content") or element.get("datetime") or text_of(element)


def _published_sources(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    times: Iterator[HtmlElement],
    itemprops: _Itemprops,
    h1: HtmlElement | None,
    url: str | None,
) -> Iterator[str]:
    """Candidate publication dates, most trusted first, looked up only as far as needed."""
    for item in articles:
        yield text_value(item.get("datePublished")) or text_value(item.get("dateCreated")) or ""
    for key in _PUBLISHED_KEYS:
        yield metas.get(key, "")
    for element in itemprops:
        if element.get("itemprop") in ("datePublished", "dateCreated"):
            yield element.get("content") or element.get("datetime") or text_of(element)
    first = [t for t in itertools.islice(times, 5) if not _in_comments(t)]
    for time_element in sorted(first, key=lambda el: el.get("pubdate") is None):
        yield str(time_element.get("datetime") or "")
    if h1 is not None:
        for text, holder in _texts_after(h1, 60):
            # a date has digits; one in a reader's comment is not the article's
            if (
                len(text) < 120
                and _HAS_DIGIT.search(text)
                and parse_date(text) is not None
                and not _in_comments(holder)
            ):
                yield str(text)
        for text in _texts_before(h1, 20):
            if len(text) < 120:
                yield str(text)


def apply_metadata_rules(meta: Metadata, root: HtmlElement, rules: Iterable[Rule]) -> Metadata:
    """Site rules that name the title, author or date element override what was read.

    The first rule of each kind whose selector finds a usable value wins.
    """
    found: dict[str, Any] = {}
    for rule in rules:
        field = _METADATA_FIELDS[rule.effect]
        if field in found:
            continue
        match = rule.match
        assert isinstance(match, Css | XPath)
        for element in match.select(root):
            if not isinstance(element.tag, str):
                continue
            value = _metadata_value(rule.effect, element)
            if value:
                found[field] = value
                break
    return attrs.evolve(meta, **found) if found else meta


def _metadata_value(effect: Effect, element: HtmlElement) -> Any:
    text = element.get("content") or text_of(element)
    if effect is Effect.TITLE:
        return _clean(text) or None
    if effect is Effect.AUTHOR:
        return split_names(text) or None
    value = parse_date(element.get("datetime") or text)
    return value if plausible(value) else None
