"""Find the article body by scoring containers on the paragraphs they hold.

Every paragraph-like element (``p``, ``pre``, ``blockquote``, ``td``, ``dd``,
and ``div``s holding loose text) earns points for its length and punctuation;
the points go to its parent in full, its grandparent in half and its
great-grandparent in thirds. A container's final score is its points plus the
SCORE rules that fired on it, times one minus its link density. Body markers
(BODY rules) win over the scores when they hold a fair share of the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import attrs
from lxml import etree

from ..dom.text import collapse_space, link_density, own_text, text_of
from ..settings import Tuning

HtmlElement = Any

PARAGRAPH_TAGS = ("p", "pre", "blockquote", "td", "dd", "article", "section")
LOOSE_TEXT_TAGS = ("div", "span", "font", "center", "section", "article", "td")
#: The tags whose whole text is one paragraph (a box of prose is none of them).
PROSE_TAGS = frozenset(("p", "pre", "blockquote", "dd"))
#: The semantic containers of a page's main content.
SEMANTIC_HOLDERS = frozenset(("main", "article"))
#: A paragraph's points reach its parent, grandparent and great-grandparent, divided
#: by these (a paragraph says most about the element holding it).
LEVEL_DIVISORS = (1.0, 2.0, 3.0)
CJK_RANGES = ("\u3040", "\u9fff")
#: How a teaser's blurb ends when it is cut short (not a sentence of the story).
CUT_SHORT = ("...", "…", "...)", "…)")
#: How a list item written in sentences ends.
SENTENCE_ENDS = (".", "!", "?", "。", ".)", ".”", '."', "!”", "?”")
#: List items that may be written in sentences: ``$least`` characters long, whitespace
#: collapsed, found in one pass (most items, a menu's, are short). The raw length is
#: tested first: it costs less, and most short items fail it already.
_LONG_ITEM_PATH = (
    "descendant::li[string-length() >= $least][string-length(normalize-space()) >= $least]"
)
_LONG_ITEMS = etree.XPath(_LONG_ITEM_PATH, regexp=False)
#: The same, in lists (``ul``, ``ol``) only.
_LONG_LIST_ITEMS = etree.XPath(_LONG_ITEM_PATH + "[parent::ul or parent::ol]", regexp=False)


def _paragraph_points(text: str, tuning: Tuning, paragraph: HtmlElement) -> float:
    """A paragraph's points: one, one per comma, one per ``chars_per_point`` characters
    (up to ``max_length_points``). The commas of a ``paragraph`` (or a box's loose text)
    holding more than ``linked_commas_min`` count by its share of text outside links: a
    list of linked names joined by commas (everyone who liked a work, a row of tags) has
    a comma per link, and read as prose it outscored the story itself."""
    length: float = len(text)
    # CJK scripts say more per character and use their own commas.
    if length and CJK_RANGES[0] <= text[len(text) // 2] <= CJK_RANGES[1]:
        length *= tuning.cjk_length_factor
    commas: float = text.count(",") + text.count("，") + text.count("、") + text.count("،")
    if commas > tuning.linked_commas_min:
        commas *= 1.0 - link_density(paragraph)
    return 1.0 + commas + min(length / tuning.chars_per_point, tuning.max_length_points)


@attrs.define
class Scores:
    """Per-container points and the paragraph characters below each container."""

    points: dict[HtmlElement, float] = attrs.field(factory=dict)
    paragraph_chars: dict[HtmlElement, int] = attrs.field(factory=dict)
    total_chars: int = 0


def score_paragraphs(
    body: HtmlElement, adjustments: dict[HtmlElement, float], tuning: Tuning
) -> Scores:
    """Distribute each paragraph's points to its ancestors.

    Paragraphs sharing a parent share their ancestors, so their points and
    characters are summed per parent and each ancestor chain is walked once.
    """
    scores = Scores()
    points = scores.points
    chars = scores.paragraph_chars
    by_parent: dict[HtmlElement, list[float]] = {}
    weights = tuning.tag_weights
    prose_items = _prose_items(body, tuning, lists_only=False)
    for paragraph in body.iter(*PARAGRAPH_TAGS, *LOOSE_TEXT_TAGS, "li"):
        tag = paragraph.tag
        if tag in PROSE_TAGS:
            text = text_of(paragraph).strip()
        elif tag == "li":
            text = prose_items.get(paragraph, "")
        elif tag in LOOSE_TEXT_TAGS:
            text = own_text(paragraph).strip()
        else:
            continue
        length = len(text)
        if length < tuning.min_paragraph_chars:
            continue
        scores.total_chars += length
        value = _paragraph_points(text, tuning, paragraph)
        if tag in LOOSE_TEXT_TAGS:
            # loose text scores its own element, which then acts as a paragraph holder
            _credit(points, paragraph, value, adjustments, weights)
        chars[paragraph] = chars.get(paragraph, 0) + length
        parent = paragraph.getparent()
        if parent is None:
            continue
        sums = by_parent.get(parent)
        if sums is None:
            by_parent[parent] = [value, length]
        else:
            sums[0] += value
            sums[1] += length
    for parent, (points_sum, chars_sum) in by_parent.items():
        _credit(points, parent, points_sum, adjustments, weights)
        below = int(chars_sum)
        chars[parent] = chars.get(parent, 0) + below
        for level, ancestor in enumerate(parent.iterancestors(), start=1):
            chars[ancestor] = chars.get(ancestor, 0) + below
            if level < len(LEVEL_DIVISORS):
                divisor = LEVEL_DIVISORS[level]
                _credit(points, ancestor, points_sum / divisor, adjustments, weights)
    _credit_deep_holders(points, chars, adjustments, weights, tuning.deep_holder_min_chars)
    return scores


def _credit_deep_holders(
    points: dict[HtmlElement, float],
    chars: dict[HtmlElement, int],
    adjustments: dict[HtmlElement, float],
    weights: Mapping[str, float],
    least: int,
) -> None:
    """A semantic container (``<main>``, ``<article>``) a SCORE rule lifts, whose
    paragraphs all sit more than three levels down (each recipe step, each section in
    boxes of its own), earns no points from them, so its weight never counted: it is a
    candidate with its weight alone when it holds ``least`` paragraph characters, spread
    out (no box scored inside it holds half of them: that box is the body, found
    without it). Class words lift a page's wrappers too: they do not count here."""
    holders = {
        element: chars[element]
        for element, adjustment in adjustments.items()
        if adjustment > 0
        and element.tag in SEMANTIC_HOLDERS
        and element not in points
        and chars.get(element, 0) >= least
    }
    if not holders:
        return
    half = min(holders.values()) / 2
    for element in list(points):
        held = chars.get(element, 0)
        if held < half:
            continue
        for ancestor in element.iterancestors():
            if ancestor in holders and held >= holders[ancestor] / 2:
                del holders[ancestor]
        if not holders:
            return
    for element in holders:
        _credit(points, element, 0.0, adjustments, weights)


def list_prose(element: HtmlElement, tuning: Tuning) -> dict[HtmlElement, int]:
    """The items of the lists (``ul``, ``ol``) inside ``element`` written in sentences
    (see :func:`_prose_items`), each with the characters of its prose: paragraph text
    as much as a ``<p>``'s."""
    return {item: len(text) for item, text in _prose_items(element, tuning).items()}


def _prose_items(
    element: HtmlElement, tuning: Tuning, *, lists_only: bool = True
) -> dict[HtmlElement, str]:
    """The list items inside ``element`` written in sentences, with their prose: those
    of a holder (of a ``ul`` or ``ol`` only, when ``lists_only``) where at least
    ``list_prose_items`` of them are (one sentence beside a date is a ticker's entry or
    a box, not a story told in bullet points). The holder needs no length test of its
    own: its text, whitespace collapsed, is at least that of its items together."""
    select = _LONG_LIST_ITEMS if lists_only else _LONG_ITEMS
    items = cast("list[HtmlElement]", select(element, least=tuning.list_item_prose_chars))
    by_holder: dict[HtmlElement, dict[HtmlElement, str]] = {}
    for item in items:
        text = _sentence_item(item, tuning)
        if text:
            by_holder.setdefault(item.getparent(), {})[item] = text
    found = {}
    for held in by_holder.values():
        if len(held) >= tuning.list_prose_items:
            found.update(held)
    return found


def _sentence_item(item: HtmlElement, tuning: Tuning) -> str:
    """The prose of a list item written in sentences (a story told in bullet points),
    else "": its own text, nested lists left out, at least ``list_item_prose_chars``
    long, ending a sentence, and mostly outside links (``item``'s whole text, whitespace
    collapsed, is that long already)."""
    parts = [item.text or ""]
    links = 0
    for child in item:
        if isinstance(child.tag, str) and child.tag not in ("ul", "ol", "p", "div", "li"):
            inner = text_of(child)
            parts.append(inner)
            if child.tag == "a":
                links += len(inner)
            else:
                links += sum(len(text_of(a)) for a in child.iter("a"))
        parts.append(child.tail or "")
    text = collapse_space("".join(parts))
    if len(text) < tuning.list_item_prose_chars or not text.endswith(SENTENCE_ENDS):
        return ""
    if text.endswith(CUT_SHORT):  # a teaser's blurb, cut short
        return ""
    if links > tuning.list_item_link_share * len(text):
        return ""
    return text


def _credit(
    points: dict[HtmlElement, float],
    element: HtmlElement,
    value: float,
    adjustments: dict[HtmlElement, float],
    weights: Mapping[str, float],
) -> None:
    current = points.get(element)
    if current is None:
        current = weights.get(element.tag, 0.0) + adjustments.get(element, 0.0)
    points[element] = current + value


def best_candidates(scores: Scores, limit: int) -> list[tuple[float, HtmlElement]]:
    """The top containers by final score (points weighted by link density), best first."""
    raw = sorted(scores.points.items(), key=lambda item: item[1], reverse=True)[:limit]
    ranked = []
    for element, value in raw:
        if element.tag in ("html", "body"):
            continue
        ranked.append((value * (1.0 - link_density(element)), element))
    ranked.sort(key=lambda item: item[0], reverse=True)
    return ranked
