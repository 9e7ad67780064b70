"""Apply a rule set to a tree in one pass and collect what each rule decided.

Tag, attribute, word, pattern and text rules share a single walk over the
elements: per element a dict lookup on the tag, one ``items()`` call for the
attributes, and a text check on short childless elements. Each distinct
attribute value is split into words once per page and the words looked up in
one dict mapping a word to the rules that list it. CSS and XPath rules run as
compiled XPath in lxml's C code; predicates get the elements of their tags.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from .rules import (
    METADATA_EFFECTS,
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
    name_tokens,
    phrases_and_endings,
)

HtmlElement = Any

#: Inline elements whose attributes the walk does not read: their container
#: carries the same signal, and skipping them halves the walk. Selector rules
#: (Css, XPath, Predicate) still see them.
INLINE_TAGS = frozenset(
    (
        *("a", "b", "i", "em", "strong", "u", "s", "sup", "sub", "abbr", "wbr", "br", "hr"),
        *("code", "cite", "q", "mark", "dfn", "tt", "kbd", "var", "bdi", "bdo", "time", "data"),
    )
)
#: Decoration around labels such as "- Anzeige -" or "[Advertisement]".
_LABEL_PUNCTUATION = " -–—:|•·*[]()"


@attrs.define
class Decisions:
    """What the rules said about a page, element by element."""

    drops: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    #: DROP decisions already carried out (tag rules run before the walk)
    removed: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    body: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    lead: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    scores: dict[HtmlElement, float] = attrs.field(factory=dict)
    #: every (element, rule) in the order they fired, when explaining (else None)
    log: list[tuple[HtmlElement, Rule]] | None = None
    #: what each attribute value and each class/id name matched on this page, shared
    #: by the walks of one rule set
    memo: _WalkMemo | None = None

    def record(self, element: HtmlElement, rule: Rule) -> None:
        """Note that ``rule`` fired on ``element``."""
        if self.log is not None:
            self.log.append((element, rule))
        if rule.effect is Effect.DROP:
            self.drops.append((element, rule))
        elif rule.effect is Effect.BODY:
            self.body.append((element, rule))
        elif rule.effect is Effect.LEAD:
            self.lead.append((element, rule))
        else:
            self.scores[element] = self.scores.get(element, 0.0) + rule.weight


@attrs.frozen
class TextQuickCheck:
    """What any body text rule could match: a text failing all three needs no rule tried."""

    prefixes: tuple[str, ...] = ()
    phrases: frozenset[str] = frozenset()
    #: texts up to this length may match a rule's pattern...
    pattern_length: int = -1
    #: ... if they match this alternation of all the patterns (None: try each rule)
    pattern: re.Pattern[str] | None = None

    @classmethod
    def build(cls, rules: Iterable[Rule]) -> TextQuickCheck:
        prefixes: list[str] = []
        phrases: set[str] = set()
        patterns: list[re.Pattern[str]] = []
        pattern_length = -1
        for rule in rules:
            match = rule.match
            assert isinstance(match, Text)
            prefixes.extend(match.prefixes)
            phrases.update(match.phrases)
            if match.pattern is not None:
                pattern_length = max(pattern_length, match.max_length)
                patterns.append(match.pattern)
        joined = None
        if patterns and len({p.flags for p in patterns}) == 1:
            alternation = "|".join(f"(?:{p.pattern})" for p in patterns)
            joined = re.compile(alternation, patterns[0].flags)
        return cls(tuple(dict.fromkeys(prefixes)), frozenset(phrases), pattern_length, joined)

    def may_match(self, text: str) -> bool:
        """False when no rule behind this check can match ``text`` (normalised)."""
        if text in self.phrases or text.startswith(self.prefixes):
            return True
        if len(text) > self.pattern_length:
            return False
        return self.pattern is None or self.pattern.fullmatch(text) is not None


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
    #: tags that DROP rules remove up front, before the walk
    tag_drops: tuple[str, ...] = ()
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
    #: rule name -> the only tags a Words/Pattern rule may fire on
    tag_limits: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: rule name -> tags a Words rule never fires on
    tag_skips: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: every phrase a childless-element text rule accepts (prefix rules go per tag)
    leaf_phrases: frozenset[str] = frozenset()
    #: a regex over a value's letters that must hit before its words are looked up
    word_prefilter: re.Pattern[str] | None = None
    #: the BODY rules of the walk, for the elements it leaves unexamined
    body_walk_rules: CompiledRules | None = None
    #: rule name -> its position in the registry, to report matches in a stable order
    order: dict[str, int] = attrs.field(factory=dict)
    #: selector rules that set the title, authors or date (read before cleaning)
    metadata_rules: tuple[Rule, ...] = ()

    @classmethod
    def build(cls, rules: list[Rule], *, prefilter: bool = False) -> CompiledRules:
        """Index ``rules`` by what they look at.

        ``prefilter`` adds a regex of all listed words that a value's letters
        must contain: cheap for a few rarely matching words, a loss for many.
        """
        selector_rules = []
        metadata_rules: list[Rule] = []
        tags: dict[str, list[Rule]] = defaultdict(list)
        words: dict[str, dict[str, list[Rule]]] = defaultdict(lambda: defaultdict(list))
        endings: dict[str, dict[str, list[Rule]]] = defaultdict(lambda: defaultdict(list))
        values: dict[str, list[Rule]] = defaultdict(list)
        leaf_text = []
        tagged_text: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            match = rule.match
            if isinstance(match, Words):
                index = endings if match.at_end else words
                for attribute in match.attributes:
                    for word in match.words:
                        index[attribute][word].append(rule)
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
            elif rule.effect in METADATA_EFFECTS:
                metadata_rules.append(rule)
            else:
                selector_rules.append(rule)
        drop_tags = tuple(
            sorted(
                name
                for name, by_name in tags.items()
                if any(r.effect is Effect.DROP for r in by_name)
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
        all_words = {w for rule in rules if isinstance(rule.match, Words) for w in rule.match.words}
        body_walk = [
            rule
            for rule in rules
            if rule.effect is Effect.BODY
            and (isinstance(rule.match, Words | Pattern | Attr | Tags) or rule in leaf_text)
        ]
        return cls(
            order={rule.name: position for position, rule in enumerate(rules)},
            metadata_rules=tuple(metadata_rules),
            word_prefilter=_letters_regex(all_words) if prefilter else None,
            body_walk_rules=cls.build(body_walk, prefilter=True)
            if body_walk and not prefilter
            else None,
            rules=tuple(rules),
            selector_rules=tuple(selector_rules),
            tag_index={t: tuple(r) for t, r in tags.items()},
            word_index={a: {w: tuple(r) for w, r in ix.items()} for a, ix in words.items()},
            ending_index={a: {w: tuple(r) for w, r in ix.items()} for a, ix in endings.items()},
            value_rules={a: tuple(r) for a, r in values.items()},
            leaf_text_rules=tuple(leaf_text),
            tagged_text_rules={t: tuple(r) for t, r in tagged_text.items()},
            tag_drops=drop_tags,
            watched_attributes=frozenset(words) | frozenset(endings) | frozenset(values),
            word_attributes=frozenset(words) | frozenset(endings),
            tag_limits={
                rule.name: rule.match.tags
                for rule in rules
                if isinstance(rule.match, Words | Pattern) and rule.match.tags is not None
            },
            tag_skips={
                rule.name: rule.match.skip_tags
                for rule in rules
                if isinstance(rule.match, Words) and rule.match.skip_tags
            },
            leaf_phrases=frozenset(leaf_phrases),
            pattern_prefilters=_prefilters(values),
            tag_walk_rules={
                t: kept
                for t, rs in tags.items()
                if (kept := tuple(r for r in rs if r.effect is not Effect.DROP))
            },
            text_quick_checks={t: TextQuickCheck.build(rs) for t, rs in tagged_text.items()},
            attr_rules={
                a: tuple(r for r in rs if isinstance(r.match, Attr))
                for a, rs in values.items()
                if any(isinstance(r.match, Attr) for r in rs)
            },
            pattern_rules={
                a: tuple(r for r in rs if isinstance(r.match, Pattern))
                for a, rs in values.items()
                if any(isinstance(r.match, Pattern) for r in rs)
            },
        )


_NOT_LETTERS = re.compile(r"[^a-z]+")


def _letters_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """A regex finding any of ``words`` in a value's lowercased letters (digits,
    punctuation and spaces removed), or None when a word is not plain a-z.

    Any phrase a name yields is such a substring, so a miss proves no word
    matches. The words share their prefixes (a trie), which keeps it fast.
    """
    trie: dict[str, Any] = {}
    for word in words:
        if not word.isascii() or not word.isalpha():
            return None
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def alternation(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter word already ends here: enough for a search
        branches = [char + alternation(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(alternation(trie)) if trie else None


def _prefilters(values: dict[str, list[Rule]]) -> dict[str, re.Pattern[str]]:
    """One alternation per attribute over its Pattern rules: a miss skips them all."""
    prefilters = {}
    for attribute, rules in values.items():
        patterns = [r.match for r in rules if isinstance(r.match, Pattern)]
        if len(patterns) > 1:
            flags = functools.reduce(operator.or_, (p.regex.flags for p in patterns))
            joined = "|".join(f"(?:{p.regex.pattern})" for p in patterns)
            prefilters[attribute] = re.compile(joined, flags & ~re.UNICODE | re.IGNORECASE)
    return prefilters


def apply_rules(
    body: HtmlElement,
    compiled: CompiledRules,
    keep: Callable[[HtmlElement, Rule], bool],
    *,
    log: bool = False,
) -> Decisions:
    """Run every rule over ``body``'s descendants and return the decisions.

    Tag DROP rules go first and remove their elements at once, so that the
    walk does not visit menus and footers it would discard anyway; ``keep``
    may veto such a removal.
    """
    decisions = Decisions(log=[] if log else None)
    if compiled.tag_drops:
        tagged = [el for el in body.iter(*compiled.tag_drops) if el is not body]
        root = body.getroottree().getroot()
        for element in tagged:
            if not is_attached(element, root):
                continue
            for rule in compiled.tag_index[element.tag]:
                if rule.effect is Effect.DROP and not keep(element, rule):
                    decisions.removed.append((element, rule))
                    if decisions.log is not None:
                        decisions.log.append((element, rule))
                    remove_element(element)
                    break
    doomed: set[HtmlElement] = set()
    for rule in compiled.selector_rules:
        match = rule.match
        assert isinstance(match, Css | XPath | Predicate)
        for element in match.select(body):
            if element is not body:
                decisions.record(element, rule)
                if rule.effect is Effect.DROP:
                    doomed.add(element)
    body_rules = compiled.body_walk_rules
    inside_drops = _Walker(body_rules, decisions) if body_rules is not None else None
    decisions.memo = _WalkMemo.empty(compiled)
    walker = _Walker(compiled, decisions, memo=decisions.memo)
    walker.walk(body.iterdescendants(), doomed, inside_drops)
    return decisions


def is_attached(element: HtmlElement, root: HtmlElement) -> bool:
    """True while ``element`` is still in the tree under ``root`` (not in a removed subtree)."""
    node = element
    while True:
        parent = node.getparent()
        if parent is None:
            return node is root
        node = parent


def remove_element(element: HtmlElement) -> None:
    """Detach ``element`` but keep its tail text in the flow."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


