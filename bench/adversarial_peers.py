"""Run the reliability tests' adversarial set through newsclean, trafilatura and
readability-lxml, and print each tool's outcome per input as a Markdown table.

Every (input, tool) pair runs in its own subprocess with a time limit and an
address-space limit, so that a hang, a crash or a blown memory limit is an
outcome in the table rather than the end of the run.

Run: ``python bench/adversarial_peers.py [--write-docs docs/reliability.md]``
(needs the bench extra: trafilatura and readability-lxml).
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from adversarial import cases  # noqa: E402

TOOLS = ("newsclean", "trafilatura", "readability-lxml")
TIME_LIMIT = 120
MEMORY_LIMIT = 4 * 1024**3
START = "<!-- adversarial-peers:start -->"
END = "<!-- adversarial-peers:end -->"

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from adversarial import cases
limit = int(sys.argv[4])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
name, tool = sys.argv[1], sys.argv[2]
data = {n: make for n, make, _ in cases()}[name]()
if tool == "newsclean":
    from newsclean import NewscleanError, extract
    expected = (NewscleanError,)
    def run(page):
        return extract(page).text
elif tool == "trafilatura":
    import trafilatura
    expected = ()
    def run(page):
        return trafilatura.extract(page) or ""
else:
    import lxml.html
    from readability import Document
    from readability.readability import Unparseable
    expected = (Unparseable,)
    def run(page):
        summary = Document(page).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content().strip() if summary.strip() else ""
start = time.perf_counter()
try:
    text = run(data)
    outcome = {"kind": "text" if text.strip() else "empty", "chars": len(text)}
except BaseException as exc:
    kind = "declared" if isinstance(exc, expected) else "exception"
    outcome = {"kind": kind, "error": type(exc).__name__, "message": str(exc)[:80]}
outcome["seconds"] = time.perf_counter() - start
outcome["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(outcome))
"""


def run_case(name: str, tool: str) -> dict[str, object]:
    """One tool on one input, in a fresh process."""
    command = [sys.executable, "-c", CHILD, name, tool, str(ROOT / "tests"), str(MEMORY_LIMIT)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return {"kind": "timeout"}
    if done.returncode < 0:
        return {"kind": "crash", "error": signal.Signals(-done.returncode).name}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"kind": "crash", "error": last[:80]}
    result: dict[str, object] = json.loads(lines[-1])
    return result


def describe(outcome: dict[str, object]) -> str:
    """A table cell: what the caller got back, and how long it took."""
    kind = outcome["kind"]
    if kind == "timeout":
        return f"**hang** (killed after {TIME_LIMIT} s)"
    if kind == "crash":
        return f"**crash** ({outcome['error']})"
    seconds = float(outcome["seconds"])  # type: ignore[arg-type]
    took = f", {seconds:.1f} s" if seconds >= 0.5 else ""
    if kind == "text":
        return f"text, {outcome['chars']:,} chars{took}"
    if kind == "empty":
        return f"empty{took}"
    if kind == "declared":
        return f"`{outcome['error']}`{took}"
    if outcome["error"] == "MemoryError":
        return f"**MemoryError** (over {MEMORY_LIMIT // 1024**3} GB){took}"
    return f"**{outcome['error']}**{took}"


def table(rows: list[tuple[str, str, dict[str, dict[str, object]]]]) -> str:
    lines = [
        "| input | newsclean asserts | newsclean | trafilatura | readability-lxml |",
        "|---|---|---|---|---|",
    ]
    for name, expected, outcomes in rows:
        cells = " | ".join(describe(outcomes[tool]) for tool in TOOLS)
        lines.append(f"| {name} | {expected} | {cells} |")
    return "\n".join(lines)


def summary(rows: list[tuple[str, str, dict[str, dict[str, object]]]]) -> str:
    """Per tool: inputs that ended in an undeclared exception, a hang or a crash."""
    parts = []
    for tool in TOOLS:
        bad = [n for n, _, o in rows if o[tool]["kind"] in ("exception", "timeout", "crash")]
        parts.append(f"{tool}: {len(bad)} of {len(rows)}" + (f" ({', '.join(bad)})" if bad else ""))
    return "Inputs ending in an undeclared exception, a hang or a crash: " + "; ".join(parts) + "."


def write_docs(path: Path, text: str) -> None:
    content = path.read_text(encoding="utf-8")
    block = f"{START}\n{text}\n{END}"
    if START in content:
        content = re.sub(re.escape(START) + ".*?" + re.escape(END), block, content, flags=re.S)
    else:
        content = content.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(content, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-docs", type=Path, help="put the table into this Markdown file")
    args = parser.parse_args()
    rows = []
    for name, _make, expected in cases():
        outcomes = {tool: run_case(name, tool) for tool in TOOLS}
        rows.append((name, expected, outcomes))
        print(f"{name}: " + "; ".join(describe(outcomes[t]) for t in TOOLS), file=sys.stderr)
    text = table(rows) + "\n\n" + summary(rows)
    print(text)
    if args.write_docs:
        write_docs(args.write_docs, text)
    failed = [n for n, _, o in rows if o["newsclean"]["kind"] in ("exception", "timeout", "crash")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
