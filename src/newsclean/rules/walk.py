"""Apply a rule set to a tree in one pass and collect what each rule decided.

Tag, attribute, word, pattern and text rules share a single walk over the
elements: per element a dict lookup on the tag, one ``items()`` call for the
attributes, and a text check on short childless elements. Each distinct
attribute value is split into words once per page and the words looked up in
one dict mapping a word to the rules that list it. CSS and XPath rules run as
compiled XPath in lxml's C code; predicates get the elements of their tags, but a DROP
predicate that first reads the class and id (a :class:`~.compiled.NamedPredicate`)
is run by the walk on the elements those name.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from .compiled import INLINE_TAGS, CompiledRules
from .matchers import Css, Nearby, Predicate, Stylesheet, Text, XPath
from .model import Effect, Role, Rule
from .stylesheet import PageStyles, read_styles
from .words import name_tokens, phrases_and_endings
from .xpath_cost import Shape

HtmlElement = Any

#: Decoration around labels such as "- Anzeige -" or "[Advertisement]".
_LABEL_PUNCTUATION = " -–—:|•·*[]()"
#: A childless element's text at least this long is no label (a phrase is shorter)...
_LABEL_MAX = 60
#: ... unless it is mostly the indentation of markup that sets the label on a line of
#: its own; longer than this it is read as no label at all, without being stripped.
_LABEL_RAW_MAX = 400


def _padded_label(text: str) -> bool:
    """True when ``text`` is shorter than a label once the whitespace around it is
    gone ("\\n      reklama\\n    " in indented markup)."""
    return len(text) < _LABEL_RAW_MAX and len(text.strip()) < _LABEL_MAX


_NOT_LETTERS = re.compile(r"[^a-z]+")
_ASCII_LOWER = bytes.maketrans(string.ascii_uppercase.encode(), string.ascii_lowercase.encode())
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _letters(value: str) -> str:
    """``value`` lowercased, less all but the letters a-z: what the word prefilter
    reads. An ASCII value (nearly all) takes one ``bytes.translate`` in C, where the
    regex substitution pays for each run of punctuation, and a class list has many."""
    if value.isascii():
        return value.encode().translate(_ASCII_LOWER, _ASCII_NOT_LETTERS).decode()
    return _NOT_LETTERS.sub("", value.lower())


@attrs.define
class Decisions:
    """What the rules said about a page, element by element.

    A subclass may override :meth:`record` and :meth:`note_removed` to watch every
    decision as it is made (``newsclean.explain`` does).
    """

    drops: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    #: DROP decisions already carried out (tag rules run before the walk)
    removed: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    body: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    lead: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    scores: dict[HtmlElement, float] = attrs.field(factory=dict)
    #: what each attribute value and each class/id name matched on this page, shared
    #: by the walks of one rule set
    memo: _WalkMemo | None = None

    def record(self, element: HtmlElement, rule: Rule) -> None:
        """Note that ``rule`` fired on ``element``."""
        if rule.effect is Effect.DROP:
            self.drops.append((element, rule))
        elif rule.effect is Effect.BODY:
            self.body.append((element, rule))
        elif rule.effect is Effect.LEAD:
            self.lead.append((element, rule))
        else:
            self.scores[element] = self.scores.get(element, 0.0) + rule.weight

    def note_removed(self, element: HtmlElement, rule: Rule) -> None:
        """Note that ``rule`` removed ``element`` before the walk."""
        self.removed.append((element, rule))


def apply_rules(
    body: HtmlElement,
    compiled: CompiledRules,
    decisions: Decisions,
    sheets: Sequence[str] = (),
    doomed: set[HtmlElement] | None = None,
    held: Sequence[tuple[HtmlElement, str, Callable[[HtmlElement], bool]]] = (),
) -> Decisions:
    """Run every rule but the tag DROP rules (see :func:`tag_drops`) over ``body``'s
    descendants, noting the decisions in ``decisions`` (``sheets``: the text of the
    page's ``<style>`` elements, for stylesheet rules; ``doomed``: elements already
    noted as drops, whose inside the walk passes over; ``held``: elements the engine
    picked for a walk-run rule before stripping what told them, each with the rule's
    name and a test of its own, tested once the walk is done if still in ``body``).

    Nothing is removed here: the engine weighs each DROP before carrying it out.
    The walk passes over what a selector DROP matched (only the BODY rules look
    inside, since a body marker speaks against the drop).
    """
    doomed = set() if doomed is None else doomed
    # listed first, and kept with the decisions: while the list holds the elements'
    # Python proxies, lxml reuses them wherever the page is walked again (by the
    # selector rules, the walks inside drops, the later stages) instead of creating
    # and freeing one per element and pass
    elements = list(body.iterdescendants())
    styles: PageStyles | None = None
    hidden_by: Rule | None = None
    shape = Shape(body)  # read only if a bounded rule file expression asks
    near: dict[Any, Any] = {}  # what the Nearby rules share, read on first use
    gated = _Gated()
    for rule in compiled.selector_rules:
        match = rule.match
        if isinstance(match, Stylesheet):
            styles, hidden_by = read_styles(sheets), rule
            continue  # matched name by name in the walk
        if rule.name in compiled.gates:
            gated.positions[rule.name] = len(decisions.drops)
            gated.rules[rule.name] = rule
            continue  # run by the walk on the elements its names pick
        if isinstance(match, Css | XPath):
            selected = match.select(body, shape)
        elif isinstance(match, Nearby):
            selected = match.select(body, near)
        else:
            assert isinstance(match, Predicate)
            selected = match.select(body)
        for element in selected:
            if element is not body:
                decisions.record(element, rule)
                if rule.effect is Effect.DROP:
                    doomed.add(element)
    body_rules = compiled.body_walk_rules
    inside_drops = _Walker(body_rules, decisions, gated=gated) if body_rules is not None else None
    decisions.memo = _WalkMemo.empty(compiled)
    if styles and hidden_by is not None:
        decisions.memo.hide_by(styles, hidden_by)
    walker = _Walker(compiled, decisions, memo=decisions.memo, gated=gated)
    decisions.memo.elements = elements
    walker.walk(iter(elements), doomed, inside_drops)
    if gated.positions:
        for element, name, test in held:
            gated.test_held(element, name, test, body)
        gated.record(decisions)
    return decisions


@attrs.define
class _Gated:
    """The drops of the rules with a :class:`~.compiled.NamedPredicate` that the walk
    runs, held until it ends: their place in ``Decisions.drops`` is where the selector
    stage would have noted them (the engine weighs drops of equal size in that order)."""

    #: rule name -> how many drops were noted before the rule's turn, in rule order
    positions: dict[str, int] = attrs.field(factory=dict)
    found: list[tuple[HtmlElement, Rule]] = attrs.field(factory=list)
    tried: set[tuple[HtmlElement, str]] = attrs.field(factory=set)
    #: those the test accepted
    hits: set[tuple[HtmlElement, str]] = attrs.field(factory=set)
    #: rule name -> rule, for each gated rule
    rules: dict[str, Rule] = attrs.field(factory=dict)

    def test(self, element: HtmlElement, rule: Rule, test: Callable[[HtmlElement], bool]) -> bool:
        """True when the walk finds ``rule`` matching ``element`` (named by its class
        or id, or both: tested once)."""
        key = (element, rule.name)
        if key in self.tried:
            return False
        self.tried.add(key)
        if not test(element):
            return False
        self.found.append((element, rule))
        self.hits.add(key)
        return True

    def test_held(
        self, element: HtmlElement, name: str, test: Callable[[HtmlElement], bool], body: Any
    ) -> None:
        """Test ``element``, which the engine picked for the rule ``name`` (see
        :func:`apply_rules`), unless the walk found it or the rule is not run, or the
        element left ``body`` before the walk (the walk never saw it)."""
        if name not in self.positions or (element, name) in self.hits:
            return
        for ancestor in element.iterancestors(body.tag):
            if ancestor is body:
                if test(element):
                    self.hits.add((element, name))
                    self.found.append((element, self.rules[name]))
                return

    def record(self, decisions: Decisions) -> None:
        """Record the drops found, each rule's in document order, where they belong."""
        drops = decisions.drops
        moved_before = 0
        for name, position in self.positions.items():
            end = len(drops)
            for element, rule in self.found:
                if rule.name == name:
                    decisions.record(element, rule)
            moved = drops[end:]
            del drops[end:]
            drops[position + moved_before : position + moved_before] = moved
            moved_before += len(moved)


