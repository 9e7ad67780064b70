"""Cold start: what a fresh process pays to import a tool and extract its first page.

A user running the CLI on one file, and each batch or Spark worker, pays the import and
the first extraction (newsclean compiles its rule index then) before the steady speed
that ``bench/run.py`` measures. Each measure runs in a new interpreter, the tools taking
turns, ``--repeat`` times; the table gives the medians:

- import: ``import newsclean`` (or ``trafilatura``), timed inside the process;
- first extract: the first ``extract(page)`` after it, timed inside the process;
- process: the whole ``python -c "import ...; extract(page)"`` run, interpreter start-up
  included;
- CLI: ``python -m newsclean PAGE`` the same way.

Each is given as wall clock and CPU time (user + system), the steadier on a busy machine.

Run from the repository (``PYTHONPATH`` passes on to the children)::

    python bench/cold_start.py
    python bench/cold_start.py --repeat 9 tests/fixtures/wire-story/page.html
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PAGE = REPO / "tests" / "fixtures" / "wire-story" / "page.html"

#: What a child runs to time its own import and first extraction (argv[1]: the page).
CHILD = """
import json, sys, time
started, started_cpu = time.perf_counter(), time.process_time()
import {module}
imported, imported_cpu = time.perf_counter(), time.process_time()
{module}.extract(open(sys.argv[1], "rb").read(){decode})
done, done_cpu = time.perf_counter(), time.process_time()
print(json.dumps([imported - started, done - imported,
                  imported_cpu - started_cpu, done_cpu - imported_cpu]))
"""
#: trafilatura's extract reads a string or bytes alike; newsclean's takes the bytes
DECODE = {"newsclean": "", "trafilatura": '.decode("utf-8", "replace")'}


#: the children write their bytecode (an installed package has it), whatever this
#: shell says: compiling the sources would be timed as the import
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system) of one child run, and what it printed."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=ENVIRONMENT)
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", type=Path, default=DEFAULT_PAGE)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measure")
    parser.add_argument("--json", type=Path, help="also write the medians here")
    args = parser.parse_args()
    page = str(args.page.resolve())
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    tools = [t for t in DECODE if importlib.util.find_spec(t) is not None]
    runs: dict[str, list[tuple[float, ...]]] = {name: [] for name in (*tools, "newsclean CLI")}
    for round_ in range(args.repeat + 1):  # the first, untimed, writes the bytecode
        for tool in tools:
            code = CHILD.format(module=tool, decode=DECODE[tool])
            wall, cpu, out = timed([sys.executable, "-c", code, page])
            if round_:
                runs[tool].append((*json.loads(out), wall, cpu))
        wall, cpu, _out = timed([sys.executable, "-m", "newsclean", page])
        if round_:
            runs["newsclean CLI"].append((*[float("nan")] * 4, wall, cpu))
    medians = {
        name: [statistics.median(column) for column in zip(*rows, strict=True)]
        for name, rows in runs.items()
    }
    print(f"cold start, {args.page.name}, median of {args.repeat} fresh processes (seconds);")
    print(f"load average before the run {load} (1, 5, 15 min): on a busy machine read CPU\n")
    print("| run | import (wall / CPU) | first extract (wall / CPU) | process (wall / CPU) |")
    print("|---|---:|---:|---:|")
    for name, (imported, extracted, imported_cpu, extracted_cpu, wall, cpu) in medians.items():
        inside = (
            "| — | — "
            if name.endswith("CLI")
            else f"| {imported:.2f} / {imported_cpu:.2f} | {extracted:.2f} / {extracted_cpu:.2f} "
        )
        print(f"| {name} {inside}| {wall:.2f} / {cpu:.2f} |")
    if args.json:
        args.json.write_text(json.dumps(medians, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
