"""Find the article body by scoring containers on the paragraphs they hold.

Every paragraph-like element (``p``, ``pre``, ``blockquote``, ``td``, ``dd``,
and ``div``s holding loose text) earns points for its length and punctuation;
the points go to its parent in full, its grandparent in half and its
great-grandparent in thirds. A container's final score is its points plus the
SCORE rules that fired on it, times one minus its link density. Body markers
(BODY rules) win over the scores when they hold a fair share of the text.
"""

from __future__ import annotations

from typing import Any

import attrs
from lxml import etree

HtmlElement = Any

PARAGRAPH_TAGS = ("p", "pre", "blockquote", "td", "dd", "article", "section")
LOOSE_TEXT_TAGS = ("div", "span", "font", "center", "section", "article", "td")
_TAG_BONUS = {
    "div": 5.0,
    "article": 8.0,
    "section": 3.0,
    "main": 5.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "form": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "li": -3.0,
    "address": -3.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "h4": -5.0,
    "th": -5.0,
}
MIN_PARAGRAPH = 25
#: A paragraph's points reach its parent, grandparent and great-grandparent...
_LEVELS = 3
#: ... divided by these.
_DIVISORS = (1.0, 2.0, 3.0)
CJK_RANGES = ("\u3040", "\u9fff")


def text_of(element: HtmlElement) -> str:
    """All text inside ``element`` (not its tail), computed in C."""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


_TEXT_LENGTH = etree.XPath("string-length(.)")


def text_length(element: HtmlElement) -> int:
    """``len(text_of(element))``, counted in C without building the string (a
    large container's text is as large as the page)."""
    length = _TEXT_LENGTH(element)
    assert isinstance(length, float)
    return int(length)


def own_text(element: HtmlElement) -> str:
    """The text directly inside ``element`` plus its children's tails."""
    if not len(element):
        return element.text or ""
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element)
    return "".join(parts)


_EXSLT = {"str": "http://exslt.org/strings"}
#: The text inside an element's links, joined in C (EXSLT ``str:concat``).
_LINK_TEXT = etree.XPath("str:concat(.//a//text())", namespaces=_EXSLT, smart_strings=False)
_LINK_LENGTH = etree.XPath("string-length(str:concat(.//a//text()))", namespaces=_EXSLT)


def link_length(element: HtmlElement) -> int:
    """Characters of text inside ``element``'s links, counted in C."""
    length = _LINK_LENGTH(element)
    assert isinstance(length, float)
    return int(length)


def link_density(element: HtmlElement, text_length: int | None = None) -> float:
    """Share of ``element``'s text that sits inside links."""
    if text_length is None:
        text_length = len(text_of(element).strip())
    if text_length == 0:
        return 0.0
    if next(element.iter("a"), None) is None:
        return 0.0
    joined = _LINK_TEXT(element)
    assert isinstance(joined, str)
    links = len(joined.strip())
    return min(1.0, links / text_length)


def _paragraph_points(text: str) -> float:
    length = len(text)
    # CJK scripts say more per character and use their own commas.
    if length and CJK_RANGES[0] <= text[length // 2] <= CJK_RANGES[1]:
        length *= 3
    commas = text.count(",") + text.count("，") + text.count("、") + text.count("،")
    return 1.0 + commas + min(length / 100.0, 3.0)


@attrs.define
class Scores:
    """Per-container points and the paragraph characters below each container."""

    points: dict[HtmlElement, float] = attrs.field(factory=dict)
    paragraph_chars: dict[HtmlElement, int] = attrs.field(factory=dict)
    total_chars: int = 0


def score_paragraphs(body: HtmlElement, adjustments: dict[HtmlElement, float]) -> Scores:
    """Distribute each paragraph's points to its ancestors.

    Paragraphs sharing a parent share their ancestors, so their points and
    characters are summed per parent and each ancestor chain is walked once.
    """
    scores = Scores()
    points = scores.points
    chars = scores.paragraph_chars
    by_parent: dict[HtmlElement, list[float]] = {}
    for paragraph in body.iter(*PARAGRAPH_TAGS, *LOOSE_TEXT_TAGS):
        tag = paragraph.tag
        if tag in ("p", "pre", "blockquote", "dd"):
            text = text_of(paragraph).strip()
        elif tag in LOOSE_TEXT_TAGS:
            text = own_text(paragraph).strip()
        else:
            continue
        length = len(text)
        if length < MIN_PARAGRAPH:
            continue
        scores.total_chars += length
        value = _paragraph_points(text)
        if tag in LOOSE_TEXT_TAGS:
            # loose text scores its own element, which then acts as a paragraph holder
            _credit(points, paragraph, value, adjustments)
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
        _credit(points, parent, points_sum, adjustments)
        below = int(chars_sum)
        chars[parent] = chars.get(parent, 0) + below
        for level, ancestor in enumerate(parent.iterancestors(), start=1):
            chars[ancestor] = chars.get(ancestor, 0) + below
            if level < _LEVELS:
                _credit(points, ancestor, points_sum / _DIVISORS[level], adjustments)
    return scores


def _credit(
    points: dict[HtmlElement, float],
    element: HtmlElement,
    value: float,
    adjustments: dict[HtmlElement, float],
) -> None:
    current = points.get(element)
    if current is None:
        current = _TAG_BONUS.get(element.tag, 0.0) + adjustments.get(element, 0.0)
    points[element] = current + value


def best_candidates(scores: Scores, limit: int = 8) -> list[tuple[float, HtmlElement]]:
    """The top containers by final score (points weighted by link density), best first."""
    raw = sorted(scores.points.items(), key=lambda item: item[1], reverse=True)[:limit]
    ranked = []
    for element, value in raw:
        if element.tag in ("html", "body"):
            continue
        ranked.append((value * (1.0 - link_density(element)), element))
    ranked.sort(key=lambda item: item[0], reverse=True)
    return ranked
