"""The extraction engine: clean, apply rules, pick the body, prune it, render it.

How rules and scores combine (the one documented way, see docs/rules.md):

1. Markup that never carries article text (scripts, styles, forms controls,
   embeds) is stripped (:mod:`.prepare`).
2. DROP rules remove their elements, except where :class:`~.veto.Veto` vetoes
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
from ..dom.text import text_length, words_length
from ..dom.tree import is_attached, remove_element
from ..render.clean_tree import Snapshot, snapshot
from ..render.text import render_text
from ..rules.builtin.image_captions import picture_captions
from ..rules.compiled import INLINE_TAGS, CompiledRules
from ..rules.model import Role, Rule
from ..rules.walk import Decisions, apply_rules, examine_vetoed, tag_drops
from ..settings import Options
from .article_end import end_article
from .body import choose_body
from .closing_blocks import heading_over
from .dismissibles import DISMISSIBLE_BOXES, drop_dismissible_boxes
from .edges import trim_edges
from .excerpts import TEASER_EXCERPTS, drop_excerpts
from .headline import HEADLINE_LABELS, drop_headline
from .leads import OPENING_PROSE, STANDFIRST_EXTRAS, leads_before
from .links import SiteLinks
from .next_stories import NEXT_STORIES, drop_next_stories
from .observer import QUIET, Observer
from .offers import BUY_BOXES, drop_buy_boxes
from .player_boxes import CLIP_LINE_RAW_MAX_CHARS, CLIP_TITLES, clip_title, running_time_line
from .prepare import prepare, strip_images
from .prune import prune
from .repeats import drop_repeated_lines, drop_repeats, drop_teasers
from .role_tables import tabulate_roles
from .scoring import score_paragraphs
from .slides import COUNTED_SLIDES, drop_galleries
from .streams import TEASER_STREAMS, drop_streams
from .text_rules import boilerplate_containers
from .threads import COMMENT_THREAD, end_thread, thread_body, thread_items
from .veto import Veto

HtmlElement = Any


@attrs.frozen
class Extraction:
    """What the engine found: the body as text and as serialised HTML, its standfirst,
    and the page's reader-comment sections (when comments were asked for)."""

    text: str
    snapshot: Snapshot
    comment_sections: tuple[HtmlElement, ...] = ()
    #: the standfirst (the summary between headline and body), apart from ``text``
    standfirst: str | None = None


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
    prepare(root, body, tags, tuning, images=options.include_images)
    veto = Veto(body, list(tags.headlines_in(body)), tuning)
    decisions = observer.new_decisions()
    comments = _drop_chrome(root, body, rules, decisions, veto, options, observer)
    doomed = {el for el, _rule in decisions.drops}
    apply_rules(body, rules, decisions, sheets, doomed=doomed, held=tags.held)
    _unmark_comments(decisions)
    veto.protect(decisions)
    comments += _carry_out_drops(root, rules, decisions, veto, options, observer)
    # the captions asked for, read while their pictures are there to tell them by
    captions = picture_captions(body) if options.include_captions else None
    if not options.include_images:
        strip_images(root)
    scores = score_paragraphs(body, decisions.scores, tuning)
    observer.scored(scores)
    containers, core = choose_body(body, decisions, scores, tuning)
    threads_on = rules.runs(COMMENT_THREAD)
    known: dict[HtmlElement, list[HtmlElement]] = {}
    if threads_on:
        known[containers[0]] = thread_items(containers[0], tuning)
        thread = thread_body(containers[0], known[containers[0]], tuning)
        if thread is not None:  # readers' comments scored above the story
            decisions.record(thread, COMMENT_THREAD)
            remove_element(thread)
            observer.removed(thread, COMMENT_THREAD.name)
            scores = score_paragraphs(body, decisions.scores, tuning)
            observer.scored(scores)
            containers, core = choose_body(body, decisions, scores, tuning)
            known = {}
    found = leads_before(containers, decisions, root, tags, tuning, description, headline)
    leads = [element for element, rule in found if rule not in (OPENING_PROSE, STANDFIRST_EXTRAS)]
    for element, rule in found:
        if rule is STANDFIRST_EXTRAS:  # a line set with the standfirst, none itself
            remove_element(element)
            observer.removed(element, rule.name)
    # prose too long for a standfirst is the story's opening: the body's, before it
    containers[:0] = [element for element, rule in found if rule is OPENING_PROSE]
    for lead in leads:
        if any(container in lead.iterancestors() for container in containers):
            remove_element(lead)  # a standfirst opening the body is not the body
    observer.chose(containers, leads)
    links = SiteLinks(page_url or base_url)
    if rules.runs(NEXT_STORIES):
        for element, reason in drop_next_stories(containers, headline, tuning):
            decisions.record(element, NEXT_STORIES)
            observer.removed(element, reason)
    for element, reason in end_article(containers, rules, decisions, options.tuning):
        observer.removed(element, reason)
    if threads_on:
        for element, reason in end_thread(containers, decisions, tuning, known):
            observer.removed(element, reason)
    for container, rule in boilerplate_containers(containers, rules, tuning):
        decisions.record(container, rule)
        containers.remove(container)
        remove_element(container)
        observer.removed(container, rule.name)
    if core is not None and rules.runs(TEASER_STREAMS):
        core_chars = scores.paragraph_chars.get(core, 0)
        for element, reason in drop_streams(containers, core, core_chars, decisions, tuning, links):
            observer.removed(element, reason)
    if core is not None and rules.runs(TEASER_EXCERPTS):
        for element, reason in drop_excerpts(containers, core, decisions, tuning, links):
            observer.removed(element, reason)
    if not options.include_captions and rules.runs(COUNTED_SLIDES):
        for element, reason in drop_galleries(containers, decisions, tuning):
            observer.removed(element, reason)
    if rules.runs(BUY_BOXES):
        for container in containers:
            for element, reason in drop_buy_boxes(container, tuning):
                decisions.record(element, BUY_BOXES)
                observer.removed(element, reason)
    if rules.runs(DISMISSIBLE_BOXES):
        for element, reason in drop_dismissible_boxes(tags.closable, containers):
            decisions.record(element, DISMISSIBLE_BOXES)
            observer.removed(element, reason)
    labelled = tuning if rules.runs(HEADLINE_LABELS) else None
    in_order = leads + containers
    bared: set[HtmlElement] = set()  # the headings over the tables left out
    for container in in_order:
        pruned = prune(
            container, rules, decisions, tuning, links, in_order, options.include_captions
        )
        for element, reason in pruned:
            observer.removed(element, reason)
        headlines, labels = drop_headline(container, headline, labelled)
        for removed_headline in headlines:
            observer.removed(removed_headline, "headline")
        for label in labels:
            decisions.record(label, HEADLINE_LABELS)
            observer.removed(label, HEADLINE_LABELS.name)
        tabulate_roles(container)
        if not options.include_tables:
            tables = list(container.iter("table"))
            for table in tables:
                heading = heading_over(table, container)
                if heading is not None:
                    bared.add(heading)
            for table in tables:
                remove_element(table)
    for element in drop_teasers(containers):
        observer.removed(element, "teaser-copy")
    for element in drop_repeated_lines(containers, tuning, captions):
        observer.removed(element, "repeated-lines")
    trimmed = trim_edges(
        containers, rules, decisions, links, options.tuning, authors, author_bios, bared
    )
    for element, reason in trimmed:
        observer.removed(element, reason)
    if leads and not any(words_length(container) for container in containers):
        containers[:0] = leads  # a standfirst with no story under it is the story
        leads = []
        observer.chose(containers, leads)
    if options.include_standfirst:
        for element in drop_repeats(leads, containers):
            observer.removed(element, "repeated-standfirst")
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


