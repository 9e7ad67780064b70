"""Inside the chosen body: remove what text rules match, link lists, teaser links and
the cards, credits and captions that go with them. The pass over the body's blocks is
:mod:`.block_pass`'s; what goes with what it doomed, known only once the pass is done,
and the removal of it all go here. The pieces they read have modules of their own:
:mod:`.text_rules` (the body text rules), :mod:`.line_position` (an inline element's
place in its line), :mod:`.block_labels` (a removed block's heading or label) and
:mod:`.bylines_beside`; the headline is :mod:`.headline`'s."""

from __future__ import annotations

from typing import Any

from ..dom.tags import PHRASING_TAGS
from ..dom.tree import remove_element
from ..rules.builtin.credit_captions import PLACEHOLDER_CAPTIONS, caption_beside_placeholder
from ..rules.compiled import CompiledRules
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .block_labels import card_labels, labelled_row
from .block_pass import PruneScope, read_blocks
from .bylines_beside import BYLINE_BESIDE_DATE, DATE_RULES, bylines_beside_dates
from .card_rows import card_rows
from .date_labels import DATE_LABELS, date_labels
from .label_cards import CREDIT_RUNS, LABEL_CARDS, credit_run, label_cards
from .line_position import drop_separator_after
from .links import SiteLinks
from .player_boxes import CLIP_TITLES, PLAYER_BOXES, clip_title, running_time_line
from .rail_cards import RAIL_CARDS, rail_cards
from .text_rules import grouped_labels

HtmlElement = Any


def prune(
    container: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    tuning: Tuning,
    links: SiteLinks,
    body: list[HtmlElement] | None = None,
    keep_captions: bool = False,
    link_holders: set[HtmlElement] | None = None,
) -> list[tuple[HtmlElement, str]]:
    """Remove text-rule matches, link lists, teasers and similar leftovers inside
    ``container``; return what was removed, each with the rule or reason. A list of
    teaser cards closed by buttons goes only below the story: with at least
    ``teaser_cards_story_ratio`` times its text of the ``body`` (the containers, in
    order) before it; a landing page made of such cards keeps them. ``keep_captions``:
    the captions are asked for (``include_captions``). ``link_holders`` gets the parent
    of each element removed with a link in it: the box still held that link on the
    page (the link to an About page below an introduction, :mod:`.closing_bios`)."""
    scope = PruneScope(
        container,
        rules,
        decisions,
        tuning,
        links,
        story=body or [container],
        closes_story=container is body[-1] if body else False,
        keep_captions=keep_captions,
    )
    doomed, grouped, short_boxes = read_blocks(scope)
    _add_companions(doomed, grouped, short_boxes, scope)
    for element, _reason in doomed:
        if element.tag in PHRASING_TAGS:
            drop_separator_after(element)
        if link_holders is not None and _holds_link(element):
            link_holders.add(element.getparent())
        remove_element(element)
    return doomed


def _holds_link(element: HtmlElement) -> bool:
    """Whether ``element`` is or holds a link with an address."""
    return any(link.get("href") for link in element.iter("a"))


def _add_companions(
    doomed: list[tuple[HtmlElement, str]],
    grouped: list[tuple[HtmlElement, str, Rule]],
    short_boxes: list[HtmlElement],
    scope: PruneScope,
) -> None:
    """Add to ``doomed`` what goes with it or is known only once all of it is known:
    card rows and their labels, label cards, the closing credit run, the grouped labels,
    a placeholder's caption beside its credit, a clip's title over its running time and
    a byline beside a removed date."""
    container, rules, tuning, keep_captions = (
        scope.container,
        scope.rules,
        scope.tuning,
        scope.keep_captions,
    )
    taken = [element for element, _reason in doomed]
    for row in card_rows(container, scope.story, tuning, scope.links, taken):
        doomed.extend(labelled_row(row, container, tuning))
    gone = {element for element, _reason in doomed}  # kept up as more is doomed below
    doomed.extend(card_labels(doomed, gone, container, tuning))
    cards = [
        card
        for card in label_cards(short_boxes, scope.story, tuning, scope.links, keep_captions)
        if card not in gone and not gone.intersection(card.iterancestors())
    ]
    doomed.extend((card, LABEL_CARDS) for card in cards)
    if scope.closes_story:
        credits = credit_run(container, scope.story, tuning, gone)
        if credits is not None and credits not in gone:  # the cards not counted, as before
            doomed.append((credits, CREDIT_RUNS))
            gone.add(credits)
    gone.update(cards)
    for card in rail_cards(doomed, gone, tuning) if rules.runs(RAIL_CARDS) else ():
        _doom_once(card, RAIL_CARDS, doomed, gone, scope)
    if grouped:
        players = not keep_captions and rules.runs(PLAYER_BOXES)
        for element, rule in grouped_labels(grouped, container, tuning, players):
            _doom_once(element, rule, doomed, gone, scope)
    if not keep_captions and rules.runs(PLACEHOLDER_CAPTIONS):
        credits = [element for element, reason in doomed if reason in _CREDIT_RULES]
        for credit in credits:
            caption = caption_beside_placeholder(credit)
            if caption is not None:
                _doom_once(caption, PLACEHOLDER_CAPTIONS, doomed, gone, scope)
    if rules.runs(CLIP_TITLES):
        for line in [element for element, reason in doomed if running_time_line(element, reason)]:
            title = clip_title(line)
            if title is not None:
                _doom_once(title, CLIP_TITLES, doomed, gone, scope)
    dates = [element for element, reason in doomed if reason in DATE_RULES]
    if dates and rules.runs(BYLINE_BESIDE_DATE):
        for line in bylines_beside_dates(dates, container, tuning):
            scope.decisions.record(line, BYLINE_BESIDE_DATE)
            doomed.append((line, BYLINE_BESIDE_DATE.name))
    for label in date_labels(dates, tuning) if dates and rules.runs(DATE_LABELS) else ():
        _doom_once(label, DATE_LABELS, doomed, gone, scope)


def _doom_once(
    element: HtmlElement,
    rule: Rule,
    doomed: list[tuple[HtmlElement, str]],
    gone: set[HtmlElement],
    scope: PruneScope,
) -> None:
    """Doom ``element`` by ``rule`` unless it already goes (taken by another rule, or
    found twice, beside two credits): each element is removed and reported once."""
    if element not in gone:
        scope.decisions.record(element, rule)
        doomed.append((element, rule.name))
        gone.add(element)


#: The rules taking a picture's credit line, over which a caption may stand.
_CREDIT_RULES = frozenset(("agency-credits", "credit-lines"))
