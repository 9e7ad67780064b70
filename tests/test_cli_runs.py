"""What a batch run reads and writes beyond the issue's own tests (tests/cli): outputs
never read back as inputs, the flags that go together, records with renderings,
archives cut in their last gzip member, and what an interrupted directory run leaves."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, write_warc

from newsclean import extract
from newsclean.batch import PageError, Result
from newsclean.batch.pages import Input, gunzip
from newsclean.cli import main
from newsclean.cli.output import DirectoryWriter

WIRE = FIXTURES / "wire-story" / "page.html"
GERMAN = FIXTURES / "german" / "page.html"


def _pages(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, source in (("a.html", WIRE), ("b.html", GERMAN)):
        (directory / name).write_bytes(source.read_bytes())
        written.append(directory / name)
    return written


def test_an_output_directory_inside_the_input_is_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main([".", "-o", "out/", "-f", "html", "-j", "1"]) == 0
    assert "2 pages, 2 ok" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.html.html", "b.html.html"]
    assert main([".", "-o", "out/", "-f", "html", "-j", "1", "--overwrite"]) == 0
    assert "2 pages, 2 ok" in capsys.readouterr().err, "out/*.html.html are not pages"


def test_an_output_file_inside_the_input_is_never_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path / "pages")
    target = tmp_path / "pages" / "all.html"  # a page name: the walk would take it
    assert main([str(tmp_path / "pages"), "-o", str(target), "-j", "1"]) == 0
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == ["a.html", "b.html"]
    assert "2 pages" in capsys.readouterr().err


def test_a_recursive_glob_reads_each_page_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path / "coll" / "sub")
    _pages(tmp_path / "coll")
    assert main([str(tmp_path / "coll" / "**"), "-o", f"{tmp_path / 'out'}/", "-j", "1"]) == 0
    assert "4 pages, 4 ok" in capsys.readouterr().err
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in tmp_path.rglob("*.txt"))
    assert written == ["a.html.txt", "b.html.txt", "sub/a.html.txt", "sub/b.html.txt"]


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--skip-existing"], "--skip-existing needs -o DIR"),
        (["-o", "out/", "--overwrite", "--skip-existing"], "exclude each other"),
        (["-o", "pages/"], "holds the input"),
    ],
)
def test_flags_that_do_not_go_together(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
    message: str,
) -> None:
    _pages(tmp_path / "pages")
    monkeypatch.chdir(tmp_path)
    assert main(["pages", *flags]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_output_that_cannot_be_written_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert main([str(WIRE), "-o", str(locked / "out.txt")]) == 2
    assert main([str(WIRE), "-o", f"{locked / 'out'}/"]) == 2
    assert capsys.readouterr().err.count("permission denied") == 2


def test_a_write_that_fails_during_a_run_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path / "pages")

    def full(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_text", full)
    assert main([str(tmp_path / "pages"), "-o", f"{tmp_path / 'out'}/", "-j", "1"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("newsclean: cannot write ") and "No space left on device" in line


def test_skipped_inputs_are_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _pages(tmp_path / "pages")
    out = f"{tmp_path / 'out'}/"
    assert main([str(tmp_path / "pages"), "-o", out, "-j", "1"]) == 0
    capsys.readouterr()
    (tmp_path / "out" / "b.html.txt").unlink()
    assert main([str(tmp_path / "pages"), "-o", out, "-j", "1", "--skip-existing"]) == 0
    assert "newsclean: 1 page, 1 ok, 0 failed, 1 skipped in" in capsys.readouterr().err


def test_json_records_carry_the_renderings_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(WIRE), "-f", "json", "--with", "markdown", "--with", "html"]) == 0
    record = json.loads(capsys.readouterr().out)
    article = extract(WIRE.read_bytes())
    assert record["markdown"] == article.markdown and record["html"] == article.html
    assert main([str(WIRE), "-f", "json"]) == 0
    assert "markdown" not in json.loads(capsys.readouterr().out)


def test_pages_in_one_stream_split_at_form_feeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path / "pages")
    (tmp_path / "pages" / "c.html").write_text("<html><body></body></html>", "utf-8")
    (tmp_path / "pages" / "d.html").write_bytes(b"%PDF-1.7\x00\x01")
    assert main([str(tmp_path / "pages"), "-f", "text", "-j", "1"]) == 1
    parts = capsys.readouterr().out.split("\n\f\n")
    expected = [extract(page.read_bytes()).text for page in (WIRE, GERMAN)]
    assert [part.strip("\n") for part in parts] == [*expected, ""], "the PDF has no part"


def test_no_input_and_no_piped_page_is_a_usage_error() -> None:
    command = [sys.executable, "-m", "newsclean"]
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert result.returncode == 2
    assert "no input" in result.stderr and "Traceback" not in result.stderr


def test_gzip_members_and_padding() -> None:
    two = gzip.compress(b"<p>one</p>") + gzip.compress(b"<p>two</p>")
    assert gunzip(two + b"\x00" * 16) == b"<p>one</p><p>two</p>"


def test_a_warc_gz_cut_in_its_last_gzip_trailer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://example.com/a", WIRE.read_bytes(), "text/html")])
    warc.write_bytes(warc.read_bytes()[:-3])
    assert main([str(warc), "-j", "1"]) == 1
    captured = capsys.readouterr()
    assert "its gzip stream ends before its end marker" in captured.err
    ok = [r for r in map(json.loads, captured.out.splitlines()) if not r["error"]]
    assert len(ok) == 1, "the record itself was whole"


@pytest.mark.parametrize("cut", [5, 30], ids=["in-its-first-line", "in-its-headers"])
def test_a_warc_cut_in_a_record_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cut: int
) -> None:
    warc = tmp_path / "crawl.warc"
    whole = [("https://example.com/a", WIRE.read_bytes(), "text/html")]
    write_warc(warc, whole, gzip=False)
    size = warc.stat().st_size
    write_warc(warc, [*whole, ("https://example.com/b", GERMAN.read_bytes(), "text/html")], False)
    warc.write_bytes(warc.read_bytes()[: size + cut])  # two records whole, then 5 or 30 bytes
    assert main([str(warc), "-j", "1"]) == 1
    captured = capsys.readouterr()
    assert "WARC truncated: the archive ends inside record 3" in captured.err
    first, failed = map(json.loads, captured.out.splitlines())
    assert first["warc_target_uri"] == "https://example.com/a" and first["error"] is None
    assert failed == {
        "source": str(warc),
        "error": {
            "type": "InputError",
            "message": "WARC truncated: the archive ends inside record 3",
        },
    }


def test_an_interrupted_archive_output_stays_a_part_file(tmp_path: Path) -> None:
    writer = DirectoryWriter(tmp_path, "text", overwrite=False)
    item = Input("crawl.warc.gz", "crawl.warc.gz", True)
    writer.write(Result("crawl.warc.gz#1", item, error=PageError("InputError", "cut")))
    writer.close(complete=False)
    assert [p.name for p in tmp_path.iterdir()] == ["crawl.warc.gz.jsonl.part"]
    writer = DirectoryWriter(tmp_path, "text", overwrite=False)
    writer.write(Result("crawl.warc.gz#1", item, error=PageError("InputError", "cut")))
    writer.close(complete=True)
    (line,) = (tmp_path / "crawl.warc.gz.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["error"] == {"type": "InputError", "message": "cut"}
    assert not (tmp_path / "crawl.warc.gz.jsonl.part").exists()