def _unmark_comments(decisions: Decisions) -> None:
    """Forget the generic BODY markers inside reader-comment sections (the elements of
    ``Role.COMMENTS`` drops): blog templates name each comment's text as they name the
    post's (``entry-content``), and such a marker must neither shield the comments
    from their drop nor offer a comment as the body. A site's own marker stays."""
    comments = {el for el, rule in decisions.drops if rule.role is Role.COMMENTS}
    if not comments:
        return
    decisions.body[:] = [
        (marked, rule)
        for marked, rule in decisions.body
        if rule.domain is not None
        or not (marked in comments or any(a in comments for a in marked.iterancestors()))
    ]


def _drop_chrome(
    root: HtmlElement,
    body: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    veto: Veto,
    options: Options,
    observer: Observer,
) -> list[HtmlElement]:
    """Remove what the tag DROP rules match (menus, footers, asides) before the walk,
    so that it never visits them; return the comment sections removed. One holding
    enough text that it might hold the article is weighed later with the other drops
    (:meth:`Veto.may_keep_later`)."""
    comment_sections: list[HtmlElement] = []
    for element, rule in tag_drops(body, rules):
        if not is_attached(element, root):
            continue
        size = text_length(element)
        if veto.may_keep_later(element, rule, size):
            decisions.record(element, rule)
            continue
        if rule.role is Role.COMMENTS and options.include_comments:
            comment_sections.append(element)
        remove_element(element)
        decisions.note_removed(element, rule)
        veto.removed(element, size)
        observer.removed(element, rule.name)
    return comment_sections


