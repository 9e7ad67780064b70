"""What the worst accepted page costs a worker in memory, and the formula behind the limits.

Degenerate markup costs far more per input byte than a real page: a million unclosed
``<p>x`` (4 MB) is a million elements, and each costs libxml2, lxml and the pipeline a
few hundred bytes. So the cost is stated as a formula,
``RSS growth = A x elements + C x attributes + B x input bytes``, fitted here on the worst
shapes a page can take:

- ``tiny``: ``<p>x`` over and over, unclosed (4 bytes an element);
- ``empty``: ``<p>`` alone (3 bytes an element, no text at all);
- ``deep``: chains of 2,000 nested ``<div>`` (A for a deep tree);
- ``wide``: elements of 1,000 valueless attributes each (C);
- ``text``: a few paragraphs of very long text (B).

Each page is extracted in a fresh process with every output rendered (text, HTML,
Markdown, ``to_dict()``, comments, images, links), and the peak resident size is compared
with the resident size just before (the warmed-up interpreter already holding the page's
bytes): what the extraction adds to a worker. Linux only: ``VmHWM`` and ``VmRSS`` of
``/proc/self/status`` (not ``ru_maxrss``: a child started by fork and exec keeps its
parent's peak). ``--check`` also extracts the worst pages the default limits accept (each
limit alone, and all of them in one page) and fails if one grows RSS past ``BUDGET``.

Run: ``python bench/memory_bound.py [--check] [--corpus ../shared/corpus]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from newsclean.parse.document import MAX_BYTES, MAX_NODES, MAX_PAGE_ATTRIBUTES

#: What the worst accepted page may add to a worker's RSS (issue 17).
BUDGET = 256 * 1024 * 1024

#: Runs per fitted point. One page's peak moved from run to run on a loaded machine (the
#: 16 MB text page: 103 or 118 MB on the same commit), so the fit takes each point's
#: worst of several runs, as a bound must.
FIT_RUNS = 3

CHILD = """
import gc, json, sys
from newsclean import extract
def status(field):  # kB in /proc/self/status: VmRSS now, VmHWM the peak of this image
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
LIMITS = {} if sys.argv[1] == "default" else {
    "max_bytes": 1 << 30, "max_nodes": 1 << 30, "max_page_attributes": 1 << 30}
def everything(page, **limits):
    article = extract(
        page, include_images=True, include_comments=True, include_links=True, **limits)
    article.to_dict(), article.html, article.markdown
everything(b'<html><body><article><p>warm up, long enough to count as a story.</p>'
           b'</article></body></html>')
page = sys.stdin.buffer.read()
gc.collect()
base = status("VmRSS")
error = None
try:
    everything(page, **LIMITS)
except Exception as exc:
    error = f"{type(exc).__name__}: {exc}"
rss = status("VmHWM") - base
print(json.dumps({"rss": rss, "error": error}))
"""

STORY = (
    "<html><head><title>Night trains</title></head><body><article><h1>Night trains</h1>"
    "<p>The council voted on Tuesday to extend the night train service through winter.</p>"
)
END = "</article></body></html>"


def tiny(elements: int) -> bytes:
    return (STORY + "<p>x" * elements + END).encode()


def empty(elements: int) -> bytes:
    return (STORY + "<p>" * elements + END).encode()


def text(size: int) -> bytes:
    """``size`` bytes of prose in paragraphs of 100,000 characters."""
    sentence = "The council voted to extend the night trains through the winter months. "
    paragraph = "<p>" + sentence * (100_000 // len(sentence)) + "</p>"
    return (STORY + paragraph * max(1, size // len(paragraph)) + END).encode()


def wide(elements: int) -> bytes:
    """``elements`` elements of 1,000 attributes each (``a1=v``: a value costs a node of
    its own, so valued attributes are the dearer kind)."""
    tag = "<span " + " ".join(f"a{i}=v" for i in range(1000)) + ">w</span>"
    return (STORY + "<p>" + tag * elements + "</p>" + END).encode()


def deep(elements: int) -> bytes:
    """Chains of 2,000 nested divs, ``elements`` divs in all."""
    chain = "<div>" * 2000 + "x" + "</div>" * 2000
    return (STORY + chain * max(1, elements // 2000) + END).encode()


SHAPES: dict[str, tuple[Callable[[int], bytes], tuple[int, int]]] = {
    # shape: (page builder, two sizes to fit the slope on)
    "tiny": (tiny, (100_000, 400_000)),
    "empty": (empty, (100_000, 400_000)),
    "text": (text, (4_000_000, 16_000_000)),
    "wide": (wide, (200, 800)),
    "deep": (deep, (40_000, 160_000)),
}


def measure(page: bytes, limits: str = "fit") -> dict[str, object]:
    """RSS growth of extracting ``page`` in a fresh process, with the default limits
    (``default``) or none to speak of (``fit``)."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, limits], input=page, capture_output=True, check=True
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def counts(page: bytes) -> tuple[int, int]:
    """Elements and attributes of ``page`` as parsed."""
    root = etree.fromstring(page, etree.HTMLParser(huge_tree=True))
    return int(root.xpath("count(//*)")), int(root.xpath("count(//@*)"))


