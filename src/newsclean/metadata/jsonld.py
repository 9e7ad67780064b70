"""Read schema.org JSON-LD as pages really write it.

Scripts may hold one object, an array, an ``@graph``, trailing commas, HTML
entities, CDATA wrappers or comments; every object in every script is
returned, flattened, so callers can pick the article and the site from them.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

HtmlElement = Any

#: schema.org types that describe the article itself (a WebPage is only a fallback).
ARTICLE_TYPES = re.compile(
    r"^(?:\w+:)?(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Posting)$",
    re.IGNORECASE,
)
PAGE_TYPES = re.compile(r"^(?:\w+:)?\w*WebPage$", re.IGNORECASE)
SITE_TYPES = re.compile(r"^(?:\w+:)?(?:WebSite|Organization|NewsMediaOrganization)$", re.I)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPER = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$|^\s*<!--|-->\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def json_ld_objects(
    root: HtmlElement, scripts: Iterable[HtmlElement] | None = None
) -> list[dict[str, Any]]:
    """Every JSON object of every ``application/ld+json`` script, in page order
    (``scripts``: the page's script elements, when the caller has them already)."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script") if scripts is None else scripts:
        kind = (script.get("type") or "").strip().lower()
        if kind != "application/ld+json":
            continue
        data = _load(script.text or "")
        if data is not None:
            found.extend(_objects(data))
    return found


def types_of(item: dict[str, Any]) -> list[str]:
    """The ``@type`` values of an object, as a list of strings."""
    kind = item.get("@type")
    values = kind if isinstance(kind, list) else [kind]
    return [value for value in values if isinstance(value, str)]


def is_type(item: dict[str, Any], pattern: re.Pattern[str]) -> bool:
    """True when one of the object's types matches ``pattern``."""
    return any(pattern.match(kind) for kind in types_of(item))


def text_value(value: Any) -> str | None:
    """A plain string from a JSON-LD value (a string, a ``{"name"|"@value"}`` or a list)."""
    if isinstance(value, str):
        cleaned = " ".join(html.unescape(value).split())
        return cleaned or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return _first_found(value, ("name", "@value", "url", "@id"), text_value)


def text_values(value: Any) -> list[str]:
    """Every string of a JSON-LD value that may be a list (authors, keywords, sections)."""
    if isinstance(value, list):
        return [found for item in value for found in text_values(item)]
    found = text_value(value)
    return [found] if found else []


def url_value(value: Any) -> str | None:
    """A URL from a string, an ImageObject-like dict or a list of either."""
    if isinstance(value, str):
        return value.strip() or None
    return _first_found(value, ("url", "contentUrl", "@id"), url_value)


def _first_found(
    value: Any, keys: tuple[str, ...], read: Callable[[Any], str | None]
) -> str | None:
    """The first value ``read`` finds in an object's ``keys``, in that order, or in a
    list's items (each read as a value of its own, a list or object inside it too);
    None for anything else: what :func:`text_value` and :func:`url_value` read alike."""
    if isinstance(value, dict):
        parts: Iterable[Any] = (value.get(key) for key in keys)
    elif isinstance(value, list):
        parts = value
    else:
        return None
    return next(filter(None, map(read, parts)), None)


def _load(raw: str) -> Any:
    raw = raw.strip()
    if raw[:1] not in ("{", "["):  # a CDATA or comment wrapper
        raw = _WRAPPER.sub("", raw).strip()
    if not raw:
        return None
    for text in _repairs(raw):
        try:
            return json.loads(text)
        except ValueError:
            continue
    if "&" in raw:  # a CMS escaped the whole script: &quot;headline&quot;: ...
        unescaped = html.unescape(raw)
        for text in (unescaped, _TRAILING_COMMA.sub(r"\1", unescaped)):
            try:
                return json.loads(text)
            except ValueError:
                continue
    return None


def _repairs(raw: str) -> Iterator[str]:
    """``raw``, then with control characters blanked, then without trailing commas
    (and both): each repair is a pass over the text, made only when the one
    before did not parse (most scripts parse as they are)."""
    yield raw
    yield _CONTROL.sub(" ", raw)
    uncomma = _TRAILING_COMMA.sub(r"\1", raw)
    yield uncomma
    yield _CONTROL.sub(" ", uncomma)


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if graph is not None:
                stack.append(graph)
            if "@type" in item:
                yield item
            main = item.get("mainEntity")
            if isinstance(main, dict | list) and main is not graph:
                stack.append(main)
