"""The body's edges: the opening and closing blocks are read against the ``at_edges``
text rules, from either end inward, until a block that is not furniture (the story).
The two walks (:func:`trim_edges`, one state machine) go here; the blocks they read
and what they leave are :mod:`.edge_blocks`', and a heading that ends the article (a
comment section's, taking all after it) is :mod:`.article_end`'s."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from ..dom.text import collapse_space, text_of
from ..dom.tree import is_below, remove_element
from ..rules.compiled import CompiledRules
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .author_boxes import author_boxes, closing_author_box
from .author_notes import (
    bio_copies,
    copies_bio,
    described_author,
    is_author_note,
    italic_note,
    italic_pointer,
)
from .closing_bios import anonymous_bio_box, closing_label
from .closing_blocks import closing_section
from .edge_blocks import leaf_blocks, left_closing, left_headings, loose_closing_line
from .edge_bylines import AUTHOR_NAME, opening_byline
from .edge_fields import (
    breadcrumb_trail,
    byline_above_date,
    date_line,
    fields_box,
    fields_line,
    loose_fields_before,
)
from .edge_rules import (
    AUTHOR_NOTE,
    BREADCRUMB_TRAIL,
    CLOSING_HEADING,
    ITALIC_POINTER,
    METADATA_LINE,
    PAGE_ADDRESS,
)
from .edge_text import PADDING, normal_text
from .inline_lines import (
    closing_line,
    inline_holder,
    inline_text_before,
    take_line,
    text_above,
    text_beside,
)
from .links import SiteLinks
from .post_fields import METADATA_DATE_PATTERN
from .product_pitches import PRODUCT_PITCH_SECTION
from .self_promos import SELF_PROMO_SECTION, site_names

HtmlElement = Any


def trim_edges(
    containers: list[HtmlElement],
    rules: CompiledRules,
    decisions: Decisions,
    links: SiteLinks,
    tuning: Tuning,
    authors: Sequence[str] = (),
    bios: Sequence[str] = (),
    bared: Collection[HtmlElement] = (),
    name_holders: Collection[HtmlElement] = (),
) -> list[tuple[HtmlElement, str]]:
    """Remove the furniture opening and closing the body; return what was removed,
    each with its rule's name. A line that is the page's own address (the header of
    a printed page) is furniture too, and so is a short closing section under a
    heading a ``Role.CLOSING`` rule matches (with all of that section), and a note
    about one of the page's ``authors`` closing it (:func:`is_author_note`). A copy
    of one of the authors' ``bios`` (from the page's structured data) goes closing it,
    and wherever it stands when it does not open with their name (:func:`bio_copies`).
    The inline text after the last block, in no block of its own, is read as a closing
    line too (:func:`loose_after`). ``bared``: the headings whose table the options
    left out (:func:`heading_over`), each an empty section when the next text is a
    heading of its rank (:func:`empty_sections`). ``name_holders``: the boxes whose link
    naming an author the pruning took (:func:`closing_author_box`). The two walks, from
    the end and from the start, are one state machine (the flags each keeps on what it
    passed), and so one function."""
    by_tag = rules.edge_text_rules
    if not by_tag or not containers:
        return []
    headings = left_headings(containers, rules, decisions, tuning)  # they stop no walk
    blocks = leaf_blocks(containers, by_tag)
    names = [n for n in map(normal_text, authors) if n] if rules.runs(AUTHOR_NOTE) else []
    promos = rules.runs(SELF_PROMO_SECTION)
    doomed = closing_section(
        blocks,
        containers,
        rules.closing_rules,
        rules.closing_longest,
        decisions,
        tuning.closing_section_max_chars,
        names,
        site_names(links.site) if promos else (),
        promos,
        tuning.product_pitch_max_chars if rules.runs(PRODUCT_PITCH_SECTION) else 0,
    )
    if doomed:  # the section's blocks end the list; its box, when taken, is none of them
        blocks = blocks[: blocks.index(doomed[0][0])]
    bios = [bio for bio in map(normal_text, bios) if bio] if rules.runs(AUTHOR_NOTE) else []
    if bios:
        copies, bios = bio_copies(blocks, bios, names)
        for element in copies:
            decisions.record(element, AUTHOR_NOTE)
            doomed.append((element, AUTHOR_NOTE.name))
        blocks = [element for element in blocks if element not in copies]
    page_address = rules.runs(PAGE_ADDRESS)
    trails = rules.runs(BREADCRUMB_TRAIL)
    pointers = rules.runs(ITALIC_POINTER)
    metadata = rules.runs(METADATA_LINE)
    notes = rules.runs(AUTHOR_NOTE)
    named = [name for name in authors if AUTHOR_NAME.fullmatch(collapse_space(name))]
    byline_names = [normal_text(name) for name in named] if metadata else []
    held: list[HtmlElement] = []  # blocks read for their inline text and removed
    around: dict[HtmlElement, HtmlElement | None] = {}  # inline_holder's, by parent
    checks = rules.edge_quick_checks

    def _matching(tag: str, text: str) -> list[Rule]:
        """The edge rules of ``tag`` matching ``text`` (see :meth:`TextQuickCheck.matching`)."""
        return checks[tag].matching(text)

    if "p" in by_tag:
        doomed += loose_closing_line(blocks, containers, by_tag, _matching, decisions, names)
    for closing, run in ((True, reversed(blocks)), (False, iter(blocks))):
        below_note = False
        below_byline = False  # the opening line of names above a date line was taken
        holder = None  # a block read for its inline text, whose empty blocks are passed
        whole_box = None  # a box taken whole (an author box, fields), whose blocks are passed
        passed = False  # the opening walk passed the story's first block: fields lines only
        labels: list[HtmlElement] = []  # short labels passed, taken with what fires above
        for index, element in enumerate(run):
            if whole_box is not None and is_below(element, whole_box):
                continue
            if any(element is gone for gone, _name in doomed) or any(
                is_below(element, gone) for gone in held
            ):
                break  # the two ends met
            if holder is not None and is_below(element, holder):
                # a block of its own inside the box read for its inline text (a list's
                # "Video verfügbar bis ..." beside a button): read alone, passed if kept
                fired = _matching(element.tag, normal_text(text_of(element)))
                for rule in fired:
                    decisions.record(element, rule)
                if fired:
                    doomed.append((element, fired[0].name))
                continue
            text = normal_text(text_of(element))
            if not closing and metadata and (text or not passed):
                # above an empty block too (a picture's box below "Erstellt am: ... / sk")
                doomed += loose_fields_before(
                    element, containers, by_tag, byline_names, decisions, tuning
                )
            if passed:  # only lines of fields right below it, none further down
                if not text:
                    continue
                if not fields_line(element, text, byline_names, tuning) and not date_line(
                    element, text
                ):
                    break
                decisions.record(element, METADATA_LINE)
                doomed.append((element, METADATA_LINE.name))
                continue
            if not text:
                holder = inline_holder(element, containers, by_tag, around)
                if holder is None:
                    continue
                held_text = normal_text(text_of(holder))
                fired = _matching(holder.tag, held_text)
                if not fired and not closing and metadata and date_line(holder, held_text):
                    fired = [METADATA_LINE]  # a date beside a share bar's empty icons
                if not fired and closing:
                    note = is_author_note(holder, held_text, names, below_note, tuning)
                    fired = [AUTHOR_NOTE] if note else []
                if not fired and closing and notes:
                    box = anonymous_bio_box(holder, held_text, containers, tuning)
                    if box is not None:
                        holder, fired = box, [AUTHOR_NOTE]
                        whole_box = box
                if fired and labels and fired[0] is not AUTHOR_NOTE:
                    break  # the labels passed stay, and the walk ends at them
                if fired:
                    for rule in fired:
                        decisions.record(holder, rule)
                    doomed.append((holder, fired[0].name))
                    held.append(holder)
                    doomed += _take_labels(labels, decisions)
                continue
            fired = _matching(element.tag, text)
            if not fired and page_address and links.is_page(text):
                fired = [PAGE_ADDRESS]
            if not fired and not closing and trails and breadcrumb_trail(element, text):
                fired = [BREADCRUMB_TRAIL]
            if not fired and not closing and metadata:
                if fields_line(element, text, byline_names, tuning) or (
                    below_byline and METADATA_DATE_PATTERN.fullmatch(text)
                ):
                    fired = [METADATA_LINE]
                elif byline_above_date(element, blocks[index + 1 :], tuning):
                    fired = [METADATA_LINE]
                    below_byline = True
                elif (box := fields_box(element, containers, tuning)) is not None:
                    decisions.record(box, METADATA_LINE)
                    doomed.append((box, METADATA_LINE.name))
                    whole_box = box
                    continue
                elif date_line(element, text):  # a date left alone, in no box of fields
                    fired = [METADATA_LINE]
            if not fired and closing and is_author_note(element, text, names, below_note, tuning):
                fired = [AUTHOR_NOTE]
            if not fired and closing and italic_note(element, text, tuning):
                fired = [AUTHOR_NOTE]
            if not fired and closing and pointers and italic_pointer(element, text, links, tuning):
                fired = [ITALIC_POINTER]
            if not fired and closing and described_author(element, text, names, tuning):
                fired = [AUTHOR_NOTE]
            if not fired and closing and bios and copies_bio(text, bios):
                fired = [AUTHOR_NOTE]
            if not fired and closing and notes:
                box = (
                    closing_author_box(element, containers, names, tuning, name_holders)
                    if names
                    else None
                )
                if box is None:
                    box = anonymous_bio_box(element, text, containers, tuning)
                if box is not None:
                    decisions.record(box, AUTHOR_NOTE)
                    doomed.append((box, AUTHOR_NOTE.name))
                    doomed += _take_labels(labels, decisions)
                    held.append(box)
                    whole_box = box
                    continue
            after_breaks, after_fired = (
                closing_line(element, by_tag, _matching) if closing else ([], [])
            )
            if after_fired and (
                not fired
                or (
                    fired[0] in by_tag[element.tag]
                    and not _matching(element.tag, text_above(after_breaks))
                )
            ):
                # the story's last block, its last line furniture (and only that line),
                # unless labels were passed below it: the walk ends at them
                if not labels:
                    doomed.extend(take_line(after_breaks, after_fired, decisions))
                break
            if not fired:
                if closing and closing_label(text, len(labels), tuning):
                    labels.append(element)  # a widget's title, if a note is above it
                    continue
                if closing or not metadata:
                    break
                # a standfirst or a label over the post's fields, or the story's first
                # block, perhaps opening with its byline on a line of its own
                doomed += opening_byline(element, byline_names, decisions, tuning)
                passed = True
                continue
            below_note = fired[0] is AUTHOR_NOTE
            if labels and not below_note:
                break  # the labels passed stay, and the walk ends at them
            for rule in fired:
                decisions.record(element, rule)
            doomed.append((element, fired[0].name))
            doomed += _take_labels(labels, decisions)
            if closing:
                inline_before = inline_text_before(element, by_tag)
                line = normal_text(" ".join(map(text_of, inline_before)))
                line_fired = _matching("p", line) if line and len(line) <= PADDING else []
                for node in inline_before if line_fired else ():
                    for rule in line_fired:
                        decisions.record(node, rule)
                    doomed.append((node, line_fired[0].name))
            box = element.getparent()
            if (
                closing
                and box is not None
                and box not in containers
                and element not in containers
                and box.tag in by_tag
            ):
                box_text = text_beside(box, element, by_tag)
                box_fired = _matching(box.tag, box_text) if box_text else []
                for rule in box_fired:
                    decisions.record(box, rule)
                if box_fired:
                    doomed.append((box, box_fired[0].name))
    if names:
        for box in author_boxes(blocks, containers, names, doomed, held, tuning):
            decisions.record(box, AUTHOR_NOTE)
            doomed.append((box, AUTHOR_NOTE.name))
    for element, _name in doomed:
        remove_element(element)
        if element in containers:  # a line taken in as a container of its own
            containers.remove(element)
    left = left_closing(containers, rules, decisions, tuning, bared, bool(doomed))
    return headings + doomed + left


def _take_labels(labels: list[HtmlElement], decisions: Decisions) -> list[tuple[HtmlElement, str]]:
    """The short ``labels`` the closing walk passed (:func:`.closing_bios.closing_label`),
    now that it took furniture above them: titles of widgets below it ("Reader
    conversations" over a comment box the page fills by script). Emptied."""
    for label in labels:
        decisions.record(label, CLOSING_HEADING)
    taken = [(label, CLOSING_HEADING.name) for label in labels]
    labels.clear()
    return taken
