"""The closing section: the last blocks of the body from a heading a closing rule matches
(or an author box's title, a pitch for the site itself, a product's pitch) to the end,
with the box the heading opens. Read by the edges' trim (:mod:`.edges`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..dom.text import first_in_parent, text_of
from ..rules.model import Rule
from ..rules.walk import Decisions
from .author_notes import names_author
from .edge_rules import AUTHOR_NOTE
from .edge_text import first_matching
from .product_pitches import PRODUCT_PITCH_SECTION, product_pitch
from .self_promos import SELF_PROMO_SECTION, opens_self_promo

HtmlElement = Any


def closing_section(
    blocks: list[HtmlElement],
    containers: Sequence[HtmlElement],
    closing: dict[str, tuple[Rule, ...]],
    longest: Mapping[str, int],
    decisions: Decisions,
    max_chars: int,
    names: Sequence[str] = (),
    site: Sequence[str] = (),
    promos: bool = False,
    pitch_max: int = 0,
) -> list[tuple[HtmlElement, str]]:
    """The last blocks, from a heading a ``Role.CLOSING`` rule matches (``closing``: the
    rules of each block's tag, :attr:`CompiledRules.closing_rules`, each tag's block read
    up to ``longest``, :attr:`CompiledRules.closing_longest`; or an author box's title
    naming one of the page's author ``names``, :func:`names_author`; or, with
    ``promos``, a heading naming the ``site`` (its names) or calling to contact it, over
    its pitch for itself, :func:`opens_self_promo`) to the end, when what follows the
    heading holds at most ``max_chars`` characters; with the box the heading opens
    (:func:`_section_box`). Else, with ``pitch_max``, a product's pitch of at most that
    many characters (:func:`product_pitch`)."""
    after = 0
    read: list[str] = []  # the texts read, last first: the pitch's walk reads them again
    for index in range(len(blocks) - 1, -1, -1):
        element = blocks[index]
        raw = text_of(element)
        read.append(raw)
        rule = first_matching(raw, closing[element.tag], longest[element.tag])
        if rule is None and names and names_author(raw, names):
            rule = AUTHOR_NOTE
        if rule is None and promos and opens_self_promo(blocks, index, raw, site):
            rule = SELF_PROMO_SECTION
        if rule is not None:
            return _take_section(blocks, index, rule, containers, decisions, max_chars)
        after += len(raw)
        if after > max_chars:
            break
    start = product_pitch(blocks, pitch_max, read) if pitch_max else None
    if start is None:
        return []
    return _take_section(blocks, start, PRODUCT_PITCH_SECTION, containers, decisions, pitch_max)


def _take_section(
    blocks: list[HtmlElement],
    index: int,
    rule: Rule,
    containers: Sequence[HtmlElement],
    decisions: Decisions,
    max_chars: int,
) -> list[tuple[HtmlElement, str]]:
    """``blocks`` from ``index`` on, with the box their heading opens
    (:func:`_section_box`), recorded as ``rule``'s."""
    section = blocks[index:]
    box = _section_box(blocks[index], containers, max_chars)
    section += [box] if box is not None else []
    for block in section:
        decisions.record(block, rule)
    return [(block, rule.name) for block in section]


def _section_box(
    heading: HtmlElement, containers: Sequence[HtmlElement], max_chars: int
) -> HtmlElement | None:
    """The box that ``heading`` (a closing section's, taken with the blocks after it)
    opens, holding at most ``max_chars`` characters, or None: its text loose beside the
    heading, in no block of its own ("Apoya el periodismo" over the plea set after it
    between ``<br>``), is the section's too."""
    box = heading.getparent()
    if box is None or box in containers or not first_in_parent(heading):
        return None
    return box if len(text_of(box)) <= max_chars else None
