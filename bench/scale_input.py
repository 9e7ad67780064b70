"""Check that extraction time and memory grow linearly with page size.

Builds 1 MB and 10 MB pages from repeated, realistic article blocks (headline, byline,
paragraphs, a share bar, a related rail), extracts each in fresh subprocesses and prints
time, the time ratio (target <= 12) and peak memory per input byte, both
Python-traced and RSS growth above the interpreter's baseline, which includes
libxml2's C allocations (target <= 15). Time and RSS come from a run without
tracemalloc, the traced peak from a second run.
The pages are extracted with the size limits raised: a 10 MB page of short blocks is past
the default ``max_nodes`` (see ``bench/memory_bound.py`` for what the defaults bound).
Run: ``python bench/scale_input.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys

BLOCK = (
    '<section class="story"><h2>Council approves new cycle lanes</h2>'
    '<p class="byline">By Mara Lind, city reporter</p>'
    "<p>The council voted on Tuesday to add protected cycle lanes along the river road, "
    "after a year of consultations with residents and shop owners.</p>"
    "<p>Work is due to start in the spring and last about four months, officials said.</p>"
    '<div class="share-bar"><a href="#">Share</a><a href="#">Post</a></div>'
    '<aside class="related"><ul><li><a href="/a">Bus fares rise</a></li>'
    '<li><a href="/b">Bridge to reopen</a></li></ul></aside></section>'
)

CHILD = """
import json, resource, sys, time, tracemalloc
from newsclean import extract
extract(b'<p>warm up</p>')
page = sys.stdin.buffer.read()
traced = sys.argv[1] == "traced"
runs = int(sys.argv[2])
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
if traced:
    tracemalloc.start()
times = []
for _ in range(runs):
    start = time.perf_counter()
    extract(page, max_bytes=1 << 30, max_nodes=1 << 30, max_page_attributes=1 << 30)
    times.append(time.perf_counter() - start)
peak = tracemalloc.get_traced_memory()[1] if traced else 0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - base
print(json.dumps({"seconds": min(times), "first": times[0], "peak": peak, "rss": rss}))
"""


def page(size: int) -> bytes:
    """An HTML page of about ``size`` bytes made of repeated article blocks."""
    head = b"<html><head><title>City news</title></head><body><main>"
    block = BLOCK.encode()
    return head + block * (size // len(block)) + b"</main></body></html>"


def _child(size: int, mode: str, runs: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(runs)],
        input=page(size),
        capture_output=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


#: Extractions per page in one process: the fastest counts, since a single run of a
#: tenth of a second moves by 30% on a shared machine. Peak RSS covers them all.
RUNS = 5


def measure(size: int) -> dict[str, float]:
    """Time and RSS growth from one plain process; Python's traced peak from a second
    process (tracing slows allocation down and adds memory of its own, so it never
    shares a process with the other two)."""
    plain = _child(size, "plain", RUNS)
    plain["peak"] = _child(size, "traced", 1)["peak"]
    return plain


def main() -> int:
    small, large = measure(1_000_000), measure(10_000_000)
    ratio = large["seconds"] / small["seconds"]
    first = large["first"] / small["first"]
    print(
        "| input | time (s), fastest of 5 | first run (s) | peak traced (Python) / input"
        " | peak RSS growth / input |"
    )
    print("|---|---|---|---|---|")
    for name, size, result in (("1 MB", 1e6, small), ("10 MB", 1e7, large)):
        print(
            f"| {name} | {result['seconds']:.3f} | {result['first']:.3f}"
            f" | {result['peak'] / size:.1f}x | {result['rss'] / size:.1f}x |"
        )
    memory = max(large["peak"], large["rss"]) / 1e7
    print(
        f"time ratio 10 MB / 1 MB: {ratio:.2f} (target <= 12; first runs: {first:.2f});"
        f" memory {memory:.1f}x (<= 15)"
    )
    return 0 if ratio <= 12 and memory <= 15 else 1


if __name__ == "__main__":
    sys.exit(main())
