"""Settle several standfirsts found for one body: which are the summary, which the story's
opening, which the lines set beside the summary or copies of it.

Read once the candidates are judged one by one (:mod:`.leads`): these verdicts weigh
the standfirsts against each other.
"""

from __future__ import annotations

from typing import Any

from ..dom.text import text_of
from ..rules.model import Rule
from ..settings import Tuning
from .headline_gap import reads_as_prose
from .lead_rules import OPENING_PROSE, STANDFIRST_EXTRAS
from .standfirst_checks import STANDFIRST_COPY, copies

HtmlElement = Any


def settle(
    leads: list[HtmlElement], marked_by: dict[HtmlElement, Rule], first: HtmlElement, tuning: Tuning
) -> None:
    """Put several ``leads`` in document order, then mark the story's opening run, the
    lines found with the standfirst (:func:`_opening_run`, :func:`_extras`) and its
    copies (:func:`.standfirst_checks.copies`)."""
    order = {el: i for i, el in enumerate(first.getroottree().getroot().iter())}
    leads.sort(key=lambda el: order.get(el, 0))
    _opening_run(leads, marked_by, first, tuning)
    _extras(leads, marked_by, tuning)
    for element in copies([el for el in leads if marked_by[el] is not OPENING_PROSE]):
        marked_by[element] = STANDFIRST_COPY


def _opening_run(
    leads: list[HtmlElement],
    marked_by: dict[HtmlElement, Rule],
    first: HtmlElement,
    tuning: Tuning,
) -> None:
    """Mark as ``OPENING_PROSE`` the standfirsts above the body when there are several,
    all prose, together longer than any standfirst: a summary is one short block, and
    paragraphs adding up past it are the story's first paragraphs, set apart from the
    rest of its body (a first section in a box of its own)."""
    above = [
        element
        for element in leads
        if marked_by[element] is not OPENING_PROSE and first not in element.iterancestors()
    ]
    if len(above) < 2:
        return
    texts = [text_of(element).strip() for element in above]
    if sum(map(len, texts)) <= tuning.lead_max_chars:
        return
    if all(reads_as_prose(el, text, tuning) for el, text in zip(above, texts, strict=True)):
        for element in above:
            marked_by[element] = OPENING_PROSE


def _extras(leads: list[HtmlElement], marked_by: dict[HtmlElement, Rule], tuning: Tuning) -> None:
    """Mark as ``STANDFIRST_EXTRAS`` the short standfirsts that end no sentence when
    another does: a summary is written in sentences, and a line beside it that is none
    is the page's (a byline with a reading time, a caption with its credit). A longer
    block may be prose ending otherwise (an emoji, a colon) and stays."""
    summary = [element for element in leads if marked_by[element] is not OPENING_PROSE]
    texts = {element: text_of(element).strip() for element in summary}
    lines = [el for el, text in texts.items() if not reads_as_prose(el, text, tuning)]
    if len(lines) < len(summary):  # a summary in sentences is among them
        for element in lines:
            if len(texts[element]) <= tuning.lead_extra_max_chars:
                marked_by[element] = STANDFIRST_EXTRAS
