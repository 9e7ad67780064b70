"""pytest plugin: one regression test per saved page, from folders of page/expected pairs.

Installed with newsclean (entry point ``pytest11``). Point it at folders holding
``<case>/page.html`` and ``<case>/expected.txt``, with ``newsclean_fixtures`` in
the pytest ini options or ``--newsclean-fixtures DIR`` (folders pytest collects):

.. code-block:: toml

    [tool.pytest.ini_options]
    newsclean_fixtures = ["tests/pages"]

Each page becomes a test that extracts it and compares ``article.text`` with
``expected.txt``. An optional ``spec.json`` beside it adds ``url``, ``rules``
(rule files, relative to the case folder), snippets that must (``must_include``)
or must not (``must_exclude``) appear, and expected ``title``, ``authors``,
``published`` (a date) and other ``metadata`` fields. A missing or different
``expected.txt`` fails the test, with the difference shown; ``--newsclean-update``
writes every ``expected.txt`` from the current output instead, for review.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..api import extract


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsclean", "newsclean page regression tests")
    group.addoption(
        "--newsclean-fixtures",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of <case>/page.html + expected.txt pairs to test",
    )
    group.addoption(
        "--newsclean-update",
        action="store_true",
        default=False,
        help="rewrite each expected.txt from the current output (then review the diff)",
    )
    parser.addini("newsclean_fixtures", "folders of page/expected pairs", type="paths")


def _folders(config: pytest.Config) -> list[Path]:
    folders = [Path(p).resolve() for p in config.getini("newsclean_fixtures")]
    folders += [Path(p).resolve() for p in config.getoption("--newsclean-fixtures")]
    return folders


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.name != "page.html":
        return None
    resolved = file_path.resolve()
    if not any(folder in resolved.parents for folder in _folders(parent.config)):
        return None
    page: PageFile = PageFile.from_parent(parent, path=file_path)
    return page


class PageFile(pytest.File):
    """A saved page: one regression test."""

    def collect(self) -> Iterator[PageItem]:
        yield PageItem.from_parent(self, name=self.path.parent.name)


class PageItem(pytest.Item):
    """Extract the page and compare with its expected output and spec."""

    def runtest(self) -> None:
        folder = self.path.parent
        spec_file = folder / "spec.json"
        spec: dict[str, Any] = (
            json.loads(spec_file.read_text(encoding="utf-8")) if spec_file.exists() else {}
        )
        rules = [folder / p for p in spec.get("rules", [])] or None
        article = extract(self.path.read_bytes(), url=spec.get("url"), rules=rules)
        expected = folder / "expected.txt"
        config = self.config
        update = config.getoption("--newsclean-update") or getattr(
            config.option, "update_fixtures", False
        )
        if update:
            expected.write_text(article.text + "\n", encoding="utf-8")
        check_spec(article, spec)
        if not expected.exists():
            raise PageMismatch(
                f"{folder.name}: no expected.txt; run pytest --newsclean-update to write it "
                "from the current output, then review it"
            )
        wanted = expected.read_text(encoding="utf-8")
        if article.text + "\n" != wanted:
            diff = difflib.unified_diff(
                wanted.splitlines(),
                article.text.splitlines(),
                "expected.txt",
                "article.text",
                lineterm="",
            )
            raise PageMismatch(
                f"{folder.name}: article.text differs from expected.txt "
                "(--newsclean-update rewrites it)\n" + "\n".join(diff)
            )

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, PageMismatch | AssertionError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"newsclean page {self.name}"


class PageMismatch(Exception):
    """The extraction no longer gives the reviewed output."""


def check_spec(article: Any, spec: dict[str, Any]) -> None:
    """Assert what ``spec.json`` says must hold, whatever the exact output."""
    text = " ".join(article.text.split())
    for snippet in spec.get("must_include", []):
        assert " ".join(snippet.split()) in text, f"missing body text: {snippet!r}"
    for snippet in spec.get("must_exclude", []):
        assert " ".join(snippet.split()) not in text, f"boilerplate kept: {snippet!r}"
    if "title" in spec:
        assert article.title == spec["title"], f"title {article.title!r}"
    if "authors" in spec:
        assert list(article.authors) == spec["authors"], f"authors {article.authors!r}"
    if "published" in spec:
        published = article.published
        day = published.date() if isinstance(published, dt.datetime) else published
        got = day.isoformat() if day else None
        assert got == spec["published"], f"published {got!r}"
    fields = article.to_dict(renderings=False)
    for field, value in spec.get("metadata", {}).items():
        assert fields[field] == value, f"metadata {field}: {fields[field]!r}"
