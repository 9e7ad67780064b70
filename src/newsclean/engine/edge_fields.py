"""Lines of fields at the body's edges: a metadata line (date, count, category), a
breadcrumb trail, a byline naming the page's authors, a box of such fields."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

from ..dom.tags import BLOCK_TAGS, HEADINGS, PHRASING_TAGS
from ..dom.text import collapse_space, text_of
from ..rules.builtin.lexicon.credits import NAMES_LINE
from ..rules.builtin.lexicon.dates import (
    ANY_MONTH_DATE,
    METADATA_COUNT,
    METADATA_DATE,
    METADATA_FIELD,
    METADATA_SEPARATOR,
)
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .edge_rules import METADATA_LINE
from .edge_text import PADDING, normal_text
from .inline_lines import holds_block, line_text

HtmlElement = Any


#: The post-line patterns of ``rules.builtin.lexicon.dates``, compiled.
_METADATA_SEPARATOR = re.compile(METADATA_SEPARATOR)
METADATA_DATE_PATTERN = re.compile(METADATA_DATE, re.IGNORECASE)
_METADATA_COUNT = re.compile(METADATA_COUNT, re.IGNORECASE)
_METADATA_FIELD = re.compile(METADATA_FIELD)
_NAMES_LINE = re.compile(NAMES_LINE)
_ANY_MONTH_DATE = re.compile(ANY_MONTH_DATE)
#: A bare number among a line's fields: a count whose label is an icon.
_BARE_NUMBER = re.compile(r"\d[\d.,]*[km]?")
#: What splits the fields of a line naming the page's author (:func:`_author_line`): a
#: post's line's separators, and a slash or two not beside a digit, spaced or not ("3. Mai
#: 2024 // Ada Lind", "By Ada Lind/May 3, 2024"; a date's slashes stand between digits).
_AUTHOR_SEPARATOR = re.compile(rf"{METADATA_SEPARATOR}|\s*(?<!\d)//?(?!\d)\s*")
#: An author's name as the page's metadata gives it, read in a byline: a line of names or
#: one capitalised word ("Ada Lind", "Krimiblogger"). A heading the metadata mistook for
#: the author ("Richtlinien für Autor/innen") is none, and its line stays.
AUTHOR_NAME = re.compile(rf"{NAMES_LINE}|[^\W\d_a-z][^\W\d_]*")
#: Stands for a line break between a line's fields, read as a separator.
_LINE_BREAK = " | "
#: What is stripped around such a field: "Ada Lind, dpa" leaves "dpa".
_FIELD_PUNCTUATION = " ,;:"
#: The most words before the author's name in a byline with no date ("By", "Von").
_AUTHOR_LABEL_WORDS = 1
#: The boxes read as a line of the post's fields set as lines of their own.
_FIELD_BOXES = frozenset(("div", "header", "section", "li"))
#: The blocks no date line alone is read in (:func:`date_line`): headings, and the terms,
#: values and cells of a list of pairs or a table.
_PAIRED_VALUES = HEADINGS | frozenset(("dt", "dd", "td", "th"))
#: A word's character: loose text holding none stands between a line's fields.
_WORD = re.compile(r"\w")
#: What splits the steps of a breadcrumb trail: an arrow or a chevron, a spaced slash.
_TRAIL_SEPARATOR = re.compile(r"\s*[>»›→]\s*|\s+/\s+")
#: A label before a trail ("You are here:", "Sie sind hier:"): a few words and a colon.
_TRAIL_LABEL = re.compile(r"[^:>»›→/]{1,30}:\s*")
#: A trail has at least this many steps (two separators), each but the last (the page's
#: own title) at most this many words, and the line at most this long.
_TRAIL_MIN_STEPS = 3
_TRAIL_STEP_WORDS = 6
_TRAIL_MAX_CHARS = 300


def _metadata_line(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a line of the
    post's fields: at most ``metadata_line_max_chars``, split by
    :data:`METADATA_SEPARATOR`, or else into its inline elements when each field stands
    in its own (:func:`_inline_fields`), into two to ``metadata_line_max_fields``
    fields, one of them a count of comments or views
    (:data:`METADATA_COUNT`), or a date (:data:`METADATA_DATE`) beside a field of words,
    and every other one a few words (at most ``metadata_field_max_words``) with no
    sentence's end. A dateline opening the story's first sentence ("Berlin, 3. Mai 2024 -
    Die Stadt ...") runs on in a long field, a line of words alone ("Salzburg –
    Radfahren") holds no date, and a line of dates alone ("3 May 2024 | 20 June 2024",
    an exhibition's) no field of words."""
    if len(text) > tuning.metadata_line_max_chars:
        return False
    fields = [field for field in _METADATA_SEPARATOR.split(text) if field]
    return _metadata_fields(fields if len(fields) > 1 else _inline_fields(element), tuning)


