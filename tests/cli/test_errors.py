"""Issue 16, errors a user should never see as a traceback: an output directory that does not
exist, a closed pipe, a missing rule directory, ``rules check`` over many files, and
FiveFilters directives newsclean does not carry out."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

from .conftest import (
    assert_no_traceback,
    error_lines,
    news_page,
    newsclean_command,
    run,
    story_page,
    write_pages,
)

SITE = "harbourgazette.example"
URL = f"https://www.{SITE}/news/breakwater"

# --------------------------------------------------------------------------------------
# -o into a directory that does not exist


@pytest.mark.parametrize("many", [False, True], ids=["one-page", "many-pages"])
def test_output_in_a_missing_directory_is_a_usage_error(tmp_path: Path, many: bool) -> None:
    pages = write_pages(tmp_path / "pages", 3)
    inputs = [tmp_path / "pages"] if many else [pages[0]]
    target = tmp_path / "nonexistent" / "dir" / "out.txt"
    result = run(*inputs, "-o", target)
    assert result.returncode == 2, result.stderr
    assert_no_traceback(result.stderr)
    (line,) = result.stderr.splitlines()
    assert str(target) in line or "nonexistent" in line, line
    assert not target.parent.exists()


# --------------------------------------------------------------------------------------
# A closed pipe (| head)


def _pipeline(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a shell pipeline; ``NEWSCLEAN`` in it stands for the installed command."""
    script = command.replace("NEWSCLEAN", shlex.join(newsclean_command()))
    return subprocess.run(
        ["bash", "-c", script],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _big_rule_file(path: Path) -> None:
    """Enough rules that ``rules list`` prints far more than a pipe holds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rules = "".join(
        f'[[rule]]\nname = "harbour-promo-{n}"\nselect = "div.promo-slot-{n}"\neffect = "drop"\n\n'
        for n in range(1500)
    )
    path.write_text(f'[pack]\nname = "harbour"\n\n{rules}', encoding="utf-8")


@pytest.fixture(scope="module")
def pipe_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 pages (far more JSON than a pipe holds), a long page and a long rule file."""
    root = tmp_path_factory.mktemp("pipes")
    write_pages(root / "pages", 300)
    paragraphs = [f"Paragraph {n} of the long harbour report. " * 12 for n in range(300)]
    (root / "long.html").write_text(news_page("A very long report", paragraphs), "utf-8")
    _big_rule_file(root / "rules" / "harbour.toml")
    return root


@pytest.mark.parametrize(
    "command",
    [
        pytest.param("NEWSCLEAN pages/ | head -1", id="pages-head"),
        pytest.param("NEWSCLEAN pages/ -j 1 | head -1", id="pages-one-process-head"),
        pytest.param("NEWSCLEAN long.html | head -1", id="one-long-page-head"),
        pytest.param("NEWSCLEAN pages/story-0000.html | true", id="one-page-unread"),
        pytest.param("NEWSCLEAN rules list | head -1", id="rules-list-head"),
        pytest.param("NEWSCLEAN rules list --rules rules/ | head -1", id="long-rules-list-head"),
        pytest.param("NEWSCLEAN rules list | true", id="rules-list-unread"),
    ],
)
def test_a_closed_pipe_ends_the_run_quietly(pipe_workspace: Path, command: str) -> None:
    result = _pipeline(command, pipe_workspace)
    if "head" in command:
        assert result.stdout.strip(), "head printed the first line"
    assert_no_traceback(result.stderr)
    assert "Broken pipe" not in result.stderr and "EPIPE" not in result.stderr, result.stderr


# --------------------------------------------------------------------------------------
# --rules naming nothing


@pytest.mark.parametrize("many", [False, True], ids=["one-page", "many-pages"])
def test_missing_rules_directory_is_one_usage_error(tmp_path: Path, many: bool) -> None:
    pages = write_pages(tmp_path / "pages", 5)
    inputs = ["pages/"] if many else [pages[0].relative_to(tmp_path).as_posix()]
    result = run(*inputs, "--rules", "missing/", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert_no_traceback(result.stderr)
    mentions = [line for line in result.stderr.splitlines() if "missing" in line]
    assert len(mentions) == 1, f"reported {len(mentions)} times:\n{result.stderr}"
    assert " ok, " not in result.stderr, "refused before any page was extracted"
    assert result.stdout == ""


# --------------------------------------------------------------------------------------
# newsclean rules check DIR


def _rule_directory(root: Path) -> Path:
    rules = root / "rules"
    (rules / "pages").mkdir(parents=True)
    (rules / "pages" / "breakwater.html").write_text(story_page(0), encoding="utf-8")
    (rules / "a-syntax.toml").write_text('[[site]\ndomain = "broken.example"\n', "utf-8")
    (rules / "b-selector.toml").write_text(
        f'[[site]]\ndomain = "{SITE}"\nstrip = ["div[[promo"]\n', "utf-8"
    )
    (rules / "c-rule-selector.toml").write_text(
        '[[rule]]\nname = "share-tools"\nselect = "aside..share"\neffect = "drop"\n', "utf-8"
    )
    (rules / "d-failing.toml").write_text(
        f'[[site]]\ndomain = "{SITE}"\nstrip = ["div.story-body p:first-child"]\n\n'
        f'[[site.test]]\npage = "pages/breakwater.html"\nurl = "{URL}"\n'
        'contains = ["The harbour authority confirmed on Tuesday"]\n',
        "utf-8",
    )
    (rules / "e-good.toml").write_text(
        f'[[site]]\ndomain = "{SITE}"\nbody = ["div.story-body"]\n\n'
        f'[[site.test]]\npage = "pages/breakwater.html"\nurl = "{URL}"\n'
        'contains = ["Engineers from the regional council"]\n'
        'excludes = ["More from the harbour"]\n',
        "utf-8",
    )
    return rules


def test_rules_check_reports_every_file_and_names_it(tmp_path: Path) -> None:
    _rule_directory(tmp_path)
    result = run("rules", "check", "rules/", cwd=tmp_path)
    assert result.returncode == 1
    assert_no_traceback(result.stderr)
    output = (result.stdout + result.stderr).splitlines()
    for name in ("a-syntax.toml", "b-selector.toml", "c-rule-selector.toml", "d-failing.toml"):
        problems = [
            line for line in output if name in line and re.search(r"invalid|fail|error", line, re.I)
        ]
        assert problems, f"no error line names {name}:\n" + "\n".join(output)
    assert [line for line in output if "e-good.toml" in line], "the valid file is checked too"
    assert any("PASSED" in line or "passed" in line for line in output), "its test was run"
    assert "all tests passed" not in result.stdout


def test_rules_check_does_not_call_skipped_tests_passed(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / f"{SITE}.txt").write_text(
        "title: //h1[@class='headline']\n"
        "body: //div[@class='story-body']\n"
        f"test_url: {URL}\n"
        "test_contains: The harbour authority confirmed on Tuesday\n",
        encoding="utf-8",
    )
    result = run("rules", "check", rules)
    assert "all tests passed" not in result.stdout, result.stdout
    summary = [line for line in result.stdout.splitlines() if line.strip()][-1]
    assert "skipped" in summary.lower(), f"the summary line hides the skipped test: {summary!r}"


# --------------------------------------------------------------------------------------
# FiveFilters directives newsclean does not carry out

CONFIG = f"""# {SITE}: site config for the Harbour Gazette
title: //h1[@class='headline']
body: //div[@class='story-body']
replace_string(<br /><br />): </p><p>
http_header(user-agent): Mozilla/5.0 (compatible; HarbourBot)
prune: no
"""
UNSUPPORTED = {"replace_string": 4, "http_header": 5, "prune": 6}


def _assert_clean_directive_lines(text: str, file_name: str) -> None:
    assert "UnsupportedDirective" not in text and "UserWarning" not in text, text
    assert "warnings.warn" not in text and "stacklevel" not in text, text
    for directive, line_number in UNSUPPORTED.items():
        lines = [line for line in text.splitlines() if directive in line]
        assert len(lines) == 1, f"{directive}: {len(lines)} lines:\n{text}"
        (line,) = lines
        assert file_name in line, line
        assert re.search(rf"(:|line\s*){line_number}\b", line), f"no line number: {line}"


def test_unsupported_directives_are_one_clean_line_each_when_extracting(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / f"{SITE}.txt").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "breakwater.html"
    page.write_text(story_page(0), encoding="utf-8")
    result = run(page, "--rules", tmp_path / "rules", "--url", URL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The harbour authority confirmed")
    _assert_clean_directive_lines(result.stderr, f"{SITE}.txt")


def test_unsupported_directives_are_one_clean_line_each_in_rules_check(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / f"{SITE}.txt").write_text(CONFIG, encoding="utf-8")
    result = run("rules", "check", tmp_path / "rules")
    _assert_clean_directive_lines(result.stdout + result.stderr, f"{SITE}.txt")


def test_unsupported_directives_are_reported_once_per_run(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / f"{SITE}.txt").write_text(CONFIG, encoding="utf-8")
    write_pages(tmp_path / "pages", 40)
    result = run(tmp_path / "pages", "-j", "2", "--rules", tmp_path / "rules", "--url", URL)
    assert result.returncode == 0, result.stderr
    _assert_clean_directive_lines("\n".join(error_lines(result.stderr)), f"{SITE}.txt")
