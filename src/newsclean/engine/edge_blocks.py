"""The blocks around :func:`.edges.trim_edges`' two walks: the innermost blocks it reads
(:func:`leaf_blocks`), the loose line of inline text closing the body that it reads
first, and what its removals left closing the body (an empty heading, a dangling
label), removed after. What the edges read before and after the walks goes here; the
walks, one state machine, are :mod:`.edge_walk`'s."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from ..dom.text import words_length
from ..rules.compiled import CompiledRules
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .closing_blocks import closing_headings, dangling_label, empty_sections
from .edge_rules import AUTHOR_NOTE, CLOSING_HEADING, DANGLING_LABEL, EMPTY_SECTION
from .edge_text import PADDING, normal_text
from .inline_lines import loose_after
from .loose_lines import loose_line_after_breaks, loose_tagline
from .source_labels import SOURCE_LABEL, closing_source_label, section_source_labels

HtmlElement = Any


def loose_closing_line(
    blocks: list[HtmlElement],
    containers: list[HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
    matching: Callable[[str, str], list[Rule]],
    decisions: Decisions,
    names: Sequence[str] = (),
) -> list[tuple[HtmlElement, str]]:
    """The inline text after the last block holding words, in no block of its own
    (:func:`loose_after`), when the paragraphs' rules match it, or it is a tagline on
    one of the author ``names`` (:func:`.loose_lines.loose_tagline`); else its last line
    after two ``<br>``, when they match that: its elements, each with the rule's name,
    and its text cut from the tails it stands in."""
    last = next((block for block in reversed(blocks) if words_length(block)), None)
    if last is None:
        return []
    chain, inline, loose = loose_after(last, containers)
    fired = _line_rules(inline, loose, matching, names)
    if not fired:  # its last line, after two <br>, alone
        chain, inline, loose = loose_line_after_breaks(chain, inline)
        fired = _line_rules(inline, loose, matching, names)
    if not fired:
        return []
    # the empty blocks among them (an icon's box, a banner's link) stay where they are
    elements = [node for node in inline if isinstance(node.tag, str) and node.tag not in by_tag]
    for rule in fired if elements else ():  # a text in tails only has no element
        decisions.record(elements[0], rule)
    for node in chain + inline:
        node.tail = None
    return [(node, fired[0].name) for node in elements]


def _line_rules(
    inline: Sequence[HtmlElement],
    loose: Sequence[str],
    matching: Callable[[str, str], list[Rule]],
    names: Sequence[str],
) -> list[Rule]:
    """The rules taking the loose line of ``inline`` whose texts are ``loose``."""
    text = normal_text(" ".join(loose))
    if not text or len(text) > PADDING:
        return []
    fired = matching("p", text)
    if not fired and names and loose_tagline(inline, text, names):
        fired = [AUTHOR_NOTE]
    return fired


def left_headings(
    containers: list[HtmlElement], rules: CompiledRules, decisions: Decisions, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove and return the headings left closing the body with nothing after them
    (``closing-headings``, :func:`.closing_blocks.closing_headings`). Read before the
    closing walk too: such a title of a section the rules took out ("Leave a reply" over
    a comment form gone) would stop the walk above the furniture it closes (an author's
    note), and again after it, for the headings its removals left closing the body."""
    found: list[tuple[HtmlElement, str]] = []
    if rules.runs(CLOSING_HEADING):
        for heading in closing_headings(containers[-1], tuning.closing_heading_max_chars):
            decisions.record(heading, CLOSING_HEADING)
            found.append((heading, CLOSING_HEADING.name))
    return found


def left_closing(
    containers: list[HtmlElement],
    rules: CompiledRules,
    decisions: Decisions,
    tuning: Tuning,
    bared: Collection[HtmlElement],
    removed: bool = True,
) -> list[tuple[HtmlElement, str]]:
    """What the edges' removals left closing the body, or a section: a heading with
    nothing after it (only when the edges ``removed`` something: those left before them
    were taken then), a section's heading whose next text is a heading of its rank, a
    label ending in a colon with nothing to label, an outlet's label closing the body or
    the text before a heading. Removed only by the caller."""
    found = left_headings(containers, rules, decisions, tuning) if removed else []
    if rules.runs(EMPTY_SECTION):
        for container in containers:
            for heading in empty_sections(container, tuning.closing_heading_max_chars, bared):
                decisions.record(heading, EMPTY_SECTION)
                found.append((heading, EMPTY_SECTION.name))
    if rules.runs(DANGLING_LABEL):
        label = dangling_label(containers[-1], tuning)
        if label is not None:
            decisions.record(label, DANGLING_LABEL)
            found.append((label, DANGLING_LABEL.name))
    if rules.runs(SOURCE_LABEL):
        sources = [closing_source_label(containers[-1], tuning)]
        for container in containers:
            sources += section_source_labels(container, tuning)
        for source in sources:
            if source is not None:
                decisions.record(source, SOURCE_LABEL)
                found.append((source, SOURCE_LABEL.name))
    return found


def leaf_blocks(
    containers: Iterable[HtmlElement], by_tag: dict[str, tuple[Rule, ...]]
) -> list[HtmlElement]:
    """The innermost blocks of the rules' tags, in document order (their text is read
    only for the few at either end). A container after the first that holds none is
    one itself: a line set beside the story and taken in as a container of its own (a
    static page's "Last modified: ..." footer)."""
    found = []
    for index, container in enumerate(containers):
        inside = [el for el in container.iter(*by_tag) if el is not container]
        if not inside and index and container.tag in by_tag:
            inside = [container]
        found += inside
    holders: set[HtmlElement] = set()
    for element in found:
        # step up with getparent(): most blocks have their parent marked already, and
        # an ancestor iterator costs more to build than that one step
        ancestor = element.getparent()
        while ancestor is not None and ancestor not in holders:
            holders.add(ancestor)
            ancestor = ancestor.getparent()
    return [element for element in found if element not in holders]
