"""Rows of loose links inside the body: a line set apart by ``<br>`` (or standing
loose between blocks) whose words are all in two links or more, with nothing but
separators between them ("<a>Press kit</a> | <a>Subscribe to the RSS feed</a>"). A
block of links is read by the link-block rules (:mod:`.link_blocks`); such a line is
no block of its own, so they never see it. A story's line linking its sources says
something of its own around the links ("Sources: ...", "<a>Ada</a> and <a>Ben</a>")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.tags import BLOCK_TAGS, LINE_BREAKS
from ..dom.text import collapse_space, text_of
from ..dom.tree import line_opening, remove_element, split_lines
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..tuning.pruning import LINK_ROW_MAX_CHARS, LINK_ROW_MIN_LINKS

HtmlElement = Any

#: Stands in for a rule on a row of loose links (an engine rule, like ``buy-boxes``:
#: ``disable("link-rows")`` switches it off).
LINK_ROWS = Rule(
    "link-rows",
    Tags("a"),
    Effect.DROP,
    description="A line inside the body made only of links and separators ('Press kit | "
    "RSS feed'), set apart by line breaks: a row of the site's links, not the story.",
)


def drop_link_rows(containers: Sequence[HtmlElement]) -> list[tuple[HtmlElement, str]]:
    """Remove the rows of loose links (:data:`LINK_ROWS`) inside the body's
    ``containers``: each line of a block's inline content, between ``<br>`` or block
    children, whose words are all in at least ``LINK_ROW_MIN_LINKS`` links with
    separators alone between them, when the block holds other text too (a block that
    is all links is left to the link-block rules). Its nodes go, the separators with
    them; a row of links to other sites too (no story cites its sources without a word
    of its own: a row of shops, networks or the company's other sites)."""
    removed: list[tuple[HtmlElement, str]] = []
    seen: set[HtmlElement] = set()
    for container in containers:
        for link in list(container.iter("a")):
            holder = _block_of(link)
            if holder is None or holder in seen:
                continue
            seen.add(holder)
            for line in _rows(holder):
                for node in line:
                    node.tail = None
                    remove_element(node)
                    removed.append((node, LINK_ROWS.name))
    return removed


def _block_of(link: HtmlElement) -> HtmlElement | None:
    """The nearest block around ``link`` (None when it was removed already)."""
    for ancestor in link.iterancestors():
        if ancestor.tag in BLOCK_TAGS:
            return ancestor
    return None


def _rows(holder: HtmlElement) -> list[list[HtmlElement]]:
    """The lines of ``holder`` that are rows of links (see :func:`drop_link_rows`), each
    as its nodes; the text opening each (a separator at most) is cleared."""
    if not any(child.tag in LINE_BREAKS for child in holder):
        return []  # the block is one line: the link-block rules' to judge
    whole = 0  # the block's length, measured once a row is found (most blocks hold none)
    rows: list[list[HtmlElement]] = []
    for before, nodes in split_lines(holder):
        if not nodes:
            continue  # a line of text alone, or none
        length = _row_length(line_opening(holder, before), nodes)
        if length and not whole:
            whole = len(collapse_space(text_of(holder)))
        if length and length < whole:  # a block all links: the link-block rules' too
            if before is holder:
                holder.text = None
            else:
                before.tail = None
            rows.append([node for node in nodes if isinstance(node.tag, str)])
    return rows


def _row_length(opening: str, nodes: list[HtmlElement]) -> int:
    """The length of the line ``nodes`` (after the text ``opening`` it) when it is a row
    of links, else 0: at least ``LINK_ROW_MIN_LINKS`` links with words, no letter or
    digit outside them (the opening text, the tails, an inline wrapper's own words), at
    most ``LINK_ROW_MAX_CHARS`` long."""
    if any(character.isalnum() for character in opening) or (
        sum(1 for node in nodes for _ in node.iter("a")) < LINK_ROW_MIN_LINKS
    ):
        return 0  # words before the line's first node, or too few links: a line of prose
    outside = [opening]
    anchors: list[HtmlElement] = []
    texts: list[str] = []
    for node in nodes:
        own = text_of(node) if isinstance(node.tag, str) else ""  # a comment: its tail alone
        texts += (own, node.tail or "")
        outside.append(node.tail or "")
        for link in node.iter("a"):
            words = text_of(link)
            if words.strip():
                anchors.append(link)
            own = own.replace(words, " ", 1)
        outside.append(own)
    if len(anchors) < LINK_ROW_MIN_LINKS or any(
        character.isalnum() for part in outside for character in part
    ):
        return 0
    length = len(collapse_space(" ".join(texts)))
    if length > LINK_ROW_MAX_CHARS or any(
        next(node.iter(*BLOCK_TAGS), None) is not None for node in nodes
    ):
        return 0  # a long line, or a block set inside a link: no row of links
    return length
