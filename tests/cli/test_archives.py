"""Issue 16, data loss 4: a compressed page or an archive that does not end properly is a
failed page with a clear error, counted in the summary; a WARC that is not a WARC gives a
clear one-line error; Spark's ``clean_warc`` reports the same as an ``error`` value."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsclean import extract

from .conftest import (
    assert_no_traceback,
    error_lines,
    first_sentence,
    gzipped,
    json_lines,
    record_spans,
    run,
    story_page,
    write_warc,
)

#: Words a clear "this stream was cut short" message uses.
TRUNCATED = re.compile(
    r"truncat|incomplete|unexpected(ly)? end|ended (early|before|too soon)|cut short"
    r"|end of (the )?(file|stream|data|archive)|not complete",
    re.IGNORECASE,
)


def _summary(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if " ok, " in line]
    assert lines, f"no summary line:\n{stderr}"
    return lines[-1]


# --------------------------------------------------------------------------------------
# Truncated .gz pages


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="half-the-stream"),
        pytest.param(lambda data: data[:-4], id="no-size-trailer"),
        pytest.param(lambda data: data[:-8], id="no-crc-and-size"),
    ],
)
def test_truncated_gz_page_is_a_counted_failure(tmp_path: Path, cut: Any) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(story_page(0), encoding="utf-8")
    (pages / "b.html.gz").write_bytes(cut(gzipped(story_page(1))))
    result = run(pages, "-j", "1")
    assert result.returncode == 1, result.stderr
    assert "2 pages, 1 ok, 1 failed" in _summary(result.stderr)
    (line,) = error_lines(result.stderr)
    assert "b.html.gz" in line
    assert TRUNCATED.search(line), f"not a clear error: {line}"
    assert_no_traceback(result.stderr)
    ok = [r for r in json_lines(result.stdout) if not r.get("error")]
    assert [Path(r["source"]).name for r in ok] == ["a.html"]


def test_truncated_gz_single_page_fails(tmp_path: Path) -> None:
    page = tmp_path / "story.html.gz"
    data = gzipped(story_page(2))
    page.write_bytes(data[: len(data) * 2 // 3])
    result = run(page)
    assert result.returncode == 1, result.stdout
    assert result.stdout == "", "no partial article"
    (line,) = error_lines(result.stderr)
    assert "story.html.gz" in line and TRUNCATED.search(line), line


# --------------------------------------------------------------------------------------
# WARC archives cut mid-record


URLS = [f"https://www.harbourgazette.example/news/{n}" for n in range(3)]


def _cut_warc(path: Path, compress: bool) -> None:
    """Three responses; the file then loses the second half of the last response record."""
    write_warc(
        path, [(url, story_page(n).encode()) for n, url in enumerate(URLS)], compress=compress
    )
    kind, offset, length = record_spans(path)[-1]
    assert kind == "response"
    data = path.read_bytes()
    path.write_bytes(data[: offset + length // 2])


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_warc_cut_mid_record_is_a_counted_failure(tmp_path: Path, compress: bool) -> None:
    warc = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    _cut_warc(warc, compress)
    result = run(warc, "-j", "1")
    assert result.returncode == 1, result.stderr
    assert "1 failed" in _summary(result.stderr)
    (line,) = error_lines(result.stderr)
    assert warc.name in line
    assert TRUNCATED.search(line), f"not a clear error: {line}"
    assert_no_traceback(result.stderr)
    ok = [r for r in json_lines(result.stdout) if not r.get("error")]
    assert [r["warc_target_uri"] for r in ok] == URLS[:2], "whole records are kept"
    for record, number in zip(ok, range(2), strict=True):
        assert first_sentence(number) in record["text"]
        assert record["text"] == extract(story_page(number), url=URLS[number]).text


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"WARC/1.0\r\nWARC-Type: response\r\n\r\nhello", id="warc-header-only"),
        pytest.param(
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n",
            id="warc-without-record-fields",
        ),
        pytest.param(story_page(0).encode(), id="html-named-warc"),
        pytest.param(b"url,status\nhttps://example.org/a,200\n", id="csv-named-warc"),
    ],
)
def test_a_warc_that_is_not_a_warc_gives_one_clear_line(tmp_path: Path, content: bytes) -> None:
    fake = tmp_path / "crawl.warc"
    fake.write_bytes(content)
    result = run(fake)
    assert result.returncode == 1, result.stderr
    assert_no_traceback(result.stderr)
    assert "NoneType" not in result.stderr
    (line,) = error_lines(result.stderr)
    assert "crawl.warc" in line
    assert re.search(r"warc", line.split("crawl.warc", 1)[1], re.IGNORECASE), line
    assert line.isprintable() and len(line) < 400, line


# --------------------------------------------------------------------------------------
# Spark


def test_spark_clean_warc_reports_a_truncated_record(spark: Any, tmp_path: Path) -> None:
    from newsclean.spark import clean_warc

    warc = tmp_path / "crawl.warc.gz"
    _cut_warc(warc, compress=True)
    rows = clean_warc(spark, str(warc)).collect()
    whole = [row for row in rows if row.error is None]
    assert [row.warc_target_uri for row in whole] == URLS[:2]
    failed = [row for row in rows if row.error is not None]
    assert failed, f"no error value for the cut record: {rows}"
    assert all(TRUNCATED.search(row.error) for row in failed), [row.error for row in failed]
    assert all(row.text for row in whole), "no row passes an empty text as a success"