@attrs.define
class _WalkMemo:
    """Per page and rule set: attribute -> value (or class/id name) -> rules matched."""

    values: dict[str, dict[str, tuple[Rule, ...]]]
    names: dict[str, dict[str, tuple[Rule, ...]]]

    @classmethod
    def empty(cls, compiled: CompiledRules) -> _WalkMemo:
        attributes = compiled.watched_attributes
        return cls({a: {} for a in attributes}, {a: {} for a in attributes})


class _Walker:
    """Matches the walk rules element by element, remembering what each attribute
    value and each class/id name matched (``memo``, or a new one)."""

    def __init__(
        self,
        compiled: CompiledRules,
        decisions: Decisions,
        record: Callable[[HtmlElement, Rule], None] | None = None,
        memo: _WalkMemo | None = None,
    ) -> None:
        self.compiled = compiled
        self.decisions = decisions
        self.record = record or decisions.record
        memo = memo or _WalkMemo.empty(compiled)
        self.memo = memo.values
        self.name_memo = memo.names

    def walk(
        self,
        elements: Iterator[HtmlElement],
        doomed: set[HtmlElement] | None = None,
        inside_drops: _Walker | None = None,
    ) -> int:
        """Match the rules on ``elements`` (descendants in document order); return
        how many were visited.

        With ``doomed`` (the elements already dropped by a rule), the descendants
        of a dropped element are skipped, since its rules only matter if the drop
        is vetoed (see :func:`examine_vetoed`), except that ``inside_drops``
        (the BODY rules) walks them: a body marker vetoes the drops around it.
        """
        compiled = self.compiled
        record = self.record
        tag_rules = compiled.tag_walk_rules
        leaf_phrases = compiled.leaf_phrases
        leaf_rules = compiled.leaf_text_rules
        skip = INLINE_TAGS
        tag_limits = compiled.tag_limits
        tag_skips = compiled.tag_skips
        prefilter = compiled.word_prefilter
        memo = self.memo
        name_memo = self.name_memo
        visited = 0
        for element in elements:
            visited += 1
            tag = element.tag
            if tag.__class__ is not str:
                continue
            if tag in skip:
                if doomed and element in doomed:  # a selector rule dropped an inline element
                    _pass_over(element, elements, inside_drops)
                continue
            by_tag = tag_rules.get(tag)
            if by_tag:
                for rule in by_tag:
                    record(element, rule)
            for attribute, value in element.items():
                seen = memo.get(attribute)
                if seen is None:
                    continue
                fired = seen.get(value)
                if fired is None:
                    fired = seen[value] = _match_value(
                        attribute, value, compiled, name_memo[attribute], prefilter
                    )
                for rule in fired:
                    allowed = tag_limits.get(rule.name)
                    if (allowed is None or tag in allowed) and tag not in tag_skips.get(
                        rule.name, ()
                    ):
                        record(element, rule)
                        if doomed is not None and rule.effect is Effect.DROP:
                            doomed.add(element)
            if leaf_phrases and not len(element):  # a childless element's own words
                text = element.text
                if text and len(text) < 60:
                    normal = " ".join(text.split()).lower().strip(_LABEL_PUNCTUATION)
                    if normal in leaf_phrases:
                        match_text(element, normal, leaf_rules, record)
            if doomed and element in doomed:
                _pass_over(element, elements, inside_drops)
        return visited


