"""The console script: one page, many pages, output targets, workers, errors, exit codes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, fixture_pages, write_warc

from newsclean import Article, __version__, extract
from newsclean.cli import main

PAGE = (
    "<html><body><nav><a href='/'>Home</a></nav><article><h1>Title</h1>"
    + "".join(
        f"<p>Line {i} of a story that is long enough to be a paragraph, really.</p>"
        for i in range(4)
    )
    + "</article></body></html>"
)
PDF = b"%PDF-1.7\n\x00\x01\x02 binary stream"


def lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_prints_article_text(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Line 0 of a story")
    assert "Home" not in out


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(tmp_path / "nope.html")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_usage_exits_2(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["--format", "pdf", "x.html"])
    assert exit_info.value.code == 2
    assert main(["-j", "0", str(fixture_pages()[0])]) == 2


def test_stdin_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "-"],
        input=PAGE.encode(),
        capture_output=True,
        check=True,
    )
    assert result.stdout.decode().startswith("Line 0 of a story")


def test_version_and_help(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    assert "examples:" in help_text
    assert "exit status" in help_text
    assert "--url" in help_text


def test_single_page_json_is_the_article(capsys) -> None:  # type: ignore[no-untyped-def]
    page = FIXTURES / "wire-story" / "page.html"
    assert main([str(page), "-f", "json", "--url", "https://example.com/a"]) == 0
    (record,) = lines(capsys.readouterr().out)
    article = extract(page.read_bytes(), url="https://example.com/a")
    assert record == {"source": str(page), **article.to_dict(renderings=False), "error": None}


@pytest.mark.parametrize("name", ["markdown", "html"])
def test_markdown_and_html_formats(name: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = FIXTURES / "wire-story" / "page.html"
    if not hasattr(Article, name):
        assert main([str(page), "-f", name]) == 2
        assert f"needs Article.{name}" in capsys.readouterr().err
        pytest.skip(f"Article.{name} is not in this version (added by the rendering issue)")
    assert main([str(page), "-f", name]) == 0
    assert capsys.readouterr().out.strip() == getattr(extract(page.read_bytes()), name).strip()
    out = tmp_path / "out"
    out.mkdir()
    assert main([str(FIXTURES), "-f", name, "-o", str(out), "-q"]) == 0
    suffix = {"markdown": ".md", "html": ".html"}[name]
    assert (out / "wire-story" / f"page.html{suffix}").exists()


def test_directory_gives_one_json_line_per_page_in_order(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(FIXTURES), "-j", "1"]) == 0
    captured = capsys.readouterr()
    records = lines(captured.out)
    assert [r["source"] for r in records] == [str(p) for p in fixture_pages()]
    assert all(r["text"] for r in records)
    assert f"{len(records)} pages, {len(records)} ok, 0 failed" in captured.err


def test_globs_gz_and_output_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "one.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "two.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert main([str(tmp_path / "*.htm*"), "-o", str(target), "-q"]) == 0
    assert capsys.readouterr().err == ""
    records = lines(target.read_text(encoding="utf-8"))
    assert [Path(str(r["source"])).name for r in records] == ["one.html.gz", "two.htm"]
    assert all(str(r["text"]).startswith("Line 0") for r in records)


def test_output_directory_mirrors_the_inputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main([str(FIXTURES), "-o", f"{out}/", "-q"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt"))
    assert written == sorted(f"{p.parent.name}/page.html.txt" for p in fixture_pages())
    page = FIXTURES / "german" / "page.html"
    text = (out / "german" / "page.html.txt").read_text(encoding="utf-8")
    assert text == extract(page.read_bytes()).text + "\n"


def test_workers_keep_order_and_unordered_keeps_the_pages(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(FIXTURES), "-j", "1", "-q"]) == 0
    serial = capsys.readouterr().out
    assert main([str(FIXTURES), "-j", "2", "-q"]) == 0
    assert capsys.readouterr().out == serial
    assert main([str(FIXTURES), "-j", "2", "--unordered", "-q"]) == 0
    assert sorted(capsys.readouterr().out.splitlines()) == sorted(serial.splitlines())


def test_failed_pages_are_reported_and_counted(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_bytes(PDF)
    (tmp_path / "c.html.gz").write_bytes(b"\x1f\x8b not really gzip")
    (tmp_path / "d.html").write_text(PAGE, encoding="utf-8")
    for number in range(20):  # enough pages for the worker pool to start
        (tmp_path / f"e{number:02}.html").write_text(PAGE, encoding="utf-8")
    assert main([str(tmp_path), "-j", "2"]) == 1
    captured = capsys.readouterr()
    records = lines(captured.out)
    names = [Path(str(r["source"])).name for r in records]
    every = ["a.html", "b.html", "c.html.gz", "d.html", *(f"e{n:02}.html" for n in range(20))]
    assert names == every  # a failed page has its record too
    assert [r["error"]["type"] for r in records if r["error"]] == ["InputError", "InputError"]  # type: ignore[index]
    errors = captured.err.splitlines()
    assert errors[0].startswith(f"newsclean: {tmp_path / 'b.html'}: InputError")
    assert errors[1].startswith(f"newsclean: {tmp_path / 'c.html.gz'}: InputError")
    assert "24 pages, 22 ok, 2 failed" in errors[-1]
    assert len(errors) == 3  # no progress bar on a pipe


def test_single_failed_page_exits_1(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "b.html"
    page.write_bytes(PDF)
    assert main([str(page)]) == 1
    assert "InputError" in capsys.readouterr().err


def test_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.batch import PageError, Result
    from newsclean.batch.pages import Input
    from newsclean.cli.progress import Progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    progress = Progress(enabled=True)
    assert progress.bar is not None
    progress.update(Result("x", Input("x", "x", False), error=PageError("InputError", "boom")))
    assert "1 page, 0 ok, 1 failed" in progress.summary()
    assert Progress(enabled=False).bar is None


def test_warc_html_responses_only(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    pages = fixture_pages()[:3]
    entries = [(f"https://example.com/{p.parent.name}", p.read_bytes(), "text/html") for p in pages]
    entries.insert(1, ("https://example.com/logo.png", b"\x89PNG....", "image/png"))
    warc = tmp_path / "crawl.warc.gz"
    ids = write_warc(warc, entries)
    assert main([str(warc), "-j", "2", "-q"]) == 0
    records = lines(capsys.readouterr().out)
    assert [r["warc_target_uri"] for r in records] == [e[0] for e in entries if e[2] == "text/html"]
    assert [r["warc_record_id"] for r in records] == [ids[0], ids[2], ids[3]]
    first = extract(pages[0].read_bytes(), url=entries[0][0])
    assert records[0]["text"] == first.text
    assert str(records[0]["source"]).startswith(f"{warc}#<urn:uuid:")


def test_warc_into_an_output_directory(tmp_path: Path) -> None:
    page = fixture_pages()[0]
    write_warc(
        tmp_path / "a.warc", [("https://example.com/a", page.read_bytes(), "text/html")], False
    )
    out = tmp_path / "out"
    out.mkdir()
    assert main([str(tmp_path / "a.warc"), "-o", str(out), "-q"]) == 0
    (record,) = lines((out / "a.warc.jsonl").read_text(encoding="utf-8"))
    assert record["warc_target_uri"] == "https://example.com/a"


def test_broken_warc_is_a_counted_failure(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    warc = tmp_path / "broken.warc.gz"
    entries = [
        (f"https://example.com/{p.parent.name}", p.read_bytes(), "text/html")
        for p in fixture_pages()[:4]
    ]
    write_warc(warc, entries)
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) // 2] + b"\x00garbage" * 50 + data[len(data) // 2 :])
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    assert main([str(warc), str(good)]) == 1
    captured = capsys.readouterr()
    records = lines(captured.out)
    assert 1 <= len(records) < 5
    assert records[-1]["source"] == str(good)
    assert "not a valid WARC/ARC file" in captured.err
    assert "1 failed" in captured.err
