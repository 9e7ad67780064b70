"""Microdata (``itemprop``) and ``rel=author`` links of the page's body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

HtmlElement = Any


class Itemprops:
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
_ITEMPROP_VALUES = etree.XPath("descendant::*/@itemprop", regexp=False)


_LINK_RELS = etree.XPath("descendant::a/@rel", regexp=False)
