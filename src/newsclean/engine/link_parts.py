"""What the link-block checks read in a block: its items, whether it holds blocks,
where a sentence ends or goes on after a link, whether its links all leave the site,
whether a text is prose or a label. Shared by :mod:`.link_blocks`, :mod:`.link_lists`,
:mod:`.story_lists`, :mod:`.teasers` and :mod:`.teaser_lists`; a check of one of them
belongs there, not here."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import BLOCK_TAGS
from ..dom.text import collapse_space, text_of
from ..dom.tree import line_opening, split_lines
from ..rules.builtin.lexicon.dates import DATE_LINE
from ..settings import Tuning
from ..tuning.pruning import LINK_LINES_MIN, LINK_LIST_LABEL_WORDS
from .links import SiteLinks

HtmlElement = Any


LIST_TAGS = ("ul", "ol", "dl")
#: A line opening with a date ("April 3, 2024 -- Updated 14:53 GMT", "03.04.2024").
DATED = re.compile(DATE_LINE, re.I)
#: How many boxes around a lone list are looked through.
WRAPPER_LEVELS = 3
#: How a sentence of prose ends (a colon: it introduces the links below).
SENTENCE_ENDS = (".", "!", "?", ":", "。")
#: The ends of a sentence that says something (not a label's colon): a card's blurb.
FULL_STOPS = (".", "!", "?")
#: What may close a sentence after its full stop: a bracket, a quotation mark.
CLOSERS = ")]\"'”’»"


def text_items(element: HtmlElement) -> list[HtmlElement]:
    """The children of ``element`` holding text: its list's items (a spacer or an
    emptied ad slot between them is no item)."""
    return [child for child in element if isinstance(child.tag, str) and text_of(child).strip()]


def continues_sentence(after: str) -> bool:
    """True when the text after a link goes on in lower case: the link is a sentence's
    subject or object, not a teaser's headline (which ends its block, or is followed by
    a date, a label or an excerpt of its own)."""
    after = after.lstrip(" ,")
    return bool(after) and after[0].islower()


def sources_only(element: HtmlElement, links: SiteLinks) -> bool:
    """True when every link of ``element`` leads to another site (a source, kept).

    A link without text to a file (a picture wrapped in a link to its full size) is
    the picture's, read by no one as a link: it counts neither way."""
    found = [
        on_site
        for a in element.iter("a")
        if (on_site := links.on_site(a.get("href") or "")) is False or not _picture_link(a, links)
    ]
    return bool(found) and all(on_site is False for on_site in found)


def _picture_link(link: HtmlElement, links: SiteLinks) -> bool:
    """True for a link holding no text that leads to a file (a picture's full size)."""
    return not text_of(link).strip() and links.is_file(link.get("href") or "")


def is_prose(text: str, ends: tuple[str, ...], tuning: Tuning) -> bool:
    """True when ``text`` is a sentence or more: ``link_box_prose_chars`` and
    ``link_box_prose_words`` long at least, closed by one of ``ends``."""
    return (
        len(text) >= tuning.link_box_prose_chars
        and text.endswith(ends)
        and len(text.split()) >= tuning.link_box_prose_words
    )


def split_at_first_link(element: HtmlElement) -> tuple[str, str] | None:
    """``element``'s text (spaces collapsed) split where its first link's text starts:
    the words before it (a label such as "See also:") and the rest. None when it has
    no link with text, or the link's text is not found in the whole."""
    text = collapse_space(text_of(element))
    first = next(element.iter("a"), None)
    linked = collapse_space(text_of(first)) if first is not None else ""
    start = text.find(linked) if linked else -1
    if start < 0:
        return None
    return text[:start].strip(), text[start:]


def short_label(text: str, tuning: Tuning) -> bool:
    """True when ``text`` is a label introducing the links after it ("See it now:",
    "Recommended by our editor:"): it ends in a colon and is
    ``buy_line_label_max_chars`` long at most."""
    return text.endswith(":") and len(text) <= tuning.buy_line_label_max_chars


def holds_blocks(element: HtmlElement) -> bool:
    return any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element)


def link_lines(element: HtmlElement) -> bool:
    """True when ``element``'s lines (between ``<br>``) are, after at most one short
    label ending no sentence ("See also"), ``LINK_LINES_MIN`` or more lines each
    wholly one link: a list set as a paragraph, not a story's sentence."""
    if next(element.iter("br"), None) is None:
        return False  # one line: no list
    lines: list[tuple[str, int]] = []
    for before, nodes in split_lines(element):
        text = line_opening(element, before)
        count = 0
        for node in nodes:
            if node.tag == "a":
                count += 1
            elif isinstance(node.tag, str):
                text += text_of(node)
            text += node.tail or ""
        lines.append((text, count))
    found = [(collapse_space(text).strip(" |,·•-–"), count) for text, count in lines]
    found = [(text, count) for text, count in found if text or count]
    if found and not found[0][1]:
        label = found.pop(0)[0]
        if len(label.split()) > LINK_LIST_LABEL_WORDS or label.endswith(FULL_STOPS):
            return False
    return len(found) >= LINK_LINES_MIN and all(not text and count == 1 for text, count in found)
