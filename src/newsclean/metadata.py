"""Title, authors and publication date, read from the page before it is cleaned.

Sources, in order of trust: JSON-LD, OpenGraph/``article:*`` and other
``<meta>`` tags, microdata, ``<time datetime>``, the visible byline and date
line near the headline, and finally a date in the URL.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from .scoring import text_of

HtmlElement = Any


@attrs.frozen
class Metadata:
    """The metadata fields read from a page."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.datetime | dt.date | None = None


_ITEMPROP_TAGS = ("span", "a", "div", "p", "time", "meta", "li", "address", "strong", "b", "abbr")

_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "article.published",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
    "citation_author",
)
_TITLE_KEYS = ("og:title", "twitter:title", "title", "dc.title", "headline")

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january januar janvier enero jänner",
            "feb february februar février fevrier febrero",
            "mar march märz maerz mars marzo",
            "apr april avril abril",
            "may mai mayo",
            "jun june juni juin junio",
            "jul july juli juillet julio",
            "aug august août aout agosto",
            "sep sept september septembre septiembre",
            "oct october oktober octobre octubre",
            "nov november novembre noviembre",
            "dec december dezember décembre decembre diciembre",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WRITTEN_DATE = re.compile(
    rf"(?i)\b(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:\.|er)?\s+(?:de\s+)?(?P<m2>{_MONTH_NAMES})\.?,?\s+(?:de\s+)?(?P<y2>(?:19|20)\d\d))\b"
)
_NUMERIC_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b")
_ISO_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
    r"(?:[T ](?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d)(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)")
#: Words that introduce a byline, in the languages newsclean reads.
_BYLINE_WORDS = (
    r"(?:(?:posted|written|words|reporting|text|story)\s+by|by|von|par|por|di|door|texto|"
    r"bằng|بقلم|كتب|记者|記者|文|撰文)"
)
_BYLINE = re.compile(rf"^\s*{_BYLINE_WORDS}\s*[:：/]?\s*(?P<names>.+)$", re.IGNORECASE | re.S)
_BY = re.compile(rf"^\s*{_BYLINE_WORDS}(?:\b|\s|[:：/]|$)", re.IGNORECASE)
_INNER_BY = re.compile(r"\s(?:by|von|par|por)\s+", re.IGNORECASE)
_AUTHOR_CLASS = re.compile(r"author|byline|writer|autor|auteur", re.IGNORECASE)
#: A name starts with a capital letter, or is written in a script without case.
_NAME_START = re.compile(r"^[^\W\d_]", re.UNICODE)
#: "Jo Smith on 3 May" / "Jo Smith am 3. Mai": the date after a byline is cut off.
_DATE_TAIL = re.compile(
    rf"(?i)\s+(?:on|am|le|el|il|em|at|published|updated)\s+(?=\S*\d|(?:{_MONTH_NAMES})\b)"
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*", re.IGNORECASE)


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


def _headline_element(
    body: HtmlElement, metas: dict[str, str], ld: list[dict[str, Any]], root: HtmlElement
) -> HtmlElement | None:
    """Without an h1, the element whose own text is the page's title, if any."""
    title = _title(metas, ld, root, None)
    if not title:
        return None
    wanted = _clean(title)
    for element in body.iter("h2", "h3", "div", "span", "b", "strong", "p", "td", "font"):
        text = element.text
        if text and _clean(text) == wanted:
            return element
    return None


class _Itemprops:
    """The body's microdata elements, collected on first use (most pages never need them)."""

    def __init__(self, body: HtmlElement | None) -> None:
        self._body = body
        self._found: list[HtmlElement] | None = None

    def __iter__(self) -> Iterator[HtmlElement]:
        if self._found is None:
            body = self._body
            self._found = (
                [el for el in body.iter(*_ITEMPROP_TAGS) if el.get("itemprop")]
                if body is not None
                else []
            )
        return iter(self._found)


def read_metadata(root: HtmlElement, url: str | None) -> Metadata:
    """Read title, authors and publication date from the unmodified tree."""
    metas = _meta_map(root)
    ld = list(_json_ld_articles(root))
    body = root.find("body")
    h1 = next(body.iter("h1"), None) if body is not None else None
    if h1 is None and body is not None:
        h1 = _headline_element(body, metas, ld, root)
    itemprops = _Itemprops(body)
    title = _title(metas, ld, root, h1)
    authors = _authors(metas, ld, itemprops, h1)
    published = _published(metas, ld, body, itemprops, h1, url)
    return Metadata(title=title, authors=authors, published=published)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta_map(root: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    head = root.find("head")
    for meta in (head if head is not None else root).iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|NewsArticle|WebPage|Blog", re.IGNORECASE)


def _json_ld_articles(root: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw))
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
                    yield item


_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•:»]\s+|\s*::\s*")


