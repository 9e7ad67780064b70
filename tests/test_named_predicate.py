"""A Predicate rule with a NamedPredicate is run by the rules walk, not by a pass of its
own: it must find what the pass would, in the same order, inside drops too."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import html

from newsclean.rules.compiled import CompiledRules
from newsclean.rules.matchers import Predicate, Words
from newsclean.rules.model import Effect, Rule
from newsclean.rules.named_predicate import NamedPredicate
from newsclean.rules.walk import Decisions, apply_rules


def _has_siblings(element: Any) -> bool:
    return element.getprevious() is not None and element.getnext() is not None


GATED = Rule(
    "gated", Predicate(NamedPredicate(("slideshow", "gallery"), _has_siblings), "div ul"), "drop"
)
PAGE = (
    "<body><p>a</p><div class='c-PhotoGallery'><p>x</p><ul id='SlideShow'><li>y</li></ul>"
    "<p>z</p></div><p>b</p><div class='promo'><p>c</p><div id='gallery1'></div><p>d</p></div>"
    "<div class='promo'><span class='gallery'>no tag</span></div></body>"
)


def _drops(rules: list[Rule]) -> list[tuple[str, str]]:
    body = html.fromstring(PAGE)
    decisions = apply_rules(body, CompiledRules.build(rules), Decisions())
    return [(el.get("class") or el.get("id"), rule.name) for el, rule in decisions.drops]


def test_the_walk_finds_what_a_pass_of_the_predicate_finds() -> None:
    body = html.fromstring(PAGE)
    assert isinstance(GATED.match, Predicate)
    passed = [el.get("class") or el.get("id") for el in GATED.match.select(body)]
    assert passed == ["c-PhotoGallery", "SlideShow", "gallery1"]
    promo = Rule("promo", Words("promo"), Effect.DROP)
    # before the walk's drops (as a selector rule's), each once, inside drops too
    assert _drops([promo, GATED]) == [
        ("c-PhotoGallery", "gated"),
        ("SlideShow", "gated"),
        ("gallery1", "gated"),
        ("promo", "promo"),
        ("promo", "promo"),
    ]


def test_name_words_are_lowercase() -> None:
    with pytest.raises(ValueError, match="lowercase"):
        NamedPredicate(("Gallery",), _has_siblings)
