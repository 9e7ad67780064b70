"""The kinds of element a weak DROP never removes, whatever its class or id words say:
a phrase running inside a sentence (a company name a stock ticker class marks), a
formula a math renderer wrote, a post the story quotes (an embedded tweet in a box named
for sharing). What they are is read from their markup and the text around them alone,
apart from the weighing of text shares that :class:`.veto.Veto` does."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..dom.tags import BLOCK_TAGS
from ..dom.text import text_before, text_length
from ..tuning.veto import EMBED_SHARE, PHRASE_SIDE_CHARS

HtmlElement = Any

#: Elements that may be a phrase of a sentence (see :func:`inside_sentence`).
SENTENCE_PHRASES = frozenset(("span", "font", "small", "big", "abbr", "time", "mark", "q", "cite"))
_WORD = re.compile(r"\w")
#: Closing quotes and brackets after a sentence's end ('May."', 'May.)').
_CLOSERS = "\"'”’)]»"
#: How a sentence or a label ends before such an element...
_SENTENCE_ENDS = frozenset(".!?:;|•·…")
#: ... and how the sentence goes on after it: a word or punctuation.
_GOES_ON = re.compile(r"[^\W_]|[,.;:)!?’'”\"]")
#: Elements that hold a formula as a math renderer wrote it.
FORMULA_TAGS = frozenset({"mjx-container", "math"})
FORMULA_CLASS = re.compile(
    r"(?:^|\s)(?:MathJax(?:_Display|_SVG|_CHTML)?|katex(?:-display)?)(?:\s|$)"
)
#: Posts the story quotes from social networks, as their embed code writes them.
_EMBEDDED_POSTS = etree.XPath(
    "descendant-or-self::blockquote[contains(@class, 'twitter-tweet')"
    " or contains(@class, 'twitter-video') or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed') or contains(@class, 'reddit-card')"
    " or contains(@class, 'bluesky-embed') or contains(@class, 'mastodon-embed')]",
    regexp=False,
)


def inside_sentence(element: HtmlElement) -> bool:
    """True when ``element`` is a phrase of a sentence running on both sides of it (a
    company name a stock ticker class marks: "At <span>Home Depot</span>, we..."),
    whatever its class says: the text before it (its previous sibling's tail, or that
    sibling's own text when the tail is only a space: "<a>the retailer</a> <span>")
    ends no sentence or label (". ", ".) ", ": "), and the text after it goes on (a
    word or punctuation). An element holding a block is a box, not a phrase."""
    if next(element.iter(*BLOCK_TAGS), None) is not None:
        return False  # a box set inside the paragraph (an ad slot in a span), no phrase
    before = text_before(element)[-PHRASE_SIDE_CHARS:].rstrip().rstrip(_CLOSERS)
    after = (element.tail or "")[:PHRASE_SIDE_CHARS].lstrip()
    if not before or not after or before[-1] in _SENTENCE_ENDS:
        return False
    return _GOES_ON.match(after) is not None and _WORD.search(before) is not None


def is_formula(element: HtmlElement) -> bool:
    """True for a formula a math renderer wrote (MathJax's ``mjx-container``, MathML's
    ``math``, a ``katex`` span): its class names are the renderer's own (MathJax 3
    names each formula's context menu, ``CtxtMenu_Attached_0``), never page chrome."""
    tag = element.tag
    if tag in FORMULA_TAGS:
        return True
    names = element.get("class")
    # the pattern's names hold one of these words: a class without them needs no search
    if not names or ("MathJax" not in names and "katex" not in names):
        return False
    return FORMULA_CLASS.search(names) is not None


def wraps_embedded_post(element: HtmlElement) -> bool:
    """True when ``element`` is mostly a post the story quotes (an embedded tweet in a
    box named for sharing is still the story's quote)."""
    if next(element.iter("blockquote"), None) is None:
        return False
    posts = _EMBEDDED_POSTS(element)
    assert isinstance(posts, list)
    if not posts:
        return False
    quoted = sum(text_length(post) for post in posts)
    return quoted >= EMBED_SHARE * text_length(element)