def _title(
    metas: dict[str, str], ld: list[dict[str, Any]], root: HtmlElement, h1: HtmlElement | None
) -> str | None:
    """The headline: the h1 when the page's metadata agrees, else the metadata's title.

    A blog's first h1 is often its own name; when that h1 is just one part of the
    ``<title>`` and another heading is another part, that other heading wins.
    """
    h1_text = _clean(text_of(h1)) if h1 is not None else ""
    site = _clean(metas.get("og:site_name"))
    candidates = [_clean(str(item.get("headline") or "")) for item in ld]
    candidates += [_clean(metas.get(key)) for key in _TITLE_KEYS]
    candidates = [c for c in candidates if c and c != site]
    title_element = next(root.iter("title"), None)
    page_title = _clean(title_element.text) if title_element is not None else ""
    parts = [p for p in _TITLE_SEPARATORS.split(page_title) if p] if page_title else []
    if h1_text and (h1_text == site or (not site and len(parts) > 1 and h1_text in parts)):
        other = _heading_matching(root, h1, [p for p in parts if p not in (h1_text, site)])
        if other:
            return other
        if h1_text == site:
            h1_text = ""
    if h1_text and any(h1_text in c or c in h1_text for c in [*candidates, page_title] if c):
        return h1_text
    for candidate in candidates:
        return _strip_site(candidate, site)
    if h1_text:
        return h1_text
    if page_title:
        kept = [p for p in parts if p != site]
        return max(kept or parts, key=len) if len(parts) > 1 else page_title
    return None


def _strip_site(title: str, site: str) -> str:
    """``"Story | Site"`` -> ``"Story"`` when the site's name is known."""
    if not site:
        return title
    pieces = [p for p in _TITLE_SEPARATORS.split(title) if p]
    kept = [p for p in pieces if p != site]
    return " - ".join(kept) if kept and len(kept) < len(pieces) else title


def _heading_matching(root: HtmlElement, skip: HtmlElement | None, texts: list[str]) -> str:
    """The text of the first h1-h3 (other than ``skip``) equal to one of ``texts``."""
    if not texts:
        return ""
    wanted = set(texts)
    body = root.find("body")
    for count, heading in enumerate((body if body is not None else root).iter("h1", "h2", "h3")):
        if count > 20:
            break
        if heading is skip:
            continue
        text = _clean(text_of(heading))
        if text in wanted:
            return text
    return ""


def _names_from_ld(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _names_from_ld(item)]
    return []


def split_names(text: str) -> tuple[str, ...]:
    """``"By A, B and C"`` -> ``("A", "B", "C")``: strip the lead word and split the list."""
    text = _clean(text)
    match = _BYLINE.match(text)
    if match:
        text = match.group("names")
    else:
        inner = _INNER_BY.search(text)  # "Photographs and words by A"
        if inner and len(text) < 120:
            text = text[inner.end() :]
    text = re.split(r"\s[|·•—–-]\s|\n", text)[0]
    text = _DATE_TAIL.split(text)[0]
    names = []
    for part in _NAME_SPLIT.split(text):
        part = part.strip(" .:")
        if not part or "@" in part or "://" in part or _WRITTEN_DATE.search(part):
            continue
        if len(part.split()) > 5 or len(part) > 60:
            continue
        first = part[0]
        if not _NAME_START.match(part) or (first.isalpha() and first.islower()):
            continue  # "by a rota of volunteers" is prose, not a byline
        names.append(part)
    return tuple(dict.fromkeys(names))


