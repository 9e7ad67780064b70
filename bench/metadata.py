"""Metadata benchmark: newsclean (and trafilatura) against Readability.js's metadata.

For every page of ``readability-pages`` with a value in ``expected-metadata.json``:

- title: equal after whitespace normalisation;
- byline: equal ignoring case and a leading "By", or one containing the other
  (newsclean's authors are joined with ", ");
- lang: equal on the primary subtag;
- siteName: equal ignoring case;
- publishedTime: the same calendar date (the first ten characters of ISO 8601).

Each score is the share of pages with an expected value that the tool matches.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

FIELDS = ("title", "byline", "lang", "siteName", "publishedTime")
METADATA_TOOLS = ("newsclean", "trafilatura")
REPO = Path(__file__).resolve().parent.parent

Fields = dict[str, str | None]


def _ws(text: str | None) -> str:
    return " ".join((text or "").split())


def _byline(text: str | None) -> str:
    return re.sub(r"^by\s+", "", _ws(text).lower())


def matches(field: str, got: str | None, expected: str) -> bool:
    """Whether ``got`` counts as the expected value of ``field`` (see the module doc)."""
    if not got:
        return False
    if field == "title":
        return _ws(got) == _ws(expected)
    if field == "byline":
        mine, theirs = _byline(got), _byline(expected)
        return bool(mine) and (mine == theirs or mine in theirs or theirs in mine)
    if field == "lang":
        return got.split("-")[0].lower() == expected.split("-")[0].split("_")[0].lower()
    if field == "siteName":
        return _ws(got).lower() == _ws(expected).lower()
    if field == "publishedTime":
        return got[:10] == expected.strip()[:10]
    raise ValueError(f"unknown field {field}")


def newsclean_reader() -> Callable[[bytes], Fields]:
    """Read the five fields with newsclean."""
    if importlib.util.find_spec("newsclean") is None:
        sys.path.insert(0, str(REPO / "src"))
    extract = importlib.import_module("newsclean").extract

    def read(data: bytes) -> Fields:
        article = extract(data)
        return {
            "title": article.title,
            "byline": ", ".join(article.authors) or None,
            "lang": article.lang,
            "siteName": article.site_name,
            "publishedTime": article.published.isoformat() if article.published else None,
        }

    return read


def trafilatura_reader() -> Callable[[bytes], Fields]:
    """Read the fields trafilatura's metadata extraction has (it reports no language)."""
    extract_metadata = importlib.import_module("trafilatura.metadata").extract_metadata

    def read(data: bytes) -> Fields:
        meta = extract_metadata(data.decode("utf-8", errors="replace"))
        return {
            "title": meta.title,
            "byline": meta.author,
            "lang": None,
            "siteName": meta.sitename,
            "publishedTime": meta.date,
        }

    return read


READERS: dict[str, Callable[[], Callable[[bytes], Fields]]] = {
    "newsclean": newsclean_reader,
    "trafilatura": trafilatura_reader,
}


def run_metadata(corpus: Path, tools: Sequence[str], limit: int | None = None) -> dict[str, Any]:
    """Score each tool; returns ``{tool: {field: {"score", "matched", "pages", "misses"}}}``."""
    cases = sorted(
        p for p in (corpus / "readability-pages").iterdir() if (p / "source.html.gz").is_file()
    )[:limit]
    pages = [
        (
            case.name,
            gzip.decompress((case / "source.html.gz").read_bytes()),
            json.loads((case / "expected-metadata.json").read_text(encoding="utf-8")),
        )
        for case in cases
    ]
    results: dict[str, Any] = {}
    for tool in tools:
        try:
            read = READERS[tool]()
        except ImportError as exc:
            print(f"metadata: {tool} not installed ({exc})", file=sys.stderr)
            continue
        fields: dict[str, Any] = {f: {"matched": 0, "pages": 0, "misses": []} for f in FIELDS}
        for name, data, expected in pages:
            try:
                got = read(data)
            except Exception as exc:  # a tool error counts as a miss on every field
                got = dict.fromkeys(FIELDS)
                print(f"metadata: {tool}: {name}: {type(exc).__name__}", file=sys.stderr)
            for field in FIELDS:
                want = expected.get(field)
                if not want:
                    continue
                entry = fields[field]
                entry["pages"] += 1
                if matches(field, got[field], want):
                    entry["matched"] += 1
                else:
                    entry["misses"].append({"page": name, "expected": want, "got": got[field]})
        for entry in fields.values():
            entry["score"] = entry["matched"] / entry["pages"] if entry["pages"] else None
        results[tool] = fields
    return results


def metadata_table(results: dict[str, Any]) -> str:
    """A Markdown table: one row per tool, one column per field (score and count)."""
    lines = [
        "| tool | " + " | ".join(FIELDS) + " |",
        "|---|" + "---:|" * len(FIELDS),
    ]
    for tool, fields in results.items():
        cells = []
        for field in FIELDS:
            entry = fields[field]
            score = entry["score"]
            shown = "—" if score is None else f"{score:.2f}"
            cells.append(f"{shown} ({entry['matched']}/{entry['pages']})")
        lines.append(f"| {tool} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def metadata_gate_failures(
    results: dict[str, Any], baseline: dict[str, Any], tolerance: float
) -> list[str]:
    """Fields whose newsclean score fell more than ``tolerance`` below the recorded one."""
    mine = results.get("newsclean")
    if mine is None:
        return ["metadata: newsclean produced no result"]
    recorded = baseline.get("metadata", {})
    failures = []
    for field in FIELDS:
        want = recorded.get(field)
        score = mine[field]["score"]
        if score is None:
            continue  # no page has an expected value for this field
        if not isinstance(want, int | float):
            failures.append(f"metadata {field}: no recorded score in the baseline (run --record)")
        elif want - score > tolerance:
            failures.append(
                f"metadata {field}: {score} is more than {tolerance} below the recorded {want}"
            )
    return failures


def metadata_baseline(results: dict[str, Any]) -> dict[str, float]:
    """newsclean's scores, for ``bench/baseline.json``."""
    mine = results.get("newsclean", {})
    return {
        f: round(mine[f]["score"], 4) for f in FIELDS if mine.get(f, {}).get("score") is not None
    }