def breadcrumb_trail(element: HtmlElement, text: str) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a breadcrumb
    trail: after a label perhaps ("You are here:"), at least ``_TRAIL_MIN_STEPS`` steps
    split by :data:`_TRAIL_SEPARATOR`, each but the last (the page's title, linked or
    not) a link of ``element`` of a few words, the site's section. A sentence's "A / B /
    C" has words outside links."""
    if len(text) > _TRAIL_MAX_CHARS:
        return False
    trail = text[label.end() :] if (label := _TRAIL_LABEL.match(text)) else text
    steps = [step.strip() for step in _TRAIL_SEPARATOR.split(trail) if step.strip()]
    if len(steps) < _TRAIL_MIN_STEPS:
        return False
    linked = {normal_text(text_of(link)).strip(" >»›→/") for link in element.iter("a")}
    return all(step in linked and len(step.split()) <= _TRAIL_STEP_WORDS for step in steps[:-1])


def date_line(element: HtmlElement, text: str) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a date line
    alone (:data:`METADATA_DATE`), left when a rule took the rest of its block (an agency's
    name beside it, its clock time) after the date rules read it. A heading holding a date
    stays (the first entry of a timeline or a diary), and so does a value beside its label
    (:data:`_PAIRED_VALUES`: "Mitglied seit" over "28. Juni 2014")."""
    return element.tag not in _PAIRED_VALUES and METADATA_DATE_PATTERN.fullmatch(text) is not None


def fields_line(element: HtmlElement, text: str, names: Sequence[str], tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised) is a line of the post's fields
    (:func:`_metadata_line`) or the byline naming one of the page's authors ``names``
    (:func:`_author_line`)."""
    return _metadata_line(element, text, tuning) or _author_line(element, text, names, tuning)


