"""A rule list indexed for one walk over the tree: by tag, by word, by attribute.

Tag, attribute, word, pattern and text rules share a single walk (see
:mod:`newsclean.rules.walk`); this module builds the indexes that walk looks
rules up in, once per rule configuration.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from ..dom.text import MARK_CHARS, unmarked
from .matchers import Attr, Css, Pattern, Predicate, Tags, Text, Words, XPath
from .model import METADATA_EFFECTS, Effect, Role, Rule
from .plain_twin import is_plain

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


@attrs.frozen
class NamedPredicate:
    """A :class:`~newsclean.rules.Predicate` function in two steps: one of the element's
    ``attributes`` must hold one of ``words`` (lowercase, found anywhere in the value
    lowercased), then ``test`` must accept the element.

    Called, it takes both steps. A DROP rule with such a predicate on tags the walk
    reads costs no pass of its own: the walk, which reads every class and id anyway,
    takes the first step once per distinct value and calls ``test`` only on the
    elements named so (see :func:`newsclean.rules.walk.apply_rules`).
    """

    words: tuple[str, ...]
    test: Callable[[HtmlElement], bool]
    attributes: tuple[str, ...] = ("class", "id")

    def __attrs_post_init__(self) -> None:
        if any(word != word.lower() for word in self.words):
            raise ValueError(f"name words must be lowercase: {self.words}")

    def names(self, value: str) -> bool:
        """True when an attribute value holds one of the words (a loop of substring
        tests: the walk calls it once per distinct value, and a generator or a regex
        search, which tries each word at each letter, costs more)."""
        lowered = value.lower()
        for word in self.words:  # noqa: SIM110 (any() over a generator costs twice as much)
            if word in lowered:
                return True
        return False

    def __call__(self, element: HtmlElement) -> bool:
        named = any(self.names(element.get(name) or "") for name in self.attributes)
        return named and self.test(element)


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
class TextQuickCheck:
    """What any body text rule could match: a text failing all three needs no rule tried."""

    #: the prefixes by their first character: a text is compared with those sharing its
    #: own (a few, not the hundreds of all the rules); the empty prefix is in each
    initials: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: the prefixes a text whose first character has none may start with
    any_initial: tuple[str, ...] = ()
    phrases: frozenset[str] = frozenset()
    #: (a text length, the pattern of a rule reading texts that long and no longer),
    #: longest first: a text is tried with those at least as long as it, and a longer
    #: text than the first needs no pattern tried (a long paragraph is matched by few
    #: rules, if any). Each rule's own compiled pattern, not an alternation of several:
    #: alone, a pattern fails a text sooner (from its first characters), and nothing is
    #: compiled again (the alternations cost a fresh process a second and more)
    tiers: tuple[tuple[int, re.Pattern[str]], ...] = ()
    #: the same for plain texts: each pattern matching case-sensitively where that is
    #: the same for such a text (see :func:`.plain_twin.twin`), about twice as fast
    plain_tiers: tuple[tuple[int, re.Pattern[str]], ...] = ()
    #: (a text length, the keywords of the rules whose pattern is tried only on a text
    #: holding one of its keywords, of those reading texts that long or longer),
    #: shortest first: a text holding one may match. A keyword holding another is left
    #: out ("commission" when "on" is in): the shorter one is in the text too
    keyed: tuple[tuple[int, tuple[str, ...]], ...] = ()
    #: the same for the rules whose pattern is tried only on a text ending in one of its
    #: endings (``Text(suffixes=...)``): a text ending in one may match
    ended: tuple[tuple[int, tuple[str, ...]], ...] = ()
    #: the rules behind this check, in rule order
    rules: tuple[Rule, ...] = ()
    #: those reading a pattern, each with what :meth:`.Text.matches_text` reads of it
    #: (longest text, keywords, endings, pattern, plain twin, exception), in rule order: a text
    #: no phrase or prefix matches is matched by these only, tried in one loop
    patterned: tuple[_PatternReading, ...] = ()

    @classmethod
    def build(cls, rules: Iterable[Rule]) -> TextQuickCheck:
        rules = tuple(rules)
        prefixes: list[str] = []
        phrases: set[str] = set()
        patterns: list[tuple[int, re.Pattern[str], re.Pattern[str]]] = []
        keyed: list[tuple[int, tuple[str, ...]]] = []
        ended: list[tuple[int, tuple[str, ...]]] = []
        for rule in rules:
            match = rule.match
            assert isinstance(match, Text)
            prefixes.extend(match.prefixes)
            phrases.update(match.phrases)
            # a text must meet both of a rule's tests: the ending alone, one test, will do
            if match.pattern is not None and match.suffixes:
                ended.append((match.max_length, match.suffixes))
            elif match.pattern is not None and match.keywords:
                keyed.append((match.max_length, match.keywords))
            elif match.pattern is not None and match.plain_pattern is not None:
                patterns.append((match.max_length, match.pattern, match.plain_pattern))
        # longest first, in rule order among those reading texts as long
        patterns.sort(key=lambda tier: -tier[0])
        tiers = [(longest, pattern) for longest, pattern, _plain in patterns]
        plain_tiers = [(longest, plain) for longest, _pattern, plain in patterns]
        empty = ("",) if "" in prefixes else ()
        initials: dict[str, tuple[str, ...]] = {}
        for prefix in dict.fromkeys(prefixes):
            initials[prefix[:1]] = (*initials.get(prefix[:1], empty), prefix)
        return cls(
            initials,
            empty,
            frozenset(phrases),
            tuple(tiers),
            tuple(plain_tiers),
            _length_tiers(keyed),
            _length_tiers(ended, endings=True),
            rules,
            tuple(_pattern_reading(rule) for rule in rules if rule.text_match.pattern is not None),
        )

    def may_match(self, text: str) -> bool:
        """False when no rule behind this check can match ``text`` (normalised, so
        lowercased)."""
        if text in self.phrases or text.startswith(self.initials.get(text[:1], self.any_initial)):
            return True
        length = len(text)
        for longest, endings in self.ended:
            if length <= longest:
                if text.endswith(endings):
                    return True
                break
        for longest, keywords in self.keyed:
            if length <= longest:
                # a substring test per word, in C, costs less than a regex search
                # for any of them, which tries each word wherever one may begin
                for word in keywords:
                    if word in text:
                        return True
                break
        for longest, pattern in self.plain_tiers if is_plain(text) else self.tiers:
            if length > longest:
                break
            if pattern.fullmatch(text) is not None:
                return True
        return False

    def matching(self, text: str) -> list[Rule]:
        """The rules behind this check matching ``text`` (normalised), none tried when
        :meth:`may_match` rules it out (most texts). A text none matches that opens or
        closes with divider marks is read again without them ("+++ Credits: ...", "-
        Anzeige -"); the marks are tested here before any call, as most texts have none."""
        if self.may_match(text):
            fired = self._fired(text)
            if fired:
                return fired
        if text[:1] not in MARK_CHARS and text[-1:] not in MARK_CHARS:
            return []
        bare = unmarked(text)
        if not bare or not self.may_match(bare):
            return []
        return self._fired(bare)

    def _fired(self, text: str) -> list[Rule]:
        """The rules matching ``text``, as :meth:`.Text.matches_text` says. When no rule's
        phrase or prefix matches it (a text may_match let through for a keyword or a
        pattern, nearly always), only the pattern rules are read, in one loop that
        tells whether the text is plain once for them all."""
        if text in self.phrases or text.startswith(self.initials.get(text[:1], self.any_initial)):
            return [rule for rule in self.rules if rule.text_match.matches_text(text)]
        length = len(text)
        plain = is_plain(text)
        fired = []
        for rule, longest, keywords, endings, pattern, plain_pattern, unless in self.patterned:
            if length > longest:
                continue
            if endings and not text.endswith(endings):
                continue
            if keywords:
                for word in keywords:
                    if word in text:
                        break
                else:
                    continue
            if (plain_pattern if plain else pattern).fullmatch(text) is None:
                continue
            if unless is None or unless.search(text) is None:
                fired.append(rule)
        return fired


#: A pattern rule as :meth:`TextQuickCheck._fired` reads it: the rule, the longest text
#: it reads, its keywords, its endings, its pattern, the pattern's plain twin and its
#: exception.
_PatternReading = tuple[
    Rule,
    int,
    tuple[str, ...],
    tuple[str, ...],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str] | None,
]


