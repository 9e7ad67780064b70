"""The extraction engine: clean, apply rules, pick the body, prune it, render it.

How rules and scores combine (the one documented way, see docs/rules.md):

1. Markup that never carries article text (scripts, styles, forms controls,
   embeds) is stripped (:mod:`.prepare`).
2. DROP rules remove their elements (:mod:`.drops`), except where :class:`~.veto.Veto` vetoes
   the drop: its element holds a BODY-marked element, or the headline and a
   large share of the page's paragraph text.
3. Paragraphs are scored (:mod:`.scoring`); SCORE rules add their weight to the
   containers they match.
4. The body is chosen (:mod:`.body`), with the standfirsts above it (:mod:`.leads`).
5. Inside the body, text-rule matches, link lists and the headline are pruned
   (:mod:`.prune`), then the body is serialised and rendered as text.

Every threshold comes from :class:`~newsclean.settings.Tuning`; every decision is
reported to an :class:`~.observer.Observer`. The page's metadata is read beside
the engine (``newsclean.api``); the engine needs only the headline, to drop it, and
the authors, to drop a note about them closing the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from ..dom.page_tags import PageTags
from ..dom.text import words_length
from ..dom.tree import remove_element
from ..render.clean_tree import snapshot
from ..render.text import render_text
from ..rules.builtin.figure_boxes import FIGURE_BOX_TEXT, figure_box_lines
from ..rules.builtin.image_captions import picture_captions
from ..rules.compiled import CompiledRules
from ..rules.model import Effect
from ..rules.walk import Decisions, apply_rules
from ..settings import Options
from .article_end import end_article
from .author_boxes import lost_name_holders, name_links
from .body_passes import choose_story_body
from .bylined_boxes import BYLINED_BOXES, drop_bylined_boxes
from .closing_blocks import heading_over
from .columns import drop_columns
from .comment_lists import find_shaped, with_shaped
from .data_tables import FOOTER_COPIES, settle_footers
from .described_captions import described_caption, drop_spared, spare
from .drops import carry_out_drops, drop_chrome, unmark_comments
from .edge_rules import AUTHOR_NOTE
from .edges import trim_edges
from .excerpts import TEASER_EXCERPTS, drop_excerpts
from .extraction import Extraction
from .header_boxes import HEADER_BOXES, drop_header_box, header_box
from .header_runs import DECK_UNDER_HEADER
from .headline import HEADLINE_LABELS, drop_headline
from .leads import OPENING_PROSE, leads_before
from .link_rows import LINK_ROWS, drop_link_rows
from .links import SiteLinks
from .next_stories import NEXT_STORIES, drop_next_stories
from .observer import QUIET, Observer, record_removed, remove_recorded
from .orphan_labels import ORPHAN_LABELS, orphan_labels
from .player_remnants import PLAYER_REMNANTS, drop_player_remnants
from .prepare import prepare, strip_images
from .profile_cards import PROFILE_CARDS, drop_profile_cards
from .prune import prune
from .ranked_figures import RANKED_FIGURES
from .repeats import drop_repeated_lines, drop_repeats, drop_teasers
from .reply_forms import REPLY_FORMS, end_at_reply_form
from .role_tables import tabulate_roles
from .said_boxes import drop_said_boxes
from .slides import COUNTED_SLIDES, drop_galleries
from .standfirst_checks import STANDFIRST_DATE, edge_dates
from .streams import TEASER_STREAMS, drop_streams
from .text_rules import boilerplate_containers
from .threads import COMMENT_THREAD, end_thread
from .veto import Veto

HtmlElement = Any


def run_engine(
    root: HtmlElement,
    tags: PageTags,
    rules: CompiledRules,
    options: Options,
    *,
    headline: str | None,
    base_url: str | None,
    page_url: str | None = None,
    authors: Sequence[str] = (),
    author_bios: Sequence[str] = (),
    description: str | None = None,
    observer: Observer = QUIET,
) -> Extraction:
    """Run the engine on a parsed page (``tags``: its elements collected by one pass;
    ``page_url``: the page's address, to tell its own site's links from others;
    ``authors``: the page's authors, whose note closing the body goes; ``author_bios``:
    what the page's structured data says of them, whose copy in the body goes;
    ``description``: the page's summary, whose copy under the headline is its standfirst)."""
    tuning = options.tuning
    body = root.find("body")
    if body is None:
        body = root
    sheets = [style.text for style in tags.styles if style.text]  # before prepare strips them
    ranked = rules.runs(RANKED_FIGURES)
    prepare(root, body, tags, tuning, images=options.include_images, ranked_figures=ranked)
    shaped = find_shaped(body, rules, options)
    veto = Veto(body, list(tags.headlines_in(body)), tuning)
    decisions = _new_decisions(observer, tags, rules, options)
    emptied: list[HtmlElement] = []
    described = described_caption(tags.figcaptions, rules, options, description)
    spare(described, veto)
    comments = drop_chrome(root, body, rules, decisions, veto, options, observer, emptied)
    doomed = {el for el, _rule in decisions.drops}
    apply_rules(body, rules, decisions, sheets, doomed=doomed, held=tags.held)
    unmark_comments(decisions)
    veto.protect(decisions)
    comments += carry_out_drops(root, rules, decisions, veto, options, observer, emptied)
    # the captions asked for, read while their pictures are there to tell them by
    captions = picture_captions(body) if options.include_captions else None
    if not options.include_images:
        strip_images(root)
    containers, core, core_chars, known = choose_story_body(
        body, rules, decisions, tuning, observer, tags, headline
    )
    printed = described[1] if described is not None else None  # the caption's summary
    leads = _place_leads(
        containers, root, tags, decisions, options, description, printed, headline, observer
    )
    drop_spared(described, leads, root, decisions, observer)
    links = SiteLinks(page_url or base_url)
    stage = _Stage(rules, decisions, options, links, observer, authors)
    named = name_links(containers, authors) if rules.runs(AUTHOR_NOTE) else []  # before pruning
    _drop_engine_rules(stage, containers, core, core_chars, tags, headline, known)
    bared = _prune_body(stage, leads, containers, headline)
    for element in drop_teasers(containers):
        observer.removed(element, "teaser-copy")
    for element in drop_repeated_lines(containers, tuning, captions):
        observer.removed(element, "repeated-lines")
    _trim_edges(stage, containers, author_bios, bared, lost_name_holders(named))
    _drop_last(stage, containers, emptied)
    found = _render(leads, containers, comments, base_url, options, observer)
    return with_shaped(found, shaped, containers)


def _new_decisions(
    observer: Observer, tags: PageTags, rules: CompiledRules, options: Options
) -> Decisions:
    """The engine's decisions, opened with the lines between a picture and its caption
    in a figure built of divs noted (``figure-box-text``): read while the captions that
    tell them are still there, since the page's chrome goes with them before the walk."""
    decisions = observer.new_decisions()
    if options.include_captions or not rules.runs(FIGURE_BOX_TEXT):
        return decisions
    captions = (caption for caption in tags.figcaptions if caption.tag == "figcaption")
    for line in figure_box_lines(captions):
        decisions.record(line, FIGURE_BOX_TEXT)
    return decisions


def _trim_edges(
    stage: _Stage,
    containers: list[HtmlElement],
    author_bios: Sequence[str],
    bared: set[HtmlElement],
    name_holders: set[HtmlElement],
) -> None:
    """Trim the body's edges (:func:`trim_edges`) with what the stages before found:
    the boxes the pruning bared and whose links it took, the author names' holders."""
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
    )
    for element, reason in trimmed:
        stage.observer.removed(element, reason)


