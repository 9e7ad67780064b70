"""What an attribute value or one class/id name matches: the walk asks once per
distinct value and name on a page (its memo holds the answers). Matching a value
against the indexes of :class:`.compiled.CompiledRules` goes here; the walk that
asks is :mod:`.walker`."""

from __future__ import annotations

import re
import string

from .compiled import CompiledRules
from .model import Rule
from .words import name_tokens, phrases_and_endings

_NOT_LETTERS = re.compile(r"[^a-z]+")
_ASCII_LOWER = bytes.maketrans(string.ascii_uppercase.encode(), string.ascii_lowercase.encode())
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _letters(value: str) -> str:
    """``value`` lowercased, less all but the letters a-z: what the word prefilter
    reads. An ASCII value (nearly all) takes one ``bytes.translate`` in C, where the
    regex substitution pays for each run of punctuation, and a class list has many."""
    if value.isascii():
        return value.encode().translate(_ASCII_LOWER, _ASCII_NOT_LETTERS).decode()
    return _NOT_LETTERS.sub("", value.lower())


def match_value(
    attribute: str,
    value: str,
    compiled: CompiledRules,
    name_memo: dict[str, tuple[Rule, ...]],
    prefilter: re.Pattern[str] | None = None,
) -> tuple[Rule, ...]:
    found: tuple[Rule, ...] = ()
    if attribute in compiled.word_attributes and (
        prefilter is None or prefilter.search(_letters(value)) is not None
    ):
        names = value.split()
        for name in names:
            by_name = name_memo.get(name)
            if by_name is None:
                by_name = name_memo[name] = _match_name(attribute, name, compiled)
            if by_name:
                found = found + by_name if found else by_name
    attr_rules = compiled.attr_rules.get(attribute)
    if attr_rules:
        normal = value.strip().lower()
        found += tuple(
            rule
            for rule in attr_rules
            if rule.match.values is None  # type: ignore[union-attr]
            or normal in rule.match.values  # type: ignore[union-attr]
        )
    gate_names = compiled.gate_names.get(attribute)
    if gate_names is not None:
        for rule, gate in gate_names:
            if gate.names(value):
                found += (rule,)
    pattern_rules = compiled.pattern_rules.get(attribute)
    if pattern_rules:
        whole = compiled.pattern_names.get(attribute)
        if whole is not None and value.isascii():
            may_match = not whole.isdisjoint(value.lower().split())
        else:
            prefilter = compiled.pattern_prefilters.get(attribute)
            may_match = prefilter is None or prefilter.search(value) is not None
        if may_match:
            found += tuple(
                rule
                for rule in pattern_rules
                if rule.match.regex.search(value) is not None  # type: ignore[union-attr]
            )
    if len(found) > 1:
        found = tuple({rule.name: rule for rule in found}.values())
    return found


def _match_name(attribute: str, name: str, compiled: CompiledRules) -> tuple[Rule, ...]:
    tokens = name_tokens(name)
    words = compiled.word_index.get(attribute)
    endings = compiled.ending_index.get(attribute)
    if len(tokens) == 1:  # the common case, without building phrase lists
        token = tokens[0]
        found = words.get(token, ()) if words else ()
        if endings:
            found += endings.get(token, ())
        return found
    starts = compiled.word_starts.get(attribute)
    if starts is None or starts.isdisjoint(tokens):
        return ()  # no listed word begins with any of its words (a set test in C)
    phrases, ends = phrases_and_endings(tokens)
    fired: list[Rule] = []
    if words:
        for phrase in words.keys() & phrases:  # the set operation runs in C
            fired.extend(words[phrase])
    if endings:
        for phrase in endings.keys() & ends:
            fired.extend(endings[phrase])
    if len(fired) > 1:  # set order varies between runs: keep the registry's order
        order = compiled.order
        fired.sort(key=lambda rule: order[rule.name])
    return tuple(fired)
