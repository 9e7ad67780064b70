"""Benchmark newsclean against trafilatura, readability-lxml and a bare lxml parse.

Run from anywhere as ``python bench/run.py [options]`` (``--help`` lists them).
Each tool runs in its own subprocess (``--worker TOOL``), which loads the three
corpora into memory, warms up on a few pages and then times each page with
``time.perf_counter()`` around the extraction call alone. With ``--repeat N`` the
tools take turns N times (newsclean, trafilatura, ..., then again) and each page keeps
its fastest time. The parent process scores the outputs (see ``metrics.py``) and
prints a Markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import gzip
import importlib
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from metadata import (  # noqa: E402
    METADATA_TOOLS,
    metadata_baseline,
    metadata_gate_failures,
    metadata_table,
    run_metadata,
)
from metrics import (  # noqa: E402
    bow_pr,
    f1_score,
    html_to_text,
    mean,
    median,
    percentile,
    prf,
    shingle_counts,
    shingle_pr,
    shingle_scores,
    snippet_counts,
    words,
)

REPO = BENCH_DIR.parent
TOOLS = (
    "newsclean",
    "newsclean-precision",
    "newsclean-recall",
    "newsclean-all-outputs",
    "trafilatura",
    "trafilatura-precision",
    "trafilatura-comments",
    "trafilatura-markdown",
    "readability",
    "parse-only",
)
#: What a full run measures: every tool and variant.
DEFAULT_TOOLS = TOOLS
#: newsclean's speed is compared with ``trafilatura`` (no comments, as newsclean), except here.
REFERENCE = {"newsclean-all-outputs": "trafilatura-markdown"}
TRAF = "trafilatura-eval"
READ = "readability-pages"
AEB = "article-extraction-benchmark"
CORPORA = (TRAF, READ, AEB)
#: Corpora whose ground truth counts the standfirst (the dek under the headline) as body:
#: trafilatura-eval's must-appear snippets quote it; the article-extraction-benchmark's
#: bodies leave it out, and Readability.js's output mostly does. newsclean keeps it out of
#: ``.text`` by default, so on these corpora it is scored with ``include_standfirst=True``.
STANDFIRST_IN_TRUTH = frozenset({TRAF})
WARMUP_PAGES = 5
GATE_TOLERANCE = 0.005
#: Accuracy moves by one page in 88 (0.011): any net loss of an exact page fails the gate.
ACCURACY_TOLERANCE = 0.005
METADATA_TOLERANCE = 0.01
DEFAULT_BASELINE = BENCH_DIR / "baseline.json"
MARK_START = "<!-- bench:start -->"
MARK_END = "<!-- bench:end -->"

Extractor = Callable[[bytes, str | None], str]
#: ``trafilatura.extract`` keyword arguments of each trafilatura tool. newsclean leaves
#: comments out, so the reference runs do too; ``trafilatura-comments`` is its default call.
TRAFILATURA_OPTIONS: dict[str, dict[str, Any]] = {
    "trafilatura": {"include_comments": False},
    "trafilatura-precision": {"favor_precision": True, "include_comments": False},
    "trafilatura-comments": {},
    "trafilatura-markdown": {"output_format": "markdown", "include_comments": False},
}


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page: its bytes (empty unless loaded) and its gold data."""

    id: str
    url: str | None
    data: bytes
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    expected: Path | None = None


@dataclass(slots=True)
class Row:
    """The scores and timings of one tool on one corpus."""

    tool: str
    corpus: str
    pages: int
    errors: int
    precision: float | None
    recall: float | None
    f1: float | None
    total_s: float
    docs_per_s: float
    mean_ms: float
    median_ms: float
    p99_ms: float
    x_trafilatura_speed: float | None = None
    x_parse_only_time: float | None = None
    tp: int | None = None
    fp: int | None = None
    fn: int | None = None
    accuracy: float | None = None


# --------------------------------------------------------------------------- corpora


