"""A teaser of another story boxed among the story's paragraphs (``bylined-boxes``): a
box of its own opening with the other story's headline, then its byline ("By Ada Lind
for The Courier") and its own paragraphs. A story's side section (a fact box) has a
heading but no byline of its own: the story's byline is above the story; and the
entries of a live blog are alike, sibling after sibling, where such a teaser is alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.text import text_of, words_length
from ..dom.tree import remove_element
from ..rules.builtin.lines import BYLINE_LINES
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .edge_text import PADDING, normal_text
from .teaser_boxes import made_alike

HtmlElement = Any

#: Stands in for a rule on a bylined box (an engine rule, like ``buy-boxes``:
#: ``disable("bylined-boxes")`` switches it off).
BYLINED_BOXES = Rule(
    "bylined-boxes",
    Tags("div section aside article"),
    Effect.DROP,
    description="A box of its own among the story's paragraphs opening with a heading and "
    "a byline line ('By Ada Lind for The Courier') over paragraphs of its own: another "
    "story's teaser, not a sibling of entries made alike (a live blog's).",
)

#: What such a box is built as.
_BOXES = frozenset(("div", "section", "aside", "article"))
#: The headings a boxed story opens with (the page's headline is an ``h1``).
_HEADINGS = ("h2", "h3")
#: What holds the byline under the heading: a wrapper is read down to its first line.
_WRAPPERS = frozenset(("div", "section", "header"))


def drop_bylined_boxes(
    containers: Sequence[HtmlElement], tuning: Tuning, headline: str | None = None
) -> list[tuple[HtmlElement, str]]:
    """Remove the bylined boxes (:func:`_bylined`) inside ``containers`` holding at most
    ``1 / teaser_cards_story_ratio`` of the body's text, alone among their siblings
    (none made like them, none bylined too). Not the box opening with the page's
    ``headline`` set as an ``h2`` (a theme's): that is the story itself, however short
    beside a footer's blurb or a notice the body took in."""
    own = normal_text(headline) if headline else ""
    total = -1  # the body's text, measured at the first bylined box (most pages have none)
    found: list[HtmlElement] = []
    for container in containers:
        for heading in container.iter(*_HEADINGS):
            box = heading.getparent()
            if box is None or box is container or box.tag not in _BOXES:
                continue
            if not _bylined(box, heading, tuning) or made_alike(box):
                continue
            if own and normal_text(text_of(heading)) == own:
                continue  # the page's own story under its headline
            if total < 0:
                total = sum(map(words_length, containers))
            length = words_length(box)
            if tuning.teaser_cards_story_ratio * length > total - length:
                continue  # the story itself, or most of the page
            if not any(_bylined_child(sibling, tuning) for sibling in _siblings(box)):
                found.append(box)
    for box in found:
        remove_element(box)
    return [(box, BYLINED_BOXES.name) for box in found]


def _siblings(box: HtmlElement) -> list[HtmlElement]:
    """The other element children of ``box``'s parent."""
    parent = box.getparent()
    return [child for child in parent if child is not box and isinstance(child.tag, str)]


def _bylined_child(box: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``box`` opens with a heading and a byline (:func:`_bylined`)."""
    if box.tag not in _BOXES:
        return False
    heading = next((child for child in box if child.tag in _HEADINGS), None)
    return heading is not None and _bylined(box, heading, tuning)


def _bylined(box: HtmlElement, heading: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``heading`` opens ``box`` (no text before it), the next text is a byline
    line (:data:`BYLINE_LINES`' match) and at least ``bylined_box_min_chars`` follow."""
    if (box.text or "").strip():
        return False
    for before in heading.itersiblings(preceding=True):
        if (before.tail or "").strip() or (isinstance(before.tag, str) and words_length(before)):
            return False
    if (heading.tail or "").strip():
        return False
    line = next(
        (s for s in heading.itersiblings() if isinstance(s.tag, str) and words_length(s)), None
    )
    while line is not None and line.tag in _WRAPPERS and not (line.text or "").strip():
        line = next((c for c in line if isinstance(c.tag, str) and words_length(c)), None)
    if line is None:
        return False
    raw = text_of(line)
    match = BYLINE_LINES.text_match
    if len(raw) > match.max_length + PADDING or not match.matches_text(normal_text(raw)):
        return False
    rest = words_length(box) - words_length(heading) - words_length(line)
    return rest >= tuning.bylined_box_min_chars
