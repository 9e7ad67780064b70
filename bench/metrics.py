"""Pure metric functions for the extraction benchmark."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import lxml.html
from lxml import etree

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")

# Block-level elements: their text is kept apart from the text around them.
# fmt: off
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
    "html", "iframe", "legend", "li", "main", "menu", "nav", "noscript", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
# fmt: on
_BLOCK = "\x00"  # never occurs in parsed HTML text (not an XML character)
_BREAK = "\x01"
_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)


def normalise_ws(text: str) -> str:
    """Collapse every whitespace run to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def snippet_counts(
    output: str, with_: Iterable[str], without: Iterable[str]
) -> tuple[int, int, int]:
    """Return (TP, FP, FN) for one page of the trafilatura evaluation.

    A ``with_`` snippet found in the output is a TP, else a FN; a ``without``
    snippet found in the output is a FP. Matching is a substring test after
    :func:`normalise_ws` on both sides.
    """
    text = normalise_ws(output)
    tp = fn = fp = 0
    for snippet in with_:
        if normalise_ws(snippet) in text:
            tp += 1
        else:
            fn += 1
    for snippet in without:
        if normalise_ws(snippet) in text:
            fp += 1
    return tp, fp, fn


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; an empty denominator gives 0."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, f1_score(precision, recall)


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens of a text."""
    return _WORD.findall(text.lower())


def bow_pr(output: str, expected_text: str) -> tuple[float, float]:
    """Bag-of-words (precision, recall) of an output against the expected text.

    The overlap is the sum of the minimum count of each token. An empty output
    scores (0, 0) against a non-empty expectation; two empty texts score (1, 1);
    an empty expectation gives recall 1 (nothing to find).
    """
    out, exp = Counter(tokens(output)), Counter(tokens(expected_text))
    n_out, n_exp = out.total(), exp.total()
    if not n_out:
        return (1.0, 1.0) if not n_exp else (0.0, 0.0)
    overlap = sum((out & exp).values())
    return overlap / n_out, (overlap / n_exp if n_exp else 1.0)


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean, 0 for no values."""
    return math.fsum(values) / len(values) if values else 0.0


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (``pct`` in 0..100); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: Sequence[float]) -> float:
    """Median (mean of the two middle values for an even count); 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def element_text(root: lxml.html.HtmlElement) -> str:
    """Text content of an element with blocks separated by a blank line.

    Like ``text_content()`` (comments and processing instructions are
    skipped), but block elements and ``<br>`` never glue words together.
    """
    parts: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None:
                continue
            name = tag.lower()
            if name in BLOCK_TAGS:
                parts.append(_BLOCK)
            elif name == "br":
                parts.append(_BREAK)
            if el.text:
                parts.append(el.text)
        else:
            if tag is not None and tag.lower() in BLOCK_TAGS:
                parts.append(_BLOCK)
            if el.tail and el is not root:
                parts.append(el.tail)
    blocks = []
    for block in "".join(parts).split(_BLOCK):
        lines = (normalise_ws(line) for line in block.split(_BREAK))
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def html_to_text(html: str) -> str:
    """Parse an HTML string and return its text with blocks separated."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html.encode("utf-8"), parser=_UTF8_PARSER)
    except etree.ParserError:
        return ""
    return element_text(root)
