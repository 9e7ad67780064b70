"""Issue 16, data loss 1, 2 and 6: every input gets its own output, no output destroys an
input, a second run never overwrites silently, and a failed page leaves a record."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import (
    error_lines,
    first_sentence,
    gzipped,
    json_lines,
    run,
    story_page,
    write_warc,
)

SITE = "www.harbourgazette.example"

# --------------------------------------------------------------------------------------
# 1. Colliding outputs


def _collection(root: Path) -> dict[str, int]:
    """``coll/`` with four inputs whose old output names collide; name → story number."""
    coll = root / "coll"
    (coll / "sub").mkdir(parents=True)
    layout = {"story.html": 0, "story.htm": 1, "story.html.gz": 2, "sub/story.html": 3}
    for name, number in layout.items():
        if name.endswith(".gz"):
            (coll / name).write_bytes(gzipped(story_page(number)))
        else:
            (coll / name).write_text(story_page(number), encoding="utf-8")
    return layout


def _outputs(out: Path) -> dict[str, str]:
    return {
        path.relative_to(out).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


def test_directory_inputs_get_one_file_each_mirroring_their_path(tmp_path: Path) -> None:
    layout = _collection(tmp_path)
    result = run("coll/", "-o", "out/", "-f", "markdown", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = _outputs(tmp_path / "out")
    expected = {f"{name}.md": number for name, number in layout.items()}
    assert sorted(written) == sorted(expected), "each input keeps its full name plus .md"
    for name, number in expected.items():
        assert first_sentence(number) in written[name], name


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(["coll/story.html", "coll/sub/story.html"], id="two-files-same-name"),
        pytest.param(["coll/**/*.html"], id="recursive-glob"),
        pytest.param(["coll/story.html", "coll/story.htm", "coll/story.html.gz"], id="suffixes"),
    ],
)
def test_named_inputs_never_share_an_output_file(tmp_path: Path, arguments: list[str]) -> None:
    """Each input gets its own file (any layout), or the run is refused before any work."""
    layout = _collection(tmp_path)
    result = run(*arguments, "-o", "out/", "-f", "markdown", cwd=tmp_path)
    out = tmp_path / "out"
    written = _outputs(out) if out.exists() else {}
    if result.returncode == 2:
        assert written == {}, "a refused run writes nothing"
        assert error_lines(result.stderr), "a refused run says why"
        return
    assert result.returncode == 0, result.stderr
    numbers = []
    for argument in arguments:
        matches = sorted(tmp_path.glob(argument)) if "*" in argument else [tmp_path / argument]
        for match in matches:
            numbers.append(layout[match.relative_to(tmp_path / "coll").as_posix()])
    assert len(written) == len(numbers), f"{len(numbers)} inputs, files written: {sorted(written)}"
    for number in numbers:
        holders = [name for name, text in written.items() if first_sentence(number) in text]
        assert len(holders) == 1, f"story {number} is in {holders}"


def test_archives_with_the_same_stem_get_their_own_output(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_warc(crawl / "day.warc", [(f"https://{SITE}/a", story_page(0).encode())], compress=False)
    write_warc(crawl / "day.warc.gz", [(f"https://{SITE}/b", story_page(1).encode())])
    result = run("crawl/", "-o", "out/", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = _outputs(tmp_path / "out")
    assert len(written) == 2, f"one output per archive: {sorted(written)}"
    for number in range(2):
        holders = [name for name, text in written.items() if first_sentence(number) in text]
        assert len(holders) == 1, f"story {number} is in {holders}"


def test_a_second_run_into_the_same_directory_is_refused(tmp_path: Path) -> None:
    _collection(tmp_path)
    first = run("coll/", "-o", "out/", "-f", "markdown", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    out = tmp_path / "out"
    before = _outputs(out)
    marked = sorted(before)[0]
    (out / marked).write_text("edited by hand\n", encoding="utf-8")
    again = run("coll/", "-o", "out/", "-f", "markdown", cwd=tmp_path)
    assert again.returncode == 2, again.stderr
    assert "--overwrite" in again.stderr, "the refusal names the flag that allows it"
    assert (out / marked).read_text(encoding="utf-8") == "edited by hand\n"
    assert sorted(_outputs(out)) == sorted(before)
    forced = run("coll/", "-o", "out/", "-f", "markdown", "--overwrite", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert _outputs(out) == before


def test_skip_existing_resumes_an_interrupted_run(tmp_path: Path) -> None:
    layout = _collection(tmp_path)
    first = run("coll/", "-o", "out/", "-f", "markdown", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    out = tmp_path / "out"
    (out / "story.html.md").write_text("kept as it was\n", encoding="utf-8")
    (out / "story.htm.md").unlink(missing_ok=True)  # as if the run had stopped before this page
    (tmp_path / "coll" / "later.html").write_text(story_page(5), encoding="utf-8")
    resumed = run("coll/", "-o", "out/", "-f", "markdown", "--skip-existing", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    written = _outputs(out)
    assert written["story.html.md"] == "kept as it was\n", "an existing output is skipped"
    assert first_sentence(layout["story.htm"]) in written["story.htm.md"]
    assert first_sentence(5) in written["later.html.md"]
    assert len(written) == 5


# --------------------------------------------------------------------------------------
# 2. An output path that is, or would overwrite, an input


def _inputs_dir(root: Path, name: str) -> dict[Path, bytes]:
    directory = root / name
    directory.mkdir()
    (directory / "a.html").write_text(story_page(0), encoding="utf-8")
    (directory / "b.html").write_text(story_page(1), encoding="utf-8")
    return {path: path.read_bytes() for path in directory.iterdir()}


@pytest.mark.parametrize(
    ("arguments", "directory"),
    [
        pytest.param(["c/a.html", "c/b.html", "-o", "c/a.html"], "c", id="file-among-inputs"),
        pytest.param(
            ["c/a.html", "c/b.html", "-o", "c/./a.html"], "c", id="same-file-other-spelling"
        ),
        pytest.param(["c/*.html", "-o", "c/b.html"], "c", id="file-matched-by-glob"),
        pytest.param(["c/a.html", "-o", "c/a.html"], "c", id="single-page-onto-itself"),
        pytest.param(["e/", "-o", "e/", "-f", "html"], "e", id="directory-onto-itself"),
        pytest.param(["e", "-o", "e/", "-f", "html"], "e", id="directory-onto-itself-no-slash"),
    ],
)
def test_output_onto_an_input_is_refused_before_any_work(
    tmp_path: Path, arguments: list[str], directory: str
) -> None:
    originals = _inputs_dir(tmp_path, directory)
    result = run(*arguments, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert error_lines(result.stderr), "the refusal says why"
    assert " ok, " not in result.stderr, "refused before any page was extracted"
    now = {path: path.read_bytes() for path in (tmp_path / directory).iterdir()}
    assert now == originals, "inputs untouched, nothing added beside them"


# --------------------------------------------------------------------------------------
# 6. A failed page still gets a record


def test_a_failed_page_gets_a_json_record_with_its_error(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(story_page(0), encoding="utf-8")
    (pages / "b.html").write_bytes(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00\x01"
    )
    (pages / "c.html").write_text(story_page(1), encoding="utf-8")
    result = run(pages, "-j", "1", "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1, result.stderr
    records = json_lines((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert [Path(r["source"]).name for r in records] == ["a.html", "b.html", "c.html"]
    failed = records[1]
    assert failed["source"] == str(pages / "b.html")
    assert isinstance(failed.get("error"), dict), failed
    assert failed["error"].get("type") == "InputError"
    assert isinstance(failed["error"].get("message"), str) and failed["error"]["message"]
    assert failed.get("text") is None, "a failed page has no text"
    assert all(not r.get("error") for r in (records[0], records[2]))
    assert "1 failed" in result.stderr


def test_failure_records_keep_input_order_with_workers(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    broken = {5, 17, 30}
    for number in range(40):  # enough pages for the worker pool
        path = pages / f"p{number:02}.html"
        if number in broken:
            path.write_bytes(b"\x00\x01\x02 not a page \xff\xfe" * 20)
        else:
            path.write_text(story_page(number), encoding="utf-8")
    result = run(pages, "-j", "2")
    assert result.returncode == 1
    records = json_lines(result.stdout)
    assert [Path(r["source"]).name for r in records] == [f"p{n:02}.html" for n in range(40)]
    assert {n for n, r in enumerate(records) if r.get("error")} == broken


def test_single_page_json_of_a_failed_page_is_a_record(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run(page, "-f", "json")
    assert result.returncode == 1
    (record,) = json_lines(result.stdout)
    assert record["source"] == str(page)
    assert record["error"]["type"] == "InputError"
    assert record.get("text") is None
