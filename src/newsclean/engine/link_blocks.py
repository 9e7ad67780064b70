"""Blocks inside the body that are made of links: link lists, teasers for the site's
other stories, and short link-only paragraphs.

A story links out to its sources; a teaser links to the site's next story
(:class:`~.links.SiteLinks` tells them apart). So a short block that is mostly a link
to another story of the same site goes, whatever its length, and so does a list whose
items each begin with such a link (a headline, perhaps with its first sentence); a
link-only paragraph pointing to another site is a source and stays.

This module holds the verdict (:func:`link_block_reason`), what spares a linked
paragraph or heading, and how far a removed list reaches (:func:`label_holder`). What
spares a list of links is in :mod:`.link_lists` (the story's own content lists in
:mod:`.story_lists`), a teaser line in :mod:`.teasers`, a list of teasers in
:mod:`.teaser_lists`, a teaser's card in :mod:`.teaser_boxes`; what they all read in a
block in :mod:`.link_parts`.
"""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import HEADINGS
from ..dom.text import collapse_space, link_density, text_of, words_length
from ..dom.tree import next_element
from ..rules.builtin.lexicon.contacts import EMAIL_ADDRESS
from ..settings import Tuning
from .anchor_headings import among_anchored_sections, opens_anchored_section
from .link_lists import (
    buy_lines,
    cited_sentences,
    few_words_linked,
    headline_box,
    holds_prose,
    is_reference_list,
    mentions_price,
    offer,
    prose_item,
    prose_share,
    the_list,
    under_prose_item,
)
from .link_parts import (
    CLOSERS,
    DATED,
    FULL_STOPS,
    LIST_TAGS,
    WRAPPER_LEVELS,
    holds_blocks,
    link_lines,
    sources_only,
)
from .links import SiteLinks
from .ranked_headings import in_ranked_run
from .story_lists import between_paragraphs, measured, measured_items
from .teaser_lists import teaser_list
from .teasers import reads_as_teaser

HtmlElement = Any


#: Blocks whose text is judged as one line (a paragraph, a heading, a lone label).
_LINES = frozenset(("p", "span", *HEADINGS))
#: Addresses of a link that reaches a person, not a page.
_CONTACT_SCHEMES = ("mailto:", "tel:", "callto:")
#: An e-mail address or a phone number written out.
_CONTACT_TEXT = re.compile(EMAIL_ADDRESS + r"|\+?\d[\d /().-]{5,}\d")
#: Containers whose children may each be a teaser.
_TEASER_LISTS = frozenset(("ul", "ol", "div", "section"))


def link_block_reason(
    element: HtmlElement, length: int, tuning: Tuning, links: SiteLinks, cards: bool = True
) -> str | None:
    """Why ``element`` (with ``length`` characters of text) is a block of links to
    remove, if it is one: "teaser-cards" for a list of teasers that needs its cards
    closed by a button to be one (:func:`.teaser_lists._button_card`, not read without ``cards``),
    which goes only below the story (the caller knows where that is)."""
    tag = element.tag
    density = link_density(element, length)
    if density == 0:
        return None
    if tag in _TEASER_LISTS:
        listed = teaser_list(element, length, tuning, links, cards)
        if listed is not None:
            return listed
    if length >= tuning.prune_max_chars:
        return None  # no other link rule removes a block this long
    if (tag in _LINES or (tag == "div" and not holds_blocks(element))) and reads_as_teaser(
        element, length, density, tuning, links
    ):
        return "teaser-link"
    if tag == "p":
        if link_lines(element) and not sources_only(element, links):
            return "link-list"
        short = density > tuning.link_paragraph_density and length < tuning.link_paragraph_chars
        if short and not sources_only(element, links) and not _contacts_only(element):
            return "link-paragraph"
        return None
    if tag in HEADINGS:
        if (
            density <= tuning.link_heading_density
            or _opens_section(element, tuning, links)
            or opens_anchored_section(element, tuning)
            or _among_section_titles(element, tuning, links)
            or among_anchored_sections(element, tuning)
            or (in_ranked_run(element, tuning) and _prose_follows(element, tuning))
        ):
            return None
        return "link-heading"
    if tag == "span":
        return None
    if density > tuning.link_list_density or (
        density > tuning.list_link_density and tag in LIST_TAGS and length < tuning.list_max_chars
    ):
        listed = the_list(element)
        if (
            few_words_linked(element, length, tuning)
            or offer(element, length, tuning)
            or measured(element, length, tuning)
            or cited_sentences(listed, tuning)
            or prose_item(listed, tuning)
            or under_prose_item(listed, tuning)
            or is_reference_list(listed, links)
            or buy_lines(listed, links, tuning)
            or holds_prose(element, tuning, links)
            or prose_share(element, length, tuning, links)
            or measured_items(element, tuning)
            or between_paragraphs(listed, links, tuning)
            or headline_box(element, tuning)
        ):
            return None
        return "link-list"
    return None


