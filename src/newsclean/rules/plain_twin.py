"""The regex analysis behind the text rules' quick check: whether a text is "plain"
(:func:`is_plain`) and a pattern's case-sensitive twin (:func:`twin`) that matches such
a text as the pattern does, about twice as fast. What reads a pattern's source or parse
to decide that belongs here; the matchers that use it are in :mod:`.matchers`.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from collections.abc import Iterator
from typing import Any

#: the characters of a "plain" text, for which a pattern may run case-sensitively: the
#: lowercase letters (ASCII, Latin-1, Cyrillic), digits, symbols and punctuation most
#: lowercased lines are made of
_PLAIN_RANGES = "\x00-@\\[-\xbf\xd7\xdf-\xff\u0430-\u045f\u2010-\u205e"
_PLAIN_TEXT = re.compile(f"[{_PLAIN_RANGES}]*")
#: every plain character, in code point order (and their code points)
_PLAIN = "".join(re.findall(f"[{_PLAIN_RANGES}]", "".join(map(chr, range(0x2060)))))
_PLAIN_CODES = [ord(char) for char in _PLAIN]


def is_plain(text: str) -> bool:
    """True when ``text`` (lowercased, as text rules read it: the ASCII shortcut admits
    A-Z) holds only the characters a :func:`twin` is made for."""
    return text.isascii() or _PLAIN_TEXT.fullmatch(text) is not None


@functools.lru_cache(maxsize=256)  # rules sharing a pattern (body and edge) share its twin
def twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled without IGNORECASE when it then matches every lowercased
    plain text (:func:`is_plain`) as before, else ``pattern`` itself: case-sensitive
    matching is about twice as fast.

    Case matters only for the characters a pattern names (literals, class members and
    ranges; a back reference compares such a text alike either way). The twin is made
    when each of them accepts the same plain characters with and without IGNORECASE,
    which "A" (accepting "a" only when ignoring case), a range over A-Z ("[0-_]") or a
    character folding to a plain one ("ſ" accepting "s") would not.
    """
    if not pattern.flags & re.IGNORECASE:
        return pattern
    spans = _source_spans(pattern)
    if spans is None or not all(_folds_alike(*span) for span in spans):
        parsed = _RE_PARSER.parse(pattern.pattern, pattern.flags)  # the parse decides
        spans = set(_named_characters(parsed))
    if all(_folds_alike(*span) for span in spans):
        return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return pattern


#: an escaped character, a character class (its members) and a member of one, and a
#: verbose flag (whose comments may hold anything)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_CLASS = re.compile(r"\\.|\[\^?(\]?(?:\\.|[^\\\]])*)\]", re.DOTALL)
_MEMBER = re.compile(r"\\.|[^\\]", re.DOTALL)
_VERBOSE = re.compile(r"\(\?[aiLmsux-]*x")
#: the escapes naming a control character
_CONTROLS = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}


def _source_spans(pattern: re.Pattern[str]) -> set[tuple[int, int]] | None:
    """(first, last) code points of every character and range ``pattern`` names, and
    maybe more, read from its source (None for one naming a character by its code or
    verbose): the parse of :func:`twin`, which a fresh process paid for each text rule,
    is then needed only when one of them folds otherwise.

    Every character of the source counts, syntax too, and in a class each "x-y", even
    where the parser takes the hyphen as a character.
    """
    source = pattern.pattern
    if not isinstance(source, str) or pattern.flags & re.VERBOSE or _VERBOSE.search(source):
        return None
    spans = {(ord(char), ord(char)) for char in set(_ESCAPE.sub("", source))}
    for escaped in set(_ESCAPE.findall(source)):
        if escaped in "0123456789xuUN":
            return None
        if escaped in _CONTROLS:
            spans.add((_CONTROLS[escaped], _CONTROLS[escaped]))
        elif not escaped.isalpha():  # a letter's other escapes are classes and anchors
            spans.add((ord(escaped), ord(escaped)))
    for members in filter(None, _CLASS.findall(source)):
        items = _MEMBER.findall(members)
        for at in range(len(items) - 2):
            first, last = _member_code(items[at]), _member_code(items[at + 2])
            if items[at + 1] == "-" and first is not None and last is not None and first <= last:
                spans.add((first, last))
    return spans


def _member_code(item: str) -> int | None:
    """The code point a class member names (None for a class such as ``\\w``)."""
    if len(item) == 1:
        return ord(item)
    escaped = item[1]
    if escaped in _CONTROLS:
        return _CONTROLS[escaped]
    return None if escaped.isalnum() else ord(escaped)


@functools.cache
def _folds_alike(first: int, last: int) -> bool:
    """True when the characters ``first`` to ``last`` accept the same plain characters
    with IGNORECASE as without."""
    member = re.compile(f"[{re.escape(chr(first))}-{re.escape(chr(last))}]", re.IGNORECASE)
    inside = _PLAIN[
        bisect.bisect_left(_PLAIN_CODES, first) : bisect.bisect_right(_PLAIN_CODES, last)
    ]
    return "".join(member.findall(_PLAIN)) == inside


#: the standard library's regex parser (private, but stable since Python 3.11): the
#: parse tree says which characters a pattern names, which its source text hides
#: behind escapes and ranges
_RE_PARSER: Any = importlib.import_module("re._parser")


def _named_characters(parsed: Any) -> Iterator[tuple[int, int]]:
    """(first, last) code point of each character and range in a parsed pattern."""
    constants = _RE_PARSER
    for op, value in parsed:
        if op in (constants.LITERAL, constants.NOT_LITERAL):
            yield value, value
        elif op is constants.IN:
            for item_op, item in value:
                if item_op is constants.LITERAL:
                    yield item, item
                elif item_op is constants.RANGE:
                    yield item
        else:  # groups, repeats, branches and assertions: the subpatterns they hold
            for part in value if isinstance(value, tuple | list) else (value,):
                for inner in part if isinstance(part, list) else (part,):
                    if isinstance(inner, constants.SubPattern):
                        yield from _named_characters(inner)
