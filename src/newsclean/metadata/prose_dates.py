"""Dates named in a sentence, not on a date line.

A short text under the headline that holds a date is read as the page's date line. A
standfirst or a story's paragraph may name a day too ("The council said on Tuesday,
March 3, 2020 that the quay will close"), and when an inline link or a bold word splits
it, a piece of it is as short as a date line. Such a date stands inside a sentence:
words before it and after it in its paragraph (a date line holds its label, a name,
a clock time: "By Runa Vik on March 3, 2020 at 5 pm"; fields set apart by "|", "·"
or a dash: "Radio One - 18.03.2020 13:15 - Author: Runa Vik"). It tells the day of an
event the story reports (a meeting to come, a rule in force since, a source read on),
not the publication's: like a longer text naming a day, it is no date line.
"""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import BLOCK_TAGS
from ..dom.text import text_length
from ..dom.tree import text_lines
from ..tuning.metadata import PROSE_DATE_BLOCK_MAX_CHARS, PROSE_DATE_WORD_LETTERS, PROSE_DATE_WORDS
from .dates import DATE_FORMS

HtmlElement = Any

#: A word counted in a sentence: short ones ("on", "am", "pm", "Uhr") stand in date
#: lines as well.
_WORD = re.compile(rf"[^\W\d_]{{{PROSE_DATE_WORD_LETTERS},}}")
#: Where a line ends in a block's text: at a nested block or a line break; and such
#: an end or a mark between fields ("|", "·", a dash between spaces).
_BREAK = "\x00"
_FIELD = re.compile(r"[\x00|·•]|\s[-–—]\s")


def in_sentence(text: str, holder: HtmlElement) -> bool:
    """Whether the date in ``text`` (a text of ``holder``) stands inside a sentence of
    its paragraph: at least ``PROSE_DATE_WORDS`` words before it and after it on its
    line (up to a nested block, a line break or a mark between fields)."""
    whole, start = _paragraph(text, holder)
    for form in DATE_FORMS:
        match = form.search(whole, start)
        if match is not None:
            opening = max((m.end() for m in _FIELD.finditer(whole, 0, match.start())), default=0)
            closing = _FIELD.search(whole, match.end())
            before = _WORD.findall(whole, opening, match.start())
            after = _WORD.findall(whole, match.end(), closing.start() if closing else len(whole))
            return len(before) >= PROSE_DATE_WORDS and len(after) >= PROSE_DATE_WORDS
    return False


def _paragraph(text: str, holder: HtmlElement) -> tuple[str, int]:
    """The text of the block holding ``holder``, a break at each nested block or line
    break (:func:`.text_lines`), and where ``text`` stands in it; ``text`` alone when
    that block holds ``PROSE_DATE_BLOCK_MAX_CHARS`` or more (longer than a paragraph:
    its length counted in C before its lines are read)."""
    block = holder
    while block is not None and block.tag not in BLOCK_TAGS:
        block = block.getparent()
    if block is None or text_length(block) >= PROSE_DATE_BLOCK_MAX_CHARS:
        return text, 0
    whole = _BREAK.join(text_lines(block))
    start = whole.find(text)
    return (whole, start) if start >= 0 else (text, 0)
