"""Every page under tests/fixtures/ against its expected output and its spec.

``expected.txt`` is the reviewed output of ``extract(page).text``; run
``pytest --update-fixtures`` to rewrite it after a deliberate change and review
the diff. ``spec.json`` holds what must hold whatever the exact output: the
title, authors and date, snippets that must appear and boilerplate that must not.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsclean import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.iterdir() if (p / "page.html").exists())


def _ws(text: str) -> str:
    return " ".join(text.split())


def test_there_are_enough_fixture_pages() -> None:
    assert len(PAGES) >= 25


@pytest.mark.parametrize("folder", PAGES, ids=[p.name for p in PAGES])
def test_fixture(folder: Path, update_fixtures: bool) -> None:
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    article = extract((folder / "page.html").read_bytes(), url=spec.get("url"))
    expected_file = folder / "expected.txt"
    if update_fixtures or not expected_file.exists():
        expected_file.write_text(article.text + "\n", encoding="utf-8")
    text = _ws(article.text)
    for snippet in spec["must_include"]:
        assert _ws(snippet) in text, f"missing body text: {snippet!r}"
    for snippet in spec["must_exclude"]:
        assert _ws(snippet) not in text, f"boilerplate kept: {snippet!r}"
    assert article.title == spec["title"]
    assert list(article.authors) == spec["authors"]
    published = article.published
    day = published.date() if isinstance(published, dt.datetime) else published
    assert (day.isoformat() if day else None) == spec["published"]
    fields = article.to_dict()
    for field, value in spec.get("metadata", {}).items():
        assert fields[field] == value, f"metadata {field}"
    assert article.text + "\n" == expected_file.read_text(encoding="utf-8")
