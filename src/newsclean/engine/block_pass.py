"""The pass of :func:`.prune.prune` over the body's blocks: one hot loop reading each
block and inline piece once, dooming what the body text rules, the link-block checks and
the teaser checks match (each with its reason), and what one :func:`.prune.prune` reads
throughout (:class:`PruneScope`). What is known only once the pass is done (the cards,
labels and captions going with what it doomed) is :mod:`.prune`'s."""

from __future__ import annotations

from typing import Any

import attrs

from ..dom.tags import SECTION_HEADINGS, custom_tag
from ..dom.text import collapse_space, text_of, words_length, words_text
from ..rules.builtin.lines import READ_ALSO_TEASERS
from ..rules.compiled import CompiledRules
from ..rules.model import Role, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .article_end import body_text_before
from .block_labels import (
    LIST_BOX_BLURBS,
    TEASER_BOXES,
    box_blurb,
    heading_before,
    introduction,
)
from .custom_links import custom_link_around
from .grids import in_data_table
from .label_cards import CARD_BOXES
from .line_position import stands_alone
from .link_blocks import label_holder, link_block_reason
from .link_parts import sources_only
from .links import SiteLinks
from .pointers import bracketed_pointer
from .section_pointers import heads_section
from .teaser_boxes import teaser_box
from .teasers import teaser_card
from .text_rules import (
    INLINE_TEXT_TAGS,
    long_rule_chars,
    matching_text_rules,
    one_block,
)

HtmlElement = Any

_PRUNABLE = (
    *("div", "section", "ul", "ol", "dl", "table", "form", "header", "span", "aside"),
    *SECTION_HEADINGS,
    *("p", "center", "figure"),
)
_DENSITY_PRUNED = frozenset(_PRUNABLE) - {"span"}
#: Link rules that do not read a data table's cells (engine/grids.py).
_GRID_SPARED = frozenset(("link-list", "link-paragraph", "teaser-link"))
#: What holds a link standing as a block of its own (a card), not as a line.
_CARD_HOLDERS = frozenset(("div", "section", "article", "main", "body"))
#: The reason for a short link in brackets closing a paragraph (engine/pointers.py).
BRACKETED_POINTERS = "bracketed-pointers"
#: Lines that such a pointer to another site leaves in the story (not a box of links).
_SOURCE_LINES = frozenset(("p", "li"))


@attrs.frozen
class PruneScope:
    """What every step of one :func:`.prune.prune` reads and none changes, passed whole so
    that each step takes it and only what it adds. ``story``: the body's containers in
    order (the container alone when none are given); ``closes_story``: the container
    is the body's last (its closing credit run is read)."""

    container: HtmlElement
    rules: CompiledRules
    decisions: Decisions
    tuning: Tuning
    links: SiteLinks
    story: list[HtmlElement]
    closes_story: bool
    keep_captions: bool


def read_blocks(
    scope: PruneScope,
) -> tuple[list[tuple[HtmlElement, str]], list[tuple[HtmlElement, str, Rule]], list[HtmlElement]]:
    """One hot loop over the container's blocks and inline pieces: what the text rules,
    the link-block checks and the teaser checks doom in it (each with its reason), the
    ``Role.GROUPED`` labels to weigh together, and the short boxes to read for label
    cards once the loop is done. What few blocks need (a rule fired, a link block
    found) is read in functions of its own; the loop calls none for the others."""
    container, rules, tuning, links = scope.container, scope.rules, scope.tuning, scope.links
    doomed: list[tuple[HtmlElement, str]] = []
    weak_only, looked_at = _looked_at(rules)
    # nested blocks often hold the same text (a <div> around its one <p>): read once
    read: dict[tuple[str, str], list[Rule]] = {}
    grouped: list[tuple[HtmlElement, str, Rule]] = []  # Role.GROUPED labels, weighed after
    short_boxes: list[HtmlElement] = []
    # read once, not per block
    tagged, rule_chars = rules.tagged_text_rules, tuning.text_rule_max_chars
    card_chars = tuning.label_card_max_chars
    long_chars = long_rule_chars(rules, tuning)
    for element in container.iter(*looked_at):
        if element is container:
            continue
        tag = element.tag  # read once: lxml builds the string on each read
        if tag in weak_only and not stands_alone(element):
            continue
        # the text a rule may read is built once, in C; other blocks' is only counted
        words, printable = words_text(element) if tag in tagged else (None, False)
        length = words_length(element) if words is None else len(words)
        if length == 0:
            continue
        if length <= card_chars and tag in CARD_BOXES:
            short_boxes.append(element)  # read for label cards once the walk is done
        text = (
            _rule_text(element, words, printable)
            if words is not None and (length < rule_chars or length <= long_chars[tag])
            else None
        )
        fired: list[Rule] = []
        if text is not None:
            fired = matching_text_rules(element, text, rules, read, tuning, collapsed=printable)
        if fired and length >= rule_chars and not one_block(element):
            fired = []  # a long text is read as one block only (one_block: read last)
        # most blocks fire none: nothing to sort out
        if fired and _doom_fired(element, text, fired, scope, doomed, grouped):
            continue
        if tag in SECTION_HEADINGS and (card := _custom_card(element, length, scope)):
            doomed.append(card)
            continue
        if tag == "a":
            if bracketed_pointer(element, links):
                doomed.append((element, BRACKETED_POINTERS))
                continue
            if _is_card(element) and teaser_card(element, length, tuning, links):
                doomed.append(_teaser_card(element, scope))
            continue
        if tag not in _DENSITY_PRUNED:
            continue
        reason = link_block_reason(element, length, tuning, links)
        if reason is not None:
            _doom_link_block(element, reason, length, scope, doomed)
    return doomed, grouped, short_boxes


