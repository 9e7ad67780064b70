"""The text rules' quick check (:class:`TextQuickCheck`): what any text rule of a tag
could match, so that most texts need no rule tried, and the rules a text matches when
it may. What the walk and the engine's text stages need to match texts against many
rules at once goes here; a single rule's own test is :meth:`.matchers.Text.matches_text`."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import chain

import attrs

from ..dom.text import MARK_CHARS, unmarked
from .matchers import Text
from .model import Rule
from .plain_twin import is_plain


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
    #: out ("commission" when "on" is in): the shorter one is in the text too. Each
    #: tier's keywords are grouped under a character they hold (see :func:`_by_rare_character`)
    keyed: tuple[tuple[int, _KeywordGroups], ...] = ()
    #: the same tiers with only the groups under an ASCII character, for an ASCII text
    #: (``str.isascii`` reads a flag): it holds no other character, so none of the
    #: other groups' words; about a quarter of the groups' tests, left out for most texts
    ascii_keyed: tuple[tuple[int, _KeywordGroups], ...] = ()
    #: the same for the rules whose pattern is tried only on a text ending in one of its
    #: endings (``Text(suffixes=...)``): a text ending in one may match
    ended: tuple[tuple[int, tuple[str, ...]], ...] = ()
    #: (a text length, every keyword of the rules reading texts that long or longer),
    #: shortest first, grouped as ``keyed`` is but none left out: what
    #: :meth:`_fired` looks for once per text, each rule then reading which it holds in
    #: one set test, where its own loop of substring tests cost a sixth more
    present_tiers: tuple[tuple[int, _KeywordGroups], ...] = ()
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
        keyed_tiers = tuple(
            (longest, _by_rare_character(words)) for longest, words in _length_tiers(keyed)
        )
        return cls(
            initials,
            empty,
            frozenset(phrases),
            tuple(tiers),
            tuple(plain_tiers),
            keyed_tiers,
            tuple((longest, _ascii_groups(groups)) for longest, groups in keyed_tiers),
            _length_tiers(ended, endings=True),
            _keyword_tiers(
                (rule.text_match.max_length, rule.text_match.keywords)
                for rule in rules
                if rule.text_match.pattern is not None and rule.text_match.keywords
            ),
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
        for longest, groups in self.ascii_keyed if text.isascii() else self.keyed:
            if length <= longest:
                # a substring test per word, in C, costs less than a regex search
                # for any of them, which tries each word wherever one may begin; and
                # a word is tried only when the text holds its group's character
                for character, words in groups:
                    if character in text:
                        for word in words:
                            if word in text:
                                return True
                break
        # a text longer than the longest tier needs no pattern, nor the plain test
        if not self.tiers or length > self.tiers[0][0]:
            return False
        for longest, pattern in self.plain_tiers if is_plain(text) else self.tiers:
            if length > longest:
                break
            if pattern.fullmatch(text) is not None:
                return True
        return False

    def matching(self, text: str) -> list[Rule]:
        """The rules behind this check matching ``text`` (normalised), none tried when
        :meth:`may_match` rules it out (most texts). A text none matches that opens or
        closes with divider marks or a pointer's arrows is read again without them ("+++
        Credits: ...", "- Anzeige -", "» Lesen Sie auch: ...", "Mehr Infos »"); the marks are
        tested here before any call, as most texts have none."""
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
        present = self._keywords_in(text, length)
        fired = []
        for rule, longest, keywords, endings, pattern, plain_pattern, unless in self.patterned:
            if length > longest:
                continue
            if endings and not text.endswith(endings):
                continue
            if keywords and keywords.isdisjoint(present):
                continue
            if (plain_pattern if plain else pattern).fullmatch(text) is None:
                continue
            if unless is None or unless.search(text) is None:
                fired.append(rule)
        return fired

    def _keywords_in(self, text: str, length: int) -> set[str]:
        """The keywords of the rules reading texts ``length`` long that ``text`` holds,
        a word tried only when the text holds its group's character."""
        present = set()
        for longest, groups in self.present_tiers:
            if length <= longest:
                for character, words in groups:
                    if character in text:
                        for word in words:
                            if word in text:
                                present.add(word)
                break
        return present


#: A pattern rule as :meth:`TextQuickCheck._fired` reads it: the rule, the longest text
#: it reads, its keywords, its endings, its pattern, the pattern's plain twin and its
#: exception.
_PatternReading = tuple[
    Rule,
    int,
    frozenset[str],
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


def _keyword_tiers(
    groups: Iterable[tuple[int, tuple[str, ...]]],
) -> tuple[tuple[int, _KeywordGroups], ...]:
    """(a text length, all the keywords of the ``groups`` reading texts that long or
    longer, grouped by :func:`_by_rare_character`), shortest first: none is left out, as
    each rule reads which of its own the text holds."""
    groups = tuple(groups)
    return tuple(
        (
            length,
            _by_rare_character(
                tuple(sorted({w for most, g in groups if most >= length for w in g}))
            ),
        )
        for length in sorted({longest for longest, _words in groups})
    )


#: Keywords grouped under a character each of them holds: (the character, the keywords).
_KeywordGroups = tuple[tuple[str, tuple[str, ...]], ...]
#: How many tiers of keywords grouped by :func:`_by_rare_character` are kept (a shipped
#: registry has a few dozen distinct ones)
KEYWORD_TIERS_KEPT = 256


@functools.lru_cache(maxsize=KEYWORD_TIERS_KEPT)
def _by_rare_character(words: tuple[str, ...]) -> _KeywordGroups:
    """``words`` grouped under the character of each that the fewest of ``words`` hold
    (the first in code point order among as few): a text lacking it (most lack "z" or
    "©") lacks the group's words, which need no substring test. The rarity is the
    keywords' own: they are written in the languages of the texts they are tested on.
    Kept, as the tags' checks share most tiers (a fresh process builds each once)."""
    holding = Counter(chain.from_iterable(map(set, words)))
    rarest_first = sorted(holding, key=lambda character: (holding[character], character))
    rank = {character: place for place, character in enumerate(rarest_first)}
    groups: dict[str, list[str]] = {}
    for word in words:
        rarest = rarest_first[min(map(rank.__getitem__, word))] if word else ""
        groups.setdefault(rarest, []).append(word)
    return tuple((character, tuple(group)) for character, group in groups.items())


def _ascii_groups(groups: _KeywordGroups) -> _KeywordGroups:
    """The ``groups`` under an ASCII character (the empty one too): all an ASCII text may
    hold words of."""
    return tuple(group for group in groups if group[0].isascii())


def _pattern_reading(rule: Rule) -> _PatternReading:
    match = rule.text_match
    assert match.pattern is not None and match.plain_pattern is not None
    return (
        rule,
        match.max_length,
        frozenset(match.keywords),
        match.suffixes,
        match.pattern,
        match.plain_pattern,
        match.unless,
    )


def quick_checks(
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
