"""The texts above the headline a date is read from, without the site's header and menus.

A site's header often shows the day the page was served ("Monday, 7 December 2026"
beside the logo): that is today's date, not the story's. A date line in a ``<header>``
or a ``<nav>`` (or an element with ``role="banner"`` or ``role="navigation"``) that does
not hold the headline is read as no date line: the kicker's row ("Wirtschaft ·
14.05.2021") stands in the headline's own box or its article's header, which holds it.
A ``<header>`` inside an ``<article>``, ``<section>`` or ``<main>`` is that part's
header, not the site's: its date line is read, wherever the headline stands (an h2
in it while the page's only h1 heads a box of links further down).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

HtmlElement = Any

#: The site's header and menus, by tag and by role.
_BANNER_TAGS = frozenset(("header", "nav"))
_BANNER_ROLES = frozenset(("banner", "navigation"))
#: Whether a box holds such a header or menu, asked in C (most boxes hold none).
_HOLDS_BANNER = etree.XPath(
    "descendant::*[self::header or self::nav or @role='banner' or @role='navigation'][1]",
    regexp=False,
)


def texts_above(start: HtmlElement, limit: int) -> list[str]:
    """Up to ``limit`` non-blank texts just before ``start``, nearest first (the
    elements' texts of the boxes before it and before each of its ancestors), each
    inside the site's header or a menu (a box before ``start``, not holding it) given
    as an empty string: it counts among the texts, and is no date line."""
    found: list[str] = []
    node = start
    while node is not None and len(found) < limit:
        for sibling in node.itersiblings(preceding=True):
            found.extend(reversed(list(_texts(sibling))))
            if len(found) >= limit:
                break
        node = node.getparent()
    return found[:limit]


def _texts(element: HtmlElement) -> Iterator[str]:
    """The non-blank texts of ``element`` (its own, its children's and their tails, not
    its own tail), in reading order; those inside a header or a menu empty."""
    if not isinstance(element.tag, str):
        return
    if _banner(element):
        yield from ("" for text in element.itertext() if text.strip())
    elif not _HOLDS_BANNER(element):
        yield from (text for text in element.itertext() if text.strip())
    else:
        if element.text and element.text.strip():
            yield element.text
        for child in element:
            yield from _texts(child)
            if child.tail and child.tail.strip():
                yield child.tail


#: Whether a ``<header>`` heads a part of the page (its article, section or main) rather
#: than the page.
_IN_PART = etree.XPath(
    "boolean(ancestor::article or ancestor::section or ancestor::main)", regexp=False
)


def _banner(element: HtmlElement) -> bool:
    if element.get("role") in _BANNER_ROLES:
        return True
    if element.tag == "header":
        return not _IN_PART(element)
    return element.tag in _BANNER_TAGS