def _drop_last(stage: _Stage, containers: list[HtmlElement], emptied: list[HtmlElement]) -> None:
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


def _render(
    leads: list[HtmlElement],
    containers: list[HtmlElement],
    comments: list[HtmlElement],
    base_url: str | None,
    options: Options,
    observer: Observer,
) -> Extraction:
    """Serialise and render the body (with the standfirst when asked for); a standfirst
    with no story under it is the story."""
    if leads and not any(words_length(container) for container in containers):
        containers[:0] = leads  # a standfirst with no story under it is the story
        leads = []
    # the body as rendered: a container a later stage removed is no longer chosen
    observer.chose(containers, leads)
    if options.include_standfirst:
        drop_repeats(leads, containers, observer)
    shown = leads + containers if options.include_standfirst else containers
    shot = snapshot(
        shown,
        base_url=base_url,
        include_links=options.include_links,
        include_images=options.include_images,
        include_tables=options.include_tables,
        include_captions=options.include_captions,
    )
    standfirst = render_text(leads)
    text = render_text(containers)
    if options.include_standfirst and standfirst:
        text = f"{standfirst}\n\n{text}" if text else standfirst
    return Extraction(text, shot, tuple(comments), standfirst or None)


@attrs.frozen
class _Stage:
    """What every stage after the body's choice reads and reports to."""

    rules: CompiledRules
    decisions: Decisions
    options: Options
    links: SiteLinks
    observer: Observer
    authors: Sequence[str]
    #: the boxes whose links the pruning took (:func:`.prune.prune`'s ``link_holders``)
    link_holders: set[HtmlElement] = attrs.Factory(set)


def _place_leads(
    containers: list[HtmlElement],
    root: HtmlElement,
    tags: PageTags,
    decisions: Decisions,
    options: Options,
    description: str | None,
    printed: HtmlElement | None,
    headline: str | None,
    observer: Observer,
) -> list[HtmlElement]:
    """Find the standfirsts above the chosen body (:func:`leads_before`; ``printed``:
    the element of the caption printing the page's ``description``, spared by the
    caption rules) and return them; prose too long for one joins the body
    (``containers``) as its opening, a line set with them and a copy of one go, and so
    does a date set apart at their edge."""
    found = leads_before(
        containers, decisions, root, tags, options.tuning, description, headline, printed
    )
    leads = [
        element
        for element, rule in found
        if rule is not OPENING_PROSE and rule.effect is not Effect.DROP
    ]
    for element, rule in found:
        if rule is DECK_UNDER_HEADER:  # found by its shape alone: explain() names the rule
            decisions.record(element, rule)
        if rule.effect is Effect.DROP:  # a line set with the standfirst, none itself, or its copy
            remove_element(element)
            observer.removed(element, rule.name)
    # prose too long for a standfirst is the story's opening: the body's, before it
    containers[:0] = [element for element, rule in found if rule is OPENING_PROSE]
    for lead in leads:
        if any(container in lead.iterancestors() for container in containers):
            remove_element(lead)  # a standfirst opening the body is not the body
    for element in edge_dates(leads):
        observer.removed(element, STANDFIRST_DATE.name)
    return leads


def _drop_engine_rules(
    stage: _Stage,
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
        for element, reason in drop_excerpts(containers, core, decisions, tuning, links):
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


def _prune_body(
    stage: _Stage, leads: list[HtmlElement], containers: list[HtmlElement], headline: str | None
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
