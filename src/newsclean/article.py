"""The immutable result of an extraction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs


def _names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class Article:
    """An extracted article: the body as plain text plus its core metadata.

    ``text`` holds one block per paragraph, blocks separated by a blank line.
    """

    text: str = ""
    title: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_names)
    published: dt.datetime | dt.date | None = None
