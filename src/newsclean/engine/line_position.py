"""Where an inline element stands in its line: alone on it, opening it, or inside a
sentence that runs on around it. Pruning reads this before a text rule takes an inline
piece (a sentence's words are the sentence's) and before it takes the separator after
a label; such tests of an element's place in its line go here."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import LINE_BREAKS, PHRASING_TAGS, custom_tag
from ..dom.text import text_before, text_of

HtmlElement = Any


#: A tail opening with the separator after a label: ": ", " – ", " | ".
_SEPARATOR_OPENING = re.compile(r"\s*[:|–—-]+(?:\s+|$)")

#: The last characters of a label set before a line ("Read also:", "Subscribe –").
_LABEL_ENDS = (":", "–", "—", "-", "|", "/", "»", ">")


def stands_alone(element: HtmlElement) -> bool:
    """True when an inline element forms a line of its own, not a piece of a sentence."""
    tail = element.tail
    following = element.getnext()
    if tail and tail.strip():
        return False
    if following is not None and not _is_break(following):
        return False
    return opens_line(element)


def opens_line(element: HtmlElement) -> bool:
    """True when no text stands before ``element`` in its line: it comes first in its
    parent, or right after a line break or a block."""
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        return parent is None or not (parent.text and parent.text.strip())
    return _is_break(previous) and not (previous.tail and previous.tail.strip())


def outer_wrapper(element: HtmlElement) -> HtmlElement:
    """The outermost inline element ``element`` fills alone: "<a><b>Follow us</b></a> to
    stay ..." stands in the sentence as its link does, whatever its own siblings."""
    parent = element.getparent()
    while (
        parent is not None
        and parent.tag in PHRASING_TAGS
        and len(parent) == 1
        and not (element.tail and element.tail.strip())
        and not (parent.text and parent.text.strip())
    ):
        element, parent = parent, parent.getparent()
    return element


def in_sentence(wrapper: HtmlElement, text: str) -> bool:
    """True when the words of ``wrapper`` run on in a sentence: the text right before
    them ends in a letter or a comma ("an international <a>support network</a>"), or the
    text right after goes on in lower case ("<a>Follow us</a> to stay ..."). A label
    set off by a colon, a dash or a full stop ("Read also: ...") is no part of it, nor
    a line after a date ("Published 07.06.2019 <a>Print</a>")."""
    following = wrapper.getnext()
    before = text_before(wrapper).rstrip()
    if before and (before[-1].isalpha() or before[-1] == ","):
        return True
    if text.endswith(_LABEL_ENDS):
        return False
    after = (wrapper.tail or "").strip()
    if not after and following is not None and following.tag in PHRASING_TAGS:
        after = text_of(following).lstrip()
    return bool(after) and after[0].islower()


def _is_break(element: HtmlElement) -> bool:
    """A line break, a block, or a site's custom element without text (a component
    laid out as a box: a card's picture beside its headline; one holding words may be
    a piece of the sentence)."""
    if element.tag in LINE_BREAKS:
        return True
    return custom_tag(element.tag) and not text_of(element).strip()


def drop_separator_after(element: HtmlElement) -> None:
    """An inline label or byline removed from the start of its line ("<strong>By A.
    Writer</strong>: The minister said ...") leaves the colon, dash or bar that set it
    off: the line would open with it. It goes with the label."""
    wrapper = outer_wrapper(element)
    tail = wrapper.tail
    if not tail or not _SEPARATOR_OPENING.match(tail):
        return
    if not opens_line(wrapper):
        return
    rest = _SEPARATOR_OPENING.sub("", tail, count=1)
    if rest.strip():
        wrapper.tail = rest
