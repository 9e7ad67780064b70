"""How the edge rules read a block's text: collapsed, lower case, straight apostrophes;
which of a tag's rules matches it first; how much indentation a block may carry (the
longest text a tag's rules read is :func:`.rules.compiled.longest_by_tag`'s)."""

from __future__ import annotations

from collections.abc import Sequence

from ..dom.text import collapse_space
from ..rules.model import Rule

#: How much whitespace around a block's text is read as the markup's indentation: a
#: block longer than its rules' longest by more than this is not read at all.
PADDING = 400


def first_matching(raw: str, rules: Sequence[Rule], longest: int) -> Rule | None:
    """The first of ``rules`` matching a block's whole text ``raw``, when it is at most
    ``longest`` characters without the whitespace around it (a line on its own in
    indented markup carries the indentation: "\\n      View comments (27)\\n   ")."""
    if len(raw) > longest and (len(raw) > longest + PADDING or len(raw.strip()) > longest):
        return None
    text = normal_text(raw)
    if text:
        for rule in rules:
            if rule.text_match.matches_text(text):
                return rule
    return None


def normal_text(text: str) -> str:
    """``text`` as the edge rules read it: whitespace collapsed, lower case, straight
    apostrophes."""
    return collapse_space(text).lower().replace("’", "'")
