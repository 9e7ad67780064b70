"""Rows of teaser cards left in the body below the story (``teaser-card-rows``).

A rail of "related stories" set as boxes made alike (same tag and class), each the card
of one other story of the site, loses its headlines and dates to the link and byline
rules one by one; each card's blurb, a sentence or two of prose, would stay behind as
a paragraph of the story. The row is known by its structure, not by its words: every
card links to a story of its own, and the row stands below the story.
"""

from __future__ import annotations

from typing import Any

from ..dom.text import text_of, words_length
from ..settings import Tuning
from .edges import body_text_before
from .link_blocks import address_of, made_alike, same_make
from .links import SiteLinks

HtmlElement = Any

#: What a card of a row is built as.
_CARD_BOXES = frozenset(("div", "section", "article", "li"))


def card_rows(
    container: HtmlElement, body: list[HtmlElement], tuning: Tuning, links: SiteLinks
) -> list[list[HtmlElement]]:
    """The cards of each row in ``container`` (one of the ``body`` containers): at
    least ``stream_min_items`` sibling boxes made alike, each at most
    ``teaser_excerpt_max_chars`` whose links to the site's stories all lead to one story,
    a different one for each, below the story (:func:`_below_story`)."""
    cards: dict[HtmlElement, str] = {}
    for link in container.iter("a"):
        address = address_of(link)
        if (
            address
            and len(text_of(link).split()) >= tuning.teaser_headline_words
            and _in_twin_box(link, container)  # before the costlier address test
            and links.is_story(address)
        ):
            card = _card(link, address, container, tuning, links)
            if card is not None:
                cards.setdefault(card, address)
    rows: dict[tuple[Any, str, str | None], dict[HtmlElement, str]] = {}
    for card, address in cards.items():
        rows.setdefault((card.getparent(), card.tag, card.get("class")), {})[card] = address
    order = list(cards)  # in the page's order: the cards above a row are no story
    found: list[list[HtmlElement]] = []
    for row in rows.values():
        if len(set(row.values())) < tuning.stream_min_items:
            continue
        first = next(iter(row))
        twins = [sibling for sibling in first.getparent() if same_make(sibling, first)]
        if len(row) * 2 < len(twins):
            continue  # most of the boxes made alike are no cards: the story's sections
        if _below_story(list(row), order, body, tuning):
            found.append(list(row))
    return found


def _below_story(
    row: list[HtmlElement], cards: list[HtmlElement], body: list[HtmlElement], tuning: Tuning
) -> bool:
    """True when ``row`` stands below the story: at least ``teaser_cards_story_ratio``
    times its text of the body before it, the ``cards`` above it aside, and no more
    after it than it holds (a section front's rows of cards stand among more)."""
    length = sum(len(text_of(card)) for card in row)
    before = body_text_before(row[0], body)
    teasers = sum(len(text_of(card)) for card in cards[: cards.index(row[0])])
    after = sum(len(text_of(container)) for container in body) - before - length
    return before - teasers >= tuning.teaser_cards_story_ratio * length and after <= length


def _card(
    link: HtmlElement, address: str, container: HtmlElement, tuning: Tuning, links: SiteLinks
) -> HtmlElement | None:
    """The outermost box around ``link`` inside ``container`` holding at most
    ``teaser_excerpt_max_chars`` whose story links all lead to ``address``, when a sibling
    is made like it (tag and class): one card of a row. None otherwise."""
    box = None
    for ancestor in link.iterancestors():
        if ancestor is container or words_length(ancestor) > tuning.teaser_excerpt_max_chars:
            break
        if any(_elsewhere(other, address, tuning, links) for other in ancestor.iter("a")):
            break
        if ancestor.tag in _CARD_BOXES:
            box = ancestor
    if box is None or not made_alike(box):
        return None
    return box


def _elsewhere(link: HtmlElement, address: str, tuning: Tuning, links: SiteLinks) -> bool:
    """True when ``link`` leads to a story of the site other than ``address``."""
    href = address_of(link)
    return href != address and _leads_to_story(link, href, tuning, links)


def _leads_to_story(link: HtmlElement, href: str, tuning: Tuning, links: SiteLinks) -> bool:
    """True when ``link`` is a headline (``teaser_headline_words`` at least) or a
    picture's link (no text) leading to a story of the site: an author's name linking
    to the author's page is neither. A card is known by its headline alone (a reviewer's
    picture linking to the reviewer's page makes none): see :func:`card_rows`."""
    if not href:
        return False
    words = len(text_of(link).split())
    named = words >= tuning.teaser_headline_words or words == 0
    return named and links.is_story(href)


def _in_twin_box(link: HtmlElement, container: HtmlElement) -> bool:
    """True when a box around ``link`` inside ``container`` has a twin (:func:`made_alike`):
    a card is one, and a paragraph's links in the story have none."""
    for ancestor in link.iterancestors():
        if ancestor is container:
            return False
        if ancestor.tag in _CARD_BOXES and made_alike(ancestor):
            return True
    return False


def row_holder(box: HtmlElement, container: HtmlElement, tuning: Tuning) -> HtmlElement:
    """The outermost ancestor of ``box`` (a row's cards and nothing else) inside
    ``container`` holding at most ``list_heading_max_chars`` of text besides it, read
    with whitespace collapsed (a rail's indented markup is no text): the row's heading
    and subtitle ("Related posts", "Stories you may have missed") go with it."""
    holder = box
    own = words_length(box)
    for ancestor in box.iterancestors():
        if ancestor is container or words_length(ancestor) - own > tuning.list_heading_max_chars:
            break
        holder = ancestor
    return holder
