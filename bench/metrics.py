"""Pure metric functions for the extraction benchmark."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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


# --------------------------------------------------------------------------- shingles
# The article-extraction-benchmark metric (its README in the corpus directory): 4-token
# shingles of case-kept ``\w+`` tokens, per-page counts normalised to sum to 1, precision and
# recall averaged over pages, F1 of the two means, accuracy = exact token sequence.

SHINGLE_SIZE = 4


def words(text: str) -> list[str]:
    r"""The ``\w+`` tokens of a text, case kept (the shingle metric's tokens)."""
    return _WORD.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of the ``size``-token shingles of a text.

    A text of fewer than ``size`` tokens (but at least one) is a single shingle of all its
    tokens; a text without tokens has none.
    """
    toks = words(text)
    if len(toks) < size:
        return Counter([tuple(toks)] if toks else [])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


def shingle_counts(predicted: str, true: str) -> tuple[float, float, float] | None:
    """Normalised (tp, fp, fn) of one page, summing to 1; None when both texts are empty.

    tp is the number of shared shingles (the smaller of the two counts of each), fp the
    predicted shingles left over, fn the true ones left over.
    """
    pred, gold = shingles(predicted), shingles(true)
    tp = (pred & gold).total()
    fp, fn = pred.total() - tp, gold.total() - tp
    total = tp + fp + fn
    if not total:
        return None
    return tp / total, fp / total, fn / total


def shingle_pr(counts: tuple[float, float, float]) -> tuple[float, float]:
    """(precision, recall) of one page from its counts; (1, 1) when nothing is wrong.

    An empty denominator (nothing predicted, or nothing true) gives 0.
    """
    tp, fp, fn = counts
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def exact_match(predicted: str, true: str) -> bool:
    """Whether the two texts have the same token sequence (the accuracy criterion)."""
    return words(predicted) == words(true)


@dataclass(frozen=True, slots=True)
class ShingleScores:
    """Corpus scores of the shingle metric."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    scored: int  # pages in the precision/recall means (both texts empty: skipped)
    pages: int


def shingle_scores(pairs: Iterable[tuple[str, str]]) -> ShingleScores:
    """Corpus precision, recall, F1 and accuracy of (predicted, true) text pairs.

    Precision and recall are means over the pages scored; F1 is their harmonic mean.
    Accuracy is the share of all pages whose token sequences are equal (a page with no
    tokens on either side counts as exact).
    """
    precisions: list[float] = []
    recalls: list[float] = []
    exact = pages = 0
    for predicted, true in pairs:
        pages += 1
        exact += exact_match(predicted, true)
        counts = shingle_counts(predicted, true)
        if counts is None:
            continue
        precision, recall = shingle_pr(counts)
        precisions.append(precision)
        recalls.append(recall)
    precision, recall = mean(precisions), mean(recalls)
    return ShingleScores(
        precision=precision,
        recall=recall,
        f1=f1_score(precision, recall),
        accuracy=exact / pages if pages else 0.0,
        scored=len(precisions),
        pages=pages,
    )


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
