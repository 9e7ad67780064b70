"""explain() names the rule that decided on each standfirst the engine found by its place
or shape, as it names the rules of the rule set marking one: the standfirst block (or,
for prose too long for one, the body container it joined as the story's opening) has
the rule's hit on itself. The pages are the fixtures of those rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import explain

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    ("fixture", "rule", "decision"),
    [
        ("class-hidden-story-notice", "headline-gap", "standfirst"),
        ("class-header-standfirst", "header-standfirst", "standfirst"),
        ("class-described-standfirst-box", "described-standfirst", "standfirst"),
        ("class-standfirst-far-deck", "headline-deck", "standfirst"),
        ("class-deck-under-header", "deck-under-header", "standfirst"),
        ("class-described-caption", "described-caption", "standfirst"),
        ("class-opening-prose", "opening-prose", "body container"),
    ],
)
def test_a_standfirst_found_by_its_shape_names_its_rule(
    fixture: str, rule: str, decision: str
) -> None:
    folder = FIXTURES / fixture
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec.get("url"))
    decided = [block for block in explanation.blocks if block.decision == decision]
    named = [
        block for block in decided if any(h.rule == rule and h.on == "self" for h in block.rules)
    ]
    assert named, f"no {decision} block names {rule}"
