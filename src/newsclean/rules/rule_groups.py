"""A rule list sorted by what each rule looks at (tag, word, attribute value, text,
selector): the first step of :meth:`.compiled.CompiledRules.build`. How a rule is
told apart by its matcher goes here; the indexes built from the groups go in
:mod:`.compiled` and :mod:`.name_index`."""

from __future__ import annotations

from collections import defaultdict

import attrs

from .matchers import Attr, Pattern, Tags, Text, Words
from .model import METADATA_EFFECTS, Effect, Rule


def _rules_by_key() -> defaultdict[str, list[Rule]]:
    return defaultdict(list)


def _index_by_key() -> defaultdict[str, defaultdict[str, list[Rule]]]:
    return defaultdict(_rules_by_key)


@attrs.define
class Groups:
    """A rule list sorted by what each rule looks at: the first step of an index."""

    selectors: list[Rule] = attrs.field(factory=list)
    metadata: list[Rule] = attrs.field(factory=list)
    tags: defaultdict[str, list[Rule]] = attrs.field(factory=_rules_by_key)
    #: attribute -> word -> rules (and the same for words that must end a name)
    words: defaultdict[str, defaultdict[str, list[Rule]]] = attrs.field(factory=_index_by_key)
    endings: defaultdict[str, defaultdict[str, list[Rule]]] = attrs.field(factory=_index_by_key)
    #: attribute -> Pattern and Attr rules reading it
    values: defaultdict[str, list[Rule]] = attrs.field(factory=_rules_by_key)
    leaf_text: list[Rule] = attrs.field(factory=list)
    tagged_text: defaultdict[str, list[Rule]] = attrs.field(factory=_rules_by_key)
    edge_text: defaultdict[str, list[Rule]] = attrs.field(factory=_rules_by_key)

    @classmethod
    def of(cls, rules: list[Rule]) -> Groups:
        groups = cls()
        for rule in rules:
            match = rule.match
            if isinstance(match, Words):
                index = groups.endings if match.at_end else groups.words
                for attribute in match.attributes:
                    for word in match.words:
                        index[attribute][word].append(rule)
            elif isinstance(match, Pattern):
                for attribute in match.attributes:
                    groups.values[attribute].append(rule)
            elif isinstance(match, Attr):
                groups.values[match.name].append(rule)
            elif isinstance(match, Tags):
                for name in match.names:
                    groups.tags[name].append(rule)
            elif isinstance(match, Text):
                if match.tags is None:
                    groups.leaf_text.append(rule)
                else:
                    by_tag = groups.edge_text if match.at_edges else groups.tagged_text
                    for name in match.tags:
                        by_tag[name].append(rule)
            elif rule.effect in METADATA_EFFECTS:
                groups.metadata.append(rule)
            else:
                groups.selectors.append(rule)
        return groups

    def tag_drops(self) -> tuple[str, ...]:
        """Tags that DROP rules remove up front."""
        return tuple(
            sorted(
                name
                for name, by_name in self.tags.items()
                if any(r.effect is Effect.DROP for r in by_name)
            )
        )

    def tag_walk_rules(self) -> dict[str, tuple[Rule, ...]]:
        """Tag -> the tag rules other than DROP (recorded during the walk)."""
        return {
            t: kept
            for t, rs in self.tags.items()
            if (kept := tuple(r for r in rs if r.effect is not Effect.DROP))
        }

    def leaf_phrases(self) -> frozenset[str]:
        """Every phrase a childless-element text rule accepts."""
        phrases: set[str] = set()
        for rule in self.leaf_text:
            assert isinstance(rule.match, Text)
            if rule.match.prefixes:
                raise ValueError(
                    f"rule {rule.name!r}: prefix text rules need tags= to say where to look"
                )
            phrases.update(rule.match.phrases)
        return frozenset(phrases)

    def value_rules_of(self, kind: type[Attr] | type[Pattern]) -> dict[str, tuple[Rule, ...]]:
        """Attribute -> the value rules of one matcher kind reading it."""
        return {
            a: tuple(r for r in rs if isinstance(r.match, kind))
            for a, rs in self.values.items()
            if any(isinstance(r.match, kind) for r in rs)
        }
