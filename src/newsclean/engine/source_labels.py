"""The outlet's label closing the body, or a section of it under a heading: a paragraph
of one word in capitals set in bold ("RIRM", "NEWSWIRE.COM"), the source a story was
taken from or the site's own mark under it (a second text, a statement quoted whole,
may follow under a heading of its own). No sentence of the story is one bold word in
capitals; a word with a small letter ("Fin"), a label of two words or more, or one not
in bold stays."""

from __future__ import annotations

from typing import Any

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from ..tuning.pruning import SOURCE_LABEL_MIN_LETTERS
from .edge_text import PADDING
from .teasers import bold_label
from .text_holders import last_text_holder, text_holder_before

HtmlElement = Any

#: Stands in for a rule on the outlet's label closing the body (the engine's own rule:
#: it reads what the edges left closing the body; ``disable()`` switches it off by name).
SOURCE_LABEL = Rule(
    "closing-source-labels",
    Tags("p"),
    Effect.DROP,
    description="A paragraph closing the body, or its text before a heading, that is one "
    "word in capitals set in bold ('RIRM', 'NEWSWIRE.COM'): the outlet the story came "
    "from, or the site's mark.",
)

#: What else an outlet's label may hold besides its capitals: a web address's dots and
#: hyphens, and digits.
_LABEL_MARKS = frozenset(".-0123456789")


def closing_source_label(container: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """Remove and return the paragraph holding the last text of ``container`` when it is
    one word in capitals, at most ``source_label_max_chars``, wholly in bold; only below
    a story: ``container`` holds at least ``closing_heading_max_chars`` of other text."""
    holder = _source_label(last_text_holder(container), container, tuning)
    if holder is None:
        return None
    if words_length(container) - len(collapse_space(text_of(holder))) < (
        tuning.closing_heading_max_chars
    ):
        return None
    remove_element(holder)
    return holder


def section_source_labels(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """Remove and return the paragraphs of ``container`` that are such a label and the
    last text before a section's heading: the outlet's mark closing the story, with a
    second text (a statement quoted whole) under a heading after it. Only below a
    story: at least ``closing_heading_max_chars`` of text before the label."""
    found: list[HtmlElement] = []
    for heading in container.iter(*SECTION_HEADINGS):
        holder = _source_label(text_holder_before(heading, container), container, tuning)
        if holder is None or holder in found:
            continue  # two headings in a row (an empty one first) read the same label
        if _story_before(holder, container, tuning.closing_heading_max_chars):
            found.append(holder)
    for holder in found:
        remove_element(holder)
    return found


def _source_label(
    holder: HtmlElement | None, container: HtmlElement, tuning: Tuning
) -> HtmlElement | None:
    """The paragraph around the text holder ``holder`` when it is one word in capitals,
    at most ``source_label_max_chars``, wholly in bold; else None."""
    while holder is not None and holder is not container and holder.tag != "p":
        holder = holder.getparent()
    if holder is None or holder is container:
        return None
    raw = text_of(holder)
    if len(raw) > tuning.source_label_max_chars + PADDING:
        return None
    text = collapse_space(raw)
    if not _capitals_word(text, tuning.source_label_max_chars):
        return None
    return holder if bold_label(holder, text) else None


def _story_before(holder: HtmlElement, container: HtmlElement, most: int) -> bool:
    """True when at least ``most`` characters of text stand before ``holder`` in
    ``container`` (read back from it, up to the container)."""
    length, node = 0, holder
    while node is not container and node is not None:
        for block in node.itersiblings(preceding=True):
            length += words_length(block)
            if length >= most:
                return True
        node = node.getparent()
    return False


def _capitals_word(text: str, most: int) -> bool:
    """True when ``text`` is one word of capitals (digits, dots and hyphens beside
    them), at most ``most`` long, with at least ``SOURCE_LABEL_MIN_LETTERS`` letters."""
    if len(text) > most or " " in text or not text.isupper():
        return False
    letters = sum(1 for char in text if char.isalpha())
    if letters < SOURCE_LABEL_MIN_LETTERS:
        return False
    return all(char.isalpha() or char in _LABEL_MARKS for char in text)