def load_corpora(root: Path, limit: int | None, *, html: bool) -> dict[str, list[Page]]:
    """Load the three corpora (page bytes only when ``html``), in a stable order."""
    traf_dir, read_dir, aeb_dir = root / TRAF, root / READ, root / AEB
    for path in (traf_dir / "evaldata.json", read_dir, aeb_dir / "ground-truth.json"):
        if not path.exists():
            raise SystemExit(f"corpus not found: {path} (see --corpus)")
    evaldata: dict[str, dict[str, Any]] = json.loads(
        (traf_dir / "evaldata.json").read_text(encoding="utf-8")
    )
    traf: list[Page] = []
    for url, entry in list(evaldata.items())[:limit]:
        path = traf_dir / "html" / f"{entry['file']}.gz"
        traf.append(
            Page(
                id=url,
                url=url,
                data=gzip.decompress(path.read_bytes()) if html else b"",
                with_=tuple(entry.get("with", ())),
                without=tuple(entry.get("without", ())),
            )
        )
    read: list[Page] = []
    cases = sorted(p for p in read_dir.iterdir() if (p / "source.html.gz").is_file())
    for case in cases[:limit]:
        data = gzip.decompress((case / "source.html.gz").read_bytes()) if html else b""
        read.append(Page(id=case.name, url=None, data=data, expected=case / "expected.html"))
    return {TRAF: traf, READ: read, AEB: load_aeb(aeb_dir, limit, html=html)}


def load_aeb(directory: Path, limit: int | None, *, html: bool) -> list[Page]:
    """The article-extraction-benchmark pages, sorted by id, with their URL."""
    truth = aeb_truth(directory)
    pages = []
    for page_id in sorted(truth)[:limit]:
        path = directory / "html" / f"{page_id}.html.gz"
        data = gzip.decompress(path.read_bytes()) if html else b""
        pages.append(Page(id=page_id, url=truth[page_id]["url"], data=data))
    return pages


def aeb_truth(directory: Path) -> dict[str, dict[str, str]]:
    """``ground-truth.json``: ``{id: {"url": ..., "articleBody": ...}}``."""
    truth: dict[str, dict[str, str]] = json.loads(
        (directory / "ground-truth.json").read_text(encoding="utf-8")
    )
    return truth


# --------------------------------------------------------------------------- worker


