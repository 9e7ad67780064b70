"""Cards of short lines pointing away from the story (``label-cards``), and the
credits closing it (``credit-runs``).

Between or after a story's paragraphs, sites set a small box: a label, a title and a
link to another of their pages ("Keep reading" over "The latest on <a>AI</a>, from ...";
"Appeared in" over an issue's name and "To the magazine"). Its picture is gone by the
time the body is pruned, and no line of it is a headline link, so neither the teaser
rules nor the link density see it; its lines stay as loose labels in the text. It is
known by its shape, not its words: two or more short lines, none ending a sentence,
few characters in all, a link to another page of the site, story text before it.

A magazine closes its story with its credits, boxes made alike of a role and a name
each ("Interview / Ada Lind", "Photographer / Jo Doe", "Hair & make-up / Sam Roe"),
left as a column of loose labels and names. They are known by the same shape: two
short lines in each box, the second with no digit (a name, not a fact box's figure).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from ..dom.tags import LINE_BREAKS
from ..dom.text import collapse_space, words_length
from ..dom.tree import text_lines
from ..settings import Tuning
from ..tuning.widgets import LABEL_CARD_MIN_LINES, LABEL_CARD_ROW_MIN_ITEMS
from .article_end import body_text_before, under_story
from .links import SiteLinks
from .teaser_boxes import address_of, made_alike, same_make
from .text_holders import last_text_holder, text_holder_before

HtmlElement = Any

#: The reason such a card is removed with.
LABEL_CARDS = "label-cards"
#: What such a card is built as.
CARD_BOXES = frozenset(("div", "section", "aside"))
#: What a card never holds: the story's data, or its headline.
_NOT_IN_CARDS = frozenset(("table", "h1", "pre", "blockquote"))
#: A picture, still in the tree when the captions are asked for.
_PICTURES = frozenset(("img", "picture"))
#: A stop ending a sentence anywhere in a line: ".", "!", "?", "。" or "…", closing
#: quotes or a bracket after it, before a space or the end. Wider than prune's
#: ``headline._BARE_STOP``: a card's short lines ending a quoted sentence are prose, no labels.
_QUOTED_STOP = re.compile(r"[.!?。…][\"”»)]*(?:\s|$)")
#: The reason credits closing the body are removed with.
CREDIT_RUNS = "credit-runs"
_DIGIT = re.compile(r"\d")


def label_cards(
    boxes: list[HtmlElement],
    body: list[HtmlElement],
    tuning: Tuning,
    links: SiteLinks,
    keep_captions: bool = False,
) -> list[HtmlElement]:
    """The outermost such cards among ``boxes`` (the short boxes of :data:`CARD_BOXES`
    of one of the ``body`` containers, in the page's order, each holding text and at
    most ``label_card_max_chars``, measured by the caller's walk): see
    :func:`_is_card`, with at least ``lead_inside_before_chars`` of the body before
    them. With ``keep_captions`` (the captions asked for, the pictures still there) a
    box holding a picture stays: its lines are captions (a gallery's, an infobox's)."""
    spared = _NOT_IN_CARDS | _PICTURES if keep_captions else _NOT_IN_CARDS
    found: list[HtmlElement] = []
    for box in boxes:
        if (
            _wraps_one(box)
            or next(box.iter("a"), None) is None
            or next(box.iterdescendants(*LINE_BREAKS), None) is None
            or made_alike(box)
        ):
            continue  # the cheap tests first: most short boxes have no link or one line
        if found and found[-1] in box.iterancestors():
            continue
        if _is_card(box, links, spared) and (
            body_text_before(box, body) >= tuning.lead_inside_before_chars
        ):
            found.append(box)
    return found


def _is_card(box: HtmlElement, links: SiteLinks, spared: frozenset[str]) -> bool:
    """True when ``box`` (with no twin, holding no row of twins: such a row is the
    story's timeline or a list the card rules read) holds none of the ``spared`` tags
    and is two or more lines, none ending a sentence, one linking to another page of
    the site."""
    if any(inner.tag in spared for inner in box.iter()) or _holds_row(box):
        return False
    lines = _lines(box)
    if len(lines) < LABEL_CARD_MIN_LINES or any(_QUOTED_STOP.search(line) for line in lines):
        return False
    addresses = [address_of(link) for link in box.iter("a")]
    return any(address and links.is_other_page(address) for address in addresses)


def _holds_row(box: HtmlElement) -> bool:
    """True when ``box`` holds boxes made alike (:func:`made_alike`) each holding a
    link: a list of items (a grid of products, each its name, price and link), which the
    story may be about and the rules on rows of cards read, not one card (whose label
    and title may be boxes made alike, one of them linked)."""
    linked = [
        child
        for child in box
        if child.tag in CARD_BOXES and made_alike(child) and next(child.iter("a"), None) is not None
    ]
    return len(linked) >= LABEL_CARD_ROW_MIN_ITEMS


def _wraps_one(box: HtmlElement) -> bool:
    """True when ``box`` holds nothing but one box of the card's tags: that box is read
    instead (a page nesting boxes thousands deep is read once, not once a level)."""
    return (
        len(box) == 1
        and box[0].tag in CARD_BOXES
        and not (box.text or "").strip()
        and not (box[0].tail or "").strip()
    )


def _lines(box: HtmlElement) -> list[str]:
    """The lines of ``box`` (:func:`text_lines`), whitespace collapsed, empty ones left out."""
    return [line for line in map(collapse_space, text_lines(box)) if line]


def credit_run(
    container: HtmlElement,
    body: list[HtmlElement],
    tuning: Tuning,
    gone: Collection[HtmlElement] = (),
) -> HtmlElement | None:
    """The box of credits closing ``container`` (the last of the ``body`` containers),
    if there is one: the nearest box around its last text with ``stream_min_items``
    children holding text at least, all made alike (tag and class), each two lines of
    at most ``credit_line_max_chars`` ending no sentence, the second with no digit,
    with ``teaser_cards_story_ratio`` times its text of the body before it. The last
    text is read before what is already doomed (``gone``): a list of topic links set
    after the credits goes anyway, and the credits close the story."""
    holder = _last_kept_text(container, gone)
    while holder is not None and holder is not container:
        if len(holder) >= tuning.stream_min_items:  # the cheap test before the lengths
            items = [child for child in holder.iterchildren("*") if words_length(child)]
            if len(items) >= tuning.stream_min_items:
                return holder if _credits(items, holder, body, tuning) else None
        holder = holder.getparent()
    return None


def _last_kept_text(container: HtmlElement, gone: Collection[HtmlElement]) -> HtmlElement | None:
    """The element holding the last text of ``container`` outside the elements of
    ``gone`` (read from the end: the ones after it are passed over)."""
    holder = last_text_holder(container)
    while holder is not None and gone:
        doomed = next(
            (el for el in (holder, *holder.iterancestors()) if el in gone or el is container),
            container,
        )
        if doomed is container:
            return holder
        holder = text_holder_before(doomed, container)
    return holder


def _credits(
    items: list[HtmlElement], holder: HtmlElement, body: list[HtmlElement], tuning: Tuning
) -> bool:
    """True when ``items`` (the children of ``holder`` holding text) are credits."""
    first = items[0]
    if not all(same_make(item, first) for item in items):
        return False
    for item in items:
        lines = _lines(item)
        if (
            len(lines) != LABEL_CARD_MIN_LINES
            or any(len(line) > tuning.credit_line_max_chars for line in lines)
            or any(_QUOTED_STOP.search(line) for line in lines)
            or _DIGIT.search(lines[1])
        ):
            return False
    return under_story(holder, body, tuning)
