"""Streams of teasers the body was widened over: beside the best-scored container
(the story), a run of sibling items each holding a linked headline or a line telling
how long ago its story came out ("3 minutes ago", "před 2 hodinami", "vor 5 Minuten"),
most of them links: a news stream or a rail of the site's other stories, perhaps with
one opened to its full text. Its prose is not the story's.

Only what stands beside the best-scored container is read: a live blog's timestamped
entries hold that container among them; and entries beside it (a live blog whose
summary box scored best) are prose, not links, and stay."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import collapse_space, link_density, link_length, text_of, words_length
from ..dom.tree import busiest_holder, previous_element, remove_element
from ..rules.builtin.lexicon.dates import TIME_AGO
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .link_blocks import label_holder
from .links import SiteLinks

HtmlElement = Any

#: Stands in for a rule on a stream of teasers (an engine rule, like
#: ``comment-threads``: ``disable("teaser-streams")`` switches it off).
TEASER_STREAMS = Rule(
    "teaser-streams",
    Tags("div ul ol section"),
    Effect.DROP,
    description="A stream of teasers beside the story the body was widened over: sibling "
    "items each holding a linked headline or a '3 minutes ago' line, most of them links.",
)

#: A line telling how long ago a teaser's story came out.
_TIME_AGO = re.compile(TIME_AGO, re.IGNORECASE)
#: The innermost elements holding a short line (a time-ago line's candidates).
_SHORT_LINES = etree.XPath(
    "descendant-or-self::*[not(*)][string-length(normalize-space()) <= $most]"
    "[string-length(normalize-space()) > 4]",
    regexp=False,
)


def drop_streams(
    containers: list[HtmlElement],
    core: HtmlElement,
    core_chars: int,
    decisions: Decisions,
    tuning: Tuning,
    links: SiteLinks,
) -> list[tuple[HtmlElement, str]]:
    """Remove the streams of teasers standing beside ``core`` (the best-scored
    container, with ``core_chars`` of paragraph text) in the container holding it;
    return what was removed, each with the rule's name. A core with less than
    ``stream_core_min_chars`` is no story (a section front's best teaser): then
    nothing goes. ``links`` tells the site's own links from others."""
    removed: list[tuple[HtmlElement, str]] = []
    if core_chars < tuning.stream_core_min_chars:
        return removed
    for container in containers:
        for block in _beside(core, container):
            stream = _stream(block, tuning, links)
            if stream is None:
                continue
            holder = label_holder(stream, container, tuning)
            found = [holder]
            title = _title(holder, tuning)
            if title is not None:
                found.insert(0, title)
            for element in found:
                decisions.record(element, TEASER_STREAMS)
                removed.append((element, TEASER_STREAMS.name))
    for element, _name in removed:
        remove_element(element)
    return removed


def _title(holder: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The stream's title ("Latest news"), right before it: a short heading, or a short
    block holding one."""
    before = previous_element(holder)
    if before is None or words_length(before) > tuning.list_heading_max_chars:
        return None
    if before.tag in SECTION_HEADINGS or next(before.iter(*SECTION_HEADINGS), None) is not None:
        return before
    return None


def _leads_away(link: HtmlElement, links: SiteLinks) -> bool:
    """True for a link to another page of the site, or of a site unknown (not a
    toggle, "#answer-3", nor another site's page: a round-up's entry links out to the
    place or the thing it recommends)."""
    href = (link.get("href") or "").strip()
    return (
        bool(href)
        and not href.startswith(("#", "javascript:"))
        and links.on_site(href) is not False
    )


def _beside(core: HtmlElement, container: HtmlElement) -> Iterator[HtmlElement]:
    """The blocks of ``container`` beside ``core``: the siblings of ``core`` and of
    each of its ancestors below ``container`` (none when ``core`` is not inside it)."""
    if core is container or container not in core.iterancestors():
        return
    node = core
    while node is not container:
        parent = node.getparent()
        for block in parent:
            if block is not node and isinstance(block.tag, str):
                yield block
        node = parent


def _stream(block: HtmlElement, tuning: Tuning, links: SiteLinks) -> HtmlElement | None:
    """The element of ``block`` holding a stream of teasers, if there is one: of the
    items of the anchors' holder (see :func:`_items`), ``stream_min_items``
    at least, most with a linked headline or mostly link text, and most of its
    children."""
    linked = [h for h in block.iter(*SECTION_HEADINGS) if _linked_headline(h, block, tuning, links)]
    lines = _SHORT_LINES(block, most=tuning.stream_line_max_chars)
    assert isinstance(lines, list)
    timed = [line for line in lines if _TIME_AGO.fullmatch(collapse_space(text_of(line)))]
    if len(linked) + len(timed) < tuning.stream_min_items:
        return None
    holder, items = _items(linked, timed, block)
    if len(items) < tuning.stream_min_items:
        return None
    teasers = sum(
        1
        for item, headline in items.items()
        if headline or link_density(item) >= tuning.teaser_link_share
    )
    if teasers < tuning.teaser_list_share * len(items):
        return None
    children = [c for c in holder if isinstance(c.tag, str) and text_of(c).strip()]
    if len(items) < tuning.teaser_list_share * len(children):
        return None
    return holder


def _items(
    linked: list[HtmlElement], timed: list[HtmlElement], block: HtmlElement
) -> tuple[HtmlElement, dict[HtmlElement, bool]]:
    """The ancestor of the anchors (linked headlines and time-ago lines, within
    ``block``) whose children hold the most of them, and those children, each with
    whether it holds a linked headline."""
    found = busiest_holder([*linked, *timed], block)
    if found is None:
        return block, {}
    holder, children = found
    headlines = set(linked)
    return holder, {
        child: any(anchor in headlines for anchor in anchors) for child, anchors in children.items()
    }


def _linked_headline(
    heading: HtmlElement, block: HtmlElement, tuning: Tuning, links: SiteLinks
) -> bool:
    """True when ``heading`` is a headline of a few words that links away: its text
    inside a link, or the heading inside one (a card)."""
    text = collapse_space(text_of(heading))
    if len(text.split()) < tuning.teaser_headline_words:
        return False
    if link_length(heading) >= len(text):
        return all(_leads_away(link, links) for link in heading.iter("a"))
    for ancestor in heading.iterancestors():
        if ancestor.tag == "a":
            return _leads_away(ancestor, links)
        if ancestor is block:
            break
    return False