def _looked_at(rules: CompiledRules) -> tuple[set[str], dict[str, None]]:
    """The inline tags read only when they stand alone, and the tags the loop of
    :func:`read_blocks` reads (each once: lxml tests every element against each tag it
    is given)."""
    # an inline piece of a sentence is removed only by a strong text rule (matching_text_rules),
    # and is never a link block: without such a rule for its tag it needs no look
    weak_only = {
        tag
        for tag in rules.tagged_text_rules
        if tag in INLINE_TEXT_TAGS and tag not in _PRUNABLE and tag not in rules.strong_text_tags
    }
    return weak_only, dict.fromkeys((*_PRUNABLE, *rules.tagged_text_rules))


def _doom_fired(
    element: HtmlElement,
    text: str | None,
    fired: list[Rule],
    scope: PruneScope,
    doomed: list[tuple[HtmlElement, str]],
    grouped: list[tuple[HtmlElement, str, Rule]],
) -> bool:
    """Doom ``element`` by the body text rules that ``fired`` on it (True), but for the
    ``Role.GROUPED`` labels (added to ``grouped``, weighed once all are known; meanwhile
    it is read as any other block) and a pointer to a source (:func:`_points_to_source`)."""
    if text is not None and all(rule.role is Role.GROUPED for rule in fired):
        grouped.append((element, collapse_space(text).lower(), fired[0]))
    fired = [rule for rule in fired if rule.role is not Role.GROUPED]
    if not fired or _points_to_source(element, fired, scope.links):
        return False
    for rule in fired:
        scope.decisions.record(element, rule)
    doomed.append((element, fired[0].name))
    return True


def _doom_link_block(
    element: HtmlElement,
    reason: str,
    length: int,
    scope: PruneScope,
    doomed: list[tuple[HtmlElement, str]],
) -> None:
    """Doom the block of links ``element`` (``length`` characters) for ``reason``
    (:func:`link_block_reason`), with its heading, or its box's blurb, or a teaser
    list's introduction: teaser cards only below the story (:func:`.prune.prune`), and no
    link rule of :data:`_GRID_SPARED` inside a data table."""
    container, tuning, links = scope.container, scope.tuning, scope.links
    if reason == "teaser-cards" and (
        body_text_before(element, scope.story) < tuning.teaser_cards_story_ratio * length
    ):
        again = link_block_reason(element, length, tuning, links, cards=False)
        if again is None:
            return
        reason = again
    if reason in _GRID_SPARED and in_data_table(element, container, tuning):
        return
    if reason in ("link-list", "teaser-list", "teaser-cards", "teaser-link"):
        if reason != "teaser-link":
            element = label_holder(element, container, tuning)
        heading = heading_before(element, tuning)
        if heading is not None and box_blurb(heading, element, container, tuning):
            heading.tail = None  # the blurb goes with its heading
            doomed.append((heading, LIST_BOX_BLURBS))
        elif heading is not None and not heads_section(heading, element):
            doomed.append((heading, f"{reason}-heading"))
        elif reason in ("teaser-list", "teaser-cards"):
            doomed.extend(introduction(element, reason, tuning))
    if reason == "teaser-link":
        doomed.append(_teaser_card(element, scope))
    else:
        doomed.append((element, reason))


def _rule_text(element: HtmlElement, words: str, printable: bool) -> str:
    """The text the body text rules read, ``text_of(element).strip()``, or the same
    as they read it: ``words`` (:func:`words_text`) when ``printable`` (no whitespace
    but " " is left that :func:`collapse_space` would collapse, and it ends alike)."""
    return words if printable else text_of(element).strip()


def _teaser_card(teaser: HtmlElement, scope: PruneScope) -> tuple[HtmlElement, str]:
    """A teaser's headline, or the card around it (:func:`teaser_box`) with the reason
    ``teaser-boxes``: its kicker and blurb would stay behind as loose lines."""
    box = teaser_box(teaser, scope.container, scope.tuning, scope.links, scope.story)
    return (box, "teaser-link") if box is teaser else (box, TEASER_BOXES)


def _custom_card(
    heading: HtmlElement, length: int, scope: PruneScope
) -> tuple[HtmlElement, str] | None:
    """The card of a headline set in a site's custom link (``<x-link href><h3>``:
    :func:`custom_link_around`) standing alone as a teaser, as for a link."""
    link = custom_link_around(heading)
    if link is None or not _is_card(link):
        return None
    if not teaser_card(link, length, scope.tuning, scope.links):
        return None
    return _teaser_card(link, scope)


def _points_to_source(element: HtmlElement, fired: list[Rule], links: SiteLinks) -> bool:
    """True when a line matched only as a pointer to more reading links to other sites
    alone: "More details on the maker's site: <a>maker.example</a>", "Learn more at
    <a>The Daily Example</a>." names the story's source, as a link in a sentence does;
    a teaser points to the site's own stories."""
    return (
        element.tag in _SOURCE_LINES
        and all(rule.name == READ_ALSO_TEASERS.name for rule in fired)
        and sources_only(element, links)
    )


def _is_card(link: HtmlElement) -> bool:
    """True when a link stands as a block of its own between blocks (a card set
    between the story's paragraphs), not as a line of a paragraph or a list."""
    parent = link.getparent()
    if parent is None or not (parent.tag in _CARD_HOLDERS or custom_tag(parent.tag)):
        return False
    return stands_alone(link)
