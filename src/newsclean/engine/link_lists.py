"""What spares a block of links that reads as a link list: the story's own lists
(sentences citing their sources, prose bullets, references, buy lines), a box of prose
introducing its sources, a product's price, words mostly outside links. Each check here
keeps a block :func:`~.link_blocks.link_block_reason` would call a "link-list"; lists
that are the story's content (ingredients, a shopping story's deals) are in
:mod:`.story_lists`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..dom.tags import HEADINGS
from ..dom.text import collapse_space, text_of, words_link_density
from ..dom.tree import inside_tag
from ..settings import Tuning
from .link_parts import (
    CLOSERS,
    FULL_STOPS,
    LIST_TAGS,
    SENTENCE_ENDS,
    WRAPPER_LEVELS,
    continues_sentence,
    holds_blocks,
    is_prose,
    short_label,
    sources_only,
    split_at_first_link,
    text_items,
)
from .links import SiteLinks

HtmlElement = Any


#: A price: a currency sign before the amount, or a currency after it, anywhere (inside a
#: word or a number too), with more currencies than a buy box's amount
#: (:func:`.offers.names_amount`): a label over links names none at all.
_PRICE = re.compile(
    r"[$£€¥₹]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:€|eur|euro|usd|gbp|chf|zł|kč|kr)\b", re.I
)
#: An address written out as a link's text.
_WRITTEN_URL = re.compile(r"(?:https?://|www\.)\S+$", re.I)
#: Blocks that may hold a box's prose.
_PROSE_BLOCKS = ("p", "div")


def few_words_linked(element: HtmlElement, words: int, tuning: Tuning) -> bool:
    """True when ``element`` (``words``: its text's length, whitespace collapsed),
    longer than a teaser card, has less than ``list_words_link_density`` of its words
    in links once whitespace is collapsed on both sides: markup indented inside its
    links (a list of topic links, each name between icon spans on lines of their own)
    made a story's paragraphs beside them read as a link list. The body chooser reads
    a box the same way."""
    return (
        words > tuning.teaser_max_chars
        and words_link_density(element, words) < tuning.list_words_link_density
    )


def the_list(element: HtmlElement) -> HtmlElement:
    """The list ``element`` is, or wraps alone (a box around one list, perhaps with its
    heading)."""
    inner = element
    for _ in range(WRAPPER_LEVELS):
        if inner.tag in LIST_TAGS:
            return inner
        items = [item for item in text_items(inner) if item.tag not in HEADINGS]
        if len(items) != 1:
            break
        inner = items[0]
    return inner if inner.tag in LIST_TAGS else element


def is_reference_list(element: HtmlElement, links: SiteLinks) -> bool:
    """True when every item of the list ``element`` (two at least) is a reference: its
    links written out as addresses ("https://example.org/guide"), or a title linking
    to another site with a full stop after the link ("<a>Title</a>. Chapter in ...").
    A post's list of sources, not a menu or a rail, which show names and headlines."""
    if element.tag not in LIST_TAGS:
        return False
    items = text_items(element)
    return len(items) >= 2 and all(_reference(item, links) for item in items)


def _reference(item: HtmlElement, links: SiteLinks) -> bool:
    """True when the list item ``item`` is one reference (see :func:`is_reference_list`)."""
    anchors = [collapse_space(text_of(link)) for link in item.iter("a")]
    if not anchors or not all(anchors):
        return False
    if all(_WRITTEN_URL.match(anchor) for anchor in anchors):
        return True
    text = collapse_space(text_of(item))
    after = text[text.rfind(anchors[-1]) + len(anchors[-1]) :]
    return after.endswith(".") and not after.endswith("..") and sources_only(item, links)


def holds_prose(element: HtmlElement, tuning: Tuning, links: SiteLinks) -> bool:
    """True when the box ``element`` (not a list) holds one block of prose without a
    link, outside a list, with a list of links after it that leads mostly away from the
    site's stories (a sentence introducing the sources below it: "Further details are
    on the agency's pages:") or names topics, ``link_box_topic_words`` words an item at
    most (a page's section on what its work covers, over links to its areas). That
    block is the story's; the box is left whole here and its lists and headings are
    judged each on their own. A rail of teasers holds an excerpt per card (or its cards
    are list items), a promo's blurb introduces the site's stories by their headlines:
    they still go."""
    if element.tag in LIST_TAGS:
        return False
    prose = None
    for block in element.iter(*_PROSE_BLOCKS, *LIST_TAGS):
        if block.tag in LIST_TAGS:
            if prose is not None:
                return _leads_away(block, links) or _topics(block, tuning)
            continue
        if _bare_prose(block, tuning):
            if prose is not None or inside_tag(block, "li", element):
                return False
            prose = block
    return False


def _bare_prose(block: HtmlElement, tuning: Tuning) -> str:
    """The text of ``block`` when it holds no block nor link and reads as prose, else ""."""
    if holds_blocks(block) or next(block.iter("a"), None) is not None:
        return ""
    text = collapse_space(text_of(block))
    return text if is_prose(text, SENTENCE_ENDS, tuning) else ""


def prose_share(element: HtmlElement, length: int, tuning: Tuning, links: SiteLinks) -> bool:
    """True when the box ``element`` (not a list, ``length`` characters of text) holds
    blocks of prose without a link, outside its lists, making up
    ``link_box_prose_share`` of its text at least, and most of its links are downloads
    (files): the story's paragraphs in the box that offers its charts for download
    ("Download the chart" under each one), whose many link labels outweigh its one
    paragraph. A teaser's card or an author's box links to pages, a menu holds no
    prose."""
    if element.tag in LIST_TAGS or not length:
        return False
    if not _most_links(element, links.is_file):
        return False
    prose = 0
    for block in element.iter(*_PROSE_BLOCKS):
        text = _bare_prose(block, tuning)
        if text and not inside_tag(block, "li", element):
            prose += len(text)
    return prose >= tuning.link_box_prose_share * length


def _leads_away(element: HtmlElement, links: SiteLinks) -> bool:
    """True when most links of ``element`` lead elsewhere than the site's stories."""
    return _most_links(element, lambda href: not links.is_story(href))


def _most_links(element: HtmlElement, kind: Callable[[str], bool]) -> bool:
    """True when more than half the links of ``element`` have an address of ``kind``
    (a :class:`~.links.SiteLinks` test: a file, a story)."""
    hrefs = [a.get("href") or "" for a in element.iter("a")]
    return sum(1 for href in hrefs if kind(href)) * 2 > len(hrefs)


def cited_sentences(element: HtmlElement, tuning: Tuning) -> bool:
    """True when most items of the list ``element`` (two at least) are sentences that
    link a few of their words ("Ana <a>fixed the login bug</a> last week"): the story's
    own bullet points citing their sources, not a menu or a rail, whose items are links
    with at most a label or a headline's excerpt. A list of one such item, a line
    without blocks (a card holds a heading and a blurb), is one too."""
    items = text_items(element)
    if not items or (len(items) == 1 and element.tag not in LIST_TAGS):
        return False
    if len(items) == 1:  # a lone bullet of one line is a sentence linking its words
        return not holds_blocks(items[0]) and _cites(items[0], tuning)
    cited = sum(1 for item in items if _cites(item, tuning))
    return cited >= 2 and cited >= tuning.cited_list_share * len(items)


def prose_item(element: HtmlElement, tuning: Tuning) -> bool:
    """True when an item of the list ``element`` is a sentence or more of prose with no
    link at all: a status report's bullet ("The team will mentor a new group of
    students."), beside items of links it introduces. A menu's or a rail's items each
    link somewhere. The lists inside it are judged on their own."""
    if element.tag not in LIST_TAGS:
        return False
    for item in text_items(element):
        if next(item.iter("a"), None) is not None:
            continue
        if is_prose(collapse_space(text_of(item)), FULL_STOPS, tuning):
            return True
    return False


def under_prose_item(element: HtmlElement, tuning: Tuning) -> bool:
    """True when the list ``element`` hangs under a list item written as prose: the
    sub-bullets of the story's own bullet point ("Jo has new views up for the
    dashboard", then a link to each view). Its own words outside links and the nested
    list are at least ``cited_item_min_chars`` long, ``cited_item_words`` of them, or
    the item stands in a list holding such a prose item (:func:`prose_item`: "In
    progress:" among the team's bullets); a menu's sub-list hangs under a link or a
    label of a word or two, in a menu of links."""
    item = element.getparent()
    if element.tag not in LIST_TAGS or item is None or item.tag != "li":
        return False
    parts = [item.text or ""]
    for child in item:
        if isinstance(child.tag, str) and child.tag not in LIST_TAGS and child.tag != "a":
            parts.append(text_of(child))
        parts.append(child.tail or "")
    text = collapse_space("".join(parts))
    if len(text) >= tuning.cited_item_min_chars and len(text.split()) >= tuning.cited_item_words:
        return True
    # a short lead-in ("In progress:") in a list of the story's prose bullets
    outer = item.getparent()
    return outer is not None and prose_item(outer, tuning)


def _cites(item: HtmlElement, tuning: Tuning) -> bool:
    """True when ``item`` is a sentence with a link inside it: words of its own around
    the link, in lower case where they meet it, or a full stop of its own closing the
    sentence the link ends ("Want to swap an ingredient? <a>Here is how</a>."): a
    headline ends its block without one."""
    text = collapse_space(text_of(item))
    anchors = [collapse_space(text_of(link)) for link in item.iter("a")]
    if not anchors or len(text) < tuning.cited_item_min_chars:
        return False
    rest = text
    for anchor in anchors:
        rest = rest.replace(anchor, " ", 1) if anchor else rest
    if len(rest.split()) < tuning.cited_item_words:
        return False
    for anchor in anchors:
        start = text.find(anchor) if anchor else -1
        if start < 0:
            continue
        before = text[:start].rstrip()
        after = text[start + len(anchor) :]
        if continues_sentence(after) or before[-1:].islower() or after.strip() in FULL_STOPS:
            return True
    return False


def mentions_price(text: str) -> bool:
    """True when ``text`` names a price, loosely (:data:`_PRICE`): a product's line, never
    a label for links."""
    return _PRICE.search(text) is not None


def offer(element: HtmlElement, length: int, tuning: Tuning) -> bool:
    """A short box naming a price: a product the story recommends (a shopping round-up's
    item, with its "Buy at <store>" links), not a list of links away from it."""
    return length <= tuning.list_max_chars and mentions_price(text_of(element))


def buy_lines(element: HtmlElement, links: SiteLinks, tuning: Tuning) -> bool:
    """True when the list ``element`` is one line, a label of its own ending in a colon
    (at most ``buy_line_label_max_chars``) and then only links, all to other sites
    ("See it now: <a>Shop</a>"), and ``buy_line_min_repeats`` lists among its siblings
    (itself too) open with that label: a product round-up's own buy line under each
    product's paragraph. A row of links away ("Follow us: ...") is set once."""
    if element.tag not in LIST_TAGS:
        return False
    items = text_items(element)
    if len(items) != 1 or not sources_only(element, links):
        return False
    label = _label(items[0], tuning)
    parent = element.getparent()
    if label is None or parent is None:
        return False
    repeats = 0
    for sibling in parent:
        if sibling.tag == element.tag and collapse_space(text_of(sibling)).startswith(label):
            repeats += 1
    return repeats >= tuning.buy_line_min_repeats


def _label(item: HtmlElement, tuning: Tuning) -> str | None:
    """The label opening the line ``item`` before its links ("See it now:"), when it
    ends in a colon, is short and nothing but the links and separators follow it."""
    parts = split_at_first_link(item)
    if parts is None or not short_label(parts[0], tuning):
        return None
    label, rest = parts
    for link in item.iter("a"):
        rest = rest.replace(collapse_space(text_of(link)), " ", 1)
    return None if any(character.isalnum() for character in rest) else label


def headline_box(element: HtmlElement, tuning: Tuning) -> bool:
    """True when the box ``element`` (not a list) holds one ``<h1>``, in no link and
    linking nowhere, and after it a paragraph without a link closing a sentence in
    ``headline_box_words`` words at least: the story's header (its headline, its
    standfirst, a rating or share row linked beside them), not a list of links. Its
    links are judged each on their own; a teaser's headline links to its story."""
    if element.tag in LIST_TAGS:
        return False
    headlines = element.findall(".//h1")
    if len(headlines) != 1:
        return False
    headline = headlines[0]
    if next(headline.iter("a"), None) is not None or inside_tag(headline, "a", element):
        return False
    after = False
    for block in element.iter("h1", "p"):
        if block is headline:
            after = True
        elif after and next(block.iter("a"), None) is None:
            text = collapse_space(text_of(block))
            if (
                text.rstrip(CLOSERS).endswith(FULL_STOPS)
                and len(text.split()) >= tuning.headline_box_words
            ):
                return True
    return False


def _topics(element: HtmlElement, tuning: Tuning) -> bool:
    """True when the list ``element`` has two items at least, each of
    ``link_box_topic_words`` words at most: names of topics, not stories' headlines."""
    items = text_items(element)
    words = tuning.link_box_topic_words
    return len(items) >= 2 and all(len(text_of(item).split()) <= words for item in items)
