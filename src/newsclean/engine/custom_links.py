"""Links written as custom elements (``<x-link href=...>``, a button component with an
``href``): a site's own components standing for ``<a>``. Read as links once the body is
chosen, so that the link rules (a teaser's card, a block's link density) see them; a
custom element's name holds a hyphen, whatever the site calls it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from lxml import etree

HtmlElement = Any

#: A custom element (its name holds a hyphen) carrying an address.
_CUSTOM_LINKS = etree.XPath(".//*[@href][contains(name(), '-')]", smart_strings=False)


def is_custom(element: HtmlElement) -> bool:
    """True for a custom element (``<pp-teaser>``): a site's own component, a box."""
    tag = element.tag
    return isinstance(tag, str) and "-" in tag  # a comment's tag is no name


def open_custom_links(containers: Iterable[HtmlElement]) -> None:
    """Make each custom element with an ``href`` in ``containers`` an ``<a>``, unless a
    link is inside it or around it (links do not nest)."""
    for container in containers:
        for element in cast(list[HtmlElement], _CUSTOM_LINKS(container)):
            if element.find(".//a") is None and next(element.iterancestors("a"), None) is None:
                element.tag = "a"
