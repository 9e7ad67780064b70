"""A feed of the site's news in the side column beside the story (``side-columns``): a
list of items each opening on its time or date set as a link to the item's own page
("14:44", "3 May 2024"), one widget of a column holding others (a newsletter's pitch,
the most read). It may hold more text than a short story beside it (items with
paragraphs of their own), and its dates keep the rest of the column from reading as
widgets. A reader's comment links its date to an anchor on the page (``#comment-12``),
and a live blog's entries sit under the headline, in the story's branch: neither is
read here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.text import text_of, words_length
from ..settings import Tuning
from .date_lines import is_short_date_line

HtmlElement = Any


def side_feeds(sides: Sequence[HtmlElement], tuning: Tuning) -> list[HtmlElement]:
    """The lists inside ``sides`` (never a side itself) that are feeds of news
    (:func:`_feed`), when they hold together at most ``side_feed_max_share`` of the
    sides' text: the column holds other widgets beside them."""
    found = [
        listing
        for side in sides
        for listing in side.iter("ul", "ol")
        if listing is not side and _feed(listing, tuning)
    ]
    if not found:
        return []
    held = sum(words_length(listing) for listing in found)
    whole = sum(words_length(side) for side in sides)
    return found if held <= tuning.side_feed_max_share * whole else []


def _feed(listing: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``listing`` holds ``side_feed_min_items`` items, half of its items at
    least, each opening on a dated link to a page (:func:`_dated_link`)."""
    items = [item for item in listing if item.tag == "li"]
    dated = sum(1 for item in items if _dated_link(item))
    return dated >= tuning.side_feed_min_items and 2 * dated >= len(items)


def _dated_link(item: HtmlElement) -> bool:
    """Whether the first link of ``item`` is a short date line leading to a page of its
    own (an address with no ``#``: an anchor is a place on this page)."""
    link = next(item.iter("a"), None)
    if link is None:
        return False
    href = link.get("href") or ""
    return bool(href) and "#" not in href and is_short_date_line(text_of(link))
