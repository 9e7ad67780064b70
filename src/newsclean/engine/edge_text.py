"""How the edge rules read a block's text: collapsed, lower case, straight apostrophes;
which of a tag's rules matches it first; how much indentation a block may carry (the
longest text a tag's rules read is :func:`.rules.compiled.longest_by_tag`'s)."""

from __future__ import annotations

from collections.abc import Sequence

from ..dom.text import collapse_space
from ..rules.model import Rule
from ..rules.plain_twin import is_plain

#: How much whitespace around a block's text is read as the markup's indentation: a
#: block longer than its rules' longest by more than this is not read at all.
PADDING = 400


def first_matching(raw: str, rules: Sequence[Rule], longest: int) -> Rule | None:
    """The first of ``rules`` matching a block's whole text ``raw``, when it is at most
    ``longest`` characters without the whitespace around it (a line on its own in
    indented markup carries the indentation: "\\n      View comments (27)\\n   ")."""
    return first_of(normal_text(raw), rules) if within(raw, longest) else None


def within(raw: str, longest: int) -> bool:
    """Whether a block's text ``raw`` is at most ``longest`` characters without the
    whitespace around it (:func:`first_matching` reads it only then)."""
    return len(raw) <= longest or (len(raw) <= longest + PADDING and len(raw.strip()) <= longest)


def first_of(text: str, rules: Sequence[Rule]) -> Rule | None:
    """The first of ``rules`` matching ``text`` (:func:`normal_text`), whether it is
    plain (:func:`~newsclean.rules.plain_twin.is_plain`) told once for them all."""
    if text:
        plain = is_plain(text)
        for rule in rules:
            if rule.text_match.matches_text(text, plain):
                return rule
    return None


def normal_text(text: str) -> str:
    """``text`` as the edge rules read it: whitespace collapsed, lower case, straight
    apostrophes."""
    return collapse_space(text).lower().replace("’", "'")
