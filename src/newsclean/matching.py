"""Apply a rule set to a tree in one pass and collect what each rule decided.

Tag, attribute, word, pattern and text rules share a single walk over the
elements: per element a dict lookup on the tag, one ``items()`` call for the
attributes, and a text check on short childless elements. Each distinct
attribute value is split into words once per page and the words looked up in
one dict mapping a word to the rules that list it. CSS and XPath rules run as
compiled XPath in lxml's C code; predicates get the elements of their tags.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import attrs

from .rules import (
    Attr,
    Css,
    Effect,
    Pattern,
    Predicate,
    Rule,
    Tags,
    Text,
    Words,
    XPath,
    name_phrases,
)
from .scoring import text_of

HtmlElement = Any


@attrs.define
class Decisions:
    """What the rules said about a page, element by element."""

    drops: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    body: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    scores: dict[HtmlElement, float] = attrs.field(factory=dict)

    def record(self, element: HtmlElement, rule: Rule) -> None:
        """Note that ``rule`` fired on ``element``."""
        if rule.effect is Effect.DROP:
            self.drops.append((element, rule))
        elif rule.effect is Effect.BODY:
            self.body.append((element, rule))
        else:
            self.scores[element] = self.scores.get(element, 0.0) + rule.weight


@attrs.frozen
class CompiledRules:
    """A rule list arranged for a single walk over the tree."""

    rules: tuple[Rule, ...]
    selector_rules: tuple[Rule, ...]
    tag_index: dict[str, tuple[Rule, ...]]
    #: attribute name -> word -> rules listing that word
    word_index: dict[str, dict[str, tuple[Rule, ...]]]
    #: attribute name -> pattern and Attr rules reading it
    value_rules: dict[str, tuple[Rule, ...]]
    leaf_text_rules: tuple[Rule, ...]
    tagged_text_rules: dict[str, tuple[Rule, ...]]
    #: tags removed up front by strong DROP rules
    strong_tag_drops: tuple[str, ...] = ()
    watched_attributes: frozenset[str] = frozenset()
    #: every phrase a childless-element text rule accepts (prefix rules go per tag)
    leaf_phrases: frozenset[str] = frozenset()

    @classmethod
    def build(cls, rules: list[Rule]) -> CompiledRules:
        """Index ``rules`` by what they look at."""
        selector_rules = []
        tags: dict[str, list[Rule]] = defaultdict(list)
        words: dict[str, dict[str, list[Rule]]] = defaultdict(lambda: defaultdict(list))
        values: dict[str, list[Rule]] = defaultdict(list)
        leaf_text = []
        tagged_text: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            match = rule.match
            if isinstance(match, Words):
                for attribute in match.attributes:
                    for word in match.words:
                        words[attribute][word].append(rule)
            elif isinstance(match, Pattern):
                for attribute in match.attributes:
                    values[attribute].append(rule)
            elif isinstance(match, Attr):
                values[match.name].append(rule)
            elif isinstance(match, Tags):
                for name in match.names:
                    tags[name].append(rule)
            elif isinstance(match, Text):
                if match.tags is None:
                    leaf_text.append(rule)
                else:
                    for name in match.tags:
                        tagged_text[name].append(rule)
            else:
                selector_rules.append(rule)
        strong_tags = tuple(
            sorted(
                name
                for name, by_name in tags.items()
                if any(r.effect is Effect.DROP and r.strong for r in by_name)
            )
        )
        leaf_phrases: set[str] = set()
        for rule in leaf_text:
            assert isinstance(rule.match, Text)
            if rule.match.prefixes:
                raise ValueError(
                    f"rule {rule.name!r}: prefix text rules need tags= to say where to look"
                )
            leaf_phrases.update(rule.match.phrases)
        return cls(
            tuple(rules),
            tuple(selector_rules),
            {t: tuple(r) for t, r in tags.items()},
            {a: {w: tuple(r) for w, r in index.items()} for a, index in words.items()},
            {a: tuple(r) for a, r in values.items()},
            tuple(leaf_text),
            {t: tuple(r) for t, r in tagged_text.items()},
            strong_tags,
            frozenset(words) | frozenset(values),
            frozenset(leaf_phrases),
        )


def apply_rules(body: HtmlElement, compiled: CompiledRules) -> Decisions:
    """Run every rule over ``body``'s descendants and return the decisions.

    Strong tag rules go first and remove their elements at once (in C), so
    that the walk does not visit menus and footers it would discard anyway.
    """
    decisions = Decisions()
    if compiled.strong_tag_drops:
        doomed = [el for el in body.iter(*compiled.strong_tag_drops) if el is not body]
        for element in doomed:
            for rule in compiled.tag_index[element.tag]:
                decisions.record(element, rule)
        _strip(body, compiled.strong_tag_drops)
    for rule in compiled.selector_rules:
        match = rule.match
        assert isinstance(match, Css | XPath | Predicate)
        for element in match.select(body):
            if element is not body:
                decisions.record(element, rule)
    _walk(body, compiled, decisions)
    return decisions


def _strip(body: HtmlElement, tags: tuple[str, ...]) -> None:
    from lxml import etree

    keep_tail = [el for el in body.iter(*tags) if el is not body and el.tail and el.tail.strip()]
    for element in keep_tail:  # strip_elements would drop the tail text with the element
        previous = element.getprevious()
        parent = element.getparent()
        if parent is None:
            continue
        if previous is not None:
            previous.tail = (previous.tail or "") + (element.tail or "")
        else:
            parent.text = (parent.text or "") + (element.tail or "")
        element.tail = None
    etree.strip_elements(body, *tags, with_tail=False)


def _walk(body: HtmlElement, compiled: CompiledRules, decisions: Decisions) -> None:
    record = decisions.record
    tag_index = compiled.tag_index
    word_index = compiled.word_index
    value_rules = compiled.value_rules
    watched = compiled.watched_attributes
    leaf_phrases = compiled.leaf_phrases
    tagged_text_rules = compiled.tagged_text_rules
    memo: dict[tuple[str, str], tuple[Rule, ...]] = {}
    for element in body.iter():
        tag = element.tag
        if not isinstance(tag, str) or element is body:
            continue
        by_tag = tag_index.get(tag)
        if by_tag:
            for rule in by_tag:
                record(element, rule)
        for attribute, value in element.items():
            if attribute not in watched:
                continue
            key = (attribute, value)
            fired = memo.get(key)
            if fired is None:
                fired = memo[key] = _match_value(attribute, value, word_index, value_rules)
            for rule in fired:
                match = rule.match
                if isinstance(match, Words | Pattern) and match.tags is not None:
                    if tag not in match.tags:
                        continue
                record(element, rule)
        text = element.text
        if text and leaf_phrases and len(text) < 60:
            normal = " ".join(text.split()).lower()
            if normal in leaf_phrases and len(element) == 0:
                _match_text(element, normal, compiled.leaf_text_rules, record)
        by_text = tagged_text_rules.get(tag)
        if by_text:
            full = text if len(element) == 0 else text_of(element)
            if full and len(full) < 200:
                _match_text(element, " ".join(full.split()).lower(), by_text, record)


def _match_text(element: HtmlElement, normal: str, rules: tuple[Rule, ...], record: Any) -> None:
    for rule in rules:
        match = rule.match
        assert isinstance(match, Text)
        if len(normal) <= match.max_length and match.matches_text(normal):
            record(element, rule)


def _match_value(
    attribute: str,
    value: str,
    word_index: dict[str, dict[str, tuple[Rule, ...]]],
    value_rules: dict[str, tuple[Rule, ...]],
) -> tuple[Rule, ...]:
    fired: dict[str, Rule] = {}
    index = word_index.get(attribute)
    if index:
        for phrase in name_phrases(value):
            found = index.get(phrase)
            if found:
                for rule in found:
                    fired.setdefault(rule.name, rule)
    for rule in value_rules.get(attribute, ()):
        if rule.name in fired:
            continue
        match = rule.match
        if isinstance(match, Attr):
            if match.values is None or value.strip().lower() in match.values:
                fired[rule.name] = rule
        else:
            assert isinstance(match, Pattern)
            if match.regex.search(value) is not None:
                fired[rule.name] = rule
    return tuple(fired.values())