def _authors(
    metas: dict[str, str],
    ld: list[dict[str, Any]],
    itemprops: _Itemprops,
    h1: HtmlElement | None,
) -> tuple[str, ...]:
    for item in ld:
        names = [n for raw in _names_from_ld(item.get("author")) for n in split_names(raw)]
        if names:
            return tuple(dict.fromkeys(names))
    for key in _AUTHOR_KEYS:
        value = metas.get(key)
        if value and "://" not in value:
            names_found = split_names(value)
            if names_found:
                return names_found
    for element in itemprops:
        if element.get("itemprop") in ("author", "creator"):
            name = element.find(".//*[@itemprop='name']")
            names_found = split_names(
                element.get("content") or text_of(name if name is not None else element)
            )
            if names_found:
                return names_found
    if h1 is not None:
        for text, holder in _texts_after(h1, 60):
            if _BY.match(text) or _names_an_author(holder):
                line = text_of(holder)
                if len(line) > 120:
                    continue
                names_found = split_names(line)
                if names_found:
                    return names_found
    return ()


def _names_an_author(element: HtmlElement) -> bool:
    """True for an element (or its parent) whose class or rel says it holds an author."""
    for node in (element, element.getparent()):
        if node is None:
            continue
        if _AUTHOR_CLASS.search(node.get("class") or "") or node.get("rel") == "author":
            return True
    return False


def parse_date(text: str) -> dt.datetime | dt.date | None:
    """An ISO 8601 or written English/German/French/Spanish date, or None."""
    text = text.strip()
    match = _ISO_DATE.search(text)
    if match:
        try:
            day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            return None
        if match["H"] is None:
            return day
        tz = match["tz"]
        tzinfo = None
        if tz:
            if tz == "Z":
                tzinfo = dt.UTC
            else:
                sign = 1 if tz[0] == "+" else -1
                digits = tz[1:].replace(":", "")
                tzinfo = dt.timezone(
                    sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
                )
        try:
            return dt.datetime(
                day.year,
                day.month,
                day.day,
                int(match["H"]),
                int(match["M"]),
                int(match["S"] or 0),
                tzinfo=tzinfo,
            )
        except ValueError:
            return day
    match = _WRITTEN_DATE.search(text)
    if match:
        month = _MONTHS[(match["m1"] or match["m2"]).lower()]
        day_number = int(match["d1"] or match["d2"])
        year = int(match["y1"] or match["y2"])
        try:
            return dt.date(year, month, day_number)
        except ValueError:
            return None
    match = _NUMERIC_DATE.search(text)
    if match:
        try:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            return None
    return None


def _plausible(value: dt.datetime | dt.date | None) -> bool:
    if value is None:
        return False
    day = value.date() if isinstance(value, dt.datetime) else value
    return dt.date(1990, 1, 1) <= day <= dt.date.today() + dt.timedelta(days=2)


def _date_sources(
    metas: dict[str, str],
    ld: list[dict[str, Any]],
    body: HtmlElement | None,
    itemprops: _Itemprops,
) -> Iterator[str]:
    """Candidate publication dates, most trusted first, looked up only as far as needed."""
    for item in ld:
        yield str(item.get("datePublished") or "")
    for key in _PUBLISHED_KEYS:
        yield metas.get(key, "")
    for element in itemprops:
        if element.get("itemprop") == "datePublished":
            yield element.get("content") or element.get("datetime") or text_of(element)
    if body is not None:
        for count, time_element in enumerate(body.iter("time")):
            if count >= 3:
                break
            yield str(time_element.get("datetime") or "")


def _published(
    metas: dict[str, str],
    ld: list[dict[str, Any]],
    body: HtmlElement | None,
    itemprops: _Itemprops,
    h1: HtmlElement | None,
    url: str | None,
) -> dt.datetime | dt.date | None:
    for source in _date_sources(metas, ld, body, itemprops):
        if source:
            value = parse_date(source)
            if _plausible(value):
                return value
    if h1 is not None:
        for text in [t for t, _ in _texts_after(h1, 60)] + _texts_before(h1, 20):
            if len(text) < 120:
                value = parse_date(str(text))
                if _plausible(value):
                    return value
    if url:
        match = _URL_DATE.search(url)
        if match:
            try:
                value = dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
            return value if _plausible(value) else None
    return None
