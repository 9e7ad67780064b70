"""Standfirsts: the summary paragraph set between the headline and the body.

This module judges the candidates (:func:`leads_before`): which are standfirsts, which
the story's opening, which lines set beside the summary. Prose between the headline and
the body is found in :mod:`.headline_gap`, a standfirst in the story's own header or
printed from the page's description in :mod:`.header_standfirsts`."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from ..dom.page_tags import PageTags
from ..dom.tags import BLOCK_TAGS
from ..dom.text import collapse_space, link_density, text_of
from ..dom.tree import is_attached, precedes
from ..rules.builtin.credit_captions import between_picture_and_credit
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .described_captions import DESCRIBED_CAPTION, opens_story
from .header_runs import DECK_UNDER_HEADER, decks_under_header
from .header_standfirsts import described_block, headline_pair_deck, in_own_header
from .headline_decks import far_deck
from .headline_gap import (
    between_headline_and,
    end_heading,
    headline_for,
    prose_paragraphs,
    reads_as_prose,
    story_above,
    too_long,
    within_reach,
)
from .scoring import SENTENCE_ENDS
from .standfirst_checks import STANDFIRST_COPY, body_kind, copies, never_standfirst

HtmlElement = Any


#: Stands in for a rule on paragraphs found between the headline and the body.
HEADLINE_GAP = Rule(
    "headline-gap",
    Tags("p"),
    Effect.LEAD,
    description="Prose (or a deck set as bullet points) between the headline and the body.",
)
#: Stands in for a rule on paragraphs under the headline in an article's own header.
HEADER_STANDFIRST = Rule(
    "header-standfirst",
    Tags("p"),
    Effect.LEAD,
    description="Prose after the headline in the <header> of the <article> or <main> "
    "holding the body, or after it inside the body in a box holding besides only short lines.",
)
#: Stands in for a rule on the page's description printed under the headline in the body.
DESCRIBED_STANDFIRST = Rule(
    "described-standfirst",
    Tags("p h2 h3"),
    Effect.LEAD,
    description="The page's own description (its meta summary) printed word for word "
    "after the headline, in a box with it that holds none of the story's prose: the "
    "standfirst, inside the body chosen.",
)
#: Stands in for a rule on prose set where a standfirst goes but too long for one.
OPENING_PROSE = Rule(
    "opening-prose",
    Tags("p div h2"),
    Effect.BODY,
    description="Prose set where a standfirst goes (a marked summary, or between the "
    "headline and the body) but longer than any standfirst: the story's opening "
    "paragraph, joined to the body before it. So is a box there of several lines, most "
    "ending no sentence (a description made of selling points): the page's own text.",
)
#: Stands in for a rule on the one block of prose under a headline far above the body.
HEADLINE_DECK = Rule(
    "headline-deck",
    Tags("p h2 h3 div"),
    Effect.LEAD,
    description="The one block of prose between the headline (read as the page's title) "
    "and the body when the headline stands in a box of its own far above it (a hero "
    "banner): the standfirst, when nothing nearer is one.",
)
#: Stands in for a rule on what was found with the standfirst but reads as none.
STANDFIRST_EXTRAS = Rule(
    "standfirst-extras",
    Tags("p div h2 h3"),
    Effect.DROP,
    description="A block found with the standfirst that ends no sentence (a byline, a "
    "reading time, a picture's caption and credit, a pointer to a series) beside one "
    "that does: the summary is the prose, not the lines set around it.",
)
#: The rules standing for prose found by its place (looked for past wrappers).
_FOUND = (HEADLINE_GAP, HEADER_STANDFIRST, HEADLINE_DECK)
#: What holds a picture's caption: never a standfirst.
_PICTURE_HOLDERS = frozenset(("figure", "figcaption"))


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
    headline = headline_for(first, root, tags)
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
        if not _in_place(element, rule, ancestors, first, inside, (wide, plain), prose, tuning):
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
        _settle(leads, marked_by, first, tuning)
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
    if rule in _FOUND and not in_body and body_kind(element, first):
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


def _settle(
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


def _in_place(
    element: HtmlElement,
    rule: Rule,
    ancestors: set[HtmlElement],
    first: HtmlElement,
    inside: set[HtmlElement],
    reach: tuple[list[HtmlElement], list[HtmlElement]],
    prose: list[HtmlElement],
    tuning: Tuning,
) -> bool:
    """Whether a candidate stands where a standfirst does: not a picture's caption;
    inside the body's ``first`` container only as its opening (a marked one); outside
    it, before it and near it (``reach``: the wide and the plain ancestors a found and a
    marked one may sit in), in none of the body's containers (``inside``)."""
    pictured = element.tag in _PICTURE_HOLDERS or any(a.tag in _PICTURE_HOLDERS for a in ancestors)
    if pictured and rule is not DESCRIBED_CAPTION:  # that one prints the page's summary
        return False  # a caption (kept with the pictures' text), not the summary
    if rule in _FOUND and between_picture_and_credit(element):
        return False  # prose found by its place under a picture, over its credit: a caption
    if first in ancestors:  # inside the body: a marked standfirst opening it
        return rule is not HEADLINE_GAP and (
            rule in (DESCRIBED_STANDFIRST, DESCRIBED_CAPTION)
            or _opens(element, prose, rule, tuning)
        )
    wide, plain = reach
    return not (
        inside & ancestors
        or element in inside
        or not _near(ancestors, wide if rule in _FOUND else plain, rule)
        or not precedes(element, first)
    )


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


def _near(ancestors: set[HtmlElement], near: list[HtmlElement], rule: Rule) -> bool:
    """Whether an element with these ancestors lies under one of ``near`` (the body's
    ancestors within reach). Prose found by its place, above a body set straight under
    ``<body>`` (no ancestor to share), was found within reach already: the headline's
    holder is the page's ``<body>``."""
    if (not near and rule in _FOUND) or rule is HEADLINE_DECK:
        return True  # the deck was found between the headline and the body, however far
    return any(a in ancestors for a in near)


def _opens(element: HtmlElement, prose: list[HtmlElement], rule: Rule, tuning: Tuning) -> bool:
    """True when ``element`` stands before the body's first paragraph of prose. Named as
    a standfirst (a strong rule), it may itself be long or wrap its paragraph; marked
    only as a "lead" or "intro", it must be shorter than a paragraph of prose; found in
    the story's header by its shape, a few sentences at most."""
    if rule in (HEADER_STANDFIRST, DECK_UNDER_HEADER):  # length in words, not the layout's
        if len(collapse_space(text_of(element))) >= tuning.header_deck_max_chars:
            return False
    elif not rule.strong and len(text_of(element).strip()) >= tuning.lead_inside_before_chars:
        return False
    for paragraph in prose:
        if paragraph is element or element in paragraph.iterancestors():
            continue
        return precedes(element, paragraph)
    return False  # the body's prose is all inside it: it is the body


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
