"""Apply a rule set to a tree in one pass and collect what each rule decided.

Tag, attribute, word, pattern and text rules share a single walk over the
elements: per element a dict lookup on the tag, one ``items()`` call for the
attributes, and a text check on short childless elements. Each distinct
attribute value is split into words once per page and the words looked up in
one dict mapping a word to the rules that list it. CSS and XPath rules run as
compiled XPath in lxml's C code; predicates get the elements of their tags, but a DROP
predicate that first reads the class and id (a :class:`~.named_predicate.NamedPredicate`)
is run by the walk on the elements those name.

What a page's rules decided (:class:`Decisions`) and the stages around the walk go
here: the selector rules, the tag drops, the gated rules' drops, a vetoed drop's
inside. The walk's loop is :mod:`.walker`; matching a value, :mod:`.value_match`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .compiled import CompiledRules
from .matchers import Css, Nearby, Predicate, Stylesheet, XPath
from .model import Effect, Rule
from .stylesheet import PageStyles, read_styles
from .walker import Walker, WalkMemo
from .xpath_cost import Shape

HtmlElement = Any


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
    memo: WalkMemo | None = None

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
    gated = Gated()
    styles, hidden_by = _run_selectors(body, compiled, decisions, sheets, doomed, gated)
    body_rules = compiled.body_walk_rules
    inside_drops = Walker(body_rules, decisions, gated=gated) if body_rules is not None else None
    decisions.memo = WalkMemo.empty(compiled)
    if styles and hidden_by is not None:
        decisions.memo.hide_by(styles, hidden_by)
    walker = Walker(compiled, decisions, memo=decisions.memo, gated=gated)
    decisions.memo.elements = elements
    walker.walk(iter(elements), doomed, inside_drops)
    if gated.positions:
        for element, name, test in held:
            gated.test_held(element, name, test, body)
        gated.record(decisions)
    return decisions


def _run_selectors(
    body: HtmlElement,
    compiled: CompiledRules,
    decisions: Decisions,
    sheets: Sequence[str],
    doomed: set[HtmlElement],
    gated: Gated,
) -> tuple[PageStyles | None, Rule | None]:
    """Note what each selector rule selects, in rule order, but for the two kinds the
    walk runs: the stylesheet rule (returned with the page's styles, matched name by
    name) and the gated rules (their turn kept in ``gated``)."""
    styles: PageStyles | None = None
    hidden_by: Rule | None = None
    shape = Shape(body)  # read only if a bounded rule file expression asks
    near: dict[Any, Any] = {}  # what the Nearby rules share, read on first use
    for rule in compiled.selector_rules:
        match = rule.match
        if isinstance(match, Stylesheet):
            styles, hidden_by = read_styles(sheets), rule
            continue
        if rule.name in compiled.gates:
            gated.positions[rule.name] = len(decisions.drops)
            gated.rules[rule.name] = rule
            continue
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
    return styles, hidden_by


@attrs.define
class Gated:
    """The drops of the rules with a :class:`~.named_predicate.NamedPredicate` that the walk
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
    walker = Walker(compiled, decisions, record, decisions.memo)
    walker.walk(element.iterdescendants(), set())
    if leads and len(decisions.lead) > leads:
        decisions.lead.sort(key=_document_order(element))


def _document_order(element: HtmlElement) -> Callable[[tuple[HtmlElement, Rule]], int]:
    position = {el: i for i, el in enumerate(element.getroottree().getroot().iter())}
    return lambda decision: position.get(decision[0], -1)
