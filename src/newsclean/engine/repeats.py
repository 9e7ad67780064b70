"""The same text twice: a teaser before the full text that repeats it, the
standfirst (when it is shown) repeated by the body, and a short line repeated by the
blocks right after it.

Many pages repeat their standfirst as the body's first paragraph, and some show the
story's first paragraphs with a "Continue reading" button before the whole story,
collapsed, which begins with the same paragraphs. Other repeats are left alone: a page
may repeat a line or a whole passage on purpose (a refrain, a meal plan for each day),
and a copy cannot be told from a repeat by the text alone, only by where it stands. A
short line standing in three blocks in a row, nothing between them, is no refrain (a
song's lines share a block, its verses stand between): it is what a widget prints
for each of its items, a slideshow's title under every slide. When the captions are
asked for, a caption said three times (a placeholder under each picture) is a caption.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Any

from lxml import etree

from ..dom.text import text_of
from ..dom.tree import line_opening, next_element, remove_element, split_lines
from ..settings import Tuning
from .observer import Observer
from .scoring import SENTENCE_ENDS

HtmlElement = Any

#: The blocks compared with the standfirst (the innermost of them).
_BLOCKS = ("p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "dd", "div")
#: The paragraphs compared between a teaser and the full text after it...
_PARAGRAPHS = ("p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6")
#: ... which are each held by one of these.
_WRAPPERS = ("div", "section", "article")
#: The reason a repeat of the shown standfirst is removed for (explain() names it).
REPEATED_STANDFIRST = "repeated-standfirst"


def drop_teasers(containers: list[HtmlElement]) -> list[HtmlElement]:
    """Remove from ``containers`` each teaser the block right after it repeats: a block
    whose paragraphs are, word for word and in order, the first paragraphs of its next
    sibling, which holds more (the whole story after its opening and a "Continue
    reading" button). Return what was removed."""
    teasers = []
    for container in containers:
        for teaser in container.iter(*_WRAPPERS):
            following = next_element(teaser)
            if following is None or following.tag not in _WRAPPERS:
                continue
            opening = next(teaser.iter(*_PARAGRAPHS), None)
            full_opening = next(following.iter(*_PARAGRAPHS), None)
            if opening is None or full_opening is None:
                continue
            first = _words(opening)
            if not first or first != _words(full_opening):
                continue  # the common case, told by the first paragraphs alone
            shown = _paragraphs(teaser)
            full = _paragraphs(following)
            if len(full) > len(shown) and full[: len(shown)] == shown:
                teasers.append(teaser)
    for teaser in teasers:
        remove_element(teaser)
    return teasers


@functools.lru_cache(maxsize=4)
def _parents_of_runs(least: int) -> etree.XPath:
    """The elements with ``least`` element children or more, found in C: the parents a
    run of repeated lines can stand in. They are read as the parents of ``least``-th
    children, a step that stops at that child, where ``count(*)`` would gather every
    child of every element; the position is written in the expression, since libxml2
    stops early only for a number it reads there, not for a variable."""
    return etree.XPath(f"descendant-or-self::*/*[{max(least, 1)}]/..")


def drop_repeated_lines(
    containers: list[HtmlElement], tuning: Tuning, captions: Collection[HtmlElement] | None = None
) -> list[HtmlElement]:
    """Remove from ``containers`` each run of at least *repeated_line_min_run* sibling
    blocks holding no other block, with nothing but blank blocks between them, whose
    text is the same short line (*repeated_line_min_words* words or more, at most
    *repeated_line_max_chars*); return what was removed. Only siblings count: the same
    value in each cell of a grid's row, or a maker's name under each product of a list,
    sits in boxes of its own or beside other text. ``captions``: the captions are
    asked for (``include_captions``), and these are the lines the caption rules read as
    captions; a block that is a caption (:func:`_is_caption`) counts for no run."""
    least = tuning.repeated_line_min_run
    repeated: list[HtmlElement] = []
    for container in containers:
        parents = _parents_of_runs(least)(container)
        assert isinstance(parents, list)
        for parent in parents:
            for alike in _alike_runs(parent, least):
                for run in _same_text(alike):
                    if len(run) < least or not _is_widget_line(_words(run[0]), tuning):
                        continue
                    if captions is not None:
                        run = [block for block in run if not _is_caption(block, captions)]
                    if len(run) >= least:
                        repeated.extend(run)
    for element in repeated:
        remove_element(element)
    return repeated


def _alike_runs(parent: HtmlElement, least: int) -> list[list[HtmlElement]]:
    """``parent``'s children in runs (of ``least`` or more) of blocks holding no other
    block, made alike (tag, children, own text: what blocks of one text share, read
    without serialising their text), with only empty blocks between them; any other
    text breaks a run.

    Children are first grouped by how they are made, which reads only their own
    attributes; whether a block holds another is asked (a walk below it) only in
    groups long enough to make a run: most siblings differ from the one before."""
    groups: list[list[HtmlElement]] = []
    group: list[HtmlElement] = []
    made: tuple[object, ...] = ()
    for child in parent:
        tag = child.tag
        if isinstance(tag, str):
            own = (child.text or "").strip()
            if own or len(child):
                alike = (tag, len(child), own) if tag in _BLOCKS else ()
                if not alike or alike != made:
                    groups.append(group)
                    group, made = [], alike
                if alike:
                    group.append(child)
        if (child.tail or "").strip():
            groups.append(group)
            group, made = [], ()
    groups.append(group)
    return [
        run
        for group in groups
        if len(group) >= least
        for run in _without_nests(group)
        if len(run) >= least
    ]


def _without_nests(group: list[HtmlElement]) -> list[list[HtmlElement]]:
    """``group`` (blocks made alike) split at each block holding another block, which
    is left out. Blocks without children hold none: no walk below them."""
    if not len(group[0]):
        return [group]
    runs: list[list[HtmlElement]] = [[]]
    for block in group:
        if next(block.iterdescendants(*_BLOCKS), None) is None:
            runs[-1].append(block)
        else:
            runs.append([])
    return runs


def _same_text(run: list[HtmlElement]) -> list[list[HtmlElement]]:
    """``run`` split where the text of one block differs from the one before it; a
    block with no text (a picture's) is left out and breaks nothing."""
    runs: list[list[HtmlElement]] = []
    line = ""
    for block in run:
        words = _words(block)
        if not words:
            continue
        if words != line:
            runs.append([])
            line = words
        runs[-1].append(block)
    return runs


def _is_caption(block: HtmlElement, captions: Collection[HtmlElement]) -> bool:
    """True when ``block`` is, or holds, a ``<figcaption>`` or one of ``captions``."""
    if block.tag == "figcaption" or next(block.iter("figcaption"), None) is not None:
        return True
    return bool(captions) and any(element in captions for element in block.iter())


def _is_widget_line(line: str, tuning: Tuning) -> bool:
    """True when ``line`` is short enough to be a widget's and long enough not to be a
    word or two a story may say three times, and ends no sentence: a widget prints a
    label ("Click to enlarge"), and a sentence said three times over is the page's."""
    return (
        len(line) <= tuning.repeated_line_max_chars
        and len(line.split()) >= tuning.repeated_line_min_words
        and not line.endswith(SENTENCE_ENDS)
    )


def _paragraphs(element: HtmlElement) -> list[str]:
    """The words of ``element``'s innermost paragraphs, in order."""
    return [
        _words(paragraph)
        for paragraph in element.iter(*_PARAGRAPHS)
        if next(paragraph.iterdescendants(*_PARAGRAPHS), None) is None
    ]


def drop_repeats(
    leads: list[HtmlElement], containers: list[HtmlElement], observer: Observer
) -> None:
    """Remove the blocks of ``containers`` that repeat one of the ``leads`` (the shown
    standfirst) word for word, and the lines between ``<br>`` that do (a body set as
    loose text, its paragraphs cut by line breaks, repeats it as its first line), and
    report each to ``observer`` (a line, in a ``<span>`` made for it, with its holder)."""
    shown = {_words(lead) for lead in leads} - {""}
    if not shown:
        return
    repeated = []
    for container in containers:
        for element in container.iter(*_BLOCKS):
            if element is container or next(element.iterdescendants(*_BLOCKS), None) is not None:
                continue  # compared through the blocks inside it
            if _words(element) in shown:
                repeated.append(element)
    for element in repeated:
        remove_element(element)
        observer.removed(element, REPEATED_STANDFIRST)
    for container in containers:
        for holder, line in _repeated_lines(container, shown):
            observer.removed_line(holder, line, REPEATED_STANDFIRST)


def _repeated_lines(
    container: HtmlElement, shown: set[str]
) -> list[tuple[HtmlElement, HtmlElement]]:
    """Remove the lines of ``container``'s holders of ``<br>`` whose words are one of
    ``shown``; return each with its holder, the line gathered in a ``<span>`` (out of the
    tree) that says what went. Only holders of a line break hold lines: any other block
    was compared whole."""
    holders = list(dict.fromkeys(br.getparent() for br in container.iter("br")))
    lines: list[tuple[HtmlElement, HtmlElement]] = []
    for holder in holders:
        found = [
            (before, nodes)
            for before, nodes in split_lines(holder)
            if _line_words(holder, before, nodes) in shown
        ]
        lines.extend((holder, _taken_line(holder, before, nodes)) for before, nodes in found)
    return lines


def _line_words(holder: HtmlElement, before: HtmlElement, nodes: list[HtmlElement]) -> str:
    """The words of the line of ``holder`` after ``before`` made of ``nodes``."""
    parts = [line_opening(holder, before)]
    for node in nodes:
        parts += (text_of(node) if isinstance(node.tag, str) else "", node.tail or "")
    return " ".join("".join(parts).split())


def _taken_line(holder: HtmlElement, before: HtmlElement, nodes: list[HtmlElement]) -> HtmlElement:
    """The line of ``holder`` after ``before`` (its opening text and ``nodes``) taken
    out of the tree, in a ``<span>`` of its own."""
    line = holder.makeelement("span", {})
    if before is holder:
        line.text, holder.text = holder.text, None
    else:
        line.text, before.tail = before.tail, None
    for node in nodes:
        line.append(node)  # the node comes with its tail, the line's text after it
    return line


def _words(element: HtmlElement) -> str:
    return " ".join(text_of(element).split())
