"""The closing and the opening walks over the body's edges, one state machine: what
both read and took (:class:`Edges`), what one passed (:class:`Walk`), and one function
per kind of block met (an empty block read by its box's inline text, the lines of
fields below the story's first block); what only the closing walk reads is in
:mod:`.edge_closing`. :func:`.edges.trim_edges` sets them up and removes what they took."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

import attrs

from ..dom.text import text_of
from ..dom.tree import is_below
from ..rules.model import Rule
from ..rules.quick_check import TextQuickCheck
from ..rules.walk import Decisions
from ..settings import Tuning
from .author_notes import is_author_note
from .closing_bios import anonymous_bio_box, closing_label
from .edge_bylines import opening_byline
from .edge_closing import closing_fired, last_line, take_around, take_labels
from .edge_fields import (
    breadcrumb_trail,
    byline_above_date,
    date_line,
    fields_box,
    fields_line,
    line_above,
    loose_fields_before,
)
from .edge_rules import (
    AUTHOR_NOTE,
    BREADCRUMB_TRAIL,
    LOOSE_HEADER_LINES,
    METADATA_LINE,
    PAGE_ADDRESS,
)
from .edge_text import normal_text
from .inline_lines import inline_holder
from .links import SiteLinks
from .loose_header_lines import LineReader, all_header_lines, lines_above, opening_lines
from .post_fields import METADATA_DATE_PATTERN

HtmlElement = Any


@attrs.define
class Edges:
    """What both walks read (the body's blocks, the authors' names and bios, which
    rules run) and what they took (``doomed``, with their rules' names; ``held``: the
    blocks read for their inline text and removed)."""

    containers: list[HtmlElement]
    by_tag: dict[str, tuple[Rule, ...]]
    checks: dict[str, TextQuickCheck]
    decisions: Decisions
    links: SiteLinks
    tuning: Tuning
    blocks: list[HtmlElement]
    doomed: list[tuple[HtmlElement, str]]
    names: list[str]
    bios: list[str]
    byline_names: list[str]
    name_holders: Collection[HtmlElement]
    page_address: bool
    trails: bool
    pointers: bool
    metadata: bool
    notes: bool
    held: list[HtmlElement] = attrs.Factory(list)
    #: the boxes whose links the pruning took
    link_holders: Collection[HtmlElement] = ()
    #: inline_holder's, by parent
    around: dict[HtmlElement, HtmlElement | None] = attrs.Factory(dict)
    #: how a line of loose text is read (None: ``loose-header-lines`` is off)
    reader: LineReader | None = None
    #: how a closing line of loose text is read (None: ``loose-closing-lines`` is off)
    closing_reader: LineReader | None = None
    #: the loose lines taken, each with its holder and rule's name
    lines: list[tuple[HtmlElement, HtmlElement, str]] = attrs.Factory(list)

    def matching(self, tag: str, text: str) -> list[Rule]:
        """The edge rules of ``tag`` matching ``text`` (see :meth:`TextQuickCheck.matching`)."""
        return self.checks[tag].matching(text)

    def take_lines(self, found: list[tuple[HtmlElement, HtmlElement]]) -> None:
        """Keep the header lines of loose text ``found`` (each with its holder) as taken
        by ``loose-header-lines``."""
        self.lines += [(holder, line, LOOSE_HEADER_LINES.name) for holder, line in found]


@attrs.define
class Walk:
    """What one walk (from the end: ``closing``, or from the start) passed so far."""

    closing: bool
    #: the last block taken was an author's note
    below_note: bool = False
    #: the opening line of names above a date line was taken
    below_byline: bool = False
    #: a block read for its inline text, whose empty blocks are passed
    holder: HtmlElement | None = None
    #: a box taken whole (an author box, fields), whose blocks are passed
    whole_box: HtmlElement | None = None
    #: the opening walk passed the story's first block: fields lines only
    passed: bool = False
    #: short labels passed, taken with what fires above
    labels: list[HtmlElement] = attrs.Factory(list)


def walk_edges(edges: Edges, walk: Walk, run: Iterator[HtmlElement]) -> None:
    """Walk the blocks of ``run`` (from the end or from the start) until one that is
    not furniture, or one the other walk took (the two ends met)."""
    doomed, held = edges.doomed, edges.held
    for index, element in enumerate(run):
        if walk.whole_box is not None and is_below(element, walk.whole_box):
            continue
        if any(element is gone for gone, _name in doomed) or any(
            is_below(element, gone) for gone in held
        ):
            break  # the two ends met
        if walk.holder is not None and is_below(element, walk.holder):
            # a block of its own inside the box read for its inline text (a list's
            # "Video verfügbar bis ..." beside a button): read alone, passed if kept
            fired = edges.matching(element.tag, normal_text(text_of(element)))
            for rule in fired:
                edges.decisions.record(element, rule)
            if fired:
                doomed.append((element, fired[0].name))
            continue
        if not _step(edges, walk, element, index):
            break


def _step(edges: Edges, walk: Walk, element: HtmlElement, index: int) -> bool:
    """Read the block ``element`` (the ``index``-th of the opening walk): take it if it
    is furniture; False when the walk ends at it."""
    text = normal_text(text_of(element))
    if not walk.closing:
        _loose_above(edges, walk, element, text)
    if walk.passed:  # only lines of fields right below it, none further down
        return _fields_below(edges, walk, element, text)
    if not text:
        return _empty_block(edges, walk, element)
    fired = edges.matching(element.tag, text)
    if not fired and edges.page_address and edges.links.is_page(text):
        fired = [PAGE_ADDRESS]
    if not fired:
        if walk.closing:
            found = closing_fired(edges, walk, element, text)
        else:
            found = _opening_fired(edges, walk, element, text, index)
        if found is None:
            return True  # a box taken whole
        fired = found
    return _take_fired(edges, walk, element, text, fired)


def _loose_above(edges: Edges, walk: Walk, element: HtmlElement, text: str) -> None:
    """Take the loose text right above ``element`` (read once: :func:`line_above`) when it
    is a line of fields, above an empty block too (a picture's box below "Erstellt am:
    ... / sk"), else its header lines (:func:`lines_above`)."""
    if not edges.metadata and edges.reader is None:
        return
    run = line_above(element, edges.containers, edges.by_tag)
    fields = []
    if edges.metadata and (text or not walk.passed):
        names, decisions, tuning = edges.byline_names, edges.decisions, edges.tuning
        fields = loose_fields_before(run, edges.by_tag, names, decisions, tuning)
        edges.doomed += fields
    if edges.reader is not None and not fields:
        above, story = lines_above(run, edges.reader, not walk.passed)
        edges.take_lines(above)
        walk.passed = walk.passed or story  # loose lines of the story came first


def _fields_below(edges: Edges, walk: Walk, element: HtmlElement, text: str) -> bool:
    """Take the block ``element`` below the story's first block when it is a line of
    fields or a date, or opens a box of fields one of which is a labelled date (below
    a headline the page's title did not name); False (the walk ends) at any other text."""
    if not text:
        return True
    tuning = edges.tuning
    if not fields_line(element, text, edges.byline_names, tuning) and not date_line(
        element, text, tuning
    ):
        box = fields_box(element, edges.containers, tuning, labelled=True)
        if box is None:
            return False
        walk.whole_box = element = box
    edges.decisions.record(element, METADATA_LINE)
    edges.doomed.append((element, METADATA_LINE.name))
    return True


def _empty_block(edges: Edges, walk: Walk, element: HtmlElement) -> bool:
    """Read the empty block ``element`` by the inline text of the box holding it (its
    holder: a share bar's icons beside a date, an author's note around its picture);
    take the holder if it is furniture. False when labels were passed below it."""
    holder = walk.holder = inline_holder(element, edges.containers, edges.by_tag, edges.around)
    if holder is None:
        return True
    held_text = normal_text(text_of(holder))
    fired = edges.matching(holder.tag, held_text)
    closing, tuning = walk.closing, edges.tuning
    if not fired and not closing and edges.metadata and date_line(holder, held_text, tuning):
        fired = [METADATA_LINE]  # a date beside a share bar's empty icons
    if not fired and closing:
        note = is_author_note(holder, held_text, edges.names, walk.below_note, tuning)
        fired = [AUTHOR_NOTE] if note else []
    if not fired and closing and edges.notes:
        box = anonymous_bio_box(holder, held_text, edges.containers, tuning, edges.link_holders)
        if box is not None:
            holder = walk.holder = walk.whole_box = box
            fired = [AUTHOR_NOTE]
    if fired and walk.labels and fired[0] is not AUTHOR_NOTE:
        return False  # the labels passed stay, and the walk ends at them
    if fired:
        for rule in fired:
            edges.decisions.record(holder, rule)
        edges.doomed.append((holder, fired[0].name))
        edges.held.append(holder)
        edges.doomed += take_labels(walk.labels, edges.decisions)
    return True


def _opening_fired(
    edges: Edges, walk: Walk, element: HtmlElement, text: str, index: int
) -> list[Rule] | None:
    """What the opening walk reads in ``element`` that no edge rule matched: a
    breadcrumb trail, a line of the post's fields, a byline over a date, a date. None
    when it took a box of fields whole."""
    if edges.trails and breadcrumb_trail(element, text):
        return [BREADCRUMB_TRAIL]
    if not edges.metadata:
        return _every_line(edges, element)
    tuning = edges.tuning
    if fields_line(element, text, edges.byline_names, tuning) or (
        walk.below_byline and METADATA_DATE_PATTERN.fullmatch(text)
    ):
        return [METADATA_LINE]
    if byline_above_date(element, edges.blocks[index + 1 :], tuning):
        walk.below_byline = True
        return [METADATA_LINE]
    box = fields_box(element, edges.containers, tuning)
    if box is not None:
        edges.decisions.record(box, METADATA_LINE)
        edges.doomed.append((box, METADATA_LINE.name))
        walk.whole_box = box
        return None
    if date_line(element, text, tuning):  # a date left alone, in no box of fields
        return [METADATA_LINE]
    return _every_line(edges, element)


def _every_line(edges: Edges, element: HtmlElement) -> list[Rule]:
    """``loose-header-lines`` when every line of ``element`` (cut by ``<br>``) is a
    header line (:func:`.loose_header_lines.all_header_lines`)."""
    reader = edges.reader
    return [LOOSE_HEADER_LINES] if reader and all_header_lines(element, reader) else []


def _take_fired(
    edges: Edges, walk: Walk, element: HtmlElement, text: str, fired: list[Rule]
) -> bool:
    """Take ``element`` when rules ``fired`` on it (with the labels passed below it
    and, closing, the inline text before it and its box's text beside it), or its last
    line alone, or pass it as a label or the story's first block. False when the walk
    ends at it."""
    if walk.closing and last_line(edges, walk, element, text, fired):
        return False
    if not fired:
        if walk.closing and closing_label(text, len(walk.labels), edges.tuning):
            walk.labels.append(element)  # a widget's title, if a note is above it
            return True
        if walk.closing or not edges.metadata:
            return False
        # a standfirst or a label over the post's fields, or the story's first
        # block, perhaps opening with its byline on a line of its own
        byline = opening_byline(element, edges.byline_names, edges.decisions, edges.tuning)
        edges.doomed += byline
        if not byline and edges.reader is not None:
            taken = opening_lines(element, edges.reader)
            edges.take_lines(taken)
        walk.passed = True
        return True
    walk.below_note = fired[0] is AUTHOR_NOTE
    if walk.labels and not walk.below_note:
        return False  # the labels passed stay, and the walk ends at them
    for rule in fired:
        edges.decisions.record(element, rule)
    edges.doomed.append((element, fired[0].name))
    edges.doomed += take_labels(walk.labels, edges.decisions)
    if walk.closing:
        take_around(edges, element)
    return True
