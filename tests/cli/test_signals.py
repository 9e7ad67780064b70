"""Issue 16, data loss 3: SIGINT (Ctrl-C) and SIGTERM stop a ``-j 2`` run, its workers
included, within 2 s with status 130/143, and every line already written is whole JSON.

The hang was intermittent (4 runs in 20), so each case is run ten times, three at a time;
half the runs are signalled while the workers start, half while the output is written.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import TRACEBACK_MARKERS, newsclean_command, write_pages

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for the workers")

RUNS = 10
DEADLINE = 2.0
PAGES = 3000
PARALLEL = 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus")
    write_pages(directory, PAGES)
    return directory


def _workers(pid: int) -> list[int]:
    """The worker processes (spawned by multiprocessing) of process ``pid``."""
    children: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                    children += [int(c) for c in handle.read().split()]
            except OSError:
                continue
    except OSError:
        return []
    workers = []
    for child in children:
        try:
            with open(f"/proc/{child}/cmdline", "rb") as handle:
                if b"spawn_main" in handle.read():
                    workers.append(child)
        except OSError:
            continue
    return workers


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            state = handle.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _interrupt_once(corpus: Path, work: Path, number: int, signum: int, group: bool) -> list[str]:
    """One run, interrupted while it writes; the problems seen (none when all is well)."""
    output = work / f"run-{number}.jsonl"
    errors = work / f"run-{number}.err"
    problems: list[str] = []
    with errors.open("wb") as stderr:
        process = subprocess.Popen(
            [*newsclean_command(), str(corpus), "-j", "2", "--no-progress", "-o", str(output)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,  # its own process group: Ctrl-C goes to the whole group
        )
    try:
        started = time.monotonic()
        while not (
            _workers(process.pid)  # odd runs: while the workers start
            if number % 2
            else output.exists() and output.stat().st_size > 0  # even runs: while it writes
        ):
            if process.poll() is not None or time.monotonic() - started > 30:
                return [f"run {number}: never got going (exit {process.poll()})"]
            time.sleep(0.01)
        time.sleep(random.uniform(0.0, 0.25 if number % 2 else 0.4))
        workers = _workers(process.pid)
        if process.poll() is not None:
            return [f"run {number}: finished before the signal; give it more pages"]
        if group:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        sent = time.monotonic()
        try:
            code = process.wait(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            problems.append(f"run {number}: still running {DEADLINE} s after the signal (hang)")
        else:
            expected = 128 + signum
            if code != expected:
                problems.append(f"run {number}: exit status {code}, expected {expected}")
        while any(_alive(w) for w in workers) and time.monotonic() - sent < DEADLINE:
            time.sleep(0.05)
        left = [w for w in workers if _alive(w)]
        if left:
            problems.append(f"run {number}: workers {left} still alive {DEADLINE} s after it")
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)  # this run's own group: the test's processes
        process.wait()
    data = output.read_bytes() if output.exists() else b""
    if data and not data.endswith(b"\n"):
        problems.append(f"run {number}: the output ends with a partial line")
    for line_number, line in enumerate(data.splitlines(), start=1):
        try:
            json.loads(line)
        except ValueError:
            problems.append(f"run {number}: line {line_number} is not whole JSON: {line[:80]!r}")
            break
    text = errors.read_text(encoding="utf-8", errors="replace")
    for marker in TRACEBACK_MARKERS:
        if marker in text:
            problems.append(f"run {number}: {marker!r} on standard error:\n{text[-1500:]}")
            break
    return problems


@pytest.mark.parametrize(
    ("signum", "group"),
    [
        pytest.param(signal.SIGINT, True, id="ctrl-c-to-the-process-group"),
        pytest.param(signal.SIGINT, False, id="sigint-to-newsclean"),
        pytest.param(signal.SIGTERM, False, id="sigterm-to-newsclean"),
    ],
)
def test_interrupted_run_stops_promptly_and_cleanly(
    corpus: Path, tmp_path: Path, signum: int, group: bool
) -> None:
    with ThreadPoolExecutor(PARALLEL) as pool:
        outcomes = list(
            pool.map(
                lambda number: _interrupt_once(corpus, tmp_path, number, signum, group),
                range(RUNS),
            )
        )
    problems = [problem for outcome in outcomes for problem in outcome]
    assert not problems, f"{len(problems)} problem(s) in {RUNS} runs:\n" + "\n".join(problems)
