"""The engine rules that find a box in the chosen body by what its text says, not by
its names: a product's price lines (``buy-boxes``, ``shop-strips``), a wall's line
(``wall-boxes``), a title over the site's account icons (``follow-boxes``), a follow
button's card (``follow-cards``, found before the buttons are stripped), a
newsletter's sign-up (``newsletter-boxes``), a close control
(``dismissible-boxes``), a prompt's refusal (``prompt-boxes``) and the keys reporting a
typo (``typo-report-boxes``). Each first searches
the container's text for a few stems, most bodies holding none; that text is read
once, in C, before any of them removes a box (a stem missing from it is missing from
what is left)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.page_tags import PageTags
from ..dom.text import text_bytes, words_length
from ..dom.tree import remove_element
from ..rules.compiled import CompiledRules
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from ..tuning.pruning import DISMISSIBLE_BOX_MAX_CHARS
from .consent_boxes import CONSENT_BOXES, drop_consent_boxes
from .dismissibles import DISMISSIBLE_BOXES, close_links
from .follow_boxes import FOLLOW_BOXES, drop_follow_boxes
from .follow_cards import FOLLOW_CARDS
from .newsletter_boxes import NEWSLETTER_BOXES, drop_newsletter_boxes
from .observer import Observer, record_removed
from .offers import BUY_BOXES, drop_buy_boxes, price_lines
from .prompt_boxes import PROMPT_BOXES, drop_prompt_boxes
from .shop_strips import SHOP_STRIPS, drop_shop_strips
from .typo_boxes import TYPO_REPORT_BOXES, drop_typo_boxes
from .walls import WALL_BOXES, drop_wall_boxes

HtmlElement = Any


def drop_said_boxes(
    containers: list[HtmlElement],
    tags: PageTags,
    rules: CompiledRules,
    decisions: Decisions,
    observer: Observer,
    tuning: Tuning,
) -> None:
    """Remove, in this order, the boxes selling something, the walls, the boxes of the
    site's accounts, the follow cards, the newsletters' sign-ups, the boxes a reader can
    close, the prompts to allow notifications or get the app, the cookie notices and the
    boxes teaching how to report a typo, in the body's ``containers``."""
    texts = [text_bytes(container) for container in containers]
    _drop_offers(containers, texts, rules, decisions, observer, tuning)
    if rules.runs(WALL_BOXES):
        record_removed(drop_wall_boxes(containers, texts, tuning), WALL_BOXES, decisions, observer)
    if rules.runs(FOLLOW_BOXES):
        record_removed(
            drop_follow_boxes(containers, texts, tuning), FOLLOW_BOXES, decisions, observer
        )
    if rules.runs(FOLLOW_CARDS):
        found = _drop_page_boxes(tags.follow_cards, containers, FOLLOW_CARDS)
        record_removed(found, FOLLOW_CARDS, decisions, observer)
    if rules.runs(NEWSLETTER_BOXES):
        record_removed(
            drop_newsletter_boxes(containers, texts, tuning), NEWSLETTER_BOXES, decisions, observer
        )
    if rules.runs(DISMISSIBLE_BOXES):
        closable = [*tags.closable, *close_links(containers)]
        found = _drop_page_boxes(closable, containers, DISMISSIBLE_BOXES, DISMISSIBLE_BOX_MAX_CHARS)
        record_removed(found, DISMISSIBLE_BOXES, decisions, observer)
    if rules.runs(PROMPT_BOXES):
        record_removed(drop_prompt_boxes(containers, texts), PROMPT_BOXES, decisions, observer)
    if rules.runs(CONSENT_BOXES):
        found = drop_consent_boxes(containers, texts, tuning, tags.toggle_panels)
        record_removed(found, CONSENT_BOXES, decisions, observer)
    if rules.runs(TYPO_REPORT_BOXES):
        found = drop_typo_boxes(containers, texts)
        record_removed(found, TYPO_REPORT_BOXES, decisions, observer)


def _drop_offers(
    containers: list[HtmlElement],
    texts: Sequence[bytes],
    rules: CompiledRules,
    decisions: Decisions,
    observer: Observer,
    tuning: Tuning,
) -> None:
    """Remove the boxes selling something (``buy-boxes``) and the shop's strips of
    product cards (``shop-strips``) in the body's ``containers``: both read its price
    lines, found once per container."""
    boxes, strips = rules.runs(BUY_BOXES), rules.runs(SHOP_STRIPS)
    if not (boxes or strips):
        return
    for container, whole in zip(containers, texts, strict=True):
        lines = price_lines(container, whole)
        if not lines:
            continue
        found = drop_buy_boxes(lines, container, tuning) if boxes else []
        record_removed(found, BUY_BOXES, decisions, observer)
        if not strips:
            continue
        if found:
            lines = [line for line in lines if container in line.iterancestors()]
        record_removed(
            drop_shop_strips(lines, container, containers, tuning), SHOP_STRIPS, decisions, observer
        )


def _drop_page_boxes(
    boxes: Sequence[HtmlElement],
    containers: Sequence[HtmlElement],
    rule: Rule,
    max_chars: int | None = None,
) -> list[tuple[HtmlElement, str]]:
    """Remove the ``boxes`` found on the whole page before the body was chosen (follow
    cards, boxes a close button opens) that stand inside one of the body's
    ``containers`` and hold at most half of its text (a short story's wrapper is no
    such box), and at most ``max_chars`` when given."""
    removed: list[tuple[HtmlElement, str]] = []
    for box in boxes:
        container = next((up for up in box.iterancestors() if up in containers), None)
        if container is None:
            continue  # outside the body, or removed with another box
        limit = words_length(container) // 2
        if max_chars is not None:
            limit = min(max_chars, limit)
        if 0 < words_length(box) <= limit:
            remove_element(box)
            removed.append((box, rule.name))
    return removed