def _length_tiers(
    groups: Iterable[tuple[int, tuple[str, ...]]], *, endings: bool = False
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(a text length, the words of the ``groups`` reading texts that long or longer), shortest
    first. A keyword holding another is left out ("commission" when "on" is in), and an
    ending ending in another ("show more" when "more" is in): a text meeting it meets the
    other too. (The tests are written out, not passed as a function: a call per pair of
    words cost a fresh process about 50 million instructions.)"""
    groups = tuple(groups)
    tiers = []
    for length in sorted({longest for longest, _words in groups}):
        words = {word for longest, group in groups if longest >= length for word in group}
        if endings:
            kept = [w for w in sorted(words) if not any(o != w and w.endswith(o) for o in words)]
        else:
            kept = [w for w in sorted(words) if not any(o != w and o in w for o in words)]
        tiers.append((length, tuple(kept)))
    return tuple(tiers)


def _pattern_reading(rule: Rule) -> _PatternReading:
    match = rule.text_match
    assert match.pattern is not None and match.plain_pattern is not None
    return (
        rule,
        match.max_length,
        match.keywords,
        match.suffixes,
        match.pattern,
        match.plain_pattern,
        match.unless,
    )


def _quick_checks(
    by_tag: Mapping[str, Iterable[Rule]], built: dict[tuple[Rule, ...], TextQuickCheck]
) -> dict[str, TextQuickCheck]:
    """Tag -> the quick check of its text rules; tags with the same rules (``h2`` to
    ``h6``) share one, built once (``built``: those built so far)."""
    checks = {}
    for tag, rules in by_tag.items():
        key = tuple(rules)
        check = built.get(key)
        if check is None:
            check = built[key] = TextQuickCheck.build(key)
        checks[tag] = check
    return checks


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
    #: names only (see :func:`whole_names`): an ASCII value none of whose names
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
    #: attribute -> (rule, its predicate) for those rules, whose names the walk reads
    gate_names: dict[str, tuple[tuple[Rule, NamedPredicate], ...]] = attrs.field(factory=dict)

    def runs(self, rule: Rule) -> bool:
        """True unless ``rule`` is switched off for the page: how the engine's own rules,
        which have no place in the walk, learn that a user disabled them."""
        return rule.name not in self.switched_off

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
        """Index ``rules`` by what they look at.

        ``prefilter`` adds a regex of all listed words that a value's letters
        must contain: cheap for a few rarely matching words, a loss for many.
        ``switched_off``: the names disabled for the page, which also switch off the
        engine's own rules of those names.
        """
        groups = _Groups.of(rules)
        checks: dict[tuple[Rule, ...], TextQuickCheck] = {}
        words, endings, values = groups.words, groups.endings, groups.values
        all_words = {w for rule in rules if isinstance(rule.match, Words) for w in rule.match.words}
        gated = [(rule, *found) for rule in groups.selectors if (found := _gate(rule)) is not None]
        gate_names: defaultdict[str, list[tuple[Rule, NamedPredicate]]] = defaultdict(list)
        for rule, gate, _tags in gated:
            for attribute in gate.attributes:
                gate_names[attribute].append((rule, gate))
        # the walk inside drops runs the gates too: a selector rule sees those elements
        body_walk = [
            rule
            for rule in rules
            if rule.effect is Effect.BODY
            and (isinstance(rule.match, Words | Pattern | Attr | Tags) or rule in groups.leaf_text)
        ] + [rule for rule, _gate, _tags in gated]
        return cls(
            order={rule.name: position for position, rule in enumerate(rules)},
            metadata_rules=tuple(groups.metadata),
            word_prefilter=_letters_regex(all_words) if prefilter else None,
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
            strong_text_tags=frozenset(
                t for t, r in groups.tagged_text.items() if any(rule.strong for rule in r)
            ),
            edge_text_rules={t: tuple(r) for t, r in groups.edge_text.items()},
            edge_quick_checks=_quick_checks(groups.edge_text, checks),
            ending_rules={
                t: ending
                for t, r in groups.edge_text.items()
                if (ending := tuple(rule for rule in r if rule.role is Role.ENDING))
            },
            closing_rules={
                t: tuple(rule for rule in r if rule.role is Role.CLOSING)
                for t, r in groups.edge_text.items()
            },
            tag_drops=groups.tag_drops(),
            switched_off=switched_off,
            watched_attributes=frozenset((*words, *endings, *values, *gate_names)),
            word_attributes=frozenset(words) | frozenset(endings),
            word_starts=_word_starts(words, endings),
            tag_limits={
                **{
                    rule.name: rule.match.tags
                    for rule in rules
                    if isinstance(rule.match, Words | Pattern) and rule.match.tags is not None
                },
                **{rule.name: tags for rule, _gate, tags in gated},
            },
            tag_skips={
                rule.name: rule.match.skip_tags
                for rule in rules
                if isinstance(rule.match, Words) and rule.match.skip_tags
            },
            leaf_phrases=groups.leaf_phrases(),
            pattern_prefilters=_prefilters(values),
            pattern_names=_pattern_names(values),
            tag_walk_rules=groups.tag_walk_rules(),
            text_quick_checks=_quick_checks(groups.tagged_text, checks),
            attr_rules=groups.value_rules_of(Attr),
            pattern_rules=groups.value_rules_of(Pattern),
            gates={rule.name: gate.test for rule, gate, _tags in gated},
            gate_names={a: tuple(pairs) for a, pairs in gate_names.items()},
        )


def _rules_by_key() -> defaultdict[str, list[Rule]]:
    return defaultdict(list)


def _index_by_key() -> defaultdict[str, defaultdict[str, list[Rule]]]:
    return defaultdict(_rules_by_key)


@attrs.define
class _Groups:
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
    def of(cls, rules: list[Rule]) -> _Groups:
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


def _word_starts(
    words: Mapping[str, Mapping[str, list[Rule]]], endings: Mapping[str, Mapping[str, list[Rule]]]
) -> dict[str, frozenset[str]]:
    """Attribute -> each beginning of each word listed for it (see
    ``CompiledRules.word_starts``); attributes with the same words share one set."""
    built: dict[frozenset[str], frozenset[str]] = {}
    starts = {}
    for attribute in {*words, *endings}:
        listed = frozenset((*words.get(attribute, ()), *endings.get(attribute, ())))
        if listed not in built:
            built[listed] = frozenset(w[:end] for w in listed for end in range(1, len(w) + 1))
        starts[attribute] = built[listed]
    return starts


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


#: The source of a regex matching one of some whole names in a class list:
#: ``(?:^|\s)(?:a|b|c)(?:\s|$)``, each name ASCII letters, digits, ``_`` and ``-``
#: (``-?`` for an optional hyphen).
_WHOLE_NAMES = re.compile(r"\(\?:\^\|\\s\)(?:\(\?:([a-z0-9_|?-]+)\)|([a-z0-9_-]+))\(\?:\\s\|\$\)")
_NAME = re.compile(r"[a-z0-9_-]*")


def whole_names(regex: re.Pattern[str]) -> frozenset[str] | None:
    r"""The names ``regex`` matches whole when it is of the form ``(?:^|\s)(?:a|b)(?:\s|$)``
    compiled with the default flags and ``re.IGNORECASE`` (else None).

    An ASCII value then matches exactly when one of the words ``value.lower().split()``
    is among the names (``str.split`` and ``\s`` agree on ASCII whitespace): a set
    lookup per word in place of a search trying each name at each space.
    """
    if regex.flags != re.IGNORECASE | re.UNICODE:
        return None
    found = _WHOLE_NAMES.fullmatch(regex.pattern)
    if found is None:
        return None
    names: set[str] = set()
    for alternative in (found.group(1) or found.group(2)).split("|"):
        parts = alternative.split("-?")
        if not all(_NAME.fullmatch(part) for part in parts):
            return None  # a "?" after another character
        for hyphens in itertools.product(("-", ""), repeat=len(parts) - 1):
            names.add(parts[0] + "".join(map(operator.add, hyphens, parts[1:])))
    return None if "" in names else frozenset(names)


def _pattern_names(values: dict[str, list[Rule]]) -> dict[str, frozenset[str]]:
    """Attribute -> the names its Pattern rules match, where each matches whole names."""
    found = {}
    for attribute, rules in values.items():
        each = [whole_names(r.match.regex) for r in rules if isinstance(r.match, Pattern)]
        names = [whole for whole in each if whole is not None]
        if names and len(names) == len(each):
            found[attribute] = frozenset[str]().union(*names)
    return found
