"""The stages run on the chosen body, in the order the engine runs them: the engine rules
that need the body's bounds, the pruning, the trim of its edges and the rules run last.

Kept apart from :mod:`.pipeline`, which chooses the body and renders it, so that each
stage's reading of the page stays beside the others of its kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from ..dom.page_tags import PageTags
from ..dom.tree import remove_element
from ..rules.compiled import CompiledRules
from ..rules.walk import Decisions
from ..settings import Options
from .article_end import end_article
from .bylined_boxes import BYLINED_BOXES, drop_bylined_boxes
from .closing_blocks import heading_over
from .columns import drop_columns
from .data_tables import FOOTER_COPIES, settle_footers
from .edges import trim_edges
from .excerpts import TEASER_EXCERPTS, drop_excerpts
from .header_boxes import HEADER_BOXES, drop_header_box, header_box
from .headline import HEADLINE_LABELS, drop_headline
from .link_rows import LINK_ROWS, drop_link_rows
from .links import SiteLinks
from .next_stories import NEXT_STORIES, drop_next_stories
from .observer import Observer, record_removed, remove_recorded
from .orphan_labels import ORPHAN_LABELS, orphan_labels
from .player_remnants import PLAYER_REMNANTS, drop_player_remnants
from .profile_cards import PROFILE_CARDS, drop_profile_cards
from .prune import prune
from .reply_forms import REPLY_FORMS, end_at_reply_form
from .role_tables import tabulate_roles
from .said_boxes import drop_said_boxes
from .slides import COUNTED_SLIDES, drop_galleries
from .streams import TEASER_STREAMS, drop_streams
from .text_rules import boilerplate_containers
from .threads import COMMENT_THREAD, end_thread

HtmlElement = Any


@attrs.frozen
class Stage:
    """What every stage after the body's choice reads and reports to."""

    rules: CompiledRules
    decisions: Decisions
    options: Options
    links: SiteLinks
    observer: Observer
    authors: Sequence[str]
    #: the boxes whose links the pruning took (:func:`.prune.prune`'s ``link_holders``)
    link_holders: set[HtmlElement] = attrs.Factory(set)


def drop_engine_rules(
    stage: Stage,
    containers: list[HtmlElement],
    core: HtmlElement | None,
    core_chars: int,
    tags: PageTags,
    headline: str | None,
    known: dict[HtmlElement, list[HtmlElement]],
) -> None:
    """Remove what the engine rules find in the chosen body, which needs the body's
    bounds (``containers``; ``core``: the best-scored one, of ``core_chars`` paragraph
    text): stories scrolled in under it, the article's end, a comment thread's
    (``known``: its items, when found), boilerplate containers, side columns holding
    the site's search or titled widgets, teaser rails and streams, galleries, a video
    player's leftover lines, buy boxes, pay walls, boxes the reader can close and
    prompts to allow notifications or get the app."""
    rules, decisions, observer = stage.rules, stage.decisions, stage.observer
    tuning, links = stage.options.tuning, stage.links
    if rules.runs(NEXT_STORIES):
        record_removed(
            drop_next_stories(containers, headline, tuning), NEXT_STORIES, decisions, observer
        )
    for element, reason in end_article(containers, rules, decisions, tuning):
        observer.removed(element, reason)
    if rules.runs(REPLY_FORMS):
        found = end_at_reply_form(containers, tags.reply_forms, tuning)
        record_removed(found, REPLY_FORMS, decisions, observer)
    if rules.runs(COMMENT_THREAD):
        for element, reason in end_thread(containers, decisions, tuning, known):
            observer.removed(element, reason)
    for container, rule in boilerplate_containers(containers, rules, tuning):
        containers.remove(container)
        remove_recorded(container, rule, decisions, observer)
    if core is not None:
        drop_columns(containers, core, tags, rules, decisions, observer, tuning, stage.authors)
    if core is not None and rules.runs(TEASER_STREAMS):
        for element, reason in drop_streams(containers, core, core_chars, decisions, tuning, links):
            observer.removed(element, reason)
    if core is not None and rules.runs(TEASER_EXCERPTS):
        for element, reason in drop_excerpts(
            containers, core, decisions, tuning, links, rules.runs
        ):
            observer.removed(element, reason)
    if rules.runs(PROFILE_CARDS):
        record_removed(drop_profile_cards(containers, tuning), PROFILE_CARDS, decisions, observer)
    if rules.runs(BYLINED_BOXES):
        record_removed(
            drop_bylined_boxes(containers, tuning, headline), BYLINED_BOXES, decisions, observer
        )
    if not stage.options.include_captions and rules.runs(COUNTED_SLIDES):
        for element, reason in drop_galleries(containers, decisions, tuning):
            observer.removed(element, reason)
    if not stage.options.include_captions and rules.runs(PLAYER_REMNANTS):
        found = drop_player_remnants(containers, tuning)
        record_removed(found, PLAYER_REMNANTS, decisions, observer)
    drop_said_boxes(containers, tags, rules, decisions, observer, tuning)


