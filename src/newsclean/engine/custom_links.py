"""Links written as custom elements (``<x-link href=...>``, a button component with an
``href``): a site's own components standing for ``<a>``. A custom element's name holds
a hyphen, whatever the site calls it. A card's headline set in such a link (``<x-link
href><h3>``) is read as a link when pruning meets the headline, with the custom links
beside it in the card (its button), so that the teaser rules see the card; the page is
not searched for them (a walk of every element costs more than the rare card)."""

from __future__ import annotations

from typing import Any

from ..dom.tags import custom_tag

HtmlElement = Any


def custom_link_around(heading: HtmlElement) -> HtmlElement | None:
    """The custom element with an ``href`` around ``heading`` alone, made an ``<a>``
    together with the custom links beside it (the card's button), or None. A link
    inside or around it keeps it as it is (links do not nest)."""
    link = heading.getparent()
    if link is None or not _custom_link(link) or len(link) != 1:
        return None
    if next(link.iterancestors("a"), None) is not None:
        return None
    box = link.getparent()
    for element in box if box is not None else (link,):
        if _custom_link(element):
            element.tag = "a"
    return link


def _custom_link(element: HtmlElement) -> bool:
    return custom_tag(element.tag) and bool(element.get("href")) and element.find(".//a") is None
