"""A short link in square brackets closing a paragraph (``bracketed-pointers``).

"... said the minister. [more]", "... w Polsce. [czytaj więcej]": the site's pointer to
another of its pages, set apart from the sentence by its brackets, whatever the
language. Known by its shape and place, not its words: a link of a few words in
brackets, after the paragraph's last sentence, with nothing after it in the block,
leading to another page of the site.
"""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import PHRASING_TAGS
from ..dom.text import collapse_space, text_of
from ..tuning.pruning import POINTER_MAX_WORDS
from .links import SiteLinks

HtmlElement = Any

#: The text before the pointer closing a sentence: it ends (an opening "[" of the
#: pointer aside) in a stop, or in a closing quote or bracket alone (a quote, a
#: citation). Unlike the stops read anywhere in a line (prune's, label cards'), it is
#: tied to the end, as the pointer follows the sentence.
_CLOSED_SENTENCE = re.compile(r"[.!?…\"”»)]\s*\[?\s*$")


def bracketed_pointer(link: HtmlElement, links: SiteLinks) -> bool:
    """True when ``link`` (an ``<a>``) is such a pointer; its brackets are taken off
    the text around it then, so that the caller removes the link alone."""
    if not (link.tail or "").lstrip().startswith("]") and not text_of(link).rstrip().endswith("]"):
        return False  # the cheap test first: most links are no such pointer
    inner = collapse_space(text_of(link))
    before, after = _text_holder_before(link), link.tail or ""
    framed = inner.startswith("[") and inner.endswith("]")
    outside = _ends_with_bracket(before[1]) and after.lstrip().startswith("]")
    if not (framed or outside):
        return False
    words = inner.strip("[] ").split()
    if not words or len(words) > POINTER_MAX_WORDS or inner.strip("[] ")[-1:] in ".!?":
        return False
    rest = after.lstrip()[1:] if outside else after
    if rest.strip() or not _closes_block(link):
        return False
    preceding = _sentence_before(link)
    if not _CLOSED_SENTENCE.search(preceding):
        return False
    if not links.is_other_page(link.get("href") or ""):
        return False
    if outside:
        holder, attribute = before[0], before[2]
        text = getattr(holder, attribute) or ""
        setattr(holder, attribute, text.rstrip()[:-1].rstrip() + " ")
        link.tail = rest
    return True


def _ends_with_bracket(text: str) -> bool:
    return text.rstrip().endswith("[")


def _text_holder_before(link: HtmlElement) -> tuple[HtmlElement, str, str]:
    """The node and attribute ("text" or "tail") holding the text right before
    ``link``, and that text."""
    previous = link.getprevious()
    if previous is None:
        parent = link.getparent()
        return parent, parent.text or "", "text"
    return previous, previous.tail or "", "tail"


def _closes_block(link: HtmlElement) -> bool:
    """True when nothing but empty inline wrappers' ends follow ``link`` in its block."""
    node = link
    while node.getnext() is None:
        parent = node.getparent()
        if parent is None or parent.tag not in PHRASING_TAGS:
            return True
        if (parent.tail or "").strip():
            return False
        node = parent
    return False


def _sentence_before(link: HtmlElement) -> str:
    """The block's text before ``link``, read up to the block (its inline wrappers'
    own text included): the paragraph's last sentence must end there."""
    node = link
    while node.getparent() is not None and node.getparent().tag in PHRASING_TAGS:
        node = node.getparent()
    block = node.getparent()
    if block is None:
        return ""
    text = text_of(block)
    own = text_of(node) + (node.tail or "")
    return text[: len(text) - len(own)] if own and text.endswith(own) else ""