def tag_drops(body: HtmlElement, compiled: CompiledRules) -> list[tuple[HtmlElement, Rule]]:
    """The elements the tag DROP rules match under ``body`` (menus, footers, asides),
    with the rule, in document order: the engine weighs and removes them before the
    walk, which then never visits them."""
    found = []
    if compiled.tag_drops:
        for element in body.iter(*compiled.tag_drops):
            if element is body:
                continue
            rule = next(r for r in compiled.tag_index[element.tag] if r.effect is Effect.DROP)
            found.append((element, rule))
    return found


#: Inline elements that are pictures, and what hides one (see
#: :meth:`_Walker.hidden_inline`).
_PICTURES = frozenset(("img", "picture", "source"))
_PICTURE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@attrs.define
class _WalkMemo:
    """Per page and rule set: attribute -> value (or class/id name) -> rules matched,
    and what the page's own style sheets hide, with the rule that says so."""

    values: dict[str, dict[str, tuple[Rule, ...]]]
    names: dict[str, dict[str, tuple[Rule, ...]]]
    styles: PageStyles | None = None
    styles_rule: Rule | None = None
    #: the descendants of the body when the walk began, held for the page's extraction:
    #: each later pass over its elements gets their proxies back from lxml, not new ones
    elements: list[HtmlElement] = attrs.field(factory=list)

    @classmethod
    def empty(cls, compiled: CompiledRules) -> _WalkMemo:
        attributes = compiled.watched_attributes
        return cls({a: {} for a in attributes}, {a: {} for a in attributes})

    def hide_by(self, styles: PageStyles, rule: Rule) -> None:
        """Match the class and id names ``styles`` hide with ``rule`` during the walk."""
        self.styles, self.styles_rule = styles, rule
        for attribute in ("class", "id"):
            self.values.setdefault(attribute, {})
            self.names.setdefault(attribute, {})


