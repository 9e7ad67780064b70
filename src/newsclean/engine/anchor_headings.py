"""Section headings linking within their own page: a manual's or a long post's headings
link back to its table of contents, or to themselves (a "¶" permalink). They read as
links, yet they are the text's own titles, each over the section it opens."""

from __future__ import annotations

from typing import Any

from ..dom.tags import HEADINGS
from ..dom.text import collapse_space, link_density, text_of, words_length
from ..dom.tree import next_element
from ..settings import Tuning
from .link_parts import CLOSERS, SENTENCE_ENDS

HtmlElement = Any

#: How many empty blocks after a heading, and wrappers around its section, are passed.
_LEVELS = 3


def opens_anchored_section(heading: HtmlElement, tuning: Tuning, sub: bool = True) -> bool:
    """True when every link of ``heading`` leads to an anchor of the page itself and the
    section it opens starts with prose: its first block holding text (through the
    wrappers of its section) is a paragraph of *link_box_prose_chars* at least, ending a
    sentence or with a colon, with few links; or, when ``sub``, a heading opening such a
    section in turn. A box of tabs ("Most read" over a list of links) opens none."""
    if not _links_within(heading):
        return False
    block = _first_block(heading)
    if block is None:
        return False
    if block.tag in HEADINGS:
        return sub and opens_anchored_section(block, tuning, sub=False)
    if block.tag != "p":
        return False
    text = collapse_space(text_of(block))
    return (
        len(text) >= tuning.link_box_prose_chars
        and text.rstrip(CLOSERS).endswith(SENTENCE_ENDS)
        and link_density(block, len(text)) < tuning.sibling_paragraph_density
    )


def among_anchored_sections(heading: HtmlElement, tuning: Tuning) -> bool:
    """True when every link of ``heading`` leads to an anchor of the page itself and at
    least *section_titles_min* (3) of its sibling headings, of any rank, link so and open
    sections of prose (:func:`opens_anchored_section`), more of them than such headings
    that do not: a post sets all its section titles alike, and one whose section opens
    with a short lead-in ("Let's draw it by status:") is titled as its neighbours are. A
    row of tab headings opens no prose."""
    parent = heading.getparent()
    if parent is None or not _links_within(heading):
        return False
    opening = closed = 0
    for sibling in parent.iterchildren(*HEADINGS):
        if sibling is heading or not _links_within(sibling):
            continue
        if opens_anchored_section(sibling, tuning):
            opening += 1
        else:
            closed += 1
    return opening >= tuning.section_titles_min and opening > closed


def _links_within(heading: HtmlElement) -> bool:
    """True when ``heading`` holds a link and every link of it leads to an anchor of
    the page itself."""
    # an anchor without an address is a target ("<a name=...>"), no link
    hrefs = [
        href.strip() for anchor in heading.iter("a") if (href := anchor.get("href")) is not None
    ]
    return bool(hrefs) and all(len(href) > 1 and href[0] == "#" for href in hrefs)


def _first_block(heading: HtmlElement) -> HtmlElement | None:
    """The first element after ``heading`` holding text, empty ones passed over, looked
    into when it is a wrapper (a ``div`` or ``section`` around a subsection)."""
    block = next_element(heading)
    for _level in range(_LEVELS):
        while block is not None and not words_length(block):
            block = next_element(block)
        if block is None or block.tag not in ("div", "section"):
            return block
        block = next(iter(block), None)
        if block is not None and not isinstance(block.tag, str):
            block = next_element(block)
    return None
