"""A standfirst set far above the body: the one block of prose right under the page's
headline when the headline stands in a box of its own (a hero banner, a header row)
beyond the levels :func:`.headline_gap.within_reach` looks up from the body."""

from __future__ import annotations

from typing import Any

from ..dom.tags import BLOCK_TAGS, SECTION_HEADINGS
from ..dom.text import collapse_space, link_density, text_of
from ..settings import Tuning
from .headline_gap import header_line, reads_as_prose, too_long
from .page_headline import headline_words

HtmlElement = Any


#: What a deck under the headline is set in (a dek is often an h2 or h3 of sentences).
_DECK_TAGS = frozenset(("p", "h2", "h3", "div"))
#: Boxes whose text is never the summary: a picture's caption, a list, a form, a table.
_NOT_DECKS = frozenset(("figure", "figcaption", "li", "form", "table", "nav", "aside", "a"))


def far_deck(
    container: HtmlElement, headline: HtmlElement | None, title: str | None, tuning: Tuning
) -> HtmlElement | None:
    """The one block of prose between ``headline`` and ``container``, if the headline
    reads as the page's ``title`` (not a site's name set as an h1, nor a link home) and
    stands before the body, outside it, and the body holds no h1 of its own. A block
    repeating the headline (a kicker with it) is passed over; the block must read as
    prose (sentences, few links) no longer than a standfirst. No deck is taken when a
    section heading comes first (a side column's box under its own heading), when a
    linked name stands right before the block (an author's or a teaser's blurb), or when
    a second block of prose there makes the stretch the page's own (an introduction)."""
    words = headline_words(headline, title)
    if headline is None or not words or container in set(headline.iterancestors()):
        return None
    if next(container.iter("h1"), None) is not None:
        return None  # the body has a headline of its own: what stands above it is the page's
    found: HtmlElement | None = None
    for element in _between(headline, container):
        heading = element.tag in SECTION_HEADINGS
        if not (heading or element.tag in _DECK_TAGS) or not _own_block(element):
            continue
        text = collapse_space(text_of(element))
        if heading and found is None and 0 < len(text) < tuning.headline_gap_chars:
            return None  # a box of its own, under its own heading
        if element.tag not in _DECK_TAGS:
            continue
        if len(text) < tuning.headline_gap_chars or words in text.lower():
            continue  # a line, or the headline again with a kicker: no summary
        if found is not None and header_line(text, tuning):
            continue  # a byline or a date line set under the deck: no second summary
        if found is not None or too_long(element, text, tuning) or _after_name(element):
            return None
        if not (reads_as_prose(element, text, tuning) or _heading_under(element, headline)):
            return None
        found = element
    return found


def _between(headline: HtmlElement, container: HtmlElement) -> list[HtmlElement]:
    """The elements after ``headline`` and before ``container`` in document order, none
    inside either, none inside a box that is never a summary (:data:`_NOT_DECKS`)."""
    above = set(container.iterancestors())
    holder = next((a for a in headline.iterancestors() if a in above), None)
    if holder is None:
        return []
    found = []
    started = False
    skipped: set[HtmlElement] = {headline}
    for element in holder.iter():
        if element is container:
            break
        if not started:
            started = element is headline
            continue
        if not isinstance(element.tag, str):
            continue
        if element.getparent() in skipped or element.tag in _NOT_DECKS:
            skipped.add(element)
            continue
        found.append(element)
    return found


def _heading_under(element: HtmlElement, headline: HtmlElement) -> bool:
    """True when ``element`` is a heading set right after the ``headline`` in its box
    (the next element, no text between): a dek set in a heading's type, a line that
    need end no sentence (a heading never does), where another block would."""
    if element.tag not in SECTION_HEADINGS or (headline.tail or "").strip():
        return False
    after = headline.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after is element


def _own_block(element: HtmlElement) -> bool:
    """True for a block holding no other block: a paragraph's text, not a wrapper's."""
    return not any(child.tag in BLOCK_TAGS for child in element)


def _after_name(element: HtmlElement) -> bool:
    """True when the block right before ``element`` in its box has text, all of it in
    links: a linked name (an author's, a story's) whose blurb this is."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or (before.tail or "").strip():
        return False
    text = collapse_space(text_of(before))
    return bool(text) and link_density(before, len(text)) >= 1.0