class _Walker:
    """Matches the walk rules element by element, remembering what each attribute
    value and each class/id name matched (``memo``, or a new one)."""

    def __init__(
        self,
        compiled: CompiledRules,
        decisions: Decisions,
        record: Callable[[HtmlElement, Rule], None] | None = None,
        memo: _WalkMemo | None = None,
        gated: _Gated | None = None,
    ) -> None:
        self.compiled = compiled
        #: where the gated rules' matches go (None: the walk passes them by)
        self.gated = gated
        self.decisions = decisions
        self.record = record or decisions.record
        memo = memo or _WalkMemo.empty(compiled)
        self.memo = memo.values
        self.name_memo = memo.names
        self.styles = memo.styles or PageStyles()
        self.styles_rule = memo.styles_rule if memo.styles else None

    def hidden_inline(self, element: HtmlElement) -> None:
        """Note an inline element its inline style hides (a caption a slideshow hides,
        a hidden ``[update]`` tag inside a sentence): the walk passes over inline
        elements, and this is the one signal read on them. A picture is hidden by
        ``display`` or ``visibility`` only: pages fade images in (``opacity:0`` until a
        script shows them). The memo and the rules' tag limits are read as in
        :meth:`walk`, whose loop keeps those lookups inline: as shared methods they
        cost 0.6% of an extraction's instructions."""
        seen = self.memo.get("style")
        if seen is None:
            return
        tag = element.tag
        value: str = element.get("style")
        if tag in _PICTURES and _PICTURE_HIDDEN.search(value) is None:
            return
        compiled = self.compiled
        fired = seen.get(value)
        if fired is None:
            fired = seen[value] = _match_value(
                "style", value, compiled, self.name_memo["style"], compiled.word_prefilter
            )
        for rule in fired:
            if not (rule.role is Role.HIDDEN and rule.strong):
                continue
            allowed = compiled.tag_limits.get(rule.name)
            if (allowed is None or tag in allowed) and tag not in compiled.tag_skips.get(
                rule.name, ()
            ):
                self.record(element, rule)

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

        This is the hot loop of an extraction, visiting every element once, and is
        kept as one function: its locals are the lookups each element needs.
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
        styles, styles_rule = self.styles, self.styles_rule
        gates, gated = compiled.gates, self.gated
        visited = 0
        for element in elements:
            visited += 1
            tag = element.tag
            if tag.__class__ is not str:
                continue
            if tag in skip:
                if element.get("style") is not None:
                    self.hidden_inline(element)
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
                    if styles_rule is not None and styles.hides(attribute, value):
                        fired += (styles_rule,)
                for rule in fired:
                    name = rule.name
                    allowed = tag_limits.get(name)
                    if (allowed is None or tag in allowed) and tag not in tag_skips.get(name, ()):
                        if name in gates:
                            found = gated is not None and gated.test(element, rule, gates[name])
                            if found and doomed is not None:
                                doomed.add(element)  # its inside is the walk's inside drops
                            continue
                        record(element, rule)
                        if doomed is not None and rule.effect is Effect.DROP:
                            doomed.add(element)
            if leaf_phrases and not len(element):  # a childless element's own words
                text = element.text
                # a label set on a line of its own in indented markup carries its
                # indentation: its length is read without the whitespace around it
                if text and (len(text) < _LABEL_MAX or _padded_label(text)):
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
    ``inside_drops`` walks.

    The descendants are listed first: while the list holds their Python proxies,
    ``elements`` passes over them without lxml creating and freeing each a second time.
    """
    inner = list(element.iterdescendants())
    if inside_drops is not None:
        inside_drops.walk(iter(inner))
    if inner:  # the same elements, passed over in C
        next(itertools.islice(elements, len(inner), len(inner)), None)


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
        prefilter is None or prefilter.search(_letters(value)) is not None
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
    gate_names = compiled.gate_names.get(attribute)
    if gate_names is not None:
        for rule, gate in gate_names:
            if gate.names(value):
                found += (rule,)
    pattern_rules = compiled.pattern_rules.get(attribute)
    if pattern_rules:
        whole = compiled.pattern_names.get(attribute)
        if whole is not None and value.isascii():
            may_match = not whole.isdisjoint(value.lower().split())
        else:
            prefilter = compiled.pattern_prefilters.get(attribute)
            may_match = prefilter is None or prefilter.search(value) is not None
        if may_match:
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
    starts = compiled.word_starts.get(attribute)
    if starts is None or starts.isdisjoint(tokens):
        return ()  # no listed word begins with any of its words (a set test in C)
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
