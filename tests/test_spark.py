"""The Spark integration, on a local two-core session and a WARC built from the fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import fixture_pages, write_warc

from newsclean import extract

pytest.importorskip("pyspark", reason="install newsclean[spark] to test the Spark integration")
pytest.importorskip("pyarrow", reason="install newsclean[spark] to test the Spark integration")

from newsclean.spark import clean_warc, extract_column, read_warc


def test_clean_warc_matches_the_command_line_records(spark: Any, tmp_path: Path) -> None:
    pages = fixture_pages()[:6]
    entries = [(f"https://example.com/{p.parent.name}", p.read_bytes(), "text/html") for p in pages]
    entries.insert(2, ("https://example.com/style.css", b"body{}", "text/css"))
    ids = write_warc(tmp_path / "crawl.warc.gz", entries)
    rows = clean_warc(spark, str(tmp_path / "crawl.warc.gz")).collect()
    assert [row.warc_target_uri for row in rows] == [e[0] for e in entries if e[2] == "text/html"]
    assert [row.warc_record_id for row in rows] == ids[:2] + ids[3:]
    for row, page in zip(rows, pages, strict=True):
        article = extract(page.read_bytes(), url=row.warc_target_uri)
        expected = article.to_dict(renderings=False)
        del expected["text"]
        assert row.error is None
        assert row.text == article.text
        assert json.loads(row.metadata) == expected
        assert row.source.endswith(f"crawl.warc.gz#{row.warc_record_id}")


def test_extract_column_on_strings_and_bad_rows(spark: Any) -> None:
    page = fixture_pages()[0]
    frame = spark.createDataFrame(
        [(1, page.read_text(encoding="utf-8")), (2, None), (3, "%PDF-1.7\x00\x01 binary")],
        "id int, html string",
    )
    rows = extract_column(frame).orderBy("id").collect()
    assert [row.id for row in rows] == [1, 2, 3]
    assert rows[0].text == extract(page.read_bytes()).text
    assert rows[1].error == "no HTML"
    assert rows[2].text is None and "InputError" in rows[2].error


def test_an_unreadable_archive_is_an_error_row(spark: Any, tmp_path: Path) -> None:
    """The reason goes to ``error``; ``source`` stays the archive's name."""
    fake = tmp_path / "notes.warc"
    fake.write_bytes(b"url,status\nhttps://example.org/a,200\n")
    (row,) = clean_warc(spark, str(fake)).collect()
    assert row.source.endswith("/notes.warc")
    assert row.error.startswith("InputError: not a valid WARC/ARC file")
    assert row.text is None and row.metadata is None
    (record,) = read_warc(spark, str(fake)).collect()
    assert record.html is None and record.error == row.error
