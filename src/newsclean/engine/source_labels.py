"""The outlet's label closing the body: a paragraph of one word in capitals set in bold
("RIRM", "NEWSWIRE.COM"), the source a story was taken from or the site's own mark
under it. No sentence of the story is one bold word in capitals; a word with a small
letter ("Fin"), a label of two words or more, or one not in bold stays."""

from __future__ import annotations

from typing import Any

from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .closing_blocks import last_text_holder
from .edge_text import PADDING
from .teasers import bold_label

HtmlElement = Any

#: Stands in for a rule on the outlet's label closing the body (the engine's own rule:
#: it reads what the edges left closing the body; ``disable()`` switches it off by name).
SOURCE_LABEL = Rule(
    "closing-source-labels",
    Tags("p"),
    Effect.DROP,
    description="A paragraph closing the body that is one word in capitals set in bold "
    "('RIRM', 'NEWSWIRE.COM'): the outlet the story came from, or the site's mark.",
)

#: The fewest letters of an outlet's label: "AP" or "AFP" alone may be a word of a
#: language set in capitals; the agencies' short names have their own credit rules.
_LEAST_LETTERS = 4
#: What else an outlet's label may hold besides its capitals: a web address's dots and
#: hyphens, and digits.
_LABEL_MARKS = frozenset(".-0123456789")


def closing_source_label(container: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """Remove and return the paragraph holding the last text of ``container`` when it is
    one word in capitals, at most ``source_label_max_chars``, wholly in bold; only below
    a story: ``container`` holds at least ``closing_heading_max_chars`` of other text."""
    holder = last_text_holder(container)
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
    if not bold_label(holder, text):
        return None
    if words_length(container) - len(text) < tuning.closing_heading_max_chars:
        return None
    remove_element(holder)
    return holder


def _capitals_word(text: str, most: int) -> bool:
    """True when ``text`` is one word of capitals (digits, dots and hyphens beside
    them), at most ``most`` long, with at least ``_LEAST_LETTERS`` letters."""
    if len(text) > most or " " in text or not text.isupper():
        return False
    letters = sum(1 for char in text if char.isalpha())
    if letters < _LEAST_LETTERS:
        return False
    return all(char.isalpha() or char in _LABEL_MARKS for char in text)
