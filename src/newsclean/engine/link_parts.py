"""What the link-block checks read in a block: its items, whether it holds blocks,
where a sentence ends or goes on after a link, whether its links all leave the site.
Shared by :mod:`.link_blocks`, :mod:`.link_lists`, :mod:`.teasers` and
:mod:`.teaser_lists`; a check of one of them belongs there, not here."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import BLOCK_TAGS
from ..dom.text import text_of
from ..rules.builtin.lexicon.dates import DATE_LINE
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
    """True when every link of ``element`` leads to another site (a source, kept)."""
    found = [links.on_site(a.get("href") or "") for a in element.iter("a")]
    return bool(found) and all(on_site is False for on_site in found)


def holds_blocks(element: HtmlElement) -> bool:
    return any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element)
