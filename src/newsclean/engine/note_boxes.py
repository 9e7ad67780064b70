"""A box after the body that is a note, not more of the story (``note-boxes``).

A sibling after the body scoring as well as the body's siblings must joins it: more of
the story set in a box of its own. A page also sets, after its story or after its
footer, boxes made of a heading and one paragraph: a picture-rights notice, the terms
of a newsletter's sign-up shown in a dialog. Its one long paragraph of commas scores
as a short story does, so the score alone let it join. A story's next part holds more
than one paragraph; a part made like the body (same tag and class) or one of the
story's own sections still joins by those tests (:mod:`.siblings`)."""

from __future__ import annotations

from typing import Any

from ..dom.text import words_length
from ..settings import Tuning
from .scoring import PROSE_TAGS
from .sections import opening_heading

HtmlElement = Any

#: The blocks a note's or a story's paragraphs are written in.
_PARAGRAPH_TAGS = (*PROSE_TAGS, "li")


def note_box(box: HtmlElement, tuning: Tuning) -> bool:
    """True when ``box`` opens with its heading (h2 to h6) over at most
    ``note_box_paragraphs`` paragraphs of ``sibling_paragraph_chars`` or more."""
    if opening_heading(box) is None:
        return False
    least, most = tuning.sibling_paragraph_chars, tuning.note_box_paragraphs
    paragraphs = 0
    for block in box.iter(_PARAGRAPH_TAGS):
        if words_length(block) >= least:
            paragraphs += 1
            if paragraphs > most:
                return False
    return True
