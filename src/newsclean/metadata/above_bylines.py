"""Bylines set over the headline: a small "By Jo Smith" or "<date> | von Jo Smith" line
in the headline's box, above it. Read only when nothing under the headline names a
writer: a "By" line further up the page is another story's (a teaser's)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..dom.tags import UNSHOWN_TAGS
from ..dom.text import text_of
from ..dom.tree import line_block
from ..tuning.metadata import ABOVE_BYLINE_TEXTS, BYLINE_MAX_CHARS
from .bylines import STARTS_WITH_BY, split_names
from .dates import parse_date
from .nearby import held_texts_before, in_comments, in_figure
from .writer_links import writer_path

HtmlElement = Any
Names = tuple[tuple[str, ...], bool]


def above_byline(h1: HtmlElement) -> Iterator[Names]:
    """The names of the first line opening with a lead word ("By", "von:", "| von")
    among the texts nearest above ``h1`` (``ABOVE_BYLINE_TEXTS``), its whole line short
    and outside a picture, the comments and a link to another page."""
    for text, holder in held_texts_before(h1, ABOVE_BYLINE_TEXTS):
        if holder.tag in UNSHOWN_TAGS or not STARTS_WITH_BY.match(text):
            continue
        block = line_block(holder)
        line = " ".join(text_of(block).split())
        if len(line) > BYLINE_MAX_CHARS or in_other_link(holder, block) or menu_item(block):
            continue
        if in_comments(holder) or in_figure(holder):
            continue
        names = split_names(line)
        if names:
            yield names, False
            return


def menu_item(block: HtmlElement) -> bool:
    """True for an item of a list with no date in its other items: a menu's ("Author:
    Jo Smith" linking the site's writer among its pages), not the story's line of facts
    set as a list (its date, its time, "von: Jo Smith")."""
    items = block.getparent() if block.tag == "li" else None
    if items is None:
        return False
    others = (item for item in items if item is not block and isinstance(item.tag, str))
    return not any(parse_date(text_of(item).strip()[:BYLINE_MAX_CHARS]) for item in others)


def in_other_link(holder: HtmlElement, block: HtmlElement) -> bool:
    """True for a text inside a link (up to its line's ``block``) to a page other than a
    writer's own: a teaser's "By" line, the story it links to another."""
    for node in (holder, *holder.iterancestors()):
        if node.tag == "a":
            return not writer_path(node.get("href") or "")
        if node is block:
            break
    return False
