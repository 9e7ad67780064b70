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
the engine (``newsclean.api``); the engine needs only the headline, to drop it.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..dom.page_tags import PageTags
from ..dom.tree import is_attached, remove_element
from ..render.clean_tree import Snapshot, snapshot
from ..render.text import render_text
from ..rules.compiled import CompiledRules
from ..rules.model import Role
from ..rules.walk import Decisions, apply_rules, examine_vetoed
from ..settings import Options
from .body import choose_body
from .leads import leads_before
from .observer import QUIET, Observer
from .prepare import prepare
from .prune import drop_headline, prune
from .scoring import score_paragraphs
from .veto import Veto

HtmlElement = Any


@attrs.frozen
class Extraction:
    """What the engine found: the body as text and as serialised HTML, and the
    page's reader-comment sections (when comments were asked for)."""

    text: str
    snapshot: Snapshot
    comment_sections: tuple[HtmlElement, ...] = ()


def run_engine(
    root: HtmlElement,
    tags: PageTags,
    rules: CompiledRules,
    options: Options,
    *,
    headline: str | None,
    base_url: str | None,
    observer: Observer = QUIET,
) -> Extraction:
    """Run the engine on a parsed page (``tags``: its elements collected by one pass)."""
    tuning = options.tuning
    body = root.find("body")
    if body is None:
        body = root
    prepare(root, body, tags, tuning, images=options.include_images)
    veto = Veto(body, tags.headlines_in(body), tuning)
    decisions = apply_rules(body, rules, veto.keeps, observer.new_decisions())
    veto.protect(decisions)
    comments = _carry_out_drops(root, rules, decisions, veto, options, observer)
    scores = score_paragraphs(body, decisions.scores, tuning)
    observer.scored(scores)
    containers = choose_body(body, decisions, scores, tuning)
    containers = leads_before(containers, decisions, root, tags, tuning) + containers
    observer.chose(containers)
    for container in containers:
        for element, reason in prune(container, rules, decisions, tuning):
            observer.removed(element, reason)
        removed_headline = drop_headline(container, headline)
        if removed_headline is not None:
            observer.removed(removed_headline, "headline")
        if not options.include_tables:
            for table in list(container.iter("table")):
                remove_element(table)
    shot = snapshot(
        containers,
        base_url=base_url,
        include_links=options.include_links,
        include_images=options.include_images,
        include_tables=options.include_tables,
        include_captions=options.include_captions,
    )
    return Extraction(render_text(containers), shot, tuple(comments))


def _carry_out_drops(
    root: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    veto: Veto,
    options: Options,
    observer: Observer,
) -> list[HtmlElement]:
    """Remove what the DROP rules matched unless vetoed, examining the inside of each
    vetoed drop for the rules it holds; return the comment sections removed."""
    comment_sections: list[HtmlElement] = []
    resumed: set[HtmlElement] = set()
    for element, rule in decisions.drops:  # grows as vetoed subtrees are examined
        if not is_attached(element, root):
            continue
        if not veto.keeps(element, rule):
            if rule.role is Role.COMMENTS and options.include_comments:
                comment_sections.append(element)
            remove_element(element)
            observer.removed(element, rule.name)
            continue
        observer.vetoed(element, rule.name)
        if element not in resumed:
            resumed.add(element)
            examine_vetoed(element, rules, decisions)
    return comment_sections
