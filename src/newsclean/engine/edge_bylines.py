"""A byline naming the page's authors (as its metadata gives them) at the body's edge:
a line of the name beside the post's fields, or the first line of the body's first
block set apart by a ``<br>``; and the names' compiled pattern, read by
:mod:`.author_notes` too."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from ..dom.tags import PHRASING_TAGS
from ..dom.tree import text_lines
from ..rules.builtin.lexicon.credits import NAMES_LINE
from ..rules.builtin.lexicon.dates import (
    METADATA_SEPARATOR,
)
from ..rules.walk import Decisions
from ..settings import Tuning
from ..tuning.pruning import BYLINE_AUTHOR_LABEL_WORDS, BYLINE_LEAD_LABEL_WORDS
from .edge_rules import METADATA_LINE
from .edge_text import normal_text
from .inline_lines import line_text
from .post_fields import (
    field_kinds,
)

HtmlElement = Any


#: What splits the fields of a line naming the page's author (:func:`author_line`): a
#: post's line's separators, and a slash or two not beside a digit, spaced or not ("3. Mai
#: 2024 // Ada Lind", "By Ada Lind/May 3, 2024"; a date's slashes stand between digits).
_AUTHOR_SEPARATOR = re.compile(rf"{METADATA_SEPARATOR}|\s*(?<!\d)//?(?!\d)\s*")
#: An author's name as the page's metadata gives it, read in a byline: a line of names,
#: one capitalised word ("Ada Lind", "Krimiblogger") or a handle, one word in small
#: letters opening with a letter, with no stop in it ("nationdesk", "jo-lind": no number
#: alone, no web address). A heading the metadata mistook for the author ("Richtlinien
#: für Autor/innen") is none, and its line stays.
AUTHOR_NAME = re.compile(rf"{NAMES_LINE}|[^\W\d_a-z][^\W\d_]*|[a-zß-ÿ][\w-]*[^\W_]")
#: A nickname in quotes between a writer's names ('Ada "Skipper" Lind', "Jo „Kiki“
#: Bacon"): read as no word of the name when the name is judged (:data:`AUTHOR_NAME`).
NICKNAME = re.compile(r"\s+[\"“„«][^\W\d_][^\"“”„«»]{0,30}[\"”“»](?=\s)")
#: A lead of two words before the author's name, the second a byline's "by" ("Article
#: by", "Posted by", "Artikel von"): a byline's label, not a title's words ("The story
#: of Ada Lind", "Interview with Ada Lind").
_TWO_WORD_LEAD = re.compile(r"(?i)[^\W\d_]+\s+(?:by|von|par|por|di|door)\s*:?")
#: Stands for a line break between a line's fields, read as a separator.
_LINE_BREAK = " | "
#: What is stripped around such a field: "Ada Lind, dpa" leaves "dpa".
_FIELD_PUNCTUATION = " ,;:"
#: How many sets of authors' names are kept compiled (:func:`names_pattern`): a page asks
#: for a few, and the pages of one site for the same.
_NAMED_KEPT = 64


@functools.lru_cache(maxsize=_NAMED_KEPT)
def names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``names`` standing as words of its own (no word character joined on),
    compiled once for the pages naming them, not once a line."""
    return re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names))


def author_line(
    element: HtmlElement | None, text: str, names: Sequence[str], tuning: Tuning
) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a line naming
    one of the page's authors (``names``, normalised, as its metadata gives them) with
    nothing else but the post's fields, its byline: the name beside a date or a count,
    split from it or not ("Ada Lind 3. Mai 2024", "By Ada Lind/May 3, 2024 9:49 am",
    "Ein Artikel von Ada Lind, veröffentlicht am 3.5.2024"), or with no date, the name
    after one word at most ("Von Ada Lind", "Ada Lind") and set apart from any words after
    it ("By Ada Lind<br>Harbour Health News", "Von Ada Lind, dpa"); every other field a
    few words (:func:`field_kinds`). A sentence about the author runs on ("Ada Lind, 34,
    was born ..."), and a title naming them ("The story of Ada Lind") has more words
    before the name and no date. ``element`` is None for a loose line (no block holds it).
    """
    if len(text) > tuning.metadata_line_max_chars:
        return False
    if not names:
        return False
    if element is not None and element.find(".//br") is not None:  # its lines are fields
        text = normal_text(
            _LINE_BREAK.join(part.strip() for part in text_lines(element, blocks=False))
        )
    found = [name for name in names if names_pattern((name,)).search(text)]
    if not found:
        return False
    parts = names_pattern(tuple(found)).split(text)
    fields = [
        field.strip(_FIELD_PUNCTUATION)
        for part in parts
        for field in _AUTHOR_SEPARATOR.split(part)
        if field.strip(_FIELD_PUNCTUATION)
    ]
    if len(fields) >= tuning.metadata_line_max_fields:
        return False
    kinds = field_kinds(fields, tuning)
    if kinds is None:
        return False
    if kinds[0] or kinds[1]:
        return True
    after = parts[-1]
    return _byline_lead(parts[0]) and (
        not after.strip() or after.lstrip()[0] == "," or _AUTHOR_SEPARATOR.match(after) is not None
    )


def _byline_lead(before: str) -> bool:
    """True when ``before`` (the text before the author's name in a line of no date) is
    a byline's lead: one word at most ("By", "Von"), or two ending in "by" ("Article
    by", "Written by"), its separators aside ("Article by | jdoe": a break set it apart)."""
    lead = " ".join(_AUTHOR_SEPARATOR.sub(" ", before).split())
    words = len(lead.split())
    return words <= BYLINE_AUTHOR_LABEL_WORDS or (
        words == BYLINE_LEAD_LABEL_WORDS and _TWO_WORD_LEAD.fullmatch(lead) is not None
    )


def opening_byline(
    block: HtmlElement, names: Sequence[str], decisions: Decisions, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Take out the first line of ``block`` (the body's first block holding text) when a
    ``<br>`` sets it apart from the story's text after it and it is the byline naming one
    of the page's authors ``names`` (:func:`author_line`): "<p>Von Ada Lind<br>Die Stadt
    ..."; the line's inline nodes and its break, each with the rule's name."""
    if not names:
        return []
    line: list[HtmlElement] = []
    for child in block:
        if not isinstance(child.tag, str):
            line.append(child)
            continue
        if child.tag == "br":
            break
        if child.tag not in PHRASING_TAGS:
            return []
        line.append(child)
    else:
        return []  # no break: the block is one line, read whole by the other checks
    br = child
    text = normal_text(" ".join([block.text or "", *line_text(line)]))
    after = normal_text(" ".join([br.tail or "", *line_text(list(br.itersiblings()))]))
    if not text or not after or not author_line(None, text, names, tuning):
        return []
    block.text = None
    for node in line:
        node.tail = None
    decisions.record(line[0] if line and isinstance(line[0].tag, str) else br, METADATA_LINE)
    return [(node, METADATA_LINE.name) for node in [*line, br]]
