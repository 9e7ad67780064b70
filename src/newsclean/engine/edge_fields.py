"""Lines of fields at the body's edges: a metadata line (date, count, category), a
breadcrumb trail, a byline naming the page's authors, a box of such fields.

This module holds the checks the edge walk calls (:mod:`.edges`) and the lines and
boxes they read; what a line of the post's fields is made of is in :mod:`.post_fields`,
a byline naming the page's authors in :mod:`.edge_bylines`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..dom.tags import BLOCK_TAGS, HEADINGS, PHRASING_TAGS
from ..dom.text import collapse_space, text_of
from ..rules.builtin.lexicon.credits import NAMES_LINE
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from ..tuning.pruning import BREADCRUMB_MAX_CHARS, BREADCRUMB_MIN_STEPS, BREADCRUMB_STEP_MAX_WORDS
from .edge_bylines import author_line
from .edge_rules import METADATA_LINE
from .edge_text import PADDING, normal_text
from .inline_lines import holds_block
from .post_fields import (
    METADATA_DATE_PATTERN,
    METADATA_SEPARATOR_PATTERN,
    WORD,
    date_range,
    labelled_date,
    metadata_fields,
    metadata_line,
    separated_fields,
)
from .stamp_lines import stamp_line

HtmlElement = Any


_NAMES_LINE = re.compile(NAMES_LINE)
#: The boxes read as a line of the post's fields set as lines of their own...
_FIELD_BOXES = frozenset(("div", "header", "section", "li", "dl"))
#: ... a list of pairs only when one of them is a date labelled as the story's
#: publication or update (a blog engine's "<dl><dt>Details</dt><dd>Published: ...</dd>
#: <dd>Written by ...</dd></dl>"): a member's "Mitglied seit" over "28. Juni 2014" stays.
_PAIR_BOXES = frozenset(("dl",))
#: The blocks no date line alone is read in (:func:`date_line`): headings, and the terms,
#: values and cells of a list of pairs or a table.
_PAIRED_VALUES = HEADINGS | frozenset(("dt", "dd", "td", "th"))
#: What splits the steps of a breadcrumb trail: an arrow or a chevron, a spaced slash.
_TRAIL_SEPARATOR = re.compile(r"\s*[>»›→]\s*|\s+/\s+")
#: A label before a trail ("You are here:", "Sie sind hier:"): a few words and a colon.
_TRAIL_LABEL = re.compile(r"[^:>»›→/]{1,30}:\s*")


def breadcrumb_trail(element: HtmlElement, text: str) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a breadcrumb
    trail: after a label perhaps ("You are here:"), at least ``BREADCRUMB_MIN_STEPS`` steps
    split by :data:`_TRAIL_SEPARATOR`, each but the last (the page's title, linked or
    not) a link of ``element`` of a few words, the site's section. A sentence's "A / B /
    C" has words outside links."""
    if len(text) > BREADCRUMB_MAX_CHARS:
        return False
    trail = text[label.end() :] if (label := _TRAIL_LABEL.match(text)) else text
    steps = [step.strip() for step in _TRAIL_SEPARATOR.split(trail) if step.strip()]
    if len(steps) < BREADCRUMB_MIN_STEPS:
        return _drawn_trail(element)
    linked = {normal_text(text_of(link)).strip(" >»›→/") for link in element.iter("a")}
    return all(
        step in linked and len(step.split()) <= BREADCRUMB_STEP_MAX_WORDS for step in steps[:-1]
    )


def _drawn_trail(element: HtmlElement) -> bool:
    """True when ``element`` is a breadcrumb trail whose separators the page's style
    draws (an empty icon, a border) or that has none: inline elements alone, no word
    loose between them, at least ``BREADCRUMB_MIN_STEPS`` of them holding words, each
    but the last a link of a few words and the last (the page's own title) no link.
    A line of links alone (a row of tags) or a sentence's words stay."""
    if WORD.search(element.text or ""):
        return False
    steps: list[HtmlElement] = []
    for child in element:
        if not isinstance(child.tag, str) or WORD.search(child.tail or ""):
            return False
        if child.tag not in PHRASING_TAGS:
            return False
        if WORD.search(text_of(child)):
            steps.append(child)
    if len(steps) < BREADCRUMB_MIN_STEPS or steps[-1].tag == "a":
        return False
    return all(
        step.tag == "a" and len(text_of(step).split()) <= BREADCRUMB_STEP_MAX_WORDS
        for step in steps[:-1]
    )


