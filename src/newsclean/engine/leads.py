"""Standfirsts: the summary paragraph set between the headline and the body.

This module judges the candidates (:func:`leads_before`): which are standfirsts, which
the story's opening, which lines set beside the summary. Prose between the headline and
the body is found in :mod:`.headline_gap`, a standfirst in the story's own header or
printed from the page's description in :mod:`.header_standfirsts`. Where a candidate may
stand is told in :mod:`.lead_places`, several weighed against each other in
:mod:`.lead_settling`, and the rules naming each verdict are in :mod:`.lead_rules`."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from ..dom.page_tags import PageTags
from ..dom.tags import BLOCK_TAGS
from ..dom.text import link_density, text_of
from ..dom.tree import is_attached, precedes
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .described_captions import DESCRIBED_CAPTION, opens_story
from .header_runs import DECK_UNDER_HEADER, decks_under_header
from .header_standfirsts import described_block, headline_pair_deck, in_own_header
from .headline_decks import far_deck
from .headline_gap import (
    between_headline_and,
    end_heading,
    prose_paragraphs,
    reads_as_prose,
    story_above,
    too_long,
    within_reach,
)
from .lead_places import in_place
from .lead_rules import (
    DESCRIBED_STANDFIRST,
    FOUND_BY_PLACE,
    HEADER_STANDFIRST,
    HEADLINE_DECK,
    HEADLINE_GAP,
    OPENING_PROSE,
)
from .lead_settling import settle
from .page_headline import headline_for
from .scoring import SENTENCE_ENDS
from .standfirst_checks import body_kind, never_standfirst

HtmlElement = Any


def leads_before(
    containers: list[HtmlElement],
    decisions: Decisions,
    root: HtmlElement,
    tags: PageTags,
    tuning: Tuning,
    description: str | None = None,
    title: str | None = None,
    caption: HtmlElement | None = None,
) -> list[tuple[HtmlElement, Rule]]:
    """Standfirsts just above the first body container, in document order, each with
    the rule that marked it (``HEADLINE_GAP`` for prose found between headline and body;
    ``caption``: the text of a picture's caption printing the ``description``, spared by
    the caption rules, ``DESCRIBED_CAPTION`` when it opens the story).

    Those are LEAD-marked elements near the container or opening it (before its first
    paragraph of prose), and prose paragraphs standing between the page's headline
    and the container. One of them outside the body that is longer than any
    standfirst, ending a sentence with few links (prose, not a script's text), is the
    story's opening instead (``OPENING_PROSE``): the body's, not the summary's.
    """
    if not containers:
        return []
    first = containers[0]
    end_heading(first)
    headline = headline_for(first, root, tags, title)
    gap = between_headline_and(first, tuning, title)
    story = story_above(gap, tuning)
    candidates = _candidates(first, decisions, gap, headline, description, tuning)
    known = far_deck(first, headline, title, tuning) if not candidates and len(gap) <= 1 else None
    if not candidates and known is None and caption is None:
        return []  # nothing to judge: no candidate, and no far deck that could be taken
    # a marked lead sits within ``lead_reach`` levels; prose found after the headline
    # or in the story's header was looked for past wrappers too
    wide = [a for a in within_reach(first, tuning) if a.tag not in ("body", "html")]
    plain = wide[: tuning.lead_reach]
    inside = set(containers)
    prose = prose_paragraphs(first, tuning)
    leads: list[HtmlElement] = []
    marked_by: dict[HtmlElement, Rule] = {}
    deck = _then_far_deck(leads, gap, known, first, headline, title, tuning)
    pictured = _then_caption(leads, caption, first, root, description, tuning)
    for element, rule in itertools.chain(candidates, deck, pictured):
        if element in leads or not is_attached(element, root):
            continue
        ancestors = set(element.iterancestors())
        if not in_place(element, rule, ancestors, first, inside, (wide, plain), prose, tuning):
            continue
        if (
            rule is not HEADER_STANDFIRST
            and headline is not None
            and not precedes(headline, element)
        ):
            continue  # a standfirst follows the headline; what precedes it is a teaser
        text = text_of(element).strip()
        if any(lead in ancestors for lead in leads):
            continue
        marked = _marking_rule(element, text, rule, first, story, tuning)
        if marked is not None and (
            rule is DESCRIBED_CAPTION or not never_standfirst(element, text, description)
        ):
            _take(element, marked, leads, marked_by)
    if len(leads) > 1:
        settle(leads, marked_by, first, tuning)
    return [(element, marked_by[element]) for element in leads]


def _take(
    element: HtmlElement, rule: Rule, leads: list[HtmlElement], marked_by: dict[HtmlElement, Rule]
) -> None:
    """Add ``element`` to the ``leads`` (marked by ``rule``), in place of those it holds:
    a block found under the headline holding the dek a rule marked is one standfirst."""
    for inner in [lead for lead in leads if element in lead.iterancestors()]:
        leads.remove(inner)
        del marked_by[inner]
    leads.append(element)
    marked_by[element] = rule


def _then_far_deck(
    leads: list[HtmlElement],
    gap: list[HtmlElement],
    known: HtmlElement | None,
    first: HtmlElement,
    headline: HtmlElement | None,
    title: str | None,
    tuning: Tuning,
) -> Iterator[tuple[HtmlElement, Rule]]:
    """The deck under a headline far above the body (:func:`.headline_decks.far_deck`),
    once the other candidates are judged, when none of them was taken (``leads``, filled
    meanwhile) and at most one block of prose stood between the headline and the body
    (``gap``: one found past the body's reach, a hero banner's, is that deck). ``known``:
    the deck when it was looked for already (no other candidate), not looked for again."""
    if leads or len(gap) > 1:
        return
    deck = known if known is not None else far_deck(first, headline, title, tuning)
    if deck is not None:
        yield deck, HEADLINE_DECK


def _then_caption(
    leads: list[HtmlElement],
    caption: HtmlElement | None,
    first: HtmlElement,
    root: HtmlElement,
    description: str | None,
    tuning: Tuning,
) -> Iterator[tuple[HtmlElement, Rule]]:
    """The text of a picture's caption printing the page's ``description``, spared by
    the caption rules, once every other candidate is judged and none was taken
    (``leads``, filled meanwhile), when it opens the story (:func:`.opens_story`)."""
    if not leads and opens_story(caption, first, root, description, tuning):
        yield caption, DESCRIBED_CAPTION


def _marking_rule(
    element: HtmlElement,
    text: str,
    rule: Rule,
    first: HtmlElement,
    story: set[HtmlElement],
    tuning: Tuning,
) -> Rule | None:
    """The rule marking a candidate standing where a standfirst does (``text``: its
    own, ``first``: the body's first container): ``OPENING_PROSE`` for the story's
    opening (one found by its place in a box of the body's own kind, not one a name
    marks) or the page's own lines, ``rule`` for a standfirst, else None."""
    in_body = first in element.iterancestors()
    if rule in FOUND_BY_PLACE and not in_body and body_kind(element, first):
        return OPENING_PROSE  # the story cut in two: its first part, not a summary
    if not in_body and _lines_box(element, tuning):
        return OPENING_PROSE  # a box of lines, not a summary: the page's own text
    if element in story or (too_long(element, text, tuning) and not in_body):
        if element in story or reads_as_prose(element, text, tuning):
            return OPENING_PROSE  # too long for a summary, or one of many: the story's
        return None
    if not tuning.lead_min_chars <= len(text) <= tuning.lead_max_chars:
        return None
    if link_density(element, len(text)) > tuning.lead_link_density:
        return None
    return rule


def _candidates(
    first: HtmlElement,
    decisions: Decisions,
    gap: list[HtmlElement],
    headline: HtmlElement | None,
    description: str | None,
    tuning: Tuning,
) -> list[tuple[HtmlElement, Rule]]:
    """The standfirsts to weigh, each with the rule that found it: the LEAD-marked
    elements, the prose in the ``gap`` between headline and body, the story's own
    header's, and the meta ``description`` printed under the ``headline``."""
    candidates = list(decisions.lead)
    candidates.extend((p, HEADLINE_GAP) for p in gap)
    candidates.extend((p, HEADER_STANDFIRST) for p in in_own_header(first, tuning))
    paired = headline_pair_deck(first, headline, tuning)
    if paired is not None:
        candidates.append((paired, HEADER_STANDFIRST))
    else:  # the headline's box closed before the dek: the stretch under it read whole
        decks = decks_under_header(first, headline, tuning)
        candidates.extend((deck, DECK_UNDER_HEADER) for deck in decks)
    if description and headline is not None:
        described = described_block(first, headline, description, tuning)
        if described is not None:
            candidates.append((described, DESCRIBED_STANDFIRST))
    return candidates


def _lines_box(element: HtmlElement, tuning: Tuning) -> bool:
    """True when ``element`` is a box of more blocks than ``headline_gap_most``, most of
    them ending no sentence: a list of selling points or facts set as lines, the page's
    own text. A standfirst is a sentence or two in one block."""
    lines = [
        text for child in element if child.tag in BLOCK_TAGS if (text := text_of(child).strip())
    ]
    if len(lines) <= tuning.headline_gap_most:
        return False
    return 2 * sum(1 for line in lines if line.endswith(SENTENCE_ENDS)) < len(lines)
