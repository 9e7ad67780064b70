"""What the closing walk over the body's edges reads that the opening walk does not: a
date stamp or a labelled line of fields, a note on an author or the box holding it, the
story's last line after a break, the inline text and box text around a closing block
taken, and the widgets' labels passed below furniture. Apart from :mod:`.edge_walk`,
which keeps the state machine and the opening side, so each stays readable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..dom.text import text_of
from ..rules.model import Rule
from ..rules.walk import Decisions
from .author_boxes import closing_author_box
from .author_notes import copies_bio, described_author, is_author_note, italic_note, italic_pointer
from .closing_bios import anonymous_bio_box
from .edge_fields import stamped_line
from .edge_rules import (
    AUTHOR_NOTE,
    CLOSING_HEADING,
    ITALIC_POINTER,
    LOOSE_CLOSING_LINES,
    METADATA_LINE,
)
from .edge_text import PADDING, normal_text
from .inline_lines import closing_line, inline_text_before, take_line, text_above, text_beside
from .loose_header_lines import all_header_lines
from .post_fields import labelled_line

if TYPE_CHECKING:
    from .edge_walk import Edges, Walk

HtmlElement = Any


def closing_fired(edges: Edges, walk: Walk, element: HtmlElement, text: str) -> list[Rule] | None:
    """What the closing walk reads in ``element`` that no edge rule matched: a date stamp
    with a label no date rule knows, a line of fields with a labelled date, a block of
    loose closing lines (each cut by ``<br>``, :mod:`.loose_closing_lines`), a note on an
    author, a pointer in italics, a copy of a bio. None when it took an author's box
    whole."""
    names, tuning = edges.names, edges.tuning
    if edges.metadata and (
        stamped_line(element, text, tuning) or labelled_line(element, text, tuning)
    ):
        # a date stamp with a label no date rule knows, a line of fields with a
        # labelled date ("Veröffentlicht: 05.01.2020 | Autor: Ada Lind")
        return [METADATA_LINE]
    if edges.closing_reader is not None and all_header_lines(element, edges.closing_reader):
        return [LOOSE_CLOSING_LINES]  # "Datum: ...<br>Autor: ...<br>Quelle: ..."
    if is_author_note(element, text, names, walk.below_note, tuning):
        return [AUTHOR_NOTE]
    if italic_note(element, text, tuning):
        return [AUTHOR_NOTE]
    if edges.pointers and italic_pointer(element, text, edges.links, tuning):
        return [ITALIC_POINTER]
    if described_author(element, text, names, tuning):
        return [AUTHOR_NOTE]
    if edges.bios and copies_bio(text, edges.bios):
        return [AUTHOR_NOTE]
    if not edges.notes:
        return []
    containers = edges.containers
    box = (
        closing_author_box(element, containers, names, tuning, edges.name_holders)
        if names
        else None
    )
    if box is None:
        box = anonymous_bio_box(element, text, containers, tuning, edges.link_holders)
    if box is None:
        return []
    edges.decisions.record(box, AUTHOR_NOTE)
    edges.doomed.append((box, AUTHOR_NOTE.name))
    edges.doomed += take_labels(walk.labels, edges.decisions)
    edges.held.append(box)
    walk.whole_box = box
    return None


def last_line(edges: Edges, walk: Walk, element: HtmlElement, text: str, fired: list[Rule]) -> bool:
    """True when the closing walk ends at ``element``, the story's last block whose
    last line (after a break) is furniture: that line alone is taken, unless labels
    were passed below it (the walk ends at them)."""
    after_breaks, after_fired = closing_line(element, edges.by_tag, edges.matching)
    if not after_fired:
        return False
    if fired and (
        fired[0] not in edges.by_tag[element.tag]
        or edges.matching(element.tag, text_above(after_breaks))
    ):
        return False
    if not walk.labels:
        edges.doomed.extend(take_line(after_breaks, after_fired, edges.decisions))
    return True


def take_around(edges: Edges, element: HtmlElement) -> None:
    """With the closing block ``element`` taken, take the inline text before it and
    its box's own text beside it when an edge rule matches them."""
    by_tag, decisions, doomed = edges.by_tag, edges.decisions, edges.doomed
    inline_before = inline_text_before(element, by_tag)
    line = normal_text(" ".join(map(text_of, inline_before)))
    line_fired = edges.matching("p", line) if line and len(line) <= PADDING else []
    for node in inline_before if line_fired else ():
        for rule in line_fired:
            decisions.record(node, rule)
        doomed.append((node, line_fired[0].name))
    box = element.getparent()
    containers = edges.containers
    if box is None or box in containers or element in containers or box.tag not in by_tag:
        return
    box_text = text_beside(box, element, by_tag)
    box_fired = edges.matching(box.tag, box_text) if box_text else []
    for rule in box_fired:
        decisions.record(box, rule)
    if box_fired:
        doomed.append((box, box_fired[0].name))


def take_labels(labels: list[HtmlElement], decisions: Decisions) -> list[tuple[HtmlElement, str]]:
    """The short ``labels`` the closing walk passed (:func:`.closing_bios.closing_label`),
    now that it took furniture above them: titles of widgets below it ("Reader
    conversations" over a comment box the page fills by script). Emptied."""
    for label in labels:
        decisions.record(label, CLOSING_HEADING)
    taken = [(label, CLOSING_HEADING.name) for label in labels]
    labels.clear()
    return taken
