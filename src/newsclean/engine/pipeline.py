"""The extraction engine: clean, apply rules, pick the body, prune it, render it.

How rules and scores combine (the one documented way, see docs/rules.md):

1. Markup that never carries article text (scripts, styles, forms controls,
   embeds) is stripped (:mod:`.prepare`).
2. DROP rules remove their elements (:mod:`.drops`), except where :class:`~.veto.Veto` vetoes
   the drop: its element holds a BODY-marked element, or the headline and a
   large share of the page's paragraph text.
3. Paragraphs are scored (:mod:`.scoring`); SCORE rules add their weight to the
   containers they match.
4. The body is chosen (:mod:`.body`), with the standfirsts above it (:mod:`.leads`,
   taken in :mod:`.standfirsts`).
5. Inside the body, text-rule matches, link lists and the headline are pruned
   (:mod:`.prune`; the stages run on the body are in :mod:`.body_stages`), then the
   body is serialised and rendered as text.

Every threshold comes from :class:`~newsclean.settings.Tuning`; every decision is
reported to an :class:`~.observer.Observer`. The page's metadata is read beside
the engine (``newsclean.api``); the engine needs only the headline, to drop it, and
the authors, to drop a note about them closing the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.page_tags import PageTags
from ..dom.text import words_length
from ..render.clean_tree import snapshot
from ..render.text import render_text
from ..rules.builtin.figure_boxes import FIGURE_BOX_TEXT, figure_box_lines
from ..rules.builtin.image_captions import picture_captions
from ..rules.compiled import CompiledRules
from ..rules.walk import Decisions, apply_rules
from ..settings import Options
from .author_boxes import lost_name_holders, name_links
from .body_passes import choose_story_body
from .body_stages import Stage, drop_engine_rules, drop_last, prune_body, trim_body_edges
from .comment_lists import find_shaped, with_shaped
from .described_captions import described_caption, drop_spared, spare
from .drops import carry_out_drops, drop_chrome, unmark_comments
from .edge_rules import AUTHOR_NOTE
from .extraction import Extraction
from .links import SiteLinks
from .observer import QUIET, Observer
from .prepare import prepare, strip_images
from .ranked_figures import RANKED_FIGURES
from .repeats import drop_repeated_lines, drop_repeats, drop_teasers
from .standfirsts import place_leads
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
    leads = place_leads(
        containers, root, tags, decisions, options, description, printed, headline, observer
    )
    drop_spared(described, root, observer)
    links = SiteLinks(page_url or base_url)
    stage = Stage(rules, decisions, options, links, observer, authors)
    named = name_links(containers, authors) if rules.runs(AUTHOR_NOTE) else []  # before pruning
    drop_engine_rules(stage, containers, core, core_chars, tags, headline, known)
    bared = prune_body(stage, leads, containers, headline)
    for element in drop_teasers(containers):
        observer.removed(element, "teaser-copy")
    for element in drop_repeated_lines(containers, tuning, captions):
        observer.removed(element, "repeated-lines")
    trim_body_edges(stage, containers, author_bios, bared, lost_name_holders(named))
    drop_last(stage, containers, emptied)
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
