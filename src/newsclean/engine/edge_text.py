"""How the edge rules read a block's text: collapsed, lower case, straight apostrophes;
which of a tag's rules matches it first; how much indentation a block may carry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..dom.text import collapse_space
from ..rules.model import Rule

#: How much longer than a heading rule's ``max_length`` a block's raw text may be and
#: still be read as that heading (its whitespace collapses when it is normalised).
_RAW_SLACK = 2

#: How much whitespace around a block's text is read as the markup's indentation: a
#: block longer than its rules' longest by more than this is not read at all.
PADDING = 400


def longest_by_tag(by_tag: Mapping[str, Sequence[Rule]]) -> dict[str, int]:
    """Tag -> the longest raw text any of its rules may match (``_RAW_SLACK`` times the
    longest ``max_length``): a longer block is not read."""
    return {
        tag: _RAW_SLACK * max((rule.text_match.max_length for rule in rules), default=0)
        for tag, rules in by_tag.items()
    }


def first_matching(raw: str, rules: Sequence[Rule], longest: int) -> Rule | None:
    """The first of ``rules`` matching a block's whole text ``raw``, when it is at most
    ``longest`` characters without the whitespace around it (a line on its own in
    indented markup carries the indentation: "\\n      View comments (27)\\n   ")."""
    if len(raw) > longest and (len(raw) > longest + PADDING or len(raw.strip()) > longest):
        return None
    text = normal_text(raw)
    return next((rule for rule in rules if text and rule.text_match.matches_text(text)), None)


def normal_text(text: str) -> str:
    """``text`` as the edge rules read it: whitespace collapsed, lower case, straight
    apostrophes."""
    return collapse_space(text).lower().replace("’", "'")
