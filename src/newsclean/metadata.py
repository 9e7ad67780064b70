"""Title, authors and publication date: just enough metadata for the core issue."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import attrs
from lxml import etree

HtmlElement = Any


@attrs.frozen
class Metadata:
    """The metadata fields read from a page."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.datetime | dt.date | None = None


def read_metadata(root: HtmlElement, url: str | None) -> Metadata:
    """Read title, authors and publication date from the unmodified tree."""
    return Metadata()
