"""bench/scale.py: it measures, reports, writes the docs table and fails on a missed target."""

from __future__ import annotations

import gzip
import importlib
import json
import sys
from pathlib import Path

from conftest import REPO, fixture_pages

sys.path.insert(0, str(REPO / "bench"))
scale = importlib.import_module("scale")

DOCS = "# Benchmarks\n\n<!-- scale:start -->\nold\n<!-- scale:end -->\n\nafter\n"


def small_corpus(directory: Path) -> Path:
    for page in fixture_pages()[:10]:
        target = directory / f"{page.parent.name}.html.gz"
        target.write_bytes(gzip.compress(page.read_bytes()))
    return directory


def test_measures_and_writes_the_docs(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    docs = tmp_path / "benchmarks.md"
    docs.write_text(DOCS, encoding="utf-8")
    report_path = tmp_path / "report.json"
    argv = ["--corpus", str(corpus), "--pages", "2000", "--speed-copies", "1", "--repeat", "1"]
    assert scale.main([*argv, "--json", str(report_path), "--write-docs", str(docs)]) == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["jobs1"] > 0 and report["jobs2"] > 0
    assert [done for done, _ in report["rss_samples"]] == [1000, 2000]
    assert all(mb > 10 for _, mb in report["rss_samples"])  # parent and workers counted
    text = docs.read_text(encoding="utf-8")
    assert "old" not in text and text.endswith("<!-- scale:end -->\n\nafter\n")
    assert "| 2,000 |" in text


def test_check_fails_on_a_missed_target(tmp_path: Path) -> None:
    report = {
        "when": "now",
        "commit": "abc",
        "load_before": "0",
        "load_after": "0",
        "jobs1": 100.0,
        "jobs2": 180.0,
        "speedup": 1.8,
        "rss_samples": [[1000, 100.0], [2000, 110.0]],
        "growth_mb": 10.0,
    }
    saved = tmp_path / "r.json"
    for speedup, growth, code in [(1.8, 10.0, 0), (1.5, 10.0, 1), (1.8, 60.0, 1)]:
        saved.write_text(json.dumps({**report, "speedup": speedup, "growth_mb": growth}))
        assert scale.main(["--from-json", str(saved), "--check"]) == code
