"""A list of teasers: items that each begin with a headline linking to another story
of the site, or cards closed by a button, dated or cut short when the list is long, not
all one story, and no prose run around the links ("teaser-list", "teaser-cards")."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import BLOCK_TAGS
from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import is_below
from ..settings import Tuning
from ..tuning.widgets import TEASER_LIST_LOOSE_PROSE_SHARE
from .link_parts import (
    DATED,
    FULL_STOPS,
    SENTENCE_ENDS,
    text_items,
)
from .links import SiteLinks
from .teasers import cut_short, story_headlines

HtmlElement = Any


#: A sentence's full stop after a word (not a date's "03.04." nor a lone number's).
_SENTENCE_STOP = re.compile(r"[^\W\d]['\"”’»)]*[.!?]['\"”’»)]*(?:\s|$)")


def teaser_list(
    element: HtmlElement, length: int, tuning: Tuning, links: SiteLinks, cards: bool
) -> str | None:
    """A list whose items (most of them, two at least) each begin with a headline
    linking to another story of the site. A long one must also show its excerpts cut
    short ("…") or each item dated below its headline (a rail's cards tell when each
    story came out): a long list of full summaries may be the article (a round-up)."""
    items = text_items(element)
    if len(items) < 2:
        return None
    needed = max(2, tuning.teaser_list_share * len(items))
    teasers: list[HtmlElement] = []
    buttons: set[str] = set()  # where the cards' buttons lead
    for position, item in enumerate(items):
        if len(teasers) + len(items) - position < needed:
            return None  # the items left cannot make the share
        if _begins_with_story(item, tuning, links):
            teasers.append(item)
            continue
        button = _button_card(item, tuning, links) if cards else None
        if button is not None:
            teasers.append(item)
            buttons.add(button)
    if (
        len(teasers) < needed
        or _one_story(teasers, links, buttons)
        or _loose_prose(element, length, tuning)
    ):
        return None
    reason = "teaser-cards" if buttons else "teaser-list"
    if length < tuning.prune_max_chars:
        return reason
    marked = sum(
        1 for item in teasers if cut_short(collapse_space(text_of(item))) or _dated(item, tuning)
    )
    return reason if marked >= tuning.teaser_list_share * len(teasers) else None


def _loose_prose(element: HtmlElement, length: int, tuning: Tuning) -> bool:
    """True when ``element``'s own text, outside its children (a box's text run around
    its links: "The studio <a>Name</a> won again this year. <br><a>See more</a>"),
    is prose ending a sentence and half its ``length`` at least: its links are the
    sentence's, not a list's items (a rail's loose text is separators or dates, "2
    hours ago", "03.04.2024", beside longer headlines)."""
    loose = collapse_space(" ".join([element.text or "", *(child.tail or "" for child in element)]))
    return (
        len(loose) >= max(tuning.link_box_prose_chars, length * TEASER_LIST_LOOSE_PROSE_SHARE)
        and len(loose.split()) >= tuning.link_box_prose_words
        and _SENTENCE_STOP.search(loose) is not None
    )


def _begins_with_story(item: HtmlElement, tuning: Tuning, links: SiteLinks) -> bool:
    """A teaser item: a headline linking to another story of the site, opening the item
    or making up a good part of its text (a short blurb around the link). A longer item
    opening with the headline is one when its excerpt is cut short or it is dated."""
    text = ""
    for headline in story_headlines(item, tuning, links):
        text = text or collapse_space(text_of(item))
        if len(text) > tuning.teaser_max_chars:
            return (
                len(text) <= tuning.teaser_excerpt_max_chars
                and text.startswith(headline)
                and (cut_short(text) or _dated(item, tuning))
            )
        if text.startswith(headline) or len(headline) >= tuning.teaser_item_link_share * len(text):
            return True
    return False


def _dated(item: HtmlElement, tuning: Tuning) -> bool:
    """True when an element of ``item`` outside its links is a short line opening with a
    date: the date a teaser's story came out, shown under its headline. A round-up's
    entries are the article's own text and carry no such line each."""
    for element in item.iterdescendants():
        if not isinstance(element.tag, str) or element.tag == "a" or len(element):
            continue  # the innermost elements: a date line is one
        text = collapse_space(text_of(element))
        if len(text) <= tuning.teaser_date_max_chars and DATED.match(text):
            return True
    return False


def _one_story(items: list[HtmlElement], links: SiteLinks, buttons: set[str]) -> bool:
    """True when ``items`` all link to one story (with the pages the cards' ``buttons``
    lead to): a single card (its headline, then a "Link to the article"), not a list of
    teasers."""
    stories = buttons | {
        href
        for item in items
        for link in item.iter("a")
        if (href := (link.get("href") or "").strip()) and links.is_story(href)
    }
    return len(stories) < 2


def _button_card(item: HtmlElement, tuning: Tuning, links: SiteLinks) -> str | None:
    """Where ``item`` leads when it is a teaser card closed by a button: a title line of
    its own (no sentence's end), a blurb without links ending a sentence, then a link to
    another page of the site as its last text ("Mehr erfahren", the page's short name),
    all within ``teaser_max_chars`` (a picture's link, without text, may stand anywhere).
    A story's item whose sentence merely links goes on after the link or has no title of
    its own."""
    if words_length(item) > tuning.teaser_max_chars:
        return None  # counted in C: most items of a box read are the story's blocks
    text = collapse_space(text_of(item))
    anchors = list(item.iter("a"))
    if not anchors:
        return None
    button = anchors[-1]
    label = collapse_space(text_of(button))
    href = (button.get("href") or "").strip()
    if not label or not text.endswith(label) or not links.is_other_page(href):
        return None
    title = _title_line(item)
    if title is None or button in title.iter("a"):
        return None
    if any(a is not button and text_of(a).strip() and not is_below(a, title) for a in anchors):
        return None  # a blurb of links is a list's row ("09. <a>Song</a> 10. <a>...")
    line = collapse_space(text_of(title))
    blurb = text[len(line) : len(text) - len(label)].strip()
    if not text.startswith(line) or not blurb.endswith(FULL_STOPS):
        return None
    return href


def _title_line(item: HtmlElement) -> HtmlElement | None:
    """The element holding the first text of ``item`` whole, when that text is a title
    line: short of a sentence's end, in a heading or a block of its own."""
    for element in item.iter():
        if not isinstance(element.tag, str) or not (element.text or "").strip():
            continue
        while element.tag not in BLOCK_TAGS and element is not item:
            element = element.getparent()  # a title's <strong> or <span>: its block
        if element is item:
            return None
        line = collapse_space(text_of(element))
        return None if line.endswith(SENTENCE_ENDS) else element
    return None
