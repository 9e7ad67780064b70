"""A rule list indexed for one walk over the tree: by tag, by word, by attribute.

Tag, attribute, word, pattern and text rules share a single walk (see
:mod:`newsclean.rules.walk`); this module builds the indexes that walk looks
rules up in, once per rule configuration. The indexes themselves go here
(:class:`CompiledRules` and how it is built); the pieces it is built from have
modules of their own: :mod:`.rule_groups` (rules sorted by what they read),
:mod:`.quick_check` (the text rules' check), :mod:`.name_index` (the value and
name indexes) and :mod:`.named_predicate` (predicates the walk runs by name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from ..dom.text import RAW_SLACK
from .matchers import Attr, Css, Pattern, Predicate, Tags, Words, XPath
from .model import Effect, Role, Rule
from .name_index import letters_regex, pattern_name_sets, value_prefilters, word_start_sets
from .named_predicate import NamedPredicate
from .quick_check import TextQuickCheck, quick_checks
from .rule_groups import Groups

HtmlElement = Any

#: Inline elements (and images, which hold no text) whose attributes the walk does
#: not read: their container carries the same signal, and skipping them halves the
#: walk. Selector rules (Css, XPath, Predicate, Nearby) still see them.
INLINE_TAGS = frozenset(
    (
        *("a", "b", "i", "em", "strong", "u", "s", "sup", "sub", "abbr", "wbr", "br", "hr"),
        *("code", "cite", "q", "mark", "dfn", "tt", "kbd", "var", "bdi", "bdo", "time", "data"),
        *("img", "picture", "source"),
    )
)


def _gate(rule: Rule) -> tuple[NamedPredicate, frozenset[str]] | None:
    """The rule's :class:`NamedPredicate` and tags, when the walk can run it in place
    of a pass (a DROP rule on tags the walk reads)."""
    match = rule.match
    if not isinstance(match, Predicate) or rule.effect is not Effect.DROP:
        return None
    function, tags = match.function, frozenset(match.tags)
    if not isinstance(function, NamedPredicate) or not tags or tags & INLINE_TAGS:
        return None
    return function, tags


@attrs.frozen
class CompiledRules:
    """A rule list arranged for a single walk over the tree."""

    rules: tuple[Rule, ...]
    selector_rules: tuple[Rule, ...]
    tag_index: dict[str, tuple[Rule, ...]]
    #: attribute name -> word -> rules listing that word
    word_index: dict[str, dict[str, tuple[Rule, ...]]]
    #: the same for words that must end a name
    ending_index: dict[str, dict[str, tuple[Rule, ...]]]
    #: attribute name -> pattern and Attr rules reading it
    value_rules: dict[str, tuple[Rule, ...]]
    leaf_text_rules: tuple[Rule, ...]
    tagged_text_rules: dict[str, tuple[Rule, ...]]
    #: tag -> the longest text (``max_length``) any of its ``tagged_text_rules`` reads
    text_longest: dict[str, int] = attrs.field(factory=dict)
    #: (tag, a length) -> the quick check of its text rules reading texts longer than
    #: that (:meth:`long_text_check`), built on first use
    long_text_checks: dict[tuple[str, int], TextQuickCheck] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    #: the tags some strong rule of ``tagged_text_rules`` reads
    strong_text_tags: frozenset[str] = frozenset()
    #: tag -> the text rules looking only at the body's opening and closing blocks
    edge_text_rules: dict[str, tuple[Rule, ...]] = attrs.field(factory=dict)
    #: tag -> what the edge text rules for that tag could match
    edge_quick_checks: dict[str, TextQuickCheck] = attrs.field(factory=dict)
    #: tag -> those of them whose heading ends the article (``Role.ENDING``)
    ending_rules: dict[str, tuple[Rule, ...]] = attrs.field(factory=dict)
    #: tag -> those whose heading opens a short closing section (``Role.CLOSING``), for
    #: every tag of ``edge_text_rules`` (none for some)
    closing_rules: dict[str, tuple[Rule, ...]] = attrs.field(factory=dict)
    #: tag -> the longest raw text its ``closing_rules`` read (:func:`longest_by_tag`)
    closing_longest: dict[str, int] = attrs.field(factory=dict)
    #: tag -> the longest raw text its ``ending_rules`` read (:func:`longest_by_tag`)
    ending_longest: dict[str, int] = attrs.field(factory=dict)
    #: tags that DROP rules remove up front, before the walk
    tag_drops: tuple[str, ...] = ()
    #: the names of the rules switched off for the page: the engine's own rules
    #: (``page-address``, ``author-note``, ``closing-headings``, ``comment-threads``,
    #: ``teaser-streams``, ``counted-slides``) ask :meth:`runs`, having no place in the walk
    switched_off: frozenset[str] = frozenset()
    watched_attributes: frozenset[str] = frozenset()
    word_attributes: frozenset[str] = frozenset()
    #: tag -> what the body text rules for that tag could match
    text_quick_checks: dict[str, TextQuickCheck] = attrs.field(factory=dict)
    #: tag -> the non-DROP tag rules recorded during the walk
    tag_walk_rules: dict[str, tuple[Rule, ...]] = attrs.field(factory=dict)
    #: attribute -> Attr rules reading it
    attr_rules: dict[str, tuple[Rule, ...]] = attrs.field(factory=dict)
    #: attribute -> Pattern rules reading it
    pattern_rules: dict[str, tuple[Rule, ...]] = attrs.field(factory=dict)
    #: attribute -> one regex that matches wherever any of its Pattern rules may
    pattern_prefilters: dict[str, re.Pattern[str]] = attrs.field(factory=dict)
    #: attribute -> the names its Pattern rules match, when each rule matches whole
    #: names only (see :func:`.name_index.whole_names`): an ASCII value none of whose names
    #: (lowercased) is one of them matches no rule
    pattern_names: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: rule name -> the only tags a Words/Pattern rule may fire on
    tag_limits: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: rule name -> tags a Words rule never fires on
    tag_skips: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: every phrase a childless-element text rule accepts (prefix rules go per tag)
    leaf_phrases: frozenset[str] = frozenset()
    #: attribute -> every beginning of a word listed for it (in ``word_index`` or
    #: ``ending_index``): a phrase of a name's words that is listed opens with a word of
    #: the name that is one of these, so a name none of whose words is needs no phrases
    word_starts: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: a regex over a value's letters that must hit before its words are looked up
    word_prefilter: re.Pattern[str] | None = None
    #: the BODY rules of the walk, for the elements it leaves unexamined
    body_walk_rules: CompiledRules | None = None
    #: rule name -> its position in the registry, to report matches in a stable order
    order: dict[str, int] = attrs.field(factory=dict)
    #: selector rules that set the title, authors or date (read before cleaning)
    metadata_rules: tuple[Rule, ...] = ()
    #: rule name -> the second step of a DROP rule's :class:`NamedPredicate`, which the
    #: walk runs (the rule stays among the selector rules, to say where its drops go)
    gates: dict[str, Callable[[HtmlElement], bool]] = attrs.field(factory=dict)
    #: whether a strong HIDDEN rule is among the rules, the only kind an inline element's
    #: style may fire (see ``Walker.hidden_inline``): the walk inside drops has none
    inline_hidden: bool = False
    #: attribute -> (rule, its predicate) for those rules, whose names the walk reads
    gate_names: dict[str, tuple[tuple[Rule, NamedPredicate], ...]] = attrs.field(factory=dict)
    #: whether an XPath rule calls ``id()``: the page is then parsed with the index of
    #: ``id`` values that function reads (``parse.parse``'s ``ids``), else without it
    reads_ids: bool = False

    def runs(self, rule: Rule) -> bool:
        """True unless ``rule`` is switched off for the page: how the engine's own rules,
        which have no place in the walk, learn that a user disabled them."""
        return rule.name not in self.switched_off

    def long_text_check(self, tag: str, shortest: int) -> TextQuickCheck:
        """The quick check of ``tag``'s body text rules reading texts longer than
        ``shortest`` (the few whose own ``max_length`` is): a long text is tried with
        those alone, not looped over every rule of its tag when a common keyword of
        theirs ("earn", "inhalt") lets it past the check."""
        check = self.long_text_checks.get((tag, shortest))
        if check is None:
            longer = (
                r for r in self.tagged_text_rules.get(tag, ()) if r.text_match.max_length > shortest
            )
            check = self.long_text_checks[tag, shortest] = TextQuickCheck.build(longer)
        return check

    def metadata_selectors(self) -> list[tuple[str, Callable[[HtmlElement], list[HtmlElement]]]]:
        """The title, author and date rules as (kind, selector) pairs, in rule order."""
        selectors: list[tuple[str, Callable[[HtmlElement], list[HtmlElement]]]] = []
        for rule in self.metadata_rules:
            assert isinstance(rule.match, Css | XPath)
            selectors.append((rule.effect.value, rule.match.select))
        return selectors

    @classmethod
    def build(
        cls,
        rules: list[Rule],
        *,
        prefilter: bool = False,
        switched_off: frozenset[str] = frozenset(),
    ) -> CompiledRules:
        """Index ``rules`` by what they look at. ``prefilter``: add a regex of all listed
        words a value's letters must hold (cheap for a few rare words, a loss for many).
        ``switched_off``: the page's disabled names (the engine's own rules of those too)."""
        groups = Groups.of(rules)
        checks: dict[tuple[Rule, ...], TextQuickCheck] = {}
        words, endings, values = groups.words, groups.endings, groups.values
        all_words = {w for rule in rules if isinstance(rule.match, Words) for w in rule.match.words}
        gated = [(rule, *found) for rule in groups.selectors if (found := _gate(rule)) is not None]
        gate_names = _gate_names(gated)
        body_walk = _body_walk(rules, groups, gated)
        ending = {t: r for t, r in _of_role(groups, Role.ENDING).items() if r}
        closing = _of_role(groups, Role.CLOSING)
        return cls(
            order={rule.name: position for position, rule in enumerate(rules)},
            metadata_rules=tuple(groups.metadata),
            word_prefilter=letters_regex(all_words) if prefilter else None,
            body_walk_rules=cls.build(body_walk, prefilter=True)
            if body_walk and not prefilter
            else None,
            rules=tuple(rules),
            selector_rules=tuple(groups.selectors),
            tag_index={t: tuple(r) for t, r in groups.tags.items()},
            word_index={a: {w: tuple(r) for w, r in ix.items()} for a, ix in words.items()},
            ending_index={a: {w: tuple(r) for w, r in ix.items()} for a, ix in endings.items()},
            value_rules={a: tuple(r) for a, r in values.items()},
            leaf_text_rules=tuple(groups.leaf_text),
            tagged_text_rules={t: tuple(r) for t, r in groups.tagged_text.items()},
            text_longest=longest_by_tag(groups.tagged_text, slack=1),
            strong_text_tags=_strong_tags(groups),
            edge_text_rules={t: tuple(r) for t, r in groups.edge_text.items()},
            edge_quick_checks=quick_checks(groups.edge_text, checks),
            ending_rules=ending,
            ending_longest=longest_by_tag(ending),
            closing_rules=closing,
            closing_longest=longest_by_tag(closing),
            tag_drops=groups.tag_drops(),
            switched_off=switched_off,
            watched_attributes=frozenset((*words, *endings, *values, *gate_names)),
            word_attributes=frozenset(words) | frozenset(endings),
            word_starts=word_start_sets(words, endings),
            tag_limits=_tag_limits(rules, gated),
            tag_skips=_tag_skips(rules),
            leaf_phrases=groups.leaf_phrases(),
            pattern_prefilters=value_prefilters(values),
            pattern_names=pattern_name_sets(values),
            tag_walk_rules=groups.tag_walk_rules(),
            text_quick_checks=quick_checks(groups.tagged_text, checks),
            attr_rules=groups.value_rules_of(Attr),
            pattern_rules=groups.value_rules_of(Pattern),
            inline_hidden=any(rule.role is Role.HIDDEN and rule.strong for rule in rules),
            gates={rule.name: gate.test for rule, gate, _tags in gated},
            gate_names={a: tuple(pairs) for a, pairs in gate_names.items()},
            reads_ids=_reads_ids(rules),
        )


#: XPath's ``id()`` function called in an expression (a name ending in "id" before a
#: parenthesis, ``xid(``, is another function; a false alarm only keeps the index).
_ID_CALL = re.compile(r"(?<!\w)id\s*\(")

#: A selector rule the walk runs as a gate: (rule, its attribute test, its tags).
_Gated = tuple[Rule, NamedPredicate, frozenset[str]]


def _gate_names(gated: list[_Gated]) -> dict[str, list[tuple[Rule, NamedPredicate]]]:
    """Attribute name -> the gated rules whose test reads it."""
    names: defaultdict[str, list[tuple[Rule, NamedPredicate]]] = defaultdict(list)
    for rule, gate, _tags in gated:
        for attribute in gate.attributes:
            names[attribute].append((rule, gate))
    return names


def _body_walk(rules: list[Rule], groups: Groups, gated: list[_Gated]) -> list[Rule]:
    """The rules of the walk inside drops: the BODY rules the walk can match, and the
    gates too, since a selector rule sees the elements inside a drop."""
    walked = (Words, Pattern, Attr, Tags)
    body = [
        rule
        for rule in rules
        if rule.effect is Effect.BODY
        and (isinstance(rule.match, walked) or rule in groups.leaf_text)
    ]
    return body + [rule for rule, _gate, _tags in gated]


def _reads_ids(rules: list[Rule]) -> bool:
    """True when an XPath rule calls ``id()`` (the page's ids must then be read)."""
    return any(
        isinstance(rule.match, XPath) and _ID_CALL.search(rule.match.expression) is not None
        for rule in rules
    )


def longest_by_tag(by_tag: Mapping[str, Sequence[Rule]], slack: int = RAW_SLACK) -> dict[str, int]:
    """Tag -> the longest raw text any of its rules may match (``slack`` times the
    longest ``max_length``): a longer block is not read. Known when the rules are
    compiled: reckoned for each page, it cost the article's end a twentieth."""
    return {
        tag: slack * max((rule.text_match.max_length for rule in rules), default=0)
        for tag, rules in by_tag.items()
    }


def _of_role(groups: Groups, role: Role) -> dict[str, tuple[Rule, ...]]:
    """Tag -> its edge text rules of ``role``."""
    return {
        tag: tuple(rule for rule in rules if rule.role is role)
        for tag, rules in groups.edge_text.items()
    }


def _tag_limits(rules: list[Rule], gated: list[_Gated]) -> dict[str, frozenset[str]]:
    """Rule name -> the only tags it may fire on (walked rules and gates naming tags)."""
    limits = {
        rule.name: rule.match.tags
        for rule in rules
        if isinstance(rule.match, Words | Pattern) and rule.match.tags is not None
    }
    limits.update({rule.name: tags for rule, _gate, tags in gated})
    return limits


def _tag_skips(rules: list[Rule]) -> dict[str, frozenset[str]]:
    """Rule name -> the tags a word rule never fires on."""
    return {
        rule.name: rule.match.skip_tags
        for rule in rules
        if isinstance(rule.match, Words) and rule.match.skip_tags
    }


def _strong_tags(groups: Groups) -> frozenset[str]:
    """The tags some strong text rule reads."""
    return frozenset(
        tag for tag, rules in groups.tagged_text.items() if any(rule.strong for rule in rules)
    )
