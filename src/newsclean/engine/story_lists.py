"""What spares a list of links that is the story's own content: a recipe's ingredients
naming their amounts beside linked products, a shopping story's list of the deals it
tells of under its paragraph. Each check keeps a block
:func:`~.link_blocks.link_block_reason` would call a "link-list"; the other such checks
are in :mod:`.link_lists`."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import HEADINGS
from ..dom.text import collapse_space, text_of
from ..settings import Tuning
from .link_parts import LIST_TAGS, SENTENCE_ENDS, is_prose, short_label, sources_only, text_items
from .links import SiteLinks

HtmlElement = Any


#: An amount with its unit: an ingredient's "200 g", "2 EL", "1/2 cup" (not a file's
#: size: "PDF (123 KB)" beside a download link is no part of a story).
#: Case-sensitive: "5G" is a network, "2 el" Spanish words.
_QUANTITY = re.compile(
    r"\d(?:[.,/]\d+)?\s?(?:k?g|mg|ml|cl|dl|l|oz|lbs?|[Cc]ups?|[Tt]bsp|[Tt]sp|EL|TL|Btl|Pck|Stück)\b"
)


def measured(element: HtmlElement, length: int, tuning: Tuning) -> bool:
    """A short line naming an amount with its unit, with words of its own beside its
    links: a recipe's ingredient whose product or brand is linked ("3 sachets gelatine,
    <a>e.g. Brand gelatine (15 g)</a>", "1/2 cup <a>almond butter</a> (see notes)"). A
    menu or a rail names no amounts; a line that is all links still goes."""
    if length > tuning.list_max_chars:
        return False
    if _QUANTITY.search(text_of(element)) is None:
        return False
    return any(character.isalnum() for character in _outside_links(element))


def _outside_links(element: HtmlElement) -> str:
    """The text of ``element`` with its links' text taken out."""
    text = text_of(element)
    for link in element.iter("a"):
        text = text.replace(text_of(link), " ", 1)
    return text


def measured_items(element: HtmlElement, tuning: Tuning) -> bool:
    """True when the box ``element`` holds ``measured_items_min`` items (list items or
    table rows) at least, ``measured_items_share`` of them naming an amount with its
    unit outside their links: a recipe's ingredients ("50 ml | Milk", "1 pack |
    <a>Brand yeast</a>") linking a few to the site's product pages, too long for
    :func:`measured`. A menu or a rail names no amounts; a shop's rail names them
    inside its links."""
    items = list(element.iter("li", "tr"))
    if len(items) < tuning.measured_items_min or _QUANTITY.search(text_of(element)) is None:
        return False  # most boxes of links name no amount: read no item
    found = sum(1 for item in items if _QUANTITY.search(_outside_links(item)) is not None)
    return found >= tuning.measured_items_share * len(items)


def between_paragraphs(element: HtmlElement, links: SiteLinks, tuning: Tuning) -> bool:
    """True when the list ``element`` is one of links to other sites
    (:func:`_story_list`) and a paragraph of prose comes before it, past short labels
    ending in a colon and other such lists, at most ``story_list_lookback`` siblings
    back: a shopping story's own list of the deals it tells of, under its paragraph or
    under "Recommended by our editor:". A list of the site's stories links to the site;
    share and follow buttons name a network in a word; a rail's list follows no
    paragraph of the story."""
    if element.tag not in LIST_TAGS:
        return False
    sibling = element.getprevious()
    for _ in range(tuning.story_list_lookback):
        if sibling is None or not isinstance(sibling.tag, str):
            return False
        text = collapse_space(text_of(sibling))
        if sibling.tag == "p" and is_prose(text, SENTENCE_ENDS, tuning):
            return _story_list(element, links, tuning)
        label = sibling.tag in ("p", *HEADINGS) and short_label(text, tuning)
        if not label and not (sibling.tag in LIST_TAGS and _story_list(sibling, links, tuning)):
            return False
        sibling = sibling.getprevious()
    return False


def _story_list(element: HtmlElement, links: SiteLinks, tuning: Tuning) -> bool:
    """True when the list ``element`` of ``story_list_min_items`` items at least leads
    only to other sites, each item wholly its link, holding ``story_list_item_words``
    words on average."""
    items = text_items(element)
    if len(items) < tuning.story_list_min_items or not sources_only(element, links):
        return False  # a lone link is a pointer ("Read the report"), not a list
    if any(any(c.isalnum() for c in _outside_links(item)) for item in items):
        return False  # "Minutes: <a>...</a>": labelled links, not the deals' names
    words = sum(len(text_of(item).split()) for item in items)
    return words >= tuning.story_list_item_words * len(items)
