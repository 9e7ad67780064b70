"""The case-sensitive twins that text rules use for ASCII texts match exactly as the
case-insensitive patterns they stand for."""

from __future__ import annotations

import random
import re

import pytest

from newsclean import default_registry
from newsclean.rules.model import Text, ascii_twin


@pytest.mark.parametrize(
    "source",
    ["A", "[0-_]", "[^A]", r"\x41", "ſ", "K", "[\u0100-\u0200]", r"(?-i:A)b", r"\N{KELVIN SIGN}"],
)
def test_no_twin_where_case_would_matter(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assert ascii_twin(pattern) is pattern


@pytest.mark.parametrize("source", ["abc", r"\S+\W\D\B\A\Z", "[a-z0-9]+", "märz|é", r"(a)\1"])
def test_twin_where_case_cannot_matter(source: str) -> None:
    twin = ascii_twin(re.compile(source, re.IGNORECASE))
    assert not twin.flags & re.IGNORECASE
    assert twin.pattern == source


def test_builtin_text_patterns_match_alike_on_ascii() -> None:
    texts = [
        "by jane doe",
        "photo: afp / getty images",
        "3 / 10",
        "updated 12.03.2024, 10:15 uhr",
        "this slideshow requires javascript",
        "(c) 2024 reuters. all rights reserved",
        "5 min read",
    ]
    random.seed(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .,:/|-'()!?&\n"
    texts += ["".join(random.choices(alphabet, k=random.randint(0, 40))) for _ in range(300)]
    patterns = [
        rule.match
        for rule in default_registry().rules_for(None)
        if isinstance(rule.match, Text) and rule.match.pattern is not None
    ]
    assert any(
        m.ascii_pattern is not None and not m.ascii_pattern.flags & re.IGNORECASE for m in patterns
    )
    for match in patterns:
        assert match.pattern is not None and match.ascii_pattern is not None
        for text in texts:
            expected = match.pattern.fullmatch(text) is not None
            assert (match.ascii_pattern.fullmatch(text) is not None) == expected, text
