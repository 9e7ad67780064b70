"""The body's edges: the opening and closing blocks are read against the ``at_edges``
text rules, from either end inward, until a block that is not furniture (the story).
:func:`trim_edges` sets up the two walks and removes what they took; the walks (one
state machine, one function per kind of block) are :mod:`.edge_walk`'s, the blocks they
read and what they leave :mod:`.edge_blocks`', and a heading that ends the article (a
comment section's, taking all after it) :mod:`.article_end`'s."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from ..dom.text import collapse_space
from ..dom.tree import remove_element
from ..rules.compiled import CompiledRules
from ..rules.walk import Decisions
from ..settings import Tuning
from .author_boxes import author_boxes
from .author_notes import bio_copies
from .closing_sections import closing_section
from .edge_blocks import leaf_blocks, left_closing, left_headings, loose_closing_line
from .edge_bylines import AUTHOR_NAME, NICKNAME
from .edge_fields import lone_fields_line
from .edge_rules import (
    AUTHOR_NOTE,
    BREADCRUMB_TRAIL,
    ITALIC_POINTER,
    LOOSE_CLOSING_LINES,
    LOOSE_HEADER_LINES,
    METADATA_LINE,
    PAGE_ADDRESS,
)
from .edge_text import normal_text
from .edge_walk import Edges, Walk, walk_edges
from .links import SiteLinks
from .loose_closing_lines import closing_container_lines, closing_shape
from .loose_header_lines import LineReader, container_lines
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
    link_holders: Collection[HtmlElement] = (),
    lines: list[tuple[HtmlElement, HtmlElement, str]] | None = None,
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
    naming an author the pruning took (:func:`closing_author_box`); ``link_holders``:
    the boxes whose links it took (an introduction's link to the About page,
    :func:`.closing_bios.anonymous_bio_box`). ``lines``: where the header lines of loose
    text taken out of the opening go, each with its holder and rule's name
    (:mod:`.loose_header_lines`). The two walks, from
    the end and from the start, are one state machine (:class:`.edge_walk.Walk`: the
    flags each keeps on what it passed) over what both read and took
    (:class:`.edge_walk.Edges`)."""
    if not rules.edge_text_rules or not containers:
        return []
    headings = left_headings(containers, rules, decisions, tuning)  # they stop no walk
    edges = _read_edges(containers, rules, decisions, links, tuning, authors, bios, name_holders)
    edges.link_holders = link_holders
    if lines is not None:
        edges.lines = lines
    blocks, doomed = edges.blocks, edges.doomed
    if edges.metadata:
        lone = lone_fields_line(containers, edges.by_tag, edges.byline_names, tuning)
        if lone is not None:
            decisions.record(lone, METADATA_LINE)
            doomed.append((lone, METADATA_LINE.name))
    if "p" in edges.by_tag:
        doomed += loose_closing_line(
            blocks, containers, edges.by_tag, edges.matching, decisions, edges.names
        )
    for closing, run in ((True, reversed(blocks)), (False, iter(blocks))):
        walk_edges(edges, Walk(closing), run)
    if edges.reader is not None:
        edges.take_lines(container_lines(containers, blocks, edges.reader))
    if edges.names:
        for box in author_boxes(blocks, containers, edges.names, doomed, edges.held, tuning):
            decisions.record(box, AUTHOR_NOTE)
            doomed.append((box, AUTHOR_NOTE.name))
    for element, _name in doomed:
        remove_element(element)
        if element in containers:  # a line taken in as a container of its own
            containers.remove(element)
    if edges.closing_reader is not None:  # the body's last words, once the walks took theirs
        found = closing_container_lines(containers, edges.closing_reader)
        edges.lines += [(holder, line, LOOSE_CLOSING_LINES.name) for holder, line in found]
    left = left_closing(containers, rules, decisions, tuning, bared, bool(doomed))
    return headings + doomed + left


def _read_edges(
    containers: list[HtmlElement],
    rules: CompiledRules,
    decisions: Decisions,
    links: SiteLinks,
    tuning: Tuning,
    authors: Sequence[str],
    bios: Sequence[str],
    name_holders: Collection[HtmlElement],
) -> Edges:
    """What the walks read: the body's blocks less a closing section and the copies of
    the authors' bios (both taken first), the authors' names and bios, the rules that run."""
    by_tag = rules.edge_text_rules
    blocks = leaf_blocks(containers, by_tag)
    notes = rules.runs(AUTHOR_NOTE)
    names = [n for n in map(normal_text, authors) if n] if notes else []
    doomed = _closing_section(blocks, containers, rules, decisions, links, tuning, names)
    if doomed:  # the section's blocks end the list; its box, when taken, is none of them
        blocks = blocks[: blocks.index(doomed[0][0])]
    texts = [bio for bio in map(normal_text, bios) if bio] if notes else []
    if texts:
        copies, texts = bio_copies(blocks, texts, names)
        for element in copies:
            decisions.record(element, AUTHOR_NOTE)
            doomed.append((element, AUTHOR_NOTE.name))
        blocks = [element for element in blocks if element not in copies]
    metadata = rules.runs(METADATA_LINE)
    named = [
        name for name in authors if AUTHOR_NAME.fullmatch(NICKNAME.sub("", collapse_space(name)))
    ]
    byline_names = [normal_text(name) for name in named] if metadata else []
    edges = Edges(
        containers,
        by_tag,
        rules.edge_quick_checks,
        decisions,
        links,
        tuning,
        blocks,
        doomed,
        names,
        texts,
        byline_names,
        name_holders,
        page_address=rules.runs(PAGE_ADDRESS),
        trails=rules.runs(BREADCRUMB_TRAIL),
        pointers=rules.runs(ITALIC_POINTER),
        metadata=metadata,
        notes=notes,
    )
    if rules.runs(LOOSE_HEADER_LINES):
        edges.reader = LineReader(rules, byline_names, tuning, metadata)
    if rules.runs(LOOSE_CLOSING_LINES):
        edges.closing_reader = LineReader(rules, byline_names, tuning, metadata, closing_shape)
    return edges


def _closing_section(
    blocks: list[HtmlElement],
    containers: list[HtmlElement],
    rules: CompiledRules,
    decisions: Decisions,
    links: SiteLinks,
    tuning: Tuning,
    names: list[str],
) -> list[tuple[HtmlElement, str]]:
    """The closing section under a heading a ``Role.CLOSING`` rule matches
    (:func:`.closing_blocks.closing_section`), with the rules that run."""
    promos = rules.runs(SELF_PROMO_SECTION)
    return closing_section(
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