def date_line(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a date line
    alone (:data:`METADATA_DATE`), left when a rule took the rest of its block (an agency's
    name beside it, its clock time) after the date rules read it, or a date stamp in
    figures with a label no date rule knows (:func:`.stamp_lines.stamp_line`: "기사입력
    :[ 2018-08-25 15:24 ]"). A heading holding a date stays (the first entry of a
    timeline or a diary), and so does a value beside its label (:data:`_PAIRED_VALUES`:
    "Mitglied seit" over "28. Juni 2014")."""
    return (
        element.tag not in _PAIRED_VALUES and METADATA_DATE_PATTERN.fullmatch(text) is not None
    ) or stamped_line(element, text, tuning)


def stamped_line(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised, at the body's edge) is a date stamp
    in figures with a label no date rule knows (:func:`.stamp_lines.stamp_line`), in no
    heading, list of pairs or table (:data:`_PAIRED_VALUES`: a table of dates stays)."""
    return element.tag not in _PAIRED_VALUES and stamp_line(text, tuning)


def fields_line(element: HtmlElement, text: str, names: Sequence[str], tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised) is a line of the post's fields
    (:func:`metadata_line`) or the byline naming one of the page's authors ``names``
    (:func:`author_line`)."""
    return metadata_line(element, text, tuning) or author_line(element, text, names, tuning)


def lone_fields_line(
    containers: Sequence[HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
    names: Sequence[str],
    tuning: Tuning,
) -> HtmlElement | None:
    """The first of ``containers`` when it is a line of the post's fields
    (:func:`fields_line`) taken in as a container of its own above the story's: a block
    of the rules' tags with none inside it, another container after it ("Le Monde | 04.05.2015
    à 13h36 • Mis à jour le ... | Par ..." over the story's box). The walks read no
    such first container (it may be the story's one block), nor any other rule."""
    if len(containers) < 2:
        return None
    first = containers[0]
    if first.tag not in by_tag or any(el is not first for el in first.iter(*by_tag)):
        return None
    text = normal_text(text_of(first))
    return first if text and fields_line(first, text, names, tuning) else None


def loose_fields_before(
    run: tuple[HtmlElement | None, list[HtmlElement], HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
    names: Sequence[str],
    decisions: Decisions,
    tuning: Tuning,
) -> list[tuple[HtmlElement, str]]:
    """Take out the loose line ``run`` right above a block the opening walk reads (an
    empty one too: a picture's box; :func:`line_above` reads it) when it is a line of the
    post's fields (:func:`fields_line`): the text after the block before it, or its box's
    text, and the inline elements between, in no block of their own ("<h2>Title</h2> 24.
    März 2004, 19:49 | <a>Ada</a> <p>Story ..."), or a date stamp in figures with its
    label (:func:`.stamp_lines.stamp_line`: "<dl>...</dl> 기사입력 :[ 2018-08-25 ]"). When
    the block opens its box, the line above the box is read (a custom ``<byline>`` over
    the box of the standfirst). Return its elements, each with the rule's name (none
    when the line is text alone)."""
    owner, inline, holder = run
    leading = (owner.tail if owner is not None else holder.text) or ""
    texts = [leading]
    for node in reversed(inline):
        texts += [text_of(node) if isinstance(node.tag, str) else "", node.tail or ""]
    raw = " ".join(texts)
    most = tuning.metadata_labelled_line_max_chars
    if not WORD.search(raw) or len(raw) > most + PADDING:
        return []
    line = normal_text(raw)
    if len(line) > most or date_range(line):
        return []
    fields = separated_fields(line)
    if len(fields) == 1 and not any(WORD.search(text) for text in texts[::2]):
        # each field in an inline element of its own, no loose word between them
        fields = [normal_text(text) for text in texts[1::2] if WORD.search(text)]
    if len(line) > tuning.metadata_line_max_chars and not any(map(labelled_date, fields)):
        return []  # longer than a plain line of fields: one with a labelled date only
    if (
        not metadata_fields(fields, tuning, len(line))
        and not author_line(None, line, names, tuning)
        and not stamp_line(line, tuning)
    ):
        return []
    if owner is not None:
        owner.tail = None
    else:
        holder.text = None
    elements = [node for node in inline if isinstance(node.tag, str)]
    for node in inline:
        node.tail = None
    for node in elements:
        decisions.record(node, METADATA_LINE)
    return [(node, METADATA_LINE.name) for node in elements]


def line_above(
    block: HtmlElement, containers: Sequence[HtmlElement], by_tag: dict[str, tuple[Rule, ...]]
) -> tuple[HtmlElement | None, list[HtmlElement], HtmlElement]:
    """The loose line right above ``block`` (:func:`loose_fields_before`): the element
    whose tail opens it (None when its box's text does), the inline nodes in it (last
    first) and the box holding them; up from a block opening a box of the body's with
    no text before it."""
    anchor = block
    parent = anchor.getparent()
    while (
        anchor.getprevious() is None
        and parent is not None
        and parent not in containers
        and not (parent.text or "").strip()
        and parent.getparent() is not None
    ):
        anchor, parent = parent, parent.getparent()
    inline, owner = _inline_run(anchor.getprevious(), by_tag)
    return owner, inline, parent


def _inline_run(
    node: HtmlElement | None, by_tag: dict[str, tuple[Rule, ...]]
) -> tuple[list[HtmlElement], HtmlElement | None]:
    """The nodes from ``node`` back, last first, that hold no block of the rules' tags,
    and the element before them holding one (None when they reach their box's start)."""
    inline: list[HtmlElement] = []
    while node is not None and (not isinstance(node.tag, str) or not holds_block(node, by_tag)):
        inline.append(node)
        node = node.getprevious()
    return inline, node


def fields_box(
    element: HtmlElement,
    containers: Sequence[HtmlElement],
    tuning: Tuning,
    labelled: bool = False,
) -> HtmlElement | None:
    """The box around ``element`` (opening the body) when it holds a line of the post's
    fields set as lines of their own, its blocks and the inline text between them each a
    field (:func:`_box_fields`): a byline's inline link beside a block with the date, a
    bare count beside loose text with the date; with ``labelled``, only when one of them
    is a date labelled as the story's publication or update (:func:`labelled_date`).
    None when there is no such box below the ``containers``, or it holds a heading or
    more than ``metadata_line_max_chars``."""
    box = element.getparent()
    if box is None or box in containers or box.tag not in _FIELD_BOXES:
        return None
    most = tuning.metadata_line_max_chars
    raw = text_of(box)
    if len(raw) > most + PADDING or len(line := normal_text(raw)) > most:
        return None
    fields = _box_fields(box)
    if (labelled or box.tag in _PAIR_BOXES) and not any(map(labelled_date, fields)):
        return None
    return box if fields and metadata_fields(fields, tuning, len(line)) else None


def _box_fields(box: HtmlElement) -> list[str]:
    """The fields of ``box`` read line by line: each block child's text, and the inline
    text between them (split by :data:`METADATA_SEPARATOR`). Empty when it holds no
    block, or a heading (a title over its date is the story's section)."""
    runs = [box.text or ""]
    blocks = False
    for child in box:
        if not isinstance(child.tag, str):
            pass  # a comment: only its tail is text
        elif child.tag in HEADINGS:
            return []
        elif child.tag in BLOCK_TAGS:
            runs += [text_of(child), ""]
            blocks = True
        else:
            runs[-1] += " " + text_of(child)
        runs[-1] += " " + (child.tail or "")
    if not blocks:
        return []
    return [
        field
        for run in runs
        for field in METADATA_SEPARATOR_PATTERN.split(normal_text(run))
        if field
    ]


def byline_above_date(element: HtmlElement, after: list[HtmlElement], tuning: Tuning) -> bool:
    """True when ``element``, opening the body, is a line of names alone (:data:`NAMES_LINE`,
    at most ``metadata_field_max_words`` words, "ADA LIND") and the next block holding text
    of the body's blocks ``after`` it is a date line (:data:`METADATA_DATE`: "May 3, 2024",
    "2 hours ago") or a line of the post's fields: the byline and its date, each a line of
    its own."""
    line = collapse_space(text_of(element))
    if len(line.split()) > tuning.metadata_field_max_words or not _NAMES_LINE.fullmatch(line):
        return False
    for block in after:
        text = normal_text(text_of(block))
        if text:
            return len(text) <= tuning.metadata_line_max_chars and bool(
                METADATA_DATE_PATTERN.fullmatch(text) or metadata_line(block, text, tuning)
            )
    return False