def web_address(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None: trafilatura-eval keys a few
    pages by a name ("hard::...") and newsclean refuses a ``url=`` that is not a URL."""
    return url if url is not None and url.startswith(("http://", "https://")) else None


def make_extractor(tool: str, corpus: str | None = None) -> Extractor:
    """Import ``tool`` and return a function mapping (page bytes, url) to text.

    ``corpus`` picks newsclean's standfirst convention (``STANDFIRST_IN_TRUTH``).
    """
    if tool.startswith("newsclean"):
        if importlib.util.find_spec("newsclean") is None:
            sys.path.insert(0, str(REPO / "src"))
        extract = importlib.import_module("newsclean").extract
        favor = (
            tool.rpartition("-")[2] if tool in ("newsclean-precision", "newsclean-recall") else None
        )
        every_output = tool == "newsclean-all-outputs"
        options: dict[str, Any] = {"include_standfirst": corpus in STANDFIRST_IN_TRUTH}
        if favor:
            options["favor"] = favor

        def run_newsclean(data: bytes, url: str | None) -> str:
            article = extract(data, url=web_address(url), **options)
            if every_output:
                _ = (article.markdown, article.html)  # rendered on first use: time them
            text: str = article.text
            return text

        return run_newsclean
    if tool in TRAFILATURA_OPTIONS:
        traf_extract = importlib.import_module("trafilatura").extract
        options = TRAFILATURA_OPTIONS[tool]

        def run_trafilatura(data: bytes, url: str | None) -> str:
            text: str | None = traf_extract(data, url=url, **options)
            return text or ""

        return run_trafilatura
    if tool == "readability":
        document = importlib.import_module("readability").Document

        def run_readability(data: bytes, url: str | None) -> str:
            summary: str = document(data).summary()
            return html_to_text(summary)

        return run_readability
    if tool == "parse-only":

        def run_parse(data: bytes, url: str | None) -> str:
            lxml.html.document_fromstring(data)
            return ""

        return run_parse
    raise ValueError(f"unknown tool: {tool}")


def run_worker(tool: str, corpus: Path, limit: int | None, out: Path, repeat: int = 1) -> int:
    """Time ``tool`` on every page and write outputs, timings and errors to ``out``.

    With ``repeat`` > 1 the corpus is run that many times and each page keeps its
    fastest time, which takes most of the machine's noise out of the speed figures.
    """
    corpora = load_corpora(corpus, limit, html=True)
    extractors = {name: make_extractor(tool, name) for name in corpora}
    for name, pages in corpora.items():
        for page in pages[:WARMUP_PAGES]:
            with contextlib.suppress(Exception):  # errors are counted in the timed run
                extractors[name](page.data, page.url)
    result: dict[str, Any] = {"tool": tool, "corpora": {}}
    for name, pages in corpora.items():
        extractor = extractors[name]
        outputs: list[str] = []
        seconds: list[float] = []
        errors: dict[str, str] = {}
        for run in range(max(1, repeat)):
            gc.collect()
            for index, page in enumerate(pages):
                start = time.perf_counter()
                try:
                    text = extractor(page.data, page.url)
                    elapsed = time.perf_counter() - start
                except Exception as exc:  # counted and reported, never fatal
                    elapsed = time.perf_counter() - start
                    text = ""
                    errors[str(index)] = f"{type(exc).__name__}: {exc}"[:500]
                if run == 0:
                    outputs.append(text)
                    seconds.append(elapsed)
                else:
                    seconds[index] = min(seconds[index], elapsed)
        result["corpora"][name] = {"outputs": outputs, "seconds": seconds, "errors": errors}
    out.write_text(json.dumps(result), encoding="utf-8")
    return 0


def spawn_worker(
    tool: str, corpus: Path, limit: int | None, timeout: float, repeat: int = 1
) -> dict[str, Any] | None:
    """Run one tool in a fresh interpreter; return its results or None on failure."""
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        out, err = Path(tmp) / "result.json", Path(tmp) / "stderr.txt"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", tool]
        cmd += ["--corpus", str(corpus), "--worker-out", str(out)]
        if limit is not None:
            cmd += ["--limit", str(limit)]
        cmd += ["--repeat", str(repeat)]
        with err.open("w", encoding="utf-8") as err_file:
            try:
                proc = subprocess.run(
                    cmd, stdout=err_file, stderr=err_file, timeout=timeout, check=False
                )
                code: int | str = proc.returncode
            except subprocess.TimeoutExpired:
                code = f"timeout after {timeout:g} s"
        if code != 0 or not out.exists():
            tail = err.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
            print(f"{tool}: worker failed ({code})", file=sys.stderr)
            for line in tail:
                print(f"  | {line}", file=sys.stderr)
            return None
        loaded: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return loaded


def run_in_turns(
    tools: Sequence[str], corpus: Path, limit: int | None, timeout: float, rounds: int
) -> dict[str, dict[str, Any] | None]:
    """Each tool's results, the tools taking turns: in each of ``rounds`` rounds every
    tool runs once over the corpora in a fresh process, and each page keeps its fastest
    time (its outputs are the first round's). A machine whose speed drifts during the
    run then slows every tool alike, instead of the one whose turn it was."""
    results: dict[str, dict[str, Any] | None] = {}
    for turn in range(max(1, rounds)):
        for tool in tools:
            if turn and results.get(tool) is None:
                continue  # failed in the first round: reported once
            print(f"{tool}: running (round {turn + 1})…", file=sys.stderr, flush=True)
            result = spawn_worker(tool, corpus, limit, timeout)
            if turn == 0 or result is None:
                results.setdefault(tool, result)
                continue
            kept = results[tool]
            assert kept is not None
            for name, data in result["corpora"].items():
                fastest = kept["corpora"][name]["seconds"]
                for index, seconds in enumerate(data["seconds"]):
                    fastest[index] = min(fastest[index], seconds)
    return results


# --------------------------------------------------------------------------- scoring


def expected_texts(pages: Sequence[Page]) -> list[str]:
    """Text content of each readability case's ``expected.html``."""
    texts = []
    for page in pages:
        assert page.expected is not None
        texts.append(html_to_text(page.expected.read_text(encoding="utf-8", errors="replace")))
    return texts


def score(
    tool: str,
    corpus: str,
    pages: Sequence[Page],
    expected: Sequence[str],
    run: dict[str, Any],
) -> tuple[Row, list[dict[str, Any]]]:
    """Score one tool's run on one corpus; return its row and per-page details."""
    outputs: list[str] = run["outputs"]
    seconds: list[float] = run["seconds"]
    errors: dict[str, str] = run["errors"]
    details: list[dict[str, Any]] = [
        {"id": p.id, "ms": s * 1000, "error": errors.get(str(i))}
        for i, (p, s) in enumerate(zip(pages, seconds, strict=True))
    ]
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None
    counts: tuple[int, int, int] | tuple[None, None, None] = (None, None, None)
    if tool != "parse-only" and corpus == AEB:
        for out, exp, detail in zip(outputs, expected, details, strict=True):
            page = shingle_counts(out, exp)
            if page is not None:
                detail.update(zip(("tp", "fp", "fn"), page, strict=True))
                detail.update(zip(("precision", "recall"), shingle_pr(page), strict=True))
            detail["exact"] = words(out) == words(exp)
        scores = shingle_scores(zip(outputs, expected, strict=True))
        precision, recall, f1 = scores.precision, scores.recall, scores.f1
        accuracy = scores.accuracy
    elif tool != "parse-only" and corpus == TRAF:
        tp = fp = fn = 0
        for page, out, detail in zip(pages, outputs, details, strict=True):
            counts = snippet_counts(out, page.with_, page.without)
            detail.update(zip(("tp", "fp", "fn"), counts, strict=True))
            tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
        precision, recall, f1 = prf(tp, fp, fn)
        counts = (tp, fp, fn)
    elif tool != "parse-only":
        pairs = [bow_pr(out, exp) for out, exp in zip(outputs, expected, strict=True)]
        for (p, r), detail in zip(pairs, details, strict=True):
            detail.update(precision=p, recall=r)
        precision, recall = mean([p for p, _ in pairs]), mean([r for _, r in pairs])
        f1 = f1_score(precision, recall)
    total = math.fsum(seconds)
    row = Row(
        tool=tool,
        corpus=corpus,
        pages=len(pages),
        errors=len(errors),
        precision=precision,
        recall=recall,
        f1=f1,
        total_s=total,
        docs_per_s=len(pages) / total if total else 0.0,
        mean_ms=mean(seconds) * 1000,
        median_ms=median(seconds) * 1000,
        p99_ms=percentile(seconds, 99) * 1000,
        tp=counts[0],
        fp=counts[1],
        fn=counts[2],
        accuracy=accuracy,
    )
    return row, details


def add_ratios(rows: Sequence[Row]) -> None:
    """Fill newsclean's speed ratios against trafilatura (its Markdown output for the
    all-outputs run) and parse-only."""
    by_key = {(r.tool, r.corpus): r for r in rows}
    for row in rows:
        if not row.tool.startswith("newsclean"):
            continue
        traf = by_key.get((REFERENCE.get(row.tool, "trafilatura"), row.corpus))
        parse = by_key.get(("parse-only", row.corpus))
        if traf and traf.docs_per_s:
            row.x_trafilatura_speed = row.docs_per_s / traf.docs_per_s
        if parse and parse.total_s:
            row.x_parse_only_time = row.total_s / parse.total_s


def worst_report(corpus: Path, count: int, name: str, limit: int | None = None) -> str:
    """The ``--worst`` error analysis of newsclean on one corpus (see ``worst.py``)."""
    if importlib.util.find_spec("newsclean") is None:
        sys.path.insert(0, str(REPO / "src"))
    import worst

    pages = load_corpora(corpus, limit, html=True)[name]
    if name == TRAF:
        cases = [
            worst.Case(p.id, web_address(p.url), p.data, with_=p.with_, without=p.without)
            for p in pages
        ]
        return worst.report(cases, "snippets", count, name, name in STANDFIRST_IN_TRUTH)
    if name == READ:
        truths = expected_texts(pages)
    else:
        truth = aeb_truth(corpus / AEB)
        truths = [truth[p.id]["articleBody"] for p in pages]
    cases = [
        worst.Case(p.id, web_address(p.url), p.data, truth=t)
        for p, t in zip(pages, truths, strict=True)
    ]
    kind = "shingles" if name == AEB else "words"
    return worst.report(cases, kind, count, name, name in STANDFIRST_IN_TRUTH)


# --------------------------------------------------------------------------- output


def _num(value: float | None, fmt: str) -> str:
    return "—" if value is None else format(value, fmt)


def markdown_table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table."""
    head = (
        "| tool | corpus | pages | errors | precision | recall | F1 | accuracy | docs/s "
        "| median ms | p99 ms | × trafilatura speed | × parse-only time |"
    )
    lines = [head, "|" + "---|" * 4 + "---:|" * 9]
    for r in rows:
        ratios = ("", "")
        if r.tool.startswith("newsclean"):
            ratios = (_num(r.x_trafilatura_speed, ".2f"), _num(r.x_parse_only_time, ".2f"))
        cells = [
            r.tool,
            r.corpus,
            str(r.pages),
            str(r.errors),
            _num(r.precision, ".3f"),
            _num(r.recall, ".3f"),
            _num(r.f1, ".3f"),
            _num(r.accuracy, ".3f"),
            f"{r.docs_per_s:.1f}",
            f"{r.median_ms:.2f}",
            f"{r.p99_ms:.2f}",
            *ratios,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _git_rev() -> str:
    try:
        proc = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return proc.stdout.strip() or "unknown"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def environment() -> dict[str, Any]:
    """Versions and machine facts recorded with every run."""
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "lxml": _version("lxml"),
        "libxml2": ".".join(map(str, etree.LIBXML_VERSION)),
        "trafilatura": _version("trafilatura"),
        "readability-lxml": _version("readability-lxml"),
        "newsclean": f"git {_git_rev()}",
        "cpus": os.cpu_count(),
        "cpu": _cpu_model(),
        "platform": platform.platform(),
    }


def docs_section(command: str, env: dict[str, Any], table: str) -> str:
    """The Markdown block written between the bench markers."""
    return (
        f"{MARK_START}\n"
        f"Command: `{command}`\n\n"
        f"Measured {env['date']} with Python {env['python']}, lxml {env['lxml']} "
        f"(libxml2 {env['libxml2']}), trafilatura {env['trafilatura']}, "
        f"readability-lxml {env['readability-lxml']}, newsclean {env['newsclean']}; "
        f"{env['cpus']} CPUs ({env['cpu']}).\n\n"
        f"{table}\n"
        f"{MARK_END}"
    )


def write_docs(path: Path, section: str) -> None:
    """Replace the marked section of ``path`` (create or append it if missing)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# Benchmark\n\n{section}\n", encoding="utf-8")
        return
    text = path.read_text(encoding="utf-8")
    start, end = text.find(MARK_START), text.find(MARK_END)
    if start != -1 and end > start:
        text = text[:start] + section + text[end + len(MARK_END) :]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- gate


def gate_failures(
    rows: Sequence[Row],
    baseline: dict[str, Any],
    tolerance: float = GATE_TOLERANCE,
    accuracy_tolerance: float = ACCURACY_TOLERANCE,
) -> list[str]:
    """Reasons why newsclean's rows fail the quality gate (empty when it passes).

    Every corpus is gated on F1; a corpus with an accuracy (article-extraction-benchmark)
    is gated on it too.
    """
    failures = []
    for corpus in CORPORA:
        row = next((r for r in rows if r.tool == "newsclean" and r.corpus == corpus), None)
        if row is None or row.f1 is None:
            failures.append(f"{corpus}: newsclean produced no result")
            continue
        if row.errors:
            failures.append(f"{corpus}: newsclean raised on {row.errors} of {row.pages} pages")
        checks = [("F1", row.f1, tolerance)]
        if row.accuracy is not None:
            checks.append(("accuracy", row.accuracy, accuracy_tolerance))
        for label, value, allowed in checks:
            recorded = baseline.get(corpus, {}).get(label.lower())
            if not isinstance(recorded, int | float):
                failures.append(f"{corpus}: no recorded {label} in the baseline (run --record)")
            elif recorded - value > allowed:
                failures.append(
                    f"{corpus}: {label} {value:.4f} is {recorded - value:.4f} below the "
                    f"recorded {recorded:.4f} (tolerance {allowed})"
                )
    return failures


def baseline_data(rows: Sequence[Row]) -> dict[str, Any]:
    """The baseline JSON content for newsclean's rows."""
    data: dict[str, Any] = {}
    for r in rows:
        if r.tool != "newsclean":
            continue
        data[r.corpus] = {
            "f1": round(r.f1 or 0.0, 6),
            "precision": round(r.precision or 0.0, 6),
            "recall": round(r.recall or 0.0, 6),
            "pages": r.pages,
        }
        if r.accuracy is not None:
            data[r.corpus]["accuracy"] = round(r.accuracy, 6)
    return data


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse and check the command line."""
    parser = argparse.ArgumentParser(
        prog="bench/run.py", description=__doc__.splitlines()[0] if __doc__ else None
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="DIR",
        default=REPO.parent / "shared" / "corpus",
        help="corpus root holding trafilatura-eval/, readability-pages/ and "
        "article-extraction-benchmark/ (default: <repo>/../shared/corpus)",
    )
    parser.add_argument(
        "--tools",
        metavar="LIST",
        default=None,
        help=f"comma-separated tools to run, from {','.join(TOOLS)} "
        f"(default: {','.join(DEFAULT_TOOLS)}; newsclean alone with --gate; 'all' for every one)",
    )
    parser.add_argument(
        "--limit", type=int, metavar="N", default=None, help="first N pages of each corpus"
    )
    parser.add_argument(
        "--json", type=Path, metavar="PATH", default=None, help="write all numbers here"
    )
    parser.add_argument(
        "--write-docs",
        type=Path,
        metavar="PATH",
        default=None,
        help="write the table into this Markdown file",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--gate",
        action="store_true",
        help="exit 1 if newsclean raised, an F1 is over 0.005 below the baseline or an "
        "accuracy lost a page",
    )
    mode.add_argument("--record", action="store_true", help="rewrite the baseline from this run")
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="PATH",
        default=DEFAULT_BASELINE,
        help="baseline file for --gate/--record",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        default=3600,
        help="seconds allowed per tool process",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds: the tools take turns this many times, each page keeps its fastest "
        "time (default 1; 3 for records)",
    )
    parser.add_argument(
        "--skip-metadata",
        action="store_true",
        help="do not run the metadata benchmark (readability-pages metadata)",
    )
    parser.add_argument(
        "--worst",
        nargs=2,
        metavar=("N", "CORPUS"),
        default=None,
        help=f"error analysis: the N pages of CORPUS ({', '.join(CORPORA)}) newsclean loses "
        "most on, their extra and missed text and the rule that decided each",
    )
    parser.add_argument("--worker", choices=TOOLS, help=argparse.SUPPRESS)
    parser.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if args.tools is None:
        args.tools = ["newsclean"] if args.gate else list(DEFAULT_TOOLS)
    elif args.tools == "all":
        args.tools = list(TOOLS)
    else:
        args.tools = [t.strip() for t in args.tools.split(",") if t.strip()]
        unknown = [t for t in args.tools if t not in TOOLS]
        if unknown or not args.tools:
            parser.error(f"unknown tools {unknown}; choose from {','.join(TOOLS)}")
        args.tools = [t for t in TOOLS if t in args.tools]  # canonical order, no duplicates
    if (args.gate or args.record) and "newsclean" not in args.tools:
        parser.error("--gate and --record need the newsclean tool")
    if args.record and args.limit is not None:
        parser.error("--record needs a full run (no --limit)")
    if args.worker and args.worker_out is None:
        parser.error("--worker needs --worker-out")
    if args.worst is not None:
        count, name = args.worst
        if not count.isdigit() or int(count) < 1 or name not in CORPORA:
            parser.error(f"--worst takes a count and a corpus from {', '.join(CORPORA)}")
        args.worst = (int(count), name)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the process exit code."""
    args = parse_args(argv)
    corpus: Path = args.corpus.resolve()
    if args.worker:
        return run_worker(args.worker, corpus, args.limit, args.worker_out, args.repeat)
    if args.worst:
        print(worst_report(corpus, *args.worst, limit=args.limit), end="")
        return 0

    command = "python " + shlex.join(sys.argv if argv is None else ["bench/run.py", *argv])
    corpora = load_corpora(corpus, args.limit, html=False)
    truth = aeb_truth(corpus / AEB)
    expected = {
        TRAF: [""] * len(corpora[TRAF]),
        READ: expected_texts(corpora[READ]),
        AEB: [truth[page.id]["articleBody"] for page in corpora[AEB]],
    }
    if args.gate and args.limit is not None:
        print("warning: --gate with --limit compares a partial run", file=sys.stderr)

    rows: list[Row] = []
    details: dict[str, dict[str, Any]] = {}
    failed: list[str] = []
    results = run_in_turns(args.tools, corpus, args.limit, args.timeout, args.repeat)
    for tool in args.tools:
        result = results.get(tool)
        if result is None:
            failed.append(tool)
            continue
        details[tool] = {}
        for name in CORPORA:
            row, pages = score(tool, name, corpora[name], expected[name], result["corpora"][name])
            rows.append(row)
            details[tool][name] = pages
            print(
                f"{tool}: {name}: {row.pages} pages in {row.total_s:.2f} s, {row.errors} errors",
                file=sys.stderr,
            )
            for page in [p for p in pages if p["error"]][:3]:
                print(f"  {page['id']}: {page['error']}", file=sys.stderr)
    rows.sort(key=lambda r: (CORPORA.index(r.corpus), TOOLS.index(r.tool)))
    add_ratios(rows)

    table = markdown_table(rows)
    metadata: dict[str, Any] = {}
    meta_tools = [t for t in args.tools if t in METADATA_TOOLS]
    if meta_tools and not args.skip_metadata:
        print("metadata: running…", file=sys.stderr, flush=True)
        metadata = run_metadata(corpus, meta_tools, args.limit)
        table += (
            "\n\nMetadata against Readability.js's `expected-metadata.json` "
            "(readability-pages; score and matched/pages with a value):\n\n"
            + metadata_table(metadata)
        )
    print(command)
    print()
    print(table)
    env = environment()
    gate: list[str] = []
    if args.gate:
        baseline: dict[str, Any] = {}
        if args.baseline.exists():
            baseline = json.loads(args.baseline.read_text(encoding="utf-8"))
        gate = gate_failures(rows, baseline)
        if not args.skip_metadata:
            gate += metadata_gate_failures(metadata, baseline, METADATA_TOLERANCE)
        print()
        if gate:
            print("GATE FAILED:")
            for reason in gate:
                print(f"  - {reason}")
        else:
            print(f"gate passed (baseline {args.baseline}, tolerance {GATE_TOLERANCE})")
    if args.record and "newsclean" in failed:
        print("\nbaseline not recorded: newsclean failed", file=sys.stderr)
    elif args.record:
        data = baseline_data(rows)
        if metadata:
            data["metadata"] = metadata_baseline(metadata)
        args.baseline.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"\nrecorded {args.baseline}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "command": command,
            "environment": env,
            "corpus": str(corpus),
            "limit": args.limit,
            "failed_tools": failed,
            "gate_failures": gate if args.gate else None,
            "rows": [asdict(r) for r in rows],
            "metadata": metadata,
            "pages": details,
        }
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.write_docs:
        write_docs(args.write_docs, docs_section(command, env, table))
    return 1 if failed or gate else 0


if __name__ == "__main__":
    sys.exit(main())
