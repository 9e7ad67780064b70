"""The header lines of a story set as loose text at the body's opening, in no block of
their own: "<figure>...</figure><br>3 May 2024<br>By Ada Lind<br><p>The council ..."
or "<div>Photo: Jo Doe<br>Share<br><br>The council ...</div>". A block holding one such
line alone goes by the rules that read a block (the body text rules of a paragraph:
a byline, a date, a credit, "Share"; the edge rules of one at the opening; a line of
the post's fields), while the rules read loose text as one line, all its lines joined,
which none matches. Here each line, cut at its ``<br>``, is read by those rules as the
block it renders as, from the top, and taken while it is a header line: the lines of
loose text above a block the opening walk reads (:func:`lines_above`), and the opening
lines of the story's first block (:func:`opening_lines`; every line of it a header
line: the block goes whole, :func:`all_header_lines`), or of the body's first
container holding no block (:func:`container_lines`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from ..dom.tags import BLOCK_TAGS
from ..dom.text import text_of
from ..dom.tree import is_below, line_opening
from ..rules.compiled import CompiledRules
from ..rules.model import Rule
from ..settings import Tuning
from .edge_bylines import author_line
from .edge_fields import date_line
from .edge_rules import METADATA_LINE
from .edge_text import normal_text
from .post_fields import WORD, fields_line, separated_fields
from .text_rules import paragraph_line_rules

HtmlElement = Any

#: A line of loose text: the node whose tail opens it (its holder, whose text does, for
#: the first), its nodes, and the ``<br>`` ending it (None for the last).
Line = tuple[HtmlElement, list[HtmlElement], HtmlElement | None]


@attrs.frozen
class LineReader:
    """How a line of loose text at the body's opening is read: by the rules reading a
    block there (the edge rules through ``rules``' own quick checks: a reader holding
    the walk's state would make a cycle keeping the page's tree alive until the garbage
    collector runs); ``names``: the page's authors (normalised) a byline names;
    ``fields``: whether lines of the post's fields are read (``metadata-lines`` runs);
    ``shape``: the test a line's text must pass first (None: any line is read), a module's
    function (the closing lines': a label and its value, or a date)."""

    rules: CompiledRules
    names: Sequence[str]
    tuning: Tuning
    fields: bool
    shape: Callable[[str], bool] | None = None
    #: what each line read so far gave, by its text, state and holder's tag: the story's
    #: first block is read twice (whole, then its lines)
    read: dict[tuple[str, bool, str], Rule | None] = attrs.field(factory=dict)

    def rule(self, raw: str, holder: HtmlElement, opening: bool) -> Rule | None:
        """The rule taking the line ``raw`` of ``holder`` as it would take a paragraph
        holding it alone, when it is no longer than a line of the post's fields
        (``metadata_line_max_chars``): a body text rule, an edge rule while the walk is
        ``opening`` (before the story's first block), else a line of the post's fields, a byline
        naming an author or a date (not in a heading or a list of pairs:
        :func:`.edge_fields.date_line`). None for a line of the story."""
        text = normal_text(raw)
        if not text or len(text) > self.tuning.metadata_line_max_chars:
            return None  # a header line is short: a longer one is the story's
        if self.shape is not None and not self.shape(text):
            return None
        key = (text, opening, holder.tag)
        if key not in self.read:
            self.read[key] = self._read(text, holder, opening)
        return self.read[key]

    def _read(self, text: str, holder: HtmlElement, opening: bool) -> Rule | None:
        """:meth:`rule` without the memory."""
        fired = paragraph_line_rules(text, self.rules, self.tuning)
        if not fired and opening and "p" in self.rules.edge_text_rules:
            fired = self.rules.edge_quick_checks["p"].matching(text)
        if fired:
            return fired[0]
        if self.fields and self._fields_line(text, holder):
            return METADATA_LINE
        return None

    def _fields_line(self, text: str, holder: HtmlElement) -> bool:
        """True when the line ``text`` (no longer than :meth:`rule` reads) is one of the
        post's fields or a date alone: its fields split by separators only (a loose line has
        no inline elements of its own), read as a block's (:func:`.post_fields.fields_line`)."""
        tuning = self.tuning
        return (
            fields_line(separated_fields(text), text, tuning)
            or author_line(None, text, self.names, tuning)
            or date_line(holder, text, tuning)
        )


def lines_above(
    run: tuple[HtmlElement | None, list[HtmlElement], HtmlElement],
    reader: LineReader,
    opening: bool,
) -> tuple[list[tuple[HtmlElement, HtmlElement]], bool]:
    """Take out the header lines of the loose text ``run`` right above a block the
    opening walk reads (:func:`.edge_fields.line_above`) when ``<br>`` cut it into
    lines: from the top, while each is a header line (:meth:`LineReader.rule`); while
    the walk is ``opening``, past the story's first line, those right below it as in
    :func:`opening_lines`. Each line taken with its holder, in a ``<span>`` made for it
    (out of the tree) that says what went; and whether a line of the story stays (the
    walk is then past the story's first block)."""
    owner, inline, holder = run
    if not any(node.tag == "br" for node in inline):
        return [], False  # one line: read whole by the fields' rule
    lines = cut_lines(owner if owner is not None else holder, inline[::-1])
    taken, story = _header_lines(holder, lines, reader, opening, passing=opening)
    return [(holder, span) for span in take_lines(holder, lines, taken)], story


def opening_lines(block: HtmlElement, reader: LineReader) -> list[tuple[HtmlElement, HtmlElement]]:
    """Take out the header lines of ``block``, the story's first block, cut by its
    ``<br>``: from the top while each is a header line, then, past the story's first
    line (a title, a kicker), those right below it each a line of the post's fields or
    one a body text rule takes (as the blocks right below the story's first block);
    the lines left hold the story. Each taken with ``block``, in a ``<span>`` of its own."""
    lines = _block_lines(block)
    if not lines:
        return []
    taken, kept = _header_lines(block, lines, reader, opening=True, passing=True)
    if not kept:
        return []  # every line a header line: read whole (all_header_lines)
    return [(block, span) for span in take_lines(block, lines, taken)]


def container_lines(
    containers: Sequence[HtmlElement], blocks: Sequence[HtmlElement], reader: LineReader
) -> list[tuple[HtmlElement, HtmlElement]]:
    """The header lines opening the body's first container when it holds its story as
    loose text alone, no block of the walks' in it (``blocks``: they read none of its
    text), read as the story's first block is (:func:`opening_lines`)."""
    first = containers[0]
    if blocks and (blocks[0] is first or is_below(blocks[0], first)):
        return []
    return opening_lines(first, reader)


def all_header_lines(block: HtmlElement, reader: LineReader) -> bool:
    """True when ``block``, opening the body, holds two lines or more cut by ``<br>``,
    each a header line (:meth:`LineReader.rule`) or empty: the block goes whole."""
    lines = _block_lines(block)
    if not lines:
        return False
    taken, kept = _header_lines(block, lines, reader, opening=True, passing=False)
    return not kept and len(taken) > 1


def _block_lines(block: HtmlElement) -> list[Line]:
    """``block``'s lines cut at its ``<br>`` children; none when it has no such break,
    or a child of another block (its lines are not all the block's own)."""
    if block.find("br") is None:  # a child, looked for in C
        return []
    children = list(block)
    if any(child.tag in BLOCK_TAGS for child in children):
        return []
    return cut_lines(block, children)


def cut_lines(first: HtmlElement, nodes: Sequence[HtmlElement]) -> list[Line]:
    """``nodes`` (siblings in order, the first opened by ``first``'s tail, or its text
    when it is their parent) cut at each ``<br>``."""
    lines: list[Line] = []
    before: HtmlElement = first
    current: list[HtmlElement] = []
    for node in nodes:
        if node.tag == "br":
            lines.append((before, current, node))
            before, current = node, []
        else:
            current.append(node)
    lines.append((before, current, None))
    return lines


def _header_lines(
    holder: HtmlElement, lines: list[Line], reader: LineReader, opening: bool, passing: bool
) -> tuple[list[int], bool]:
    """The indices of the header lines of ``lines`` (of ``holder``) read from the top,
    and whether a line of the story stays. The first line of the story ends the read,
    unless ``passing``: it is then passed as the story's first line (a title, a kicker)
    and the read goes on to the lines right below it, in the walk's state past it (no
    edge rule reads them). A line holding a block ends it too."""
    taken: list[int] = []
    passed = False
    for index, (before, nodes, _end) in enumerate(lines):
        if any(isinstance(node.tag, str) and node.tag in BLOCK_TAGS for node in nodes):
            return taken, True
        raw = loose_line_text(holder, before, nodes)
        if not WORD.search(raw):
            continue
        if reader.rule(raw, holder, opening and not passed) is not None:
            taken.append(index)
        elif passing and not passed:
            passed = True
        else:
            return taken, True
    return taken, passed


def loose_line_text(holder: HtmlElement, before: HtmlElement, nodes: list[HtmlElement]) -> str:
    """The raw text of the line opened by ``before`` (its tail, or ``holder``'s text)
    made of ``nodes``; a comment's text is not the page's."""
    parts = [line_opening(holder, before)]
    for node in nodes:
        parts += (text_of(node) if isinstance(node.tag, str) else "", node.tail or "")
    return " ".join(parts)


def _set_opening(holder: HtmlElement, before: HtmlElement, text: str | None) -> None:
    """Set the text opening the line after ``before`` (:func:`.dom.tree.line_opening`)."""
    if before is holder:
        holder.text = text
    else:
        before.tail = text


def take_lines(holder: HtmlElement, lines: list[Line], taken: list[int]) -> list[HtmlElement]:
    """Take the lines ``taken`` (indices into ``lines``) out of ``holder``, each with the
    ``<br>`` ending it (the next line then opens where it did), each in a ``<span>`` made
    for it, out of the tree."""
    spans: list[HtmlElement] = []
    wanted = set(taken)
    opener = lines[0][0] if lines else holder
    for index, (_before, nodes, end) in enumerate(lines):
        if index not in wanted:
            if end is not None:
                opener = end
            continue
        span = holder.makeelement("span", {})
        span.text = line_opening(holder, opener)
        for node in nodes:
            span.append(node)  # with its tail, the line's text after it
        if end is not None:
            _set_opening(holder, opener, end.tail)
            end.tail = None
            span.append(end)
        else:
            _set_opening(holder, opener, None)
        spans.append(span)
    return spans
