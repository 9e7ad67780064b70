"""The page's publication and modification dates, read from its sources in order of
trust: JSON-LD, ``<meta>`` tags, microdata, ``<time>`` elements, the date lines around
the headline, the URL."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from ..dom.text import text_of
from .dates import Moment, date_in_url, day_of, parse_date, plausible
from .jsonld import text_value
from .mastheads import texts_above
from .meta_tags import MODIFIED_KEYS, PUBLISHED_KEYS
from .microdata import Itemprops
from .nearby import in_comments
from .shown_dates import shown_date_texts, shown_locally

HtmlElement = Any
#: The properties naming each date, the first a JSON-LD item gives winning.
_PUBLISHED_NAMES = ("datePublished", "dateCreated")
_MODIFIED_NAMES = ("dateModified",)


def read_dates(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    times: Iterator[HtmlElement],
    itemprops: Itemprops,
    h1: HtmlElement | None,
    url: str | None,
) -> tuple[Moment | None, Moment | None]:
    """Publication and modification dates; published is never after modified."""
    first_times = list(itertools.islice(times, 5))
    # the dates the page states for machines: JSON-LD and <meta>, then microdata if needed
    modified_stated = _Stated(metas, articles, itemprops, _MODIFIED_NAMES, MODIFIED_KEYS)
    modified_said = modified_stated.declared
    stated = _first_date(modified_stated)
    # the bound is the modified day as its source writes it (before a local twin is
    # taken): a published time in UTC is held to a modified day in UTC
    latest = day_of(stated) if stated is not None else None
    said_all = _Stated(metas, articles, itemprops, _PUBLISHED_NAMES, PUBLISHED_KEYS)
    said = said_all.declared
    if stated is not None and _scheduled(said_all, latest):
        stated = latest = None  # a draft's last save, before the story came out
    modified = _stated_locally(stated, modified_said)
    updates: list[str] = []  # the update's date lines shown under the headline
    first = _first_date(_published_sources(said_all, iter(first_times), h1, updates), latest)
    published = _stated_locally(first, _published_sources(said, iter(first_times), None, []))
    published = shown_locally(published, h1)
    published, modified = _one_zone(published, modified)
    if published is not None and modified is not None and day_of(published) > day_of(modified):
        published, modified = first, stated  # local days out of order: as the sources write
    if modified is None:
        modified = _shown_update(updates, published)
        latest = day_of(modified) if modified is not None else None
    if published is None and url:
        in_url = date_in_url(url)
        published = in_url if plausible(in_url, latest) else None
    return published, modified


def _shown_update(updates: list[str], published: Moment | None) -> Moment | None:
    """The first update's date the page shows under its headline ("Updated May 14,
    2021", "Stand: 04.02.2022"), when the publication is not after it: the modification
    date of a page that states none."""
    shown = _first_date(updates)
    if shown is None or (published is not None and day_of(published) > day_of(shown)):
        return None
    return shown


def _scheduled(stated: Iterable[str], latest: Any) -> bool:
    """Whether every publication date the page states (``stated``: JSON-LD, ``<meta>``,
    microdata) is after the modified day ``latest``, one of them at least: a post written
    ahead and set to come out later, its modification date the last save of its draft."""
    return _first_date(stated, latest) is None and _first_date(stated) is not None


def _first_date(sources: Iterable[str], latest: dt.date | None = None) -> Moment | None:
    for source in sources:
        if source:
            value = parse_date(source)
            if plausible(value, latest):
                return value
    return None


def _stated_locally(value: Moment | None, sources: Iterable[str]) -> Moment | None:
    """A time given in UTC that the page's JSON-LD, meta tags or <time> state with its offset
    ("2017-02-24T01:18Z" and "2017-02-23T17:18-08:00"), read as that source writes it:
    the day of the story is the one its readers' calendar shows, not UTC's."""
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        return value
    for source in sources:
        tail = source[10:]  # past an ISO day's own dashes: a sign there opens an offset
        if "+" not in tail and "-" not in tail:
            continue
        other = parse_date(source)
        if isinstance(other, dt.datetime) and other.utcoffset() and other == value:
            return other
    return value


def _one_zone(published: Moment | None, modified: Moment | None) -> tuple[Any, Any]:
    """The UTC one of two times written in UTC and the page's offset, told in that offset
    (the same instant): the two days are then compared on one calendar."""
    if not isinstance(published, dt.datetime) or not isinstance(modified, dt.datetime):
        return published, modified
    zero = dt.timedelta(0)
    if modified.utcoffset() == zero and published.utcoffset():
        return published, modified.astimezone(published.tzinfo)
    if published.utcoffset() == zero and modified.utcoffset():
        return published.astimezone(modified.tzinfo), modified
    return published, modified


class _Stated:
    """The dates the page states for machines under the property ``names`` (the first a
    JSON-LD item gives; microdata's ``itemprop``) and the ``<meta>`` ``keys``, in that
    order when iterated: ``declared``, those of JSON-LD and ``<meta>`` (an empty string
    where one gives none), then microdata's. The microdata are looked up only when a
    reader goes past the declared dates: most pages declare one it stops at, and the
    lookup walks the whole body."""

    def __init__(
        self,
        metas: dict[str, str],
        articles: list[dict[str, Any]],
        itemprops: Itemprops,
        names: tuple[str, ...],
        keys: Iterable[str],
    ) -> None:
        declared = [
            next(filter(None, (text_value(item.get(name)) for name in names)), "")
            for item in articles
        ]
        declared += [metas.get(key, "") for key in keys]
        self.declared = declared
        self._itemprops = itemprops
        self._names = names
        self._in_microdata: list[str] | None = None

    def __iter__(self) -> Iterator[str]:
        yield from self.declared
        if self._in_microdata is None:
            self._in_microdata = [
                element.get("content") or element.get("datetime") or text_of(element)
                for element in self._itemprops.named(*self._names)
            ]
        yield from self._in_microdata


def _published_sources(
    stated: Iterable[str],
    times: Iterator[HtmlElement],
    h1: HtmlElement | None,
    updates: list[str],
) -> Iterator[str]:
    """Candidate publication dates, most trusted first (``stated``: those the page states
    for machines), looked up only as far as needed. The update's date lines shown under
    the headline go to ``updates``."""
    yield from stated
    # a <time> marked as the modification date is not the publication's
    first = [t for t in times if t.get("itemprop") != "dateModified" and not in_comments(t)]
    for time_element in sorted(first, key=lambda el: el.get("pubdate") is None):
        yield str(time_element.get("datetime") or "")
    if h1 is not None:
        yield from shown_date_texts(h1, updates)
        for text in texts_above(h1, 20):
            if len(text) < 120:
                yield str(text)
