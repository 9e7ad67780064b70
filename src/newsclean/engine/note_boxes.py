"""A box after the body that is a note, not more of the story (``note-boxes``).

A sibling after the body scoring as well as the body's siblings must joins it: more of
the story set in a box of its own. A page also sets, after its story or after its
footer, boxes made of a title and one paragraph at most: a picture-rights notice, the
terms of a newsletter's sign-up shown in a dialog, a post's footer (who wrote it, when
it changed, its tags), a prompt to allow the site's notifications. Their title is a
heading, or a plain line read as one (:func:`opening_label`): a ``<p>``, a ``<div>`` or
a bold line alone, shorter than a paragraph, ending no sentence. Its one long
paragraph of commas, or its many short lines, score as a short story does, so the
score alone let it join. A story's next part holds more than one paragraph; a part
made like the body (same tag and class) or one of the story's own sections still joins
by those tests (:mod:`.siblings`)."""

from __future__ import annotations

from typing import Any

from ..dom.tags import PHRASING_TAGS
from ..dom.text import collapse_space, text_of, words_length
from ..settings import Tuning
from .line_position import stands_alone
from .scoring import PROSE_TAGS, SENTENCE_ENDS
from .sections import opening_heading

HtmlElement = Any

#: The name ``explain()`` gives a box left out of the body as a note.
NOTE_BOXES = "note-boxes"
#: The blocks a note's or a story's paragraphs are written in.
_PARAGRAPH_TAGS = (*PROSE_TAGS, "li")
#: What a plain line read as a title is set in: a paragraph, a box, an inline run (a
#: list's item, a table's cell or a picture's caption opens no note).
_LINE_TAGS = frozenset(("p", "div", *PHRASING_TAGS))


def note_box(box: HtmlElement, tuning: Tuning) -> bool:
    """True when ``box`` opens with its heading (h2 to h6) or a line read as one
    (:func:`opening_label`) over at most ``note_box_paragraphs`` paragraphs of
    ``sibling_paragraph_chars`` or more."""
    if opening_heading(box) is None and opening_label(box, tuning) is None:
        return False
    least, most = tuning.sibling_paragraph_chars, tuning.note_box_paragraphs
    paragraphs = 0
    for block in box.iter(_PARAGRAPH_TAGS):
        if words_length(block) >= least:
            paragraphs += 1
            if paragraphs > most:
                return False
    return True


def opening_label(box: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The element holding the first text inside ``box`` when that text is a title's
    line: the element's whole text (past the wrappers holding it alone), a ``<p>``, a
    ``<div>`` or an inline run alone on its line, shorter than a paragraph
    (``sibling_paragraph_chars``), ending no sentence, with more text after it in
    ``box``. A paragraph (``box`` itself one) has none: a bold run-in label opens its
    first sentence."""
    if not isinstance(box.tag, str) or box.tag in PROSE_TAGS or (box.text or "").strip():
        return None
    line = _first_text_holder(box)
    if line is None:
        return None
    length = words_length(line)
    parent = line.getparent()
    while parent is not box and words_length(parent) == length:
        line, parent = parent, parent.getparent()
    if line.tag not in _LINE_TAGS or (line.tag in PHRASING_TAGS and not stands_alone(line)):
        return None
    if not 0 < length < tuning.sibling_paragraph_chars or words_length(box) <= length:
        return None
    if collapse_space(text_of(line)).endswith(SENTENCE_ENDS):
        return None
    return line


def _first_text_holder(box: HtmlElement) -> HtmlElement | None:
    """The element whose own text is the first inside ``box`` (none when a tail's text
    comes first: a loose line between elements)."""
    for element in box.iterdescendants():
        if isinstance(element.tag, str) and (element.text or "").strip():
            return element
        if (element.tail or "").strip():
            return None
    return None
