"""Issue 16: the ``newsclean.testing`` pytest plugin fails, with a diff, on a missing or
different ``expected.txt`` instead of writing it and passing; ``--newsclean-update`` writes."""

from __future__ import annotations

import re

import pytest

from newsclean import extract

from .conftest import story_page

pytest_plugins = ["pytester"]

PAGE = story_page(3)
TEXT = extract(PAGE).text + "\n"


def _project(pytester: pytest.Pytester, expected: str | None) -> None:
    pytester.makefile(".ini", pytest="[pytest]\nnewsclean_fixtures = pages\n")
    case = pytester.path / "pages" / "lighthouse"
    case.mkdir(parents=True)
    (case / "page.html").write_text(PAGE, encoding="utf-8")
    if expected is not None:
        (case / "expected.txt").write_text(expected, encoding="utf-8")


def _expected_file(pytester: pytest.Pytester) -> str | None:
    path = pytester.path / "pages" / "lighthouse" / "expected.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def test_matching_expected_file_passes(pytester: pytest.Pytester) -> None:
    _project(pytester, TEXT)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_missing_expected_file_fails_and_is_not_written(pytester: pytest.Pytester) -> None:
    _project(pytester, None)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    assert _expected_file(pytester) is None, "a missing expectation is never made up"
    output = result.stdout.str()
    assert "expected.txt" in output and "--newsclean-update" in output, output


def test_different_expected_file_fails_with_a_diff(pytester: pytest.Pytester) -> None:
    wrong = TEXT.replace("will open as a small museum in June", "will close for good in June")
    assert wrong != TEXT
    _project(pytester, wrong)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert re.search(r"^\W{0,8}-.*will close for good in June", output, re.MULTILINE), output
    assert re.search(r"^\W{0,8}\+.*will open as a small museum in June", output, re.MULTILINE)
    assert _expected_file(pytester) == wrong, "a failing run leaves the expectation alone"


@pytest.mark.parametrize(
    "expected", [None, "an outdated expectation\n"], ids=["missing", "outdated"]
)
def test_update_flag_writes_the_expected_file(
    pytester: pytest.Pytester, expected: str | None
) -> None:
    _project(pytester, expected)
    result = pytester.runpytest("-p", "no:cacheprovider", "--newsclean-update")
    result.assert_outcomes(passed=1)
    assert _expected_file(pytester) == TEXT


def test_fixture_folders_from_the_command_line(pytester: pytest.Pytester) -> None:
    """``--newsclean-fixtures DIR`` instead of the ini option; a spec.json is checked too."""
    case = pytester.path / "saved" / "lighthouse"
    case.mkdir(parents=True)
    (case / "page.html").write_text(PAGE, encoding="utf-8")
    (case / "expected.txt").write_text(TEXT, encoding="utf-8")
    spec = '{"must_include": ["guided tours"], "must_exclude": ["More from the harbour"]}'
    (case / "spec.json").write_text(spec, encoding="utf-8")
    arguments = ["-p", "no:cacheprovider", "--newsclean-fixtures", "saved", "saved"]
    pytester.runpytest(*arguments).assert_outcomes(passed=1)
    (case / "spec.json").write_text('{"must_include": ["a lighthouse on the moon"]}', "utf-8")
    result = pytester.runpytest(*arguments)
    result.assert_outcomes(failed=1)
    assert "missing body text: 'a lighthouse on the moon'" in result.stdout.str()
