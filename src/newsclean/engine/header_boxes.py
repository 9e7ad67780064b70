"""The story's header inside a body that holds more than the story (``header-boxes``):
the headline's box, set before the story's first paragraph, holding with the headline
a second title, the authors and a date line ("Publiziert vor einer Stunde"). The
headline goes as ``Article.title`` (:func:`.headline.drop_headline`), the date and the
authors are metadata; the lines beside it stayed, as no edge rule reaches a box with
the page's masthead and menus above it. Known by its shape, not its names: the largest
box around the headline within ``header_box_max_chars``, one of whose lines is a date
line and none of whose lines is long or a sentence of prose (a dek keeps the box)."""

from __future__ import annotations

import re
from typing import Any

from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import is_below, remove_element, text_lines
from ..metadata.title import headline_agrees
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .date_lines import date_search
from .observer import Observer, record_removed, remove_recorded

HtmlElement = Any

#: Stands in for a rule on the story's header box (an engine rule, like
#: ``buy-boxes``: ``disable("header-boxes")`` switches it off).
HEADER_BOXES = Rule(
    "header-boxes",
    Tags("div section header"),
    Effect.DROP,
    description="The headline's box inside the body, before the story: the headline with "
    "a date line and short lines (a second title, the authors), no prose; the headline is "
    "the title, the date and authors are metadata.",
)

#: A sentence's end after a word of two letters or more: a line holding one is prose
#: (a dek), not a header's field ("Publiziert vor einer Stunde", "Stefan Loibl").
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")
#: The headings that may set the title in a header: the headline and a second title.
_TITLES = ("h1", "h2", "h3")
#: A lead picture's elements, kept when the box's words go.
_PICTURES = ("img", "picture", "video")


def header_box(container: HtmlElement, title: str | None, tuning: Tuning) -> HtmlElement | None:
    """The box inside ``container`` around its first h1 (the largest within
    ``header_box_max_chars``) holding a heading that agrees with ``title`` (the h1, or
    a second title beside it) and, besides its headings, only header lines
    (:func:`_header_lines`), one of them a date line; or None. Read before the pruning
    and the headline's drop: the box is removed after them."""
    wanted = collapse_space(title or "")
    h1 = next(container.iter("h1"), None)
    if not wanted or h1 is None:
        return None
    box = None
    for ancestor in h1.iterancestors():
        if ancestor is container or words_length(ancestor) > tuning.header_box_max_chars:
            break
        box = ancestor
    if box is None:
        return None
    headings = {collapse_space(text_of(heading)) for heading in box.iter(*_TITLES)}
    if not any(headline_agrees(heading, wanted) for heading in headings):
        return None
    return box if _header_lines(box, headings, tuning) else None


def _header_lines(box: HtmlElement, headings: set[str], tuning: Tuning) -> bool:
    """Whether ``box``'s lines other than its ``headings`` are a header's: one of them
    at least a date line, each at most ``header_line_max_chars`` long and no sentence."""
    dated = False
    for raw in text_lines(box):
        line = collapse_space(raw)
        if not line or line in headings:
            continue
        if len(line) > tuning.header_line_max_chars or _SENTENCE_END.search(line):
            return False
        # how long ago holds no digit ("vor einer Stunde"): the date is searched for
        dated = dated or date_search(line) is not None
    return dated


def drop_header_box(
    box: HtmlElement | None, container: HtmlElement, decisions: Decisions, observer: Observer
) -> None:
    """Remove ``box`` (:func:`header_box`, read before the pruning and the headline's
    drop) when it is still in ``container``, reporting it as ``header-boxes``."""
    if box is None or not is_below(box, container):
        return
    if next(box.iter(*_PICTURES), None) is None:
        remove_recorded(box, HEADER_BOXES, decisions, observer)
        return
    record_removed(((box, HEADER_BOXES.name),), HEADER_BOXES, decisions, observer)
    # the lead picture stays (``include_images``): the box's words go around it
    holders = [box]
    while holders:
        holder = holders.pop()
        holder.text = None
        for child in list(holder):
            child.tail = None
            if not isinstance(child.tag, str) or child.tag in _PICTURES:
                continue
            if next(child.iter(*_PICTURES), None) is None:
                remove_element(child)
            else:
                holders.append(child)