def fit() -> dict[str, float]:
    """A (bytes per element), C (per attribute) and B (per input byte): each shape at two
    sizes (each the worst of FIT_RUNS runs), the slope between them, the worst shape's."""
    slopes: dict[str, list[float]] = {"element": [], "attribute": [], "byte": []}
    for name, (build, sizes) in SHAPES.items():
        points = []
        for size in sizes:
            page = build(size)
            growth = max(float(measure(page)["rss"]) for _ in range(FIT_RUNS))  # type: ignore[arg-type]
            elements, attributes = counts(page)
            points.append((elements, attributes, len(page), growth))
            print(
                f"{name:6} {elements:>9,} elements {attributes:>9,} attributes"
                f" {len(page):>11,} bytes {growth / 2**20:7.1f} MB",
                flush=True,
            )
        (e1, a1, b1, g1), (e2, a2, b2, g2) = points
        if name == "text":
            slopes["byte"].append((g2 - g1) / (b2 - b1))
        elif name == "wide":
            slopes["attribute"].append((g2 - g1) / (a2 - a1))
        else:
            slopes["element"].append((g2 - g1) / (e2 - e1))
    return {kind: max(values) for kind, values in slopes.items()}


def worst_pages() -> dict[str, bytes]:
    """The worst pages the default limits accept: each limit reached alone, and all at
    once (MAX_NODES tiny elements, MAX_PAGE_ATTRIBUTES attributes, text to MAX_BYTES)."""
    nodes = MAX_NODES - 1000
    per_tag = 1000
    tags = MAX_PAGE_ATTRIBUTES // per_tag - 1
    attributes = ("<span " + " ".join(f"a{i}=v" for i in range(per_tag)) + ">w</span>") * tags
    body = "<p>x" * (nodes - 2 * tags - 500) + "<p>" + attributes + "</p>"
    filler = MAX_BYTES - len(body) - len(STORY) - len(END) - 200_000
    all_at_once = (STORY + body + text(filler).decode()[len(STORY) : -len(END)] + END).encode()
    return {
        "tiny, MAX_NODES elements": tiny(nodes),
        "wide, MAX_PAGE_ATTRIBUTES attributes": wide(tags),
        "text, MAX_BYTES": text(MAX_BYTES - 200_000),
        "all three at once": all_at_once,
    }


def corpus_elements(folder: Path) -> list[int]:
    """The element count of every corpus page (gzipped or not)."""
    from newsclean.parse import parse

    counts = []
    for path in sorted(folder.rglob("*.htm*")):
        if "expected" in path.name:
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        root = parse(data)
        if root is not None:
            counts.append(sum(1 for _ in root.iter()))
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="extract the worst accepted pages")
    parser.add_argument("--corpus", type=Path, help="count the elements of these pages")
    args = parser.parse_args()
    slope = fit()
    element, attribute, byte = slope["element"], slope["attribute"], slope["byte"]
    print(
        f"\nRSS growth = {element:.0f} B x elements + {attribute:.0f} B x attributes"
        f" + {byte:.1f} x input bytes"
    )
    bound = element * MAX_NODES + attribute * MAX_PAGE_ATTRIBUTES + byte * MAX_BYTES
    print(
        f"defaults: MAX_NODES {MAX_NODES:,}, MAX_PAGE_ATTRIBUTES {MAX_PAGE_ATTRIBUTES:,},"
        f" MAX_BYTES {MAX_BYTES:,}: at most {bound / 2**20:.0f} MB by the formula"
        f" (budget {BUDGET / 2**20:.0f} MB)"
    )
    failed = bound > BUDGET
    if args.check:
        for name, page in worst_pages().items():
            result = measure(page, "default")
            growth = float(result["rss"])  # type: ignore[arg-type]
            failed |= growth > BUDGET or result["error"] is not None
            print(f"{name}: {len(page):,} bytes, {growth / 2**20:.1f} MB {result['error'] or ''}")
    if args.corpus:
        found = sorted(corpus_elements(args.corpus))
        print(
            f"corpus: {len(found)} pages, elements median {found[len(found) // 2]:,},"
            f" largest {found[-1]:,} ({MAX_NODES / found[-1]:.0f}x below MAX_NODES)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
