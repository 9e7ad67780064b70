"""A box's label left alone once the drop rules took what it labelled
(``orphan-labels``).

A widget's title is often set in a plain ``<p>``, ``<div>`` or ``<span>`` beside its
content, not in a heading: "Ähnliche Themen" over a ``<nav>`` of tags, "In this
article:" over a table of contents, "Vote in our poll:" over a poll. The menu rules
take the content and leave the title as the box's only text, a line of its own
among the story's or after it. Whatever the names, a box one of whose children a
drop removed, now holding only one short line that ends no sentence, with no link,
picture or heading of its own, was that content's frame: it goes whole. The story's
boxes hold sentences, and its subheadings are headings (``empty-sections`` weighs
those)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..dom.tags import HEADINGS
from ..dom.text import RAW_SLACK, collapse_space, text_of
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a label its box lost its content under (an engine rule,
#: like ``buy-boxes``: ``disable("orphan-labels")`` switches it off).
ORPHAN_LABELS = Rule(
    "orphan-labels",
    Tags("div section aside header footer"),
    Effect.DROP,
    description="A box whose content a drop rule took, left holding one short line "
    "ending no sentence, with no link, picture or heading ('Ähnliche Themen' once its "
    "list of tags went, 'In this article:' once the contents went): the content's "
    "title, not the story.",
)

#: The boxes read: a widget's frame, never a paragraph or a list item of the story.
BOX_TAGS = frozenset(("div", "section", "aside", "header", "footer"))
#: What a label's box must not hold: a link, a picture, a heading, a table's row
#: (a header row whose cells' values went), a form's control, a list's item.
_NOT_LABEL = frozenset(
    (
        *("a", "img", "picture", "video", "svg", "iframe", "figure", "blockquote"),
        *HEADINGS,
        *("tr", "li", "dt", "dd", "ruby"),
        *("input", "button"),
    )
)
#: A label holds a letter and ends no sentence (a full stop, "!", "?" or an ellipsis
#: ends a story's line; a colon ends a label).
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?…。！？]\W*$")


def orphan_labels(
    emptied: Iterable[HtmlElement], containers: Sequence[HtmlElement], tuning: Tuning
) -> list[HtmlElement]:
    """The boxes among ``emptied`` (the parents of what the drop rules removed, of
    :data:`BOX_TAGS`, in the order removed) still inside the body's ``containers``
    that hold a lone label (see the module's docstring; ``tuning.orphan_label_max_chars``
    and ``orphan_label_max_elements`` bound it)."""
    return [
        box
        for box in dict.fromkeys(emptied)
        if _is_lone_label(box, tuning.orphan_label_max_chars, tuning.orphan_label_max_elements)
        and _inside(box, containers)
    ]


def _is_lone_label(box: HtmlElement, most: int, elements: int) -> bool:
    """Whether ``box`` (of at most ``elements`` elements, itself counted) holds only one
    line of at most ``most`` characters ending no sentence, and nothing else."""
    if len(box) >= elements or not _small_box(box, most, elements):
        return False
    text = collapse_space(text_of(box))
    if not text or len(text) > most or not _LETTER.search(text):
        return False
    return not _SENTENCE_END.search(text) and _holders(box) <= 1


def _small_box(box: HtmlElement, most: int, elements: int) -> bool:
    """Whether ``box`` holds text and at most ``elements`` elements (itself counted),
    none of :data:`_NOT_LABEL`, its text pieces, each stripped, at most ``RAW_SLACK``
    times ``most`` characters: read element by element, stopping at the first bound
    passed (a box of a long paragraph or of many elements is read no further)."""
    raw = len((box.text or "").strip())
    for count, element in enumerate(box.iterdescendants(), start=2):
        if count > elements or element.tag in _NOT_LABEL:
            return False
        if isinstance(element.tag, str):  # a comment's text is none of the page's
            raw += len((element.text or "").strip())
        raw += len((element.tail or "").strip())
        if raw > RAW_SLACK * most:
            return False
    return raw > 0


def _holders(box: HtmlElement) -> int:
    """How many children of ``box`` hold text, the box's own text counting as one:
    two are two lines (a field's name and value, "Duration" beside "3 min"), no label."""
    holders = 1 if (box.text or "").strip() else 0
    for child in box:
        if (child.tail or "").strip():
            holders += 1
        if text_of(child).strip():
            holders += 1
    return holders


def _inside(box: HtmlElement, containers: Sequence[HtmlElement]) -> bool:
    """Whether ``box`` stands inside one of the body's ``containers`` (not one itself)."""
    return any(ancestor in containers for ancestor in box.iterancestors())
