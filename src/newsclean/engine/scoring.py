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
from typing import Any

import attrs

from ..dom.text import link_density, own_text, text_of, words_length
from ..settings import Tuning

HtmlElement = Any

PARAGRAPH_TAGS = ("p", "pre", "blockquote", "td", "dd", "article", "section")
LOOSE_TEXT_TAGS = ("div", "span", "font", "center", "section", "article", "td")
#: A paragraph's points reach its parent, grandparent and great-grandparent, divided
#: by these (a paragraph says most about the element holding it).
LEVEL_DIVISORS = (1.0, 2.0, 3.0)
CJK_RANGES = ("\u3040", "\u9fff")
#: How a teaser's blurb ends when it is cut short (not a sentence of the story).
CUT_SHORT = ("...", "…", "...)", "…)")
#: How a list item written in sentences ends.
SENTENCE_ENDS = (".", "!", "?", "。", ".)", ".”", '."', "!”", "?”")


def _paragraph_points(text: str, tuning: Tuning) -> float:
    length: float = len(text)
    # CJK scripts say more per character and use their own commas.
    if length and CJK_RANGES[0] <= text[len(text) // 2] <= CJK_RANGES[1]:
        length *= tuning.cjk_length_factor
    commas = text.count(",") + text.count("，") + text.count("、") + text.count("،")
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
    prose_items: dict[HtmlElement, dict[HtmlElement, str]] = {}
    for paragraph in body.iter(*PARAGRAPH_TAGS, *LOOSE_TEXT_TAGS, "li"):
        tag = paragraph.tag
        if tag in ("p", "pre", "blockquote", "dd"):
            text = text_of(paragraph).strip()
        elif tag == "li":
            holder = paragraph.getparent()
            items = prose_items.get(holder)
            if items is None:
                items = prose_items[holder] = _prose_items(holder, tuning)
            text = items.get(paragraph, "")
        elif tag in LOOSE_TEXT_TAGS:
            text = own_text(paragraph).strip()
        else:
            continue
        length = len(text)
        if length < tuning.min_paragraph_chars:
            continue
        scores.total_chars += length
        value = _paragraph_points(text, tuning)
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
    return scores


def list_prose(element: HtmlElement, tuning: Tuning) -> dict[HtmlElement, int]:
    """The items of the lists inside ``element`` written in sentences (see
    :func:`_prose_items`), each with the characters of its prose: paragraph text as
    much as a ``<p>``'s."""
    found: dict[HtmlElement, int] = {}
    for holder in element.iter("ul", "ol"):
        for item, text in _prose_items(holder, tuning).items():
            found[item] = len(text)
    return found


def _prose_items(holder: HtmlElement, tuning: Tuning) -> dict[HtmlElement, str]:
    """The items of a list written in sentences, with their prose: none unless at
    least ``list_prose_items`` of them are (one sentence beside a date is a ticker's
    entry or a box, not a story told in bullet points)."""
    if holder is None:
        return {}
    if words_length(holder) < tuning.list_prose_items * tuning.list_item_prose_chars:
        return {}  # too short to hold enough items written in sentences
    found = {}
    for item in holder:
        if item.tag == "li":
            text = _sentence_item(item, tuning)
            if text:
                found[item] = text
    return found if len(found) >= tuning.list_prose_items else {}


def _sentence_item(item: HtmlElement, tuning: Tuning) -> str:
    """The prose of a list item written in sentences (a story told in bullet points),
    else "": its own text, nested lists left out, at least ``list_item_prose_chars``
    long, ending a sentence, and mostly outside links."""
    if words_length(item) < tuning.list_item_prose_chars:  # most items: a menu's, short
        return ""
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
    text = " ".join("".join(parts).split())
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