def _carry_out_drops(
    root: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    veto: Veto,
    options: Options,
    observer: Observer,
) -> list[HtmlElement]:
    """Remove what the DROP rules matched unless vetoed; return the comment sections
    removed.

    Strong drops go first, then the others from the smallest element up, so that a
    large element is weighed against the article text the page has left once its
    smaller boilerplate is gone. The inside of a vetoed drop is examined for the
    rules it holds, and the drops found there are weighed in turn.
    """
    comment_sections: list[HtmlElement] = []
    resumed: set[HtmlElement] = set()
    clips = rules.runs(CLIP_TITLES)
    done = 0
    while done < len(decisions.drops):  # grows as vetoed subtrees are examined
        batch = decisions.drops[done:]
        done = len(decisions.drops)
        # measured once each: an element matched by several rules comes once per rule
        sizes = {element: text_length(element) for element in dict.fromkeys(e for e, _r in batch)}
        # the elements that held a drop removed since their size was measured
        touched: set[HtmlElement] = set()
        batch.sort(key=lambda drop: (not drop[1].strong, sizes[drop[0]]))
        evidence = _weak_evidence(decisions.drops, sizes)
        veto.weigh_together(batch, sizes)
        veto.reveal([el for el, rule in batch if rule.strong and rule.role is Role.HIDDEN])
        for element, rule in batch:
            if not is_attached(element, root):
                continue
            size = sizes[element]
            if not veto.keeps(
                element, rule, evidence.get(element, 1), size, exact=element not in touched
            ):
                if rule.role is Role.COMMENTS and options.include_comments:
                    comment_sections.append(element)
                parent = element.getparent()
                # a clip's running-time line a credit's name took: its title goes too
                title = (
                    clip_title(element)
                    if clips
                    and rule.role is Role.CAPTION
                    and size <= CLIP_LINE_RAW_MAX_CHARS
                    and running_time_line(element, "")
                    else None
                )
                # an inline element's tail may be the space between two words
                remove_element(element, keep_space=element.tag in INLINE_TAGS)
                if title is not None:
                    decisions.record(title, CLIP_TITLES)
                # measured again when a drop inside it has gone since (counted then)
                if element in touched:
                    size = text_length(element)
                veto.removed(element, size)
                if parent is not None:
                    touched.add(parent)
                    touched.update(parent.iterancestors())
                observer.removed(element, rule.name)
                continue
            observer.vetoed(element, rule.name)
            if element not in resumed:
                resumed.add(element)
                examine_vetoed(element, rules, decisions)
    return comment_sections


def _weak_evidence(
    drops: list[tuple[HtmlElement, Rule]], sizes: dict[HtmlElement, int]
) -> dict[HtmlElement, int]:
    """How many distinct weak DROP rules speak against each element of this batch (a
    rule whose ``max_chars`` the element exceeds says nothing about it)."""
    names: dict[HtmlElement, set[str]] = {}
    for element, rule in drops:
        size = sizes.get(element)
        if size is None or rule.strong:
            continue
        if rule.max_chars is None or size <= rule.max_chars:
            names.setdefault(element, set()).add(rule.name)
    return {element: len(found) for element, found in names.items()}
