"""A shop's strip of product cards set in the body (``shop-strips``): a row of cards
made alike, each a product's short name and its price, once with a picture and a button
("Let it Burn: Fatburning zu Hause / 14,90 € / 7,90 € / mehr Infos"), often under "You
may also like" and beside the shop's featured product and fine print.

:mod:`.offers` leaves a box with more than ``buy_box_max_offers`` price lines alone: a
review's grid of the products the story is about. A shop's strip is told from such a
grid by its shape and its place, never its words: every card of the row is short and
holds no prose (a review says something of each product), the row sits below the story
(at least ``teaser_cards_story_ratio`` times its text of the body before it: a buying
guide's summary of picks opens the story), the box around it holds no prose either, and
the story's own sentences name none of its products (a review's grid shows what the
review tells of; a shop sells its own wares)."""

from __future__ import annotations

from typing import Any

from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .article_end import under_story
from .offers import has_prose, names_amount
from .teaser_boxes import same_make

HtmlElement = Any

#: Stands in for a rule on a shop's strip of product cards (an engine rule, like
#: ``buy-boxes``: ``disable("shop-strips")`` switches it off).
SHOP_STRIPS = Rule(
    "shop-strips",
    Tags("div section aside ul"),
    Effect.DROP,
    description="A row of product cards made alike below the story, each short, naming "
    "a product and its price, with no prose, products the story does not name: a shop's "
    "strip, not the story.",
)

#: The blocks that may name a product in the story's words.
_STORY_BLOCKS = ("p", "li", "blockquote", "td")
#: What a strip's row may be.
_ROW_TAGS = frozenset(("div", "section", "aside", "ul", "ol"))


def drop_shop_strips(
    lines: list[HtmlElement], container: HtmlElement, body: list[HtmlElement], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the shop strips in ``container`` (one of the ``body`` containers) around
    its price ``lines`` (:func:`.offers.price_lines`, those still in it)."""
    removed: list[tuple[HtmlElement, str]] = []
    rows: set[HtmlElement] = set()
    for line in lines:
        row = _row_of(line, container, tuning)
        if row is None or row in rows:
            continue
        rows.add(row)
        if any(box in row.iterancestors() or box is row for box, _ in removed):
            continue
        box = _box_around(row, container, tuning)
        if not under_story(box, body, tuning):
            continue  # the page's own opening: a buying guide's picks
        if _named_by_story(row, box, container):
            continue  # a review's grid of the products it tells of
        remove_element(box)
        removed.append((box, SHOP_STRIPS.name))
    return removed


def _row_of(line: HtmlElement, container: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The row of product cards the price ``line`` stands in: the nearest ancestor
    (below ``container``) whose child around the line has at least
    ``shop_strip_min_cards - 1`` siblings made like it, every child holding text being
    such a card (:func:`_is_card`); None when there is none."""
    card = line
    for row in line.iterancestors():
        if row is container:
            return None
        if row.tag in _ROW_TAGS and _is_row(row, card, tuning):
            return row
        card = row
    return None


def _is_row(row: HtmlElement, card: HtmlElement, tuning: Tuning) -> bool:
    """True when the children of ``row`` holding text are all cards made like ``card``,
    at least ``shop_strip_min_cards`` of them (a row's arrows and spacers hold none)."""
    count = 0
    for child in row:
        if not isinstance(child.tag, str) or not words_length(child):
            continue
        if not same_make(child, card) or not _is_card(child, tuning):
            return False
        count += 1
    return count >= tuning.shop_strip_min_cards


def _is_card(card: HtmlElement, tuning: Tuning) -> bool:
    """True when ``card`` is a product's card: short (``shop_card_max_chars``), no
    prose, naming an amount of money and, on a line of its own, a name of two words or
    more (its picture and button may be gone by now: pictures are not kept, and a
    "more" link goes first). A row of figures ("Diesel: 1,75 €") names no product."""
    text = collapse_space(text_of(card))
    if len(text) > tuning.shop_card_max_chars or has_prose(card, tuning):
        return False
    amount = any(names_amount(collapse_space(node)) for node in card.itertext())
    return amount and _name(card) is not None


def _named_by_story(row: HtmlElement, box: HtmlElement, container: HtmlElement) -> bool:
    """True when a block of the story (in ``container``, outside ``box``) names a
    product of the ``row`` among words of its own, by its card's name (:func:`_name`):
    a review's grid of the products it tells of. Another shop box setting the same
    name as a line of its own is no story."""
    names = {name for card in row if (name := _name(card))}
    own = set(box.iter())
    for block in container.iter(*_STORY_BLOCKS):
        if block in own:
            continue
        text = collapse_space(text_of(block))
        if any(name in text and len(text) > len(name) for name in names):
            return True
    return False


def _name(card: HtmlElement) -> str | None:
    """The first line of ``card`` of two words or more naming no amount: its product's
    name ("Let it Burn: Fatburning zu Hause")."""
    if not isinstance(card.tag, str):
        return None
    for node in card.itertext():
        line = collapse_space(node)
        if len(line.split()) >= 2 and not names_amount(line):
            return line
    return None


def _box_around(row: HtmlElement, container: HtmlElement, tuning: Tuning) -> HtmlElement:
    """The outermost ancestor of ``row`` (below ``container``) with no prose and at
    most ``buy_box_max_chars`` and half the container's text: the strip with its label
    ("You may also like"), the shop's featured product and its fine print."""
    limit = min(tuning.buy_box_max_chars, words_length(container) // 2)
    box = row
    for ancestor in row.iterancestors():
        if ancestor is container or words_length(ancestor) > limit:
            break
        if has_prose(ancestor, tuning):
            break
        box = ancestor
    return box
