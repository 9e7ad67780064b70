"""Error analysis: the pages newsclean loses most on, what it got wrong, and which rule did it.

``python bench/run.py --worst N CORPUS`` calls :func:`report`. Each page is run through
``newsclean.explain()`` (newsclean's public API only). The output is compared with the truth
token by token: a token is right when one of the 4-token shingles holding it is shared with the
other side (counts consumed in order, so a second copy of a paragraph is extra). Runs of wrong
tokens, split at line breaks, are the *extra* pieces (in the output, not in the truth) and the
*missed* pieces (in the truth, not in the output); on trafilatura-eval they are the ``without``
snippets found and the ``with`` snippets not found.

Each piece is traced to the block that decided it. A missed piece goes to the innermost
removed block whose text holds it (with the enclosing removed block when another reason
removed that), else to a runner-up container or "never in the body". An extra piece goes to
the innermost kept block holding it, within its body container. Blocks are matched on the page
as parsed here (``lxml``, at the XPath ``explain`` gives), so their class and id can be shown.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree
from metrics import (
    SHINGLE_SIZE,
    bow_pr,
    element_text,
    f1_score,
    prf,
    shingle_counts,
    shingle_pr,
    shingles,
    snippet_counts,
    words,
)

_WORD = re.compile(r"\w+")
_UTF8 = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
_BYTES = lxml.html.HTMLParser(huge_tree=True)
#: Words of a piece looked for in the blocks (its start: a piece may run across blocks).
NEEDLE_WORDS = 12
SHOWN_CHARS = 160


@dataclass(frozen=True, slots=True)
class Case:
    """One page to analyse: its bytes and its truth (a text, or trafilatura-eval snippets)."""

    id: str
    url: str | None
    data: bytes
    truth: str = ""
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()


@dataclass(slots=True)
class Piece:
    """Extra or missed text, and the decision it is traced to."""

    text: str
    words: int
    family: str  # the kind of decision, for the totals
    cause: str


@dataclass(slots=True)
class PageReport:
    id: str
    url: str | None
    precision: float
    recall: float
    f1: float
    exact: bool | None
    output_words: int
    extra: list[Piece] = field(default_factory=list)
    missed: list[Piece] = field(default_factory=list)


# --------------------------------------------------------------------------- diff


def wrong_spans(text: str, other: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` not covered by shingles shared with ``other``.

    Spans are maximal runs of uncovered tokens, split at line breaks.
    """
    matches = list(_WORD.finditer(text))
    if not matches:
        return []
    toks = [m.group() for m in matches]
    available = shingles(other)
    covered = [False] * len(toks)
    size = min(SHINGLE_SIZE, len(toks))
    for start in range(len(toks) - size + 1):
        shingle = tuple(toks[start : start + size])
        if available[shingle] > 0:
            available[shingle] -= 1
            covered[start : start + size] = [True] * size
    spans: list[tuple[int, int]] = []
    begin: int | None = None
    for i, match in enumerate(matches):
        broken = begin is not None and "\n" in text[matches[i - 1].end() : match.start()]
        if begin is not None and (covered[i] or broken):
            spans.append((matches[begin].start(), matches[i - 1].end()))
            begin = None
        if not covered[i] and begin is None:
            begin = i
    if begin is not None:
        spans.append((matches[begin].start(), matches[-1].end()))
    return spans


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class _Found:
    block: Any  # newsclean.explain's Block
    joined: str  # " w1 w2 ... " of the element's whole text on the page
    label: str  # tag#id.classes


def _parse(data: bytes) -> Any:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return lxml.html.document_fromstring(data, parser=_BYTES)
    return lxml.html.document_fromstring(data, parser=_UTF8)


def _label(element: Any) -> str:
    label = str(element.tag)
    if element.get("id"):
        label += "#" + element.get("id").strip()
    classes = ".".join(element.get("class", "").split())
    if classes:
        label += "." + classes
    return label if len(label) <= 90 else label[:87] + "…"


