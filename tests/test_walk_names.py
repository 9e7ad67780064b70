"""The walk's whole-name matcher for Pattern rules (a set lookup per class name) finds
exactly what the rules' regexes find."""

from __future__ import annotations

import gzip
import pathlib
import random
import re

import attrs
import lxml.html
import pytest

from newsclean import default_registry
from newsclean.rules.compiled import CompiledRules
from newsclean.rules.name_index import whole_names
from newsclean.rules.value_match import _match_name, match_value
from newsclean.rules.words import name_tokens

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
CORPUS = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    ("source", "names"),
    [
        (r"(?:^|\s)header(?:\s|$)", {"header"}),
        (r"(?:^|\s)(?:sr-only|hide)(?:\s|$)", {"sr-only", "hide"}),
        (
            r"(?:^|\s)(?:visually-?hidden|a-?b-?c)(?:\s|$)",
            {"visually-hidden", "visuallyhidden"} | {"a-b-c", "ab-c", "a-bc", "abc"},
        ),
    ],
)
def test_whole_names(source: str, names: set[str]) -> None:
    assert whole_names(re.compile(source, re.IGNORECASE)) == names


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?:^|\s)header(?:\s|$)", 0),
        (r"(?:^|\s)header(?:\s|$)", re.IGNORECASE | re.ASCII),
        (r"(?:^|\s)(?:|a)(?:\s|$)", re.IGNORECASE),
        (r"(?:^|\s)(?:a?b)(?:\s|$)", re.IGNORECASE),
        (r"(?:^|\s)(?:a.b)(?:\s|$)", re.IGNORECASE),
        (r"(?:^|\s)(?:ab+)(?:\s|$)", re.IGNORECASE),
        (r"(?:^|\s)(?:ab)(?:\s|$)x", re.IGNORECASE),
        (r"(?:^|\s)(?:Ab)(?:\s|$)", re.IGNORECASE),
        (r"(?:^|\s)(?:a|b)", re.IGNORECASE),
        (r"header", re.IGNORECASE),
    ],
)
def test_no_whole_names(source: str, flags: int) -> None:
    assert whole_names(re.compile(source, flags)) is None


def _page_values() -> list[str]:
    """Class and id values of the fixture pages and some corpus pages."""
    pages = [path.read_bytes() for path in sorted(FIXTURES.glob("*/page.html"))]
    html = CORPUS / "article-extraction-benchmark" / "html"
    if html.exists():
        pages += [gzip.decompress(path.read_bytes()) for path in sorted(html.glob("*.gz"))[:40]]
    values: set[str] = set()
    for page in pages:
        for element in lxml.html.fromstring(page).iter():
            values.update(v for k, v in element.items() if k in ("class", "id"))
    return sorted(values)


def _random_values(count: int) -> list[str]:
    """Class lists mixing the rules' names, their pieces, case and odd whitespace."""
    rng = random.Random(7)
    pieces = ["hidden", "HIDE", "sr-only", "header", "Visually", "-", "_", "x", "2", "é", "ſ"]
    spaces = [" ", "  ", "\t", "\n", "\x1c", "\x0b", "\xa0", "\u2003", ""]
    values = []
    for _ in range(count):
        parts = [rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randint(0, 5))]
        values.append(rng.choice(spaces) + "".join(parts))
    return values


def test_matches_as_the_regexes() -> None:
    compiled = default_registry().compiled(None)
    assert set(compiled.pattern_names) >= {"class", "id"}  # the built-in rules take the path
    by_regex = attrs.evolve(compiled, pattern_names={})
    values = _page_values() + _random_values(20_000)
    assert len(values) > 20_000
    for attribute in compiled.pattern_names:
        for value in values:
            assert match_value(attribute, value, compiled, {}) == match_value(
                attribute, value, by_regex, {}
            ), (attribute, value)


def test_built_for_the_rules_that_match_whole_names() -> None:
    compiled: CompiledRules = default_registry().compiled(None)
    for attribute, names in compiled.pattern_names.items():
        for rule in compiled.pattern_rules[attribute]:
            assert whole_names(rule.match.regex) is not None  # type: ignore[union-attr]
        assert "header" in names


def _reference_tokens(name: str) -> list[str]:
    """name_tokens as the general regex path computes it, for every name."""
    if re.match(r"(?:has|with)(?:[-_]|(?=[A-Z]))", name):
        return []
    name = re.sub(r"--(?:has|with)[-_][\w-]*?(?=__|$)", "", name)
    tokens = [t.rstrip("0123456789") for t in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", name)]
    return [token.lower() for token in tokens if token]


def test_name_tokens_as_the_general_path() -> None:
    rng = random.Random(11)
    pieces = ["has", "with", "-", "_", "--", "a", "zz", "7", "12", "Ab", "é", " "]
    names = {name for value in _page_values() for name in value.split()}
    names.update("".join(rng.choices(pieces, k=rng.randint(1, 6))) for _ in range(20_000))
    for name in names:
        if not (name.isalpha() and name.islower()):  # the one-word path keeps such a name
            assert name_tokens(name) == _reference_tokens(name), name


def test_word_starts_reject_only_names_no_rule_lists() -> None:
    """The set test before a multi-word name's phrases are built (``word_starts``) drops
    no match: with every word of the names in it, so that each name is tested in full,
    the walk finds the same rules for the names of real pages and for names built of
    the listed words, their pieces and wrapper words."""
    compiled: CompiledRules = default_registry().compiled(None)
    assert compiled.word_starts["class"] >= {"a", "ar", "article"}
    rng = random.Random(5)
    listed = sorted(compiled.word_index["class"]) + sorted(compiled.ending_index["class"])
    pieces = [*listed, *(word[: len(word) // 2] for word in listed), "inner", "wrap", "x7"]
    names = {name for value in _page_values() for name in value.split()}
    for _ in range(20_000):
        words = rng.choices(pieces, k=rng.randint(2, 4))
        names.add(rng.choice(["-", "_", "__"]).join(words))
        names.add("".join(word.capitalize() for word in words))
    for attribute in ("class", "id", "data-testid"):
        everything = {attribute: frozenset(t for n in names for t in name_tokens(n))}
        full = attrs.evolve(compiled, word_starts=everything)
        for name in names:
            assert _match_name(attribute, name, compiled) == _match_name(attribute, name, full), (
                attribute,
                name,
            )


def test_only_rule_sets_with_a_strong_hidden_rule_read_inline_styles() -> None:
    """The walk inside drops looks for body markers only: it skips inline styles."""
    compiled = default_registry().compiled(None)
    assert compiled.inline_hidden
    assert compiled.body_walk_rules is not None
    assert not compiled.body_walk_rules.inline_hidden
