"""No regex newsclean runs backtracks catastrophically on a near miss.

The fuzzer found a byline pattern taking 43 s on 88 characters; these inputs repeat
the pieces such patterns are made of (words, separators, dots, digits, spaces) and
end in a character that makes the match fail late.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import newsclean
from newsclean.parse import tag_scan
from newsclean.rules import Pattern, Text
from newsclean.rules.registry import default_registry

PIECES = ("ab and ", "ab. ", "a-", "a ", "12. ", "1/", "by ", "de ", ", a", "a|", "ab")
ENDINGS = ('">', "!", "\x00", "")
#: A near miss must fail in well under this many seconds of CPU time (the process's own
#: time, so that other jobs loading the machine do not fail the test; a catastrophic
#: backtrack takes seconds to hours).
LIMIT = 0.5


def _near_misses(length: int) -> list[str]:
    texts = []
    for piece in PIECES:
        body = piece * (length // len(piece))
        for ending in ENDINGS:
            texts.append(body + ending)
            texts.append("by " + body + ending)
    return texts


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.rpartition(".")[2] in ("spark", "testing"):
            continue  # optional dependencies; no patterns of their own
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name.removeprefix('newsclean.')}.{name}", value))
    built_on_first_use = tag_scan._patterns(10_000, False)
    for index, value in enumerate(built_on_first_use):
        found.append((f"tag_scan._patterns[{index}]", value))
    return found


def _rule_patterns() -> list[tuple[str, re.Pattern[str], int]]:
    found = []
    for rule in default_registry().compiled(None).rules:
        match = rule.match
        if isinstance(match, Text) and match.pattern is not None:
            found.append((rule.name, match.pattern, match.max_length))
        elif isinstance(match, Pattern):
            found.append((rule.name, match.regex, 2000))
    return found


def _timed(call: object, text: str) -> float:
    start = time.process_time()
    call(text)  # type: ignore[operator]
    return time.process_time() - start


@pytest.mark.parametrize(("name", "pattern", "length"), _rule_patterns(), ids=lambda v: str(v))
def test_rule_patterns_fail_fast(name: str, pattern: re.Pattern[str], length: int) -> None:
    for text in _near_misses(length):
        for call in (pattern.fullmatch, pattern.search):
            assert _timed(call, text) < LIMIT, (name, text[:40])


@pytest.mark.parametrize(("name", "pattern"), _module_patterns(), ids=lambda v: str(v))
def test_module_patterns_fail_fast(name: str, pattern: re.Pattern[str]) -> None:
    for text in _near_misses(2000):
        for call in (pattern.match, pattern.search):
            assert _timed(call, text) < LIMIT, (name, text[:40])


def test_a_file_line_of_many_fields_fails_fast() -> None:
    """download-lines reads the fields after a file's size ("PDF | 38 KB | ...") one way:
    read two ways each, 22 of them took 4 s before failing on the last character."""
    rule = next(r for r in default_registry().compiled(None).rules if r.name == "download-lines")
    assert isinstance(rule.match, Text) and rule.match.pattern is not None
    for field in (" | a", " | a ", "| a |  "):
        text = "pdf 3 kb" + field * 50 + " ! x"
        assert _timed(rule.match.pattern.fullmatch, text[: rule.match.max_length]) < LIMIT