def loose_fields_before(
    block: HtmlElement,
    containers: Sequence[HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
    names: Sequence[str],
    decisions: Decisions,
    tuning: Tuning,
) -> list[tuple[HtmlElement, str]]:
    """Take out the loose line right above ``block`` (a block the opening walk reads, an
    empty one too: a picture's box) when it is a line of the post's fields
    (:func:`fields_line`): the text after the block before it, or its box's text, and
    the inline elements between, in no block of their own ("<h2>Title</h2> 24. März 2004,
    19:49 | <a>Ada</a> <p>Story ..."). When ``block`` opens its box, the line above the
    box is read (a custom ``<byline>`` over the box of the standfirst). Return its
    elements, each with the rule's name (none when the line is text alone)."""
    owner, inline, holder = _line_above(block, containers, by_tag)
    leading = (owner.tail if owner is not None else holder.text) or ""
    texts = [leading]
    for node in reversed(inline):
        texts += [text_of(node) if isinstance(node.tag, str) else "", node.tail or ""]
    raw = " ".join(texts)
    if not _WORD.search(raw) or len(raw) > tuning.metadata_line_max_chars + PADDING:
        return []
    line = normal_text(raw)
    if len(line) > tuning.metadata_line_max_chars:
        return []
    fields = [field for field in _METADATA_SEPARATOR.split(line) if field]
    if len(fields) == 1 and not any(_WORD.search(text) for text in texts[::2]):
        # each field in an inline element of its own, no loose word between them
        fields = [normal_text(text) for text in texts[1::2] if _WORD.search(text)]
    if not _metadata_fields(fields, tuning) and not _author_line(None, line, names, tuning):
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


def _line_above(
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


def _metadata_fields(fields: list[str], tuning: Tuning) -> bool:
    """True when ``fields`` (normalised) are those of a line of the post's fields (see
    :func:`_metadata_line`): a date in a language no month list holds counts too
    (:data:`ANY_MONTH_DATE`), and a bare number (a count labelled by an icon) is no
    field of words. One date twice and nothing else is such a line too ("4. November
    2021" in two ``<time>`` elements, the post's and its update's): an exhibition's
    dates differ."""
    if not 2 <= len(fields) <= tuning.metadata_line_max_fields:
        return False
    kinds = _field_kinds(fields, tuning)
    if kinds is None:
        return False
    dated, counted, worded = kinds
    # one date set twice (the post's and its update's, both shown) is no list of dates
    return counted or (dated and (worded or len(set(fields)) == 1))


def _field_kinds(fields: list[str], tuning: Tuning) -> tuple[bool, bool, bool] | None:
    """Whether ``fields`` (normalised) hold a date, a count and a field of words, or None
    when one of them is none of a post's fields (a sentence, a run of words longer than
    ``metadata_field_max_words``)."""
    dated = counted = worded = False
    most = tuning.metadata_field_max_words
    for field in fields:
        if _METADATA_COUNT.fullmatch(field):
            counted = True
        elif METADATA_DATE_PATTERN.fullmatch(field) or _ANY_MONTH_DATE.fullmatch(field):
            dated = True
        elif _BARE_NUMBER.fullmatch(field):
            continue
        elif len(field.split()) > most or not _METADATA_FIELD.fullmatch(field):
            return None
        else:
            worded = True
    return dated, counted, worded


#: How many sets of authors' names are kept compiled (:func:`names_pattern`): a page asks
#: for a few, and the pages of one site for the same.
_NAMED_KEPT = 64


@functools.lru_cache(maxsize=_NAMED_KEPT)
def names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``names`` standing as words of its own (no word character joined on),
    compiled once for the pages naming them, not once a line."""
    return re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names))


def _author_line(
    element: HtmlElement | None, text: str, names: Sequence[str], tuning: Tuning
) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a line naming
    one of the page's authors (``names``, normalised, as its metadata gives them) with
    nothing else but the post's fields, its byline: the name beside a date or a count,
    split from it or not ("Ada Lind 3. Mai 2024", "By Ada Lind/May 3, 2024 9:49 am",
    "Ein Artikel von Ada Lind, veröffentlicht am 3.5.2024"), or with no date, the name
    after one word at most ("Von Ada Lind", "Ada Lind") and set apart from any words after
    it ("By Ada Lind<br>Harbour Health News", "Von Ada Lind, dpa"); every other field a
    few words (:func:`_field_kinds`). A sentence about the author runs on ("Ada Lind, 34,
    was born ..."), and a title naming them ("The story of Ada Lind") has more words
    before the name and no date. ``element`` is None for a loose line (no block holds it).
    """
    if len(text) > tuning.metadata_line_max_chars:
        return False
    found = [name for name in names if names_pattern((name,)).search(text)]
    if not found:
        return False
    if element is not None and element.find(".//br") is not None:  # its lines are fields
        text = normal_text(_LINE_BREAK.join(part.strip() for part in _br_lines(element)))
    parts = names_pattern(tuple(found)).split(text)
    fields = [
        field.strip(_FIELD_PUNCTUATION)
        for part in parts
        for field in _AUTHOR_SEPARATOR.split(part)
        if field.strip(_FIELD_PUNCTUATION)
    ]
    if len(fields) >= tuning.metadata_line_max_fields:
        return False
    kinds = _field_kinds(fields, tuning)
    if kinds is None:
        return False
    if kinds[0] or kinds[1]:
        return True
    after = parts[-1]
    return len(parts[0].split()) <= _AUTHOR_LABEL_WORDS and (
        not after.strip() or after.lstrip()[0] == "," or _AUTHOR_SEPARATOR.match(after) is not None
    )


def opening_byline(
    block: HtmlElement, names: Sequence[str], decisions: Decisions, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Take out the first line of ``block`` (the body's first block holding text) when a
    ``<br>`` sets it apart from the story's text after it and it is the byline naming one
    of the page's authors ``names`` (:func:`_author_line`): "<p>Von Ada Lind<br>Die Stadt
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
    if not text or not after or not _author_line(None, text, names, tuning):
        return []
    block.text = None
    for node in line:
        node.tail = None
    decisions.record(line[0] if line and isinstance(line[0].tag, str) else br, METADATA_LINE)
    return [(node, METADATA_LINE.name) for node in [*line, br]]


def _br_lines(element: HtmlElement) -> list[str]:
    """The texts of ``element`` between its line breaks (``<br>``)."""
    lines = [""]
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start" and node.tag == "br":
            lines.append("")
        elif event == "start" and isinstance(node.tag, str):
            lines[-1] += node.text or ""
        elif event == "end" and node is not element:
            lines[-1] += node.tail or ""
    return lines


def fields_box(
    element: HtmlElement, containers: Sequence[HtmlElement], tuning: Tuning
) -> HtmlElement | None:
    """The box around ``element`` (opening the body) when it holds a line of the post's
    fields set as lines of their own, its blocks and the inline text between them each a
    field (:func:`_box_fields`): a byline's inline link beside a block with the date, a
    bare count beside loose text with the date. None when there is no such box below the
    ``containers``, or it holds a heading or more than ``metadata_line_max_chars``."""
    box = element.getparent()
    if box is None or box in containers or box.tag not in _FIELD_BOXES:
        return None
    most = tuning.metadata_line_max_chars
    raw = text_of(box)
    if len(raw) > most + PADDING or len(normal_text(raw)) > most:
        return None
    fields = _box_fields(box)
    return box if fields and _metadata_fields(fields, tuning) else None


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
    return [field for run in runs for field in _METADATA_SEPARATOR.split(normal_text(run)) if field]


def _inline_fields(element: HtmlElement) -> list[str]:
    """The fields of a post's line set each in an inline element of its own, with no
    separator ("<span>Press release</span><span>2 November 2021</span>", "<a>Ada
    Lind</a> <span>May 3, 2024 @ 11:10 PM</span>"): the texts of ``element``'s children
    (normalised, split by :data:`METADATA_SEPARATOR`), when all of them are inline and no
    word stands loose between them. Empty otherwise: a sentence runs on in loose text
    ("Concert on <b>3 May 2024</b>")."""
    if _WORD.search(element.text or ""):
        return []
    fields: list[str] = []
    for child in element:
        if _WORD.search(child.tail or ""):
            return []
        if not isinstance(child.tag, str) or child.tag == "br":
            continue  # a comment, or a line break between fields
        if child.tag not in PHRASING_TAGS:
            return []
        fields += _METADATA_SEPARATOR.split(normal_text(text_of(child)))
    return [field for field in fields if field]


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
                METADATA_DATE_PATTERN.fullmatch(text) or _metadata_line(block, text, tuning)
            )
    return False
