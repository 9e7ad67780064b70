"""Rows of teaser cards left in the body below the story (``teaser-card-rows``).

A rail of "related stories" set as boxes made alike (same tag and class), each the card
of one other story of the site, loses its headlines and dates to the link and byline
rules one by one; each card's blurb, a sentence or two of prose, would stay behind as
a paragraph of the story. The row is known by its structure, not by its words: every
card links to a story of its own, and the row stands below the story.

Many rails link each card with an empty link laid over the whole box, the headline a
box beside it: no headline link for the teaser rules to take, and the headlines stay
as a column of loose lines. Several rails are often stacked under the story ("Most
read", "Latest", "Trending"), so that each has the others after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.tags import HEADINGS
from ..dom.text import text_of, words_length
from ..dom.tree import common_ancestor
from ..settings import Tuning
from .links import SiteLinks
from .rows_below_story import rows_below_story
from .teaser_boxes import address_of

HtmlElement = Any

#: What a card of a row is built as.
_CARD_BOXES = frozenset(("div", "section", "article", "li"))
#: What sets a card's headline apart beside a link with no text.
_HEADLINE_BOXES = (*HEADINGS, "div", "p", "span", "strong", "b")
#: How a line ending a sentence ends.
_SENTENCE_ENDS = (".", "…")


def card_rows(
    container: HtmlElement,
    body: list[HtmlElement],
    tuning: Tuning,
    links: SiteLinks,
    taken: Sequence[HtmlElement] = (),
) -> list[list[HtmlElement]]:
    """The cards of each row in ``container`` (one of the ``body`` containers): at
    least ``stream_min_items`` boxes made alike in one rail (:func:`_rows`), each at
    most ``teaser_excerpt_max_chars`` whose links to the site's stories all lead to one
    story, a different one for each (:func:`_cards`). Each row comes as its cards, or
    the box they fill (:func:`_boxes`), when it stands below the story
    (:func:`.rows_below_story.rows_below_story`)."""
    cards = _cards(container, tuning, links)
    candidates = [
        row
        for row in _rows(cards, container, tuning)
        if len(set(row.values())) >= tuning.stream_min_items and not _mostly_sections(row)
    ]
    if not candidates:
        return []
    rows = [list(row) for row in candidates]
    return [
        _boxes(_with_twins(row, tuning))
        for row in rows_below_story(rows, list(cards), body, tuning, taken)
    ]


def _with_twins(row: list[HtmlElement], tuning: Tuning) -> list[HtmlElement]:
    """The ``row`` with the boxes beside its cards made like them (:func:`_alike`), each
    holding a link and at most ``teaser_excerpt_max_chars`` (:func:`_twin_card`): cards
    of the same rail whose link reads as no story's ("/quiz-test/", a script's ``<a>``
    with no address), which would stay as a lone card under the rail's label. In the
    page's order: each box's children in turn, the boxes in the row's order."""
    cards = set(row)
    joined: list[HtmlElement] = []
    for parent in {card.getparent(): None for card in row}:
        models = [card for card in row if card.getparent() is parent]
        joined.extend(
            child
            for child in parent.iterchildren("*")
            if child in cards or _twin_card(child, models[0], tuning)
        )
    return joined


def _twin_card(box: HtmlElement, card: HtmlElement, tuning: Tuning) -> bool:
    """True when ``box`` is made like the row's ``card`` and reads as one: a link in it,
    at most ``teaser_excerpt_max_chars`` long."""
    return (
        _alike(box, card)
        and next(box.iter("a"), None) is not None
        and words_length(box) <= tuning.teaser_excerpt_max_chars
    )


def _cards(container: HtmlElement, tuning: Tuning, links: SiteLinks) -> dict[HtmlElement, str]:
    """The boxes in ``container`` that are one card of a row (:func:`_card`), each with
    the story it leads to, in the page's order. A card's link is its headline, or a
    link with no text (a picture's, or one laid over the whole box) beside its headline
    (:func:`_headed`)."""
    cards: dict[HtmlElement, str] = {}
    for link in container.iter("a"):
        address = address_of(link)
        if not address:
            continue
        words = len(text_of(link).split())
        if (
            (words >= tuning.teaser_headline_words or not words)
            and _in_twin_box(link, container)  # before the costlier address test
            and links.is_story(address)
        ):
            card = _card(link, address, container, tuning, links)
            if card is not None and (words or _headed(card, tuning)):
                cards.setdefault(card, address)
    return cards