def prune_body(
    stage: Stage, leads: list[HtmlElement], containers: list[HtmlElement], headline: str | None
) -> set[HtmlElement]:
    """Prune the standfirsts and the body (:func:`prune`), drop the headline's copy and
    its labels, and the tables unless asked for; return the headings over the tables
    left out (the edges' trim reads them as the tables' own)."""
    rules, decisions, options, observer = (
        stage.rules,
        stage.decisions,
        stage.options,
        stage.observer,
    )
    labelled, boxed = rules.runs(HEADLINE_LABELS), rules.runs(HEADER_BOXES)
    in_order = leads + containers
    bared: set[HtmlElement] = set()
    for container in in_order:
        box = header_box(container, headline, options.tuning) if boxed else None
        pruned = prune(
            container,
            rules,
            decisions,
            options.tuning,
            stage.links,
            in_order,
            options.include_captions,
            stage.link_holders,
        )
        for element, reason in pruned:
            observer.removed(element, reason)
        headlines, labels = drop_headline(container, headline, options.tuning, labelled)
        for removed_headline in headlines:
            observer.removed(removed_headline, "headline")
        for label in labels:
            decisions.record(label, HEADLINE_LABELS)
            observer.removed(label, HEADLINE_LABELS.name)
        drop_header_box(box, container, decisions, observer)
        tabulate_roles(container)
        if options.include_tables:
            for footer in settle_footers(container):
                observer.removed(footer, FOOTER_COPIES)
        else:
            tables = list(container.iter("table"))
            for table in tables:
                heading = heading_over(table, container)
                if heading is not None:
                    bared.add(heading)
            for table in tables:
                remove_element(table)
    return bared


def trim_body_edges(
    stage: Stage,
    containers: list[HtmlElement],
    author_bios: Sequence[str],
    bared: set[HtmlElement],
    name_holders: set[HtmlElement],
) -> None:
    """Trim the body's edges (:func:`trim_edges`) with what the stages before found:
    the boxes the pruning bared and whose links it took, the author names' holders;
    each line of loose text it took is reported with its holder."""
    lines: list[tuple[HtmlElement, HtmlElement, str]] = []
    trimmed = trim_edges(
        containers,
        stage.rules,
        stage.decisions,
        stage.links,
        stage.options.tuning,
        stage.authors,
        author_bios,
        bared,
        name_holders,
        stage.link_holders,
        lines,
    )
    for element, reason in trimmed:
        stage.observer.removed(element, reason)
    for holder, line, reason in lines:
        stage.observer.removed_line(holder, line, reason)


def drop_last(stage: Stage, containers: list[HtmlElement], emptied: list[HtmlElement]) -> None:
    """The rules run on the trimmed body: a box's label left alone once a drop took its
    content (``orphan-labels``: late, since the rules before read a credit's label
    beside its picture), then the rows of links (``link-rows``: last, since a row
    another rule takes goes with its block). ``emptied``: the boxes the drops emptied."""
    rules, decisions, observer = stage.rules, stage.decisions, stage.observer
    if rules.runs(ORPHAN_LABELS):
        for box in orphan_labels(emptied, containers, stage.options.tuning):
            remove_recorded(box, ORPHAN_LABELS, decisions, observer)
    if rules.runs(LINK_ROWS):
        record_removed(drop_link_rows(containers), LINK_ROWS, decisions, observer)
