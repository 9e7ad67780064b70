"""Which rows of teaser cards stand below the story. Where a row stands is read from the
body's text, not its markup: the text before, between and after the rows, measured in
characters other than white space, each row's start and end read in one walk over the
body (a row is found by its markup alone, in :mod:`.card_rows`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

from ..dom.text import text_of
from ..settings import Tuning

HtmlElement = Any


def rows_below_story(
    rows: list[list[HtmlElement]],
    order: list[HtmlElement],
    body: list[HtmlElement],
    tuning: Tuning,
    taken: Sequence[HtmlElement],
) -> list[list[HtmlElement]]:
    """The ``rows`` standing below the story: at least ``teaser_cards_story_ratio``
    times their text of the ``body`` before them, the cards above them aside (``order``:
    all cards, in the page's order), and no more after them than they hold (a section
    front's rows stand among more). The rows stacked below one (no more than
    ``list_heading_max_chars`` between them, the blocks other rules have ``taken`` out
    aside) count with it, and those blocks are no story after it. Text is weighed
    without its white space (:func:`_solid`): a rail's indented markup is no text."""
    in_rows = {card for row in rows for card in row}
    gone = set(taken)
    outermost = [
        block
        for block in taken
        if gone.isdisjoint(block.iterancestors()) and in_rows.isdisjoint(block.iterancestors())
    ]
    spans = _spans([*in_rows, *outermost], body)
    dropped = [(spans[block][0], _solid_of(block)) for block in outermost if block in spans]
    total = sum(_solid_of(part) for part in body)
    found: list[list[HtmlElement]] = []
    next_start, next_stack = total, 0  # the row below: its start, its text and its stack's
    for row in reversed(rows):
        if row[0] not in spans or row[-1] not in spans:
            continue  # not read in the body's text: no place to weigh it by
        start, end = spans[row[0]][0], spans[row[-1]][1]
        length = sum(_solid_of(card) for card in row)
        gap = next_start - end - sum(size for at, size in dropped if end <= at < next_start)
        stacked = next_stack if gap <= tuning.list_heading_max_chars else 0
        below = sum(size for at, size in dropped if at >= end)
        teasers = sum(_solid_of(card) for card in order[: order.index(row[0])])
        after = total - start - length - stacked - below  # the story's, if any
        story = start - teasers >= tuning.teaser_cards_story_ratio * length
        if story and after <= length + stacked:
            found.append(row)
        next_start, next_stack = start, length + stacked
    return found[::-1]


def _solid(text: str | None) -> int:
    """How many characters of ``text`` are not white space."""
    return len("".join(text.split())) if text else 0


def _solid_of(element: HtmlElement) -> int:
    """How many characters of ``element``'s text are not white space (:func:`_solid`)."""
    return _solid(text_of(element))


def _spans(nodes: list[HtmlElement], body: list[HtmlElement]) -> dict[HtmlElement, tuple[int, int]]:
    """Where each of ``nodes`` starts and ends in the text of the ``body`` (the
    containers, in order), in characters other than white space, read in one walk."""
    wanted = set(nodes)
    starts: dict[HtmlElement, int] = {}
    spans: dict[HtmlElement, tuple[int, int]] = {}
    total = 0
    for container in body:
        for event, node in etree.iterwalk(container, events=("start", "end")):
            if event == "start":
                if node in wanted:
                    starts[node] = total
                total += _solid(node.text)
            else:
                if node in wanted:
                    spans[node] = (starts[node], total)
                if node is not container:
                    total += _solid(node.tail)
    return spans
