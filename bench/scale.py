"""Batch scaling: pages/s of ``-j 2`` against ``-j 1``, and memory over a long run.

Both measurements drive :func:`newsclean.batch.run` (what ``newsclean DIR -j N`` runs)
over the trafilatura-eval pages, read from disk and gunzipped by the workers as the CLI
does, with output records built and then discarded.

- speed: the 990 pages (``--speed-copies`` times over, to dwarf the worker start-up that
  is included), best of ``--repeat`` runs per job count;
- memory: ``--pages`` pages (the corpus cycled) with ``-j 2``; the resident set of the
  parent plus its workers is sampled every 1,000 pages and the growth after the first
  1,000 pages is reported.

``--check`` exits 1 when the speed-up is below 1.7 or the growth reaches 50 MB; the
table goes between the ``scale:start``/``scale:end`` markers of ``--write-docs``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from newsclean.batch import run
from newsclean.batch.pages import Input, Page

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "trafilatura-eval" / "html"
MIN_SPEEDUP = 1.7
MAX_GROWTH_MB = 50.0


def corpus_pages(directory: Path, count: int) -> Iterator[Page]:
    """``count`` pages: the corpus files in name order, cycled."""
    files = sorted(directory.glob("*.html.gz"))
    for path in itertools.islice(itertools.cycle(files), count):
        item = Input(str(path), path.name, False)
        yield Page(str(path), item)


def pages_per_second(directory: Path, jobs: int, copies: int, repeat: int) -> float:
    """Best pages/s over ``repeat`` runs of the corpus (``copies`` times over)."""
    total = len(list(directory.glob("*.html.gz"))) * copies
    best = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        done = sum(1 for result in run(corpus_pages(directory, total), {}, jobs=jobs) if result)
        best = max(best, done / (time.perf_counter() - started))
    return best


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB (Linux /proc)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
            total += int(match.group(1)) if match else 0
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


def memory_profile(directory: Path, count: int, jobs: int) -> list[tuple[int, float]]:
    """(pages done, MB resident) every 1,000 pages over a run of ``count`` pages."""
    samples = []
    for done, _ in enumerate(run(corpus_pages(directory, count), {}, jobs=jobs), start=1):
        if done % 1000 == 0:
            samples.append((done, tree_rss_mb(os.getpid())))
    return samples


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def table(report: dict[str, object]) -> str:
    samples = report["rss_samples"]
    assert isinstance(samples, list)
    shown = [s for s in samples if s[0] in (1000, 2000, 5000, 10000, 15000) or s is samples[-1]]
    lines = [
        "Command: `python bench/scale.py` (default options), run under `nice -n 19`.",
        "",
        f"Measured {report['when']} with Python {platform.python_version()}, newsclean git "
        f"{report['commit']}; {os.cpu_count()} CPUs; load average before the run "
        f"{report['load_before']} (1, 5, 15 min), after {report['load_after']}.",
        "",
        "| measurement | value | target |",
        "|---|---:|---:|",
        f"| pages/s, `-j 1` | {report['jobs1']:.1f} | |",
        f"| pages/s, `-j 2` | {report['jobs2']:.1f} | |",
        f"| speed-up `-j 2` / `-j 1` | {report['speedup']:.2f}× | ≥ {MIN_SPEEDUP}× |",
        f"| RSS growth after the first 1,000 of {samples[-1][0]:,} pages (parent + workers) "
        f"| {report['growth_mb']:.1f} MB | < {MAX_GROWTH_MB:.0f} MB |",
        "",
        "| pages done | RSS (MB, parent + 2 workers) |",
        "|---:|---:|",
        *(f"| {done:,} | {mb:.1f} |" for done, mb in shown),
    ]
    return "\n".join(lines)


def write_docs(path: Path, text: str) -> None:
    content = path.read_text(encoding="utf-8")
    start, end = "<!-- scale:start -->", "<!-- scale:end -->"
    before, _, rest = content.partition(start)
    _, _, after = rest.partition(end)
    path.write_text(f"{before}{start}\n{text}\n{end}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="directory of *.html.gz")
    parser.add_argument("--pages", type=int, default=20_000, help="pages in the memory run")
    parser.add_argument("--speed-copies", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write every number here")
    parser.add_argument("--write-docs", type=Path, help="Markdown file with scale markers")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--from-json", type=Path, help="report a saved --json run, measure nothing")
    args = parser.parse_args(argv)
    if args.from_json:
        report = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        report = measure(args)
    text = table(report)
    print(text)
    if args.json and not args.from_json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    if args.write_docs:
        write_docs(args.write_docs, text)
    speedup, growth = float(report["speedup"]), float(report["growth_mb"])
    missed = speedup < MIN_SPEEDUP or growth >= MAX_GROWTH_MB
    return 1 if args.check and missed else 0


def measure(args: argparse.Namespace) -> dict[str, object]:
    """Run both measurements; every number of the report."""
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    report: dict[str, object] = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": commit,
        "load_before": load(),
    }
    jobs1 = pages_per_second(args.corpus, 1, args.speed_copies, args.repeat)
    jobs2 = pages_per_second(args.corpus, 2, args.speed_copies, args.repeat)
    samples = memory_profile(args.corpus, args.pages, 2)
    first = samples[0][1] if samples else 0.0
    growth = max((mb for _, mb in samples), default=0.0) - first
    report.update(
        jobs1=jobs1,
        jobs2=jobs2,
        speedup=jobs2 / jobs1,
        rss_samples=samples,
        growth_mb=growth,
        load_after=load(),
    )
    return report


if __name__ == "__main__":
    sys.exit(main())
