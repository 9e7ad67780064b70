"""Record every output of newsclean on every corpus page, or compare with a recording.

A refactoring must not change what users get. This script runs ``extract()`` on all
pages of the three corpora in ``../shared/corpus`` (and the seed page) under a few
option sets and writes, per page and option set, every ``Article`` field plus the
Markdown and HTML renderings as one JSON line. ``--compare`` reruns and reports every
page whose output differs from the recording (exit 1 on any difference)::

    python bench/snapshot.py --write before.jsonl      # on the old code
    python bench/snapshot.py --compare before.jsonl    # on the new code
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_SEED = REPO.parent / "shared" / "seed"
#: The option sets every page is extracted with: the defaults, and every switch flipped.
OPTION_SETS: dict[str, dict[str, Any]] = {
    "default": {},
    "everything": {
        "include_images": True,
        "include_comments": True,
        "include_captions": True,
        "include_links": False,
        "include_tables": False,
        "favor": "precision",
    },
}


def pages(corpus: Path, seed: Path) -> Iterator[tuple[str, str | None, Path]]:
    """(page id, url, path) of every page, in a stable order."""
    traf = corpus / "trafilatura-eval"
    evaldata = json.loads((traf / "evaldata.json").read_text(encoding="utf-8"))
    for url, entry in evaldata.items():
        # a few pages are keyed by a name ("hard::..."), not a URL: no url= for them
        address = url if url.startswith(("http://", "https://")) else None
        yield f"trafilatura-eval/{entry['file']}", address, traf / "html" / f"{entry['file']}.gz"
    readability = corpus / "readability-pages"
    for case in sorted(p for p in readability.iterdir() if (p / "source.html.gz").is_file()):
        yield f"readability-pages/{case.name}", None, case / "source.html.gz"
    aeb = corpus / "article-extraction-benchmark"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        path = aeb / "html" / f"{page_id}.html.gz"
        yield f"article-extraction-benchmark/{page_id}", truth[page_id].get("url"), path
    for path in sorted(seed.glob("*")):
        if path.is_file() and path.suffix in (".txt", ".md", ".html"):
            yield f"seed/{path.name}", None, path


def outputs(job: tuple[str, str | None, str]) -> list[str]:
    """The JSON lines of one page: one per option set."""
    from newsclean import NewscleanError, extract

    page_id, url, path = job
    raw = Path(path).read_bytes()
    data = gzip.decompress(raw) if path.endswith(".gz") else raw
    lines = []
    for name, options in OPTION_SETS.items():
        try:
            record = extract(data, url=url, **options).to_dict()
        except NewscleanError as exc:
            record = {"error": f"{type(exc).__name__}: {exc}"}
        lines.append(json.dumps({"page": page_id, "options": name, **record}, sort_keys=True))
    return lines


def run(corpus: Path, seed: Path, jobs: int) -> Iterator[str]:
    work = [(page_id, url, str(path)) for page_id, url, path in pages(corpus, seed)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for lines in pool.map(outputs, work, chunksize=8):
            yield from lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, metavar="FILE", help="record the outputs")
    action.add_argument("--compare", type=Path, metavar="FILE", help="compare with a recording")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if args.write:
        count = 0
        with args.write.open("w", encoding="utf-8") as out:
            for line in run(args.corpus, args.seed, args.jobs):
                out.write(line + "\n")
                count += 1
        print(f"recorded {count} outputs in {args.write}")
        return 0
    recorded = {}
    for line in args.compare.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        recorded[(record["page"], record["options"])] = line
    differing = []
    count = 0
    for line in run(args.corpus, args.seed, args.jobs):
        record = json.loads(line)
        key = (record["page"], record["options"])
        count += 1
        before = recorded.pop(key, None)
        if before != line:
            differing.append(key)
            if before is not None:
                old = json.loads(before)
                fields = sorted(k for k in set(old) | set(record) if old.get(k) != record.get(k))
                print(f"differs: {key[0]} [{key[1]}]: {', '.join(fields)}")
            else:
                print(f"new: {key[0]} [{key[1]}]")
    for key in recorded:
        print(f"missing: {key[0]} [{key[1]}]")
    same = count - len(differing)
    print(f"{same} of {count} outputs identical; {len(differing)} differ, {len(recorded)} missing")
    return 1 if differing or recorded else 0


if __name__ == "__main__":
    sys.exit(main())
