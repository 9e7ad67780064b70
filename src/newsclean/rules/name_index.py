"""The indexes of class, id and other attribute values that :class:`.compiled.CompiledRules`
holds for the walk: each beginning of a listed word, a regex over a value's letters, one
alternation per attribute over its Pattern rules, and the whole names such a pattern
matches. What reads a value's names or letters faster than trying each rule goes here."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .matchers import Pattern
from .model import Rule


def word_start_sets(
    words: Mapping[str, Mapping[str, list[Rule]]], endings: Mapping[str, Mapping[str, list[Rule]]]
) -> dict[str, frozenset[str]]:
    """Attribute -> each beginning of each word listed for it (see
    ``CompiledRules.word_starts``); attributes with the same words share one set."""
    built: dict[frozenset[str], frozenset[str]] = {}
    starts = {}
    for attribute in {*words, *endings}:
        listed = frozenset((*words.get(attribute, ()), *endings.get(attribute, ())))
        if listed not in built:
            built[listed] = frozenset(w[:end] for w in listed for end in range(1, len(w) + 1))
        starts[attribute] = built[listed]
    return starts


def letters_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """A regex finding any of ``words`` in a value's lowercased letters (digits,
    punctuation and spaces removed), or None when a word is not plain a-z.

    Any phrase a name yields is such a substring, so a miss proves no word
    matches. The words share their prefixes (a trie), which keeps it fast.
    """
    trie: dict[str, Any] = {}
    for word in words:
        if not word.isascii() or not word.isalpha():
            return None
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def alternation(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter word already ends here: enough for a search
        branches = [char + alternation(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(alternation(trie)) if trie else None


def value_prefilters(values: dict[str, list[Rule]]) -> dict[str, re.Pattern[str]]:
    """One alternation per attribute over its Pattern rules: a miss skips them all."""
    prefilters = {}
    for attribute, rules in values.items():
        patterns = [r.match for r in rules if isinstance(r.match, Pattern)]
        if len(patterns) > 1:
            flags = functools.reduce(operator.or_, (p.regex.flags for p in patterns))
            joined = "|".join(f"(?:{p.regex.pattern})" for p in patterns)
            prefilters[attribute] = re.compile(joined, flags & ~re.UNICODE | re.IGNORECASE)
    return prefilters


#: The source of a regex matching one of some whole names in a class list:
#: ``(?:^|\s)(?:a|b|c)(?:\s|$)``, each name ASCII letters, digits, ``_`` and ``-``
#: (``-?`` for an optional hyphen).
_WHOLE_NAMES = re.compile(r"\(\?:\^\|\\s\)(?:\(\?:([a-z0-9_|?-]+)\)|([a-z0-9_-]+))\(\?:\\s\|\$\)")
_NAME = re.compile(r"[a-z0-9_-]*")


def whole_names(regex: re.Pattern[str]) -> frozenset[str] | None:
    r"""The names ``regex`` matches whole when it is of the form ``(?:^|\s)(?:a|b)(?:\s|$)``
    compiled with the default flags and ``re.IGNORECASE`` (else None).

    An ASCII value then matches exactly when one of the words ``value.lower().split()``
    is among the names (``str.split`` and ``\s`` agree on ASCII whitespace): a set
    lookup per word in place of a search trying each name at each space.
    """
    if regex.flags != re.IGNORECASE | re.UNICODE:
        return None
    found = _WHOLE_NAMES.fullmatch(regex.pattern)
    if found is None:
        return None
    names: set[str] = set()
    for alternative in (found.group(1) or found.group(2)).split("|"):
        parts = alternative.split("-?")
        if not all(_NAME.fullmatch(part) for part in parts):
            return None  # a "?" after another character
        for hyphens in itertools.product(("-", ""), repeat=len(parts) - 1):
            names.add(parts[0] + "".join(map(operator.add, hyphens, parts[1:])))
    return None if "" in names else frozenset(names)


def pattern_name_sets(values: dict[str, list[Rule]]) -> dict[str, frozenset[str]]:
    """Attribute -> the names its Pattern rules match, where each matches whole names."""
    found = {}
    for attribute, rules in values.items():
        each = [whole_names(r.match.regex) for r in rules if isinstance(r.match, Pattern)]
        names = [whole for whole in each if whole is not None]
        if names and len(names) == len(each):
            found[attribute] = frozenset[str]().union(*names)
    return found
