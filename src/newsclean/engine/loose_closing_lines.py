"""The closing counterpart of :mod:`.loose_header_lines`: a story's closing lines set as
loose text, in no block of their own ("... said the court.<br><br>Quelle: Harbour
Wire<br><br>Autor: Ada Lind", or a box of its own "Datum: 3.5.2024<br>Autor: Ada
Lind<br>Quelle: Harbour Times" after the story). The rules read loose text as one line,
its lines joined, which none matches; here each line, cut at its ``<br>``, is read as
the block it renders as (:meth:`.LineReader.rule`, the edge rules included, as at
either edge), from the bottom, and taken while it is such a line: a date, a labelled
author ("Autor: Ada Lind"), a source or picture credit, a line of the post's fields.
Only a line shaped as metadata is read (:func:`closing_shape`: a label and its value, or
a date alone): a closing pointer or a teaser a rule would take is the story's last word
here. The read ends at the first line of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..dom.tags import BLOCK_TAGS
from ..dom.text import text_of
from .loose_header_lines import LineReader, cut_lines, loose_line_text, take_lines
from .post_fields import METADATA_DATE_PATTERN, WORD

HtmlElement = Any

#: How far down from the last container the box holding the body's last words is
#: looked for (a story's box in its column in its wrapper).
HOLDER_LEVELS = 8
#: A line's label, a word or two before a colon ("Autor:", "Quelle:", "Auteur :",
#: "Photo credit:"), and its value after it.
_LABELLED = re.compile(r"[^\W\d_][^\W\d_-]*(?:[ -][^\W\d_]+)?\s?:\s*\S")


def closing_shape(text: str) -> bool:
    """Whether the closing line ``text`` (normalised) is shaped as metadata: a label and
    its value ("Autor: Ada Lind"), or a date alone ("14. Oktober 2025")."""
    return bool(_LABELLED.match(text) or METADATA_DATE_PATTERN.fullmatch(text))


def closing_container_lines(
    containers: Sequence[HtmlElement], reader: LineReader
) -> list[tuple[HtmlElement, HtmlElement]]:
    """Take out the closing lines of the loose text ending the body (:func:`_last_holder`:
    the text after the last block of the box holding the body's last words), cut by its
    ``<br>``: from the bottom, while each is a line a rule takes
    (:meth:`.LineReader.rule`), until a line of the story, which stays. Each taken with
    its holder, in a ``<span>`` of its own."""
    found = _last_holder(containers)
    if found is None:
        return []
    holder, last, after = found
    if not any(node.tag == "br" for node in after):
        return []  # one line at most: read whole by the closing walk's rules
    lines = cut_lines(holder if last is None else last, after)
    taken: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        before, nodes, _end = lines[index]
        raw = loose_line_text(holder, before, nodes)
        if not WORD.search(raw):
            continue
        if reader.rule(raw, holder, True) is None:
            break
        taken.append(index)
    else:
        if last is None:
            return []  # every line such a line, and no story above them in the box
    return [(holder, span) for span in take_lines(holder, lines, sorted(taken))]


def _last_holder(
    containers: Sequence[HtmlElement],
) -> tuple[HtmlElement, HtmlElement | None, list[HtmlElement]] | None:
    """The box holding the body's last words as loose text after its last block (None:
    as its own text), with that block and the nodes after it: from the last container
    down into its last block, while no words follow that block, at most
    ``HOLDER_LEVELS`` down. None when the body's last words are in no loose text. Each
    box's children are read from its end, to its last block only (a container of a
    hundred paragraphs makes no proxy for each)."""
    if not containers:
        return None
    node = containers[-1]
    for _level in range(HOLDER_LEVELS):
        last, after = _last_block(node)
        opening = (node.text if last is None else last.tail) or ""
        if WORD.search(opening) or any(_words(child) for child in after):
            return node, last, after
        if last is None:
            return None
        node = last
    return None


def _last_block(node: HtmlElement) -> tuple[HtmlElement | None, list[HtmlElement]]:
    """``node``'s last child that is a block (None: none), and the children after it
    in order, read from the end. An empty block (an ad's slot, a widget's box emptied by
    the passes before) is no block here: it ends no line of the loose text around it."""
    after: list[HtmlElement] = []
    for child in node.iterchildren(reversed=True):
        if child.tag in BLOCK_TAGS and not _empty(child):
            after.reverse()
            return child, after
        after.append(child)
    after.reverse()
    return None, after


def _empty(node: HtmlElement) -> bool:
    """Whether the block ``node`` holds nothing: no element, no text but blanks."""
    return len(node) == 0 and not (node.text or "").strip()


def _words(node: HtmlElement) -> bool:
    """Whether the inline ``node`` or its tail shows words (a comment: its tail)."""
    shown = text_of(node) if isinstance(node.tag, str) else ""
    return bool(WORD.search(shown) or WORD.search(node.tail or ""))