def _pass_over(
    element: HtmlElement, elements: Iterator[HtmlElement], inside_drops: _Walker | None
) -> None:
    """Advance ``elements`` past the descendants of ``element`` (a drop), which only
    ``inside_drops`` walks."""
    inner = element.iterdescendants()
    count = inside_drops.walk(inner) if inside_drops is not None else sum(1 for _ in inner)
    if count:  # the same elements, passed over in C
        next(itertools.islice(elements, count, count), None)


def examine_vetoed(element: HtmlElement, compiled: CompiledRules, decisions: Decisions) -> None:
    """Match the rules inside a dropped element whose drop was vetoed.

    Its BODY markers are already known (the walk looks for them inside drops),
    so only the other effects are recorded; nested drops are skipped again.
    """
    record_all = decisions.record

    def record(target: HtmlElement, rule: Rule) -> None:
        if rule.effect is not Effect.BODY:
            record_all(target, rule)

    leads = len(decisions.lead)
    walker = _Walker(compiled, decisions, record, decisions.memo)
    walker.walk(element.iterdescendants(), set())
    if leads and len(decisions.lead) > leads:
        decisions.lead.sort(key=_document_order(element))


def _document_order(element: HtmlElement) -> Callable[[tuple[HtmlElement, Rule]], int]:
    position = {el: i for i, el in enumerate(element.getroottree().getroot().iter())}
    return lambda decision: position.get(decision[0], -1)


def match_text(element: HtmlElement, normal: str, rules: tuple[Rule, ...], record: Any) -> None:
    for rule in rules:
        match = rule.match
        assert isinstance(match, Text)
        if match.matches_text(normal):
            record(element, rule)


def _match_value(
    attribute: str,
    value: str,
    compiled: CompiledRules,
    name_memo: dict[str, tuple[Rule, ...]],
    prefilter: re.Pattern[str] | None = None,
) -> tuple[Rule, ...]:
    found: tuple[Rule, ...] = ()
    if attribute in compiled.word_attributes and (
        prefilter is None or prefilter.search(_NOT_LETTERS.sub("", value.lower())) is not None
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
    pattern_rules = compiled.pattern_rules.get(attribute)
    if pattern_rules:
        prefilter = compiled.pattern_prefilters.get(attribute)
        if prefilter is None or prefilter.search(value) is not None:
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
