"""Microdata (``itemprop``) and ``rel=author`` links of the page's body."""

from __future__ import annotations

from typing import Any

from lxml import etree

HtmlElement = Any


class Itemprops:
    """The body's microdata elements and ``rel=author`` links, each collected on first
    use (most pages never need the links, many not the microdata)."""

    def __init__(self, body: HtmlElement | None) -> None:
        self._body = body
        self._values: list[Any] | None = None
        self._author_links: list[HtmlElement] | None = None

    def named(self, *names: str, among: bool = False) -> list[HtmlElement]:
        """The elements whose ``itemprop`` is one of ``names`` (with ``among``, or holds
        one among several: "author creator"), in page order (told apart by the values
        the search found, not by reading each element again)."""
        if self._values is None:
            found: Any = _ITEMPROP_VALUES(self._body) if self._body is not None else []
            self._values = found
        return [
            value.getparent()
            for value in self._values
            if value in names or (among and " " in value and any(n in names for n in value.split()))
        ]

    def author_links(self) -> list[HtmlElement]:
        if self._author_links is None:
            rels: Any = _LINK_RELS(self._body) if self._body is not None else []
            self._author_links = [rel.getparent() for rel in rels if "author" in rel.split()]
        return self._author_links


#: Attribute values with their elements: the attribute axis is cheaper in libxml2
#: than a predicate on every element.
_ITEMPROP_VALUES = etree.XPath("descendant::*/@itemprop", regexp=False)


_LINK_RELS = etree.XPath("descendant::a/@rel", regexp=False)
