"""The rules walk itself (:class:`Walker`): every element once, in document order,
its tag, attributes and short text looked up in the rule indexes, with a memo of what
each value matched on the page. The loop and what it reads per element go here;
:mod:`.walk` sets the walk up and runs the other rules around it, and
:mod:`.value_match` matches a value the memo has not seen."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ..dom.text import collapse_space
from .compiled import INLINE_TAGS, CompiledRules
from .matchers import Text
from .model import Effect, Role, Rule
from .stylesheet import PageStyles
from .value_match import match_value

if TYPE_CHECKING:
    from .walk import Decisions, Gated

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


#: Inline elements that are pictures, and what hides one (see
#: :meth:`Walker.hidden_inline`).
_PICTURES = frozenset(("img", "picture", "source"))
_PICTURE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@attrs.define
class WalkMemo:
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
    def empty(cls, compiled: CompiledRules) -> WalkMemo:
        attributes = compiled.watched_attributes
        return cls({a: {} for a in attributes}, {a: {} for a in attributes})

    def hide_by(self, styles: PageStyles, rule: Rule) -> None:
        """Match the class and id names ``styles`` hide with ``rule`` during the walk."""
        self.styles, self.styles_rule = styles, rule
        for attribute in ("class", "id"):
            self.values.setdefault(attribute, {})
            self.names.setdefault(attribute, {})


class Walker:
    """Matches the walk rules element by element, remembering what each attribute
    value and each class/id name matched (``memo``, or a new one)."""

    def __init__(
        self,
        compiled: CompiledRules,
        decisions: Decisions,
        record: Callable[[HtmlElement, Rule], None] | None = None,
        memo: WalkMemo | None = None,
        gated: Gated | None = None,
    ) -> None:
        self.compiled = compiled
        #: where the gated rules' matches go (None: the walk passes them by)
        self.gated = gated
        self.decisions = decisions
        self.record = record or decisions.record
        memo = memo or WalkMemo.empty(compiled)
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
            fired = seen[value] = match_value(
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
        inside_drops: Walker | None = None,
    ) -> int:
        """Match the rules on ``elements`` (descendants in document order); return
        how many were visited.

        With ``doomed`` (the elements already dropped by a rule), the descendants
        of a dropped element are skipped, since its rules only matter if the drop
        is vetoed (see :func:`.walk.examine_vetoed`), except that ``inside_drops``
        (the BODY rules) walks them: a body marker vetoes the drops around it.

        This is the hot loop of an extraction, visiting every element once, and is
        kept as one function: its locals are the lookups each element needs (a value
        the memo has not seen is matched here too: a call there cost 0.05 M instructions
        a page). A gated rule, which few elements meet, is a method of its own.
        """
        compiled, record, memo, skip = self.compiled, self.record, self.memo, INLINE_TAGS
        tag_rules, inline_hidden = compiled.tag_walk_rules, compiled.inline_hidden
        name_memo, prefilter = self.name_memo, compiled.word_prefilter
        styles, styles_rule = self.styles, self.styles_rule
        leaf_phrases, leaf_rules = compiled.leaf_phrases, compiled.leaf_text_rules
        tag_limits, tag_skips, gates = compiled.tag_limits, compiled.tag_skips, compiled.gates
        visited = 0
        for element in elements:
            visited += 1
            tag = element.tag
            if tag.__class__ is not str:
                continue
            if tag in skip:
                if inline_hidden and element.get("style") is not None:
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
                    fired = match_value(attribute, value, compiled, name_memo[attribute], prefilter)
                    if styles_rule is not None and styles.hides(attribute, value):
                        fired += (styles_rule,)
                    seen[value] = fired  # with the stylesheet's verdict, for the next element
                for rule in fired:
                    name = rule.name
                    allowed = tag_limits.get(name)
                    if (allowed is None or tag in allowed) and tag not in tag_skips.get(name, ()):
                        if name in gates:
                            self._gate(element, rule, gates[name], doomed)
                            continue
                        record(element, rule)
                        if doomed is not None and rule.effect is Effect.DROP:
                            doomed.add(element)
            if leaf_phrases and not len(element):  # a childless element's own words
                text = element.text
                # a label on a line of its own in indented markup: read without its indentation
                if text and (len(text) < _LABEL_MAX or _padded_label(text)):
                    # read as shown: a label written with soft hyphens is the label
                    normal = collapse_space(text).lower().strip(_LABEL_PUNCTUATION)
                    if normal in leaf_phrases:
                        match_text(element, normal, leaf_rules, record)
            if doomed and element in doomed:
                _pass_over(element, elements, inside_drops)
        return visited

    def _gate(
        self,
        element: HtmlElement,
        rule: Rule,
        gate: Callable[[HtmlElement], bool],
        doomed: set[HtmlElement] | None,
    ) -> None:
        """Test the gated ``rule`` on ``element`` (its ``gate``), when the walk takes
        gated rules: a match is dropped, its inside the walk's inside drops."""
        found = self.gated is not None and self.gated.test(element, rule, gate)
        if found and doomed is not None:
            doomed.add(element)


def _pass_over(
    element: HtmlElement, elements: Iterator[HtmlElement], inside_drops: Walker | None
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


def match_text(element: HtmlElement, normal: str, rules: tuple[Rule, ...], record: Any) -> None:
    for rule in rules:
        match = rule.match
        assert isinstance(match, Text)
        if match.matches_text(normal):
            record(element, rule)
