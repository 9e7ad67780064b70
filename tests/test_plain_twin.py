"""The case-sensitive twins that text rules use for plain texts match exactly as the
case-insensitive patterns they stand for."""

from __future__ import annotations

import random
import re

import pytest

from newsclean import default_registry
from newsclean.rules.matchers import Text
from newsclean.rules.plain_twin import _RE_PARSER, _named_characters, _source_spans, is_plain, twin


@pytest.mark.parametrize(
    "source",
    [
        "A",
        "[0-_]",
        "μ",
        "Д",
        "[^A]",
        r"\x41",
        "ſ",
        "K",
        "[\u0100-\u0200]",
        r"(?-i:A)b",
        r"\N{KELVIN SIGN}",
        # ranges over A-Z between other characters, which the source's reading must see
        "[!-_]",
        r"[\!-_]",
        "[@-a]",
        "[^ -a]",
        r"[\d-]?[a\--_]",
        "(?x) [0-_] # verbose",
    ],
)
def test_no_twin_where_case_would_matter(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assert twin(pattern) is pattern


@pytest.mark.parametrize("source", ["abc", r"\S+\W\D\B\A\Z", "[a-z0-9]+", "märz|é", r"(a)\1"])
def test_twin_where_case_cannot_matter(source: str) -> None:
    sensitive = twin(re.compile(source, re.IGNORECASE))
    assert not sensitive.flags & re.IGNORECASE
    assert sensitive.pattern == source


def test_builtin_text_patterns_match_alike_on_plain_texts() -> None:
    texts = [
        "by jane doe",
        "photo: afp / getty images",
        "3 / 10",
        "updated 12.03.2024, 10:15 uhr",
        "this slideshow requires javascript",
        "(c) 2024 reuters. all rights reserved",
        "5 min read",
        "фото: reuters",
        "von jürgen müller",
        "am 3. märz 2024",
        "µ σ ς ſ",
    ]
    random.seed(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .,:/|-'()!?&\nßéäöüçабвгдсκ“”–—…µſ"
    texts += ["".join(random.choices(alphabet, k=random.randint(0, 40))) for _ in range(300)]
    patterns = [
        rule.match
        for rule in default_registry().rules_for(None)
        if isinstance(rule.match, Text) and rule.match.pattern is not None
    ]
    assert any(
        m.plain_pattern is not None and not m.plain_pattern.flags & re.IGNORECASE for m in patterns
    )
    for match in patterns:
        assert match.pattern is not None and match.plain_pattern is not None
        for text in texts:
            expected = match.pattern.fullmatch(text) is not None
            if is_plain(text):
                assert (match.plain_pattern.fullmatch(text) is not None) == expected, text


@pytest.mark.parametrize(
    "source",
    ["[]-a]", r"[a\-z]", r"[\\-a]", "[--/]", "[a-b-c]", r"\.[.-/]", r"(?i:[!-/])", r"[\t-\r]"],
)
def test_the_source_names_what_the_parse_names(source: str) -> None:
    # twin reads a pattern's characters off its source and parses it only when that
    # cannot settle it (a fresh process paid the parse of every text rule's pattern):
    # the source's reading must hold every character and range the parse finds
    pattern = re.compile(source, re.IGNORECASE)
    spans = _source_spans(pattern)
    assert spans is not None
    assert set(_named_characters(_RE_PARSER.parse(source, pattern.flags))) <= spans


def test_the_source_names_what_the_parse_names_in_the_builtin_patterns() -> None:
    patterns = [
        rule.match.pattern
        for rule in default_registry().rules_for(None)
        if isinstance(rule.match, Text) and rule.match.pattern is not None
    ]
    for pattern in patterns:
        spans = _source_spans(pattern)
        assert spans is not None, pattern.pattern
        parsed = set(_named_characters(_RE_PARSER.parse(pattern.pattern, pattern.flags)))
        assert parsed <= spans, pattern.pattern