def _joined(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def locate(tree: Any, blocks: Sequence[Any]) -> list[_Found]:
    """Each explained block with its element's full text and class names on the page.

    When the XPath does not find the same text (another parse), the block's own (short)
    text stands in and the label is its CSS path.
    """
    found = []
    for block in blocks:
        try:
            elements = tree.xpath(block.xpath) if tree is not None and block.xpath else []
        except etree.XPathError:  # e.g. a prefixed (namespaced) tag name
            elements = []
        element = elements[0] if elements and isinstance(elements, list) else None
        if element is not None:
            full = element_text(element)
            head = "".join(words(block.text))[:30]
            if head in "".join(words(full)):
                found.append(_Found(block, _joined(full), _label(element)))
                continue
        found.append(_Found(block, _joined(block.text), block.css.rsplit(" > ", 2)[-1]))
    return found


def _rules(block: Any) -> str:
    names = [f"{hit.rule} ({hit.effect})" for hit in block.rules if hit.effect != "score"]
    return ", ".join(dict.fromkeys(names[:3]))


def _innermost(found: Sequence[_Found], needle: str, decisions: set[str]) -> list[_Found]:
    hits = [f for f in found if f.block.decision in decisions and needle in f.joined]
    return sorted(hits, key=lambda f: len(f.joined))


def missed_cause(found: Sequence[_Found], page_text: str, piece: str) -> tuple[str, str]:
    """Why a piece of the truth is not in the output: (kind of decision, details)."""
    needle = _joined(" ".join(words(piece)[:NEEDLE_WORDS]))
    removed = _innermost(found, needle, {"removed"})
    if removed:
        inner = removed[0]
        cause = f"removed {inner.label} by {inner.block.reason}"
        outer = next((f for f in removed[1:] if f.block.reason != inner.block.reason), None)
        if outer is not None:
            cause += f" (within {outer.label} removed by {outer.block.reason})"
        return f"removed by {inner.block.reason}", cause
    kept = _innermost(found, needle, {"kept", "body container", "vetoed"})
    if kept:
        return "dropped after the block choice", f"in kept {kept[0].label} but not in the output"
    runner = _innermost(found, needle, {"runner-up container"})
    if runner:
        score = runner[0].block.score
        return "in a runner-up container", f"runner-up {runner[0].label} (score {score})"
    if needle in page_text:
        return "outside the body", "outside the chosen body, never decided on"
    return "not in the page text", "not in the page text (script, attribute or not on the page)"


def extra_cause(found: Sequence[_Found], piece: str) -> tuple[str, str]:
    """Where a piece of the output that is not in the truth comes from."""
    needle = _joined(" ".join(words(piece)[:NEEDLE_WORDS]))
    kept = _innermost(found, needle, {"kept", "vetoed"})
    body = _innermost(found, needle, {"body container"})
    where = f" in body {body[0].label}" if body else ""
    if not kept:
        if body:
            return "body container text", f"text of body container {body[0].label} (no kept block)"
        return "no block", "in no kept block or body container (title, metadata, noscript?)"
    block = kept[0].block
    family, cause = "kept", f"kept {kept[0].label}{where}"
    if block.decision == "vetoed":
        family = f"vetoed removal by {block.reason.split(' (vetoed')[0]}"
        cause = f"vetoed removal of {kept[0].label}: {block.reason}"
    rules = _rules(block)
    if rules:
        cause += f"; rules: {rules}"
    paths = [f.block.xpath for f in kept if f.block.decision == "kept"]
    copies = sum(not any(o.startswith(p + "/") for o in paths) for p in set(paths))
    if copies > 1:
        family += " (text in several blocks)"
        cause += f"; text in {copies} kept blocks"
    return family, cause


# --------------------------------------------------------------------------- pages


def _lines(texts: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of ``texts`` joined by " \\n " (each snippet its own piece)."""
    spans, start = [], 0
    for text in texts:
        spans.append((start, start + len(text)))
        start += len(text) + 3
    return spans


def _pieces(text: str, spans: Sequence[tuple[int, int]], cause: Any) -> list[Piece]:
    """Pieces of ``text`` at ``spans``, consecutive ones with the same cause merged."""
    pieces: list[Piece] = []
    for start, end in spans:
        chunk = " ".join(text[start:end].split())
        family, reason = cause(chunk)
        count = len(words(chunk))
        if pieces and pieces[-1].cause == reason:
            pieces[-1].text += " ¶ " + chunk
            pieces[-1].words += count
        else:
            pieces.append(Piece(chunk, count, family, reason))
    return pieces


def analyse(case: Case, kind: str, explain: Any, standfirst: bool = False) -> PageReport:
    """Score one page and trace its extra and missed text to newsclean's decisions.

    ``standfirst``: the corpus's truth counts the standfirst as body (``include_standfirst``).
    """
    try:
        explanation = explain(case.data, url=case.url, include_standfirst=standfirst)
        output, blocks = explanation.article.text, explanation.blocks
    except Exception as exc:  # scored as an empty output, as in the benchmark
        output, blocks = "", ()
        print(f"{case.id}: newsclean raised {type(exc).__name__}: {exc}", file=sys.stderr)
    try:
        root = _parse(case.data)
    except (etree.ParserError, ValueError):
        root = None
    found = locate(root.getroottree() if root is not None else None, blocks)
    page_text = _joined(element_text(root)) if root is not None else ""
    exact: bool | None = None
    if kind == "snippets":
        tp, fp, fn = snippet_counts(output, case.with_, case.without)
        precision, recall, f1 = prf(tp, fp, fn)
        flat = " ".join(output.split())
        extra_texts = [s for s in case.without if " ".join(s.split()) in flat]
        missed_texts = [s for s in case.with_ if " ".join(s.split()) not in flat]
        joined = " \n ".join(extra_texts)
        extra = _pieces(joined, _lines(extra_texts), lambda s: extra_cause(found, s))
        missed = _pieces(
            " \n ".join(missed_texts),
            _lines(missed_texts),
            lambda s: missed_cause(found, page_text, s),
        )
    else:
        if kind == "shingles":
            counts = shingle_counts(output, case.truth)
            precision, recall = shingle_pr(counts) if counts else (1.0, 1.0)
            exact = words(output) == words(case.truth)
        else:
            precision, recall = bow_pr(output, case.truth)
        f1 = f1_score(precision, recall)
        extra = _pieces(output, wrong_spans(output, case.truth), lambda s: extra_cause(found, s))
        missed = _pieces(
            case.truth,
            wrong_spans(case.truth, output),
            lambda s: missed_cause(found, page_text, s),
        )
    return PageReport(
        id=case.id,
        url=case.url,
        precision=precision,
        recall=recall,
        f1=f1,
        exact=exact,
        output_words=len(words(output)),
        extra=extra,
        missed=missed,
    )


def abbreviate(text: str, limit: int = SHOWN_CHARS) -> str:
    """The text, or its start and end around an ellipsis when longer than ``limit``."""
    if len(text) <= limit:
        return text
    tail = limit // 4
    return f"{text[: limit - tail - 3].rstrip()} … {text[-tail:].lstrip()}"


def format_page(rank: int, page: PageReport) -> str:
    """One page of the report as Markdown."""
    lost = sum(p.words for p in page.extra + page.missed)
    exact = "" if page.exact is None else f"  exact: {'yes' if page.exact else 'no'}"
    lines = [
        f"### {rank}. {page.id}",
        "",
        *([f"{page.url}  "] if page.url and page.url != page.id else []),
        f"P {page.precision:.3f}  R {page.recall:.3f}  F1 {page.f1:.3f}{exact}  "
        f"(output {page.output_words} words, {lost} wrong)",
    ]
    for title, pieces in (("extra", page.extra), ("missed", page.missed)):
        if not pieces:
            continue
        total = sum(p.words for p in pieces)
        lines += ["", f"{title} ({total} words):"]
        for piece in pieces:
            lines.append(f"- ({piece.words} w) “{abbreviate(piece.text)}”  \n  ← {piece.cause}")
    return "\n".join(lines)


def report(
    cases: Sequence[Case], kind: str, worst: int, corpus: str, standfirst: bool = False
) -> str:
    """The ``worst`` pages by F1 (then by wrong words), and totals over every page."""
    import newsclean  # the public API only: internal module paths move

    pages = [analyse(case, kind, newsclean.explain, standfirst) for case in cases]
    ranked = sorted(pages, key=lambda p: (p.f1, -sum(x.words for x in p.extra + p.missed)))
    totals: dict[str, Counter[str]] = {"extra": Counter(), "missed": Counter()}
    for page in pages:
        for piece in page.extra:
            totals["extra"][piece.family] += piece.words
        for piece in page.missed:
            totals["missed"][piece.family] += piece.words
    exact = sum(bool(p.exact) for p in pages)
    count = max(1, len(pages))
    precision = sum(p.precision for p in pages) / count
    recall = sum(p.recall for p in pages) / count
    head = [
        f"## The {min(worst, len(pages))} worst of {len(pages)} pages on {corpus}",
        "",
        f"Mean page precision {precision:.3f}, recall {recall:.3f} (F1 of the means "
        f"{f1_score(precision, recall):.3f}); mean page F1 {sum(p.f1 for p in pages) / count:.3f}"
        + (f"; exact {exact}/{len(pages)}" if kind == "shingles" else ""),
    ]
    body = [format_page(i + 1, page) for i, page in enumerate(ranked[:worst])]
    tail = ["## Wrong words over all pages, by decision", ""]
    for title, counter in totals.items():
        tail.append(f"{title}: " + "; ".join(f"{k} {v}" for k, v in counter.most_common(12)))
        tail.append("")
    return "\n\n".join(["\n".join(head), *body, "\n".join(tail)]).rstrip() + "\n"
