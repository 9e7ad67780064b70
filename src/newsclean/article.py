"""The immutable result of an extraction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

import attrs


def _names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class Article:
    """An extracted article: the body as plain text plus its metadata.

    ``text`` holds one block per paragraph, blocks separated by a blank line.
    ``published``/``modified`` are timezone-aware datetimes when the page gives a
    time with its zone, naive datetimes for a time without a zone, else dates.
    ``lang`` is a BCP 47 primary subtag (``"en"``), from the markup or guessed
    from the text; ``url`` is the canonical URL and ``image`` the lead image,
    both absolute when the page or the caller gives a base URL.
    """

    text: str = ""
    title: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_names)
    published: dt.datetime | dt.date | None = None
    modified: dt.datetime | dt.date | None = None
    site_name: str | None = None
    description: str | None = None
    lang: str | None = None
    url: str | None = None
    image: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_names)
    publisher: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Every field as JSON-safe values: dates in ISO 8601, tuples as lists."""
        fields = attrs.fields(Article)
        return {field.name: _json_safe(getattr(self, field.name)) for field in fields}

    def to_json(self, **dumps_options: Any) -> str:
        """:meth:`to_dict` as a JSON string (``dumps_options`` go to :func:`json.dumps`)."""
        dumps_options.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **dumps_options)


def _json_safe(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json_safe(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json_safe(item) for key, item in value.items()}
    if attrs.has(type(value)):
        return {f.name: _json_safe(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value