def _opens_section(heading: HtmlElement, tuning: Tuning, links: SiteLinks) -> bool:
    """True when the linked ``heading`` opens a section of prose (:func:`_prose_follows`)
    and links (its own anchors aside) to one address at most, neither another page of
    the site nor a file. A round-up names each product or source in a heading linking
    to it, a manual each section in a heading linking to its own anchor; a teaser's
    headline links to the site's own page (its excerpt dated), a download to its file."""
    if not _prose_follows(heading, tuning):
        return False
    hrefs = {href for a in heading.iter("a") if (href := (a.get("href") or "").strip())[:1] != "#"}
    if len(hrefs) > 1:
        return False  # "[english] [spanish]": a row of links, not a title
    return not any(links.is_other_page(href) or links.is_file(href) for href in hrefs)


def _prose_follows(heading: HtmlElement, tuning: Tuning) -> bool:
    """True when the next block after ``heading`` holding text (an emptied player's box
    passed over) is a paragraph of a sentence or more with few links, not opening with
    a date (a teaser's excerpt opens with its story's date)."""
    block = next_element(heading)
    for _skipped in range(WRAPPER_LEVELS):
        if block is None or words_length(block):
            break
        block = next_element(block)
    if block is None or block.tag != "p":
        return False
    text = collapse_space(text_of(block))
    return not (
        len(text) < tuning.link_box_prose_chars
        or not text.rstrip(CLOSERS).endswith(FULL_STOPS)
        or DATED.match(text)
        or link_density(block, len(text)) >= tuning.sibling_paragraph_density
    )


def _among_section_titles(heading: HtmlElement, tuning: Tuning, links: SiteLinks) -> bool:
    """True when the linked ``heading`` stands among at least *section_titles_min*
    sibling headings of its own level that hold words and link nowhere, more of them
    than linked ones, and links to no file: a report's section titled with a link to
    its team's page ("Password Manager" between "Printing" and "Search") is the
    report's, as its neighbours are. A list of teasers links every headline; a
    "Download" heading links to its file."""
    parent = heading.getparent()
    if parent is None:
        return False
    plain = linked = 0
    for sibling in parent.iterchildren(heading.tag):
        if sibling is heading or not words_length(sibling):
            continue
        if next(sibling.iter("a"), None) is None:
            plain += 1
        else:
            linked += 1
    if plain < tuning.section_titles_min or plain <= linked:
        return False
    return not any(links.is_file(a.get("href") or "") for a in heading.iter("a"))


def _contacts_only(element: HtmlElement) -> bool:
    """True when every link of ``element`` is an e-mail address or a phone number
    (``mailto:``, ``tel:``) and the text gives one: a press release's contact line, not
    links to other pages. A prompt worded around such a link ("Email the author",
    "Contact us") still goes; so does a list or box of them (an author's or the site's
    contact box): only a paragraph is spared so."""
    hrefs = [(a.get("href") or "").strip().lower() for a in element.iter("a")]
    return (
        bool(hrefs)
        and all(href.startswith(_CONTACT_SCHEMES) for href in hrefs)
        and _CONTACT_TEXT.search(text_of(element)) is not None
    )


def label_holder(element: HtmlElement, container: HtmlElement, tuning: Tuning) -> HtmlElement:
    """The outermost ancestor of a removed list, inside ``container``, that holds little
    besides it (a "Breaking News" label, a wrapper): it goes with the list. A product
    box naming a price is not such a wrapper: only its links go."""
    holder = element
    own = len(text_of(element))
    for ancestor in element.iterancestors():
        if ancestor is container:
            break
        text = text_of(ancestor)
        if len(text) - own > tuning.list_heading_max_chars or mentions_price(text):
            break
        holder = ancestor
    return holder