def _boxes(row: list[HtmlElement]) -> list[HtmlElement]:
    """The ``row``'s cards, or, when they fill several boxes (a grid of short rows),
    the nearest box around them all: it holds a heading's text at most besides them
    (:func:`_rows`), the rail's label ("Latest.") going with it."""
    if len({card.getparent() for card in row}) == 1:
        return row
    box = common_ancestor(row)
    return row if box is None else [box]


def _rows(
    cards: dict[HtmlElement, str], container: HtmlElement, tuning: Tuning
) -> list[dict[HtmlElement, str]]:
    """``cards`` grouped in rows, in the page's order: the cards made alike
    (:func:`_alike`) in one rail, the outermost box inside ``container`` holding at
    most ``list_heading_max_chars`` besides the cards in it (a grid set as short rows
    of two, each row a box of its own, is one rail; cards of a kind above the story
    are in another)."""
    inside: dict[HtmlElement, int] = {}
    for card in cards:
        length = words_length(card)
        for ancestor in card.iterancestors():
            if ancestor is container:
                break
            inside[ancestor] = inside.get(ancestor, 0) + length
    wide: dict[HtmlElement, bool] = {}  # each ancestor read once
    rows: dict[tuple[Any, str], list[dict[HtmlElement, str]]] = {}
    for card, address in cards.items():
        rail = card.getparent()
        for ancestor in card.iterancestors():
            if ancestor is container:
                break
            if ancestor not in wide:
                besides = words_length(ancestor) - inside[ancestor]
                wide[ancestor] = besides > tuning.list_heading_max_chars
            if wide[ancestor]:
                break
            rail = ancestor
        kinds = rows.setdefault((rail, card.tag), [])
        for row in kinds:
            if _alike(next(iter(row)), card):
                row[card] = address
                break
        else:
            kinds.append({card: address})
    place = {card: index for index, card in enumerate(cards)}
    return sorted(
        (row for kinds in rows.values() for row in kinds), key=lambda row: place[next(iter(row))]
    )


def _mostly_sections(row: dict[HtmlElement, str]) -> bool:
    """True when most of the boxes made alike beside the ``row``'s cards are no cards:
    the story's sections, each linking to a story of the site."""
    twins = [
        sibling
        for card in {card.getparent(): card for card in row}.values()
        for sibling in card.getparent()
        if _alike(sibling, card)
    ]
    return len(row) * 2 < len(twins)


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
    if box is None or not _has_twin(box):
        return None
    return box


def _headed(card: HtmlElement, tuning: Tuning) -> bool:
    """True when ``card``, found by a link with no text (a picture's, or one laid
    over the whole box), holds its headline beside the link: a line opening a box of
    its own outside the links, ``teaser_headline_words`` at least and ending no
    sentence (a reviewer's verdict beside the picture linking to the reviewer's page
    is no headline), and no caption (a gallery's pictures link to pages of their own)."""
    if next(card.iter("figcaption"), None) is not None:
        return False
    for box in card.iter(_HEADLINE_BOXES):
        line = (box.text or "").strip()
        if (
            line
            and not line.endswith(_SENTENCE_ENDS)
            and len(line.split()) >= tuning.teaser_headline_words
            and next(box.iterancestors("a"), None) is None
        ):
            return True
    return False


def _alike(box: HtmlElement, other: HtmlElement) -> bool:
    """True when ``box`` and ``other`` are made alike: the same tag, and the same class
    or most of its names (a card's own name beside the row's: "card card-17")."""
    if box.tag != other.tag:
        return False
    name, other_name = box.get("class"), other.get("class")
    if name == other_name:
        return True
    names, other_names = set((name or "").split()), set((other_name or "").split())
    return 2 * len(names & other_names) >= max(len(names), len(other_names))


def _has_twin(box: HtmlElement) -> bool:
    """True when the nearest sibling of ``box`` on either side, blank boxes passed over
    (:func:`_blank`: a rail's spacers and empty ad slots between its cards), is made
    like it (:func:`_alike`)."""
    for preceding in (True, False):
        for sibling in box.itersiblings(preceding=preceding):
            if _alike(box, sibling):
                return True
            if not _blank(sibling):
                break
    return False


def _blank(box: HtmlElement) -> bool:
    """True when ``box`` shows nothing: no text, link or picture (or it is a comment)."""
    if not isinstance(box.tag, str):
        return True
    if any(text.strip() for text in box.itertext()):  # stops at the first text
        return False
    return next(box.iter("a", "img"), None) is None


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
    """True when a box around ``link`` inside ``container`` has a twin (:func:`_has_twin`):
    a card is one, and a paragraph's links in the story have none."""
    for ancestor in link.iterancestors():
        if ancestor is container:
            return False
        if ancestor.tag in _CARD_BOXES and _has_twin(ancestor):
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
