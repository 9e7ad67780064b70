"""Why each block was kept or removed: the engine's decisions as data.

:func:`explain` runs the ordinary extraction with a :class:`~.observer.Trace`
watching. Before the engine runs, every element gets a stable id and two locators
(a CSS path and an XPath) computed on the page as parsed, so decisions can be
shown on the original page even for elements the pipeline removed. Extracting
without ``explain`` pays nothing: the engine's default observer ignores everything.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from ..api import make_request, run
from ..article import Article
from ..dom.hints import without_hints
from ..dom.spelling import composed
from ..dom.text import collapse_space, link_density, text_of, words_link_density
from ..engine.scoring import best_candidates
from ..rules.model import Effect
from .locators import Locators, element_id
from .observer import PAGE_MARKUP, Trace

HtmlElement = Any

Decision = Literal[
    "kept", "removed", "body container", "standfirst", "runner-up container", "vetoed"
]
#: The reasons of the blocks no rule decided on: a container chosen, a block inside one,
#: the standfirst, and the runner-up containers, told by where each stands to the body
#: chosen (one inside it is output with it; one holding it, only as far as it is the body).
CHOSEN_BODY = "chosen body"
INSIDE_BODY = "inside the body"
STANDFIRST = "the standfirst (Article.standfirst)"
SCORED_LOWER = "scored lower"
RUNNER_UP_INSIDE = "inside the chosen body (scored lower)"
RUNNER_UP_HOLDING = "holds the chosen body (scored lower)"
#: ... one in the standfirst (its text is Article.standfirst), and one in a block
#: removed (followed by the block's reason).
RUNNER_UP_IN_STANDFIRST = "inside the standfirst (scored lower)"
RUNNER_UP_REMOVED_IN = "inside a block removed by"
#: The private-use characters text rendering leaves in the tree.
_NO_MARKERS = {0xE000: " ", 0xE001: " ", 0xE002: "", 0xE003: " "}
_KEPT_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table", "figure")
#: Rule hits of the ``score`` effect listed per block, beyond which an ancestor's are left out.
_MAX_SCORE_HITS = 12
#: (rule name, effect, the veto that stopped it there or "") per element number.
_Hits = dict[int, list[tuple[str, str, str]]]


@attrs.frozen
class RuleHit:
    """A rule that fired on a block or on one of its ancestors."""

    rule: str
    effect: str
    on: str  # "self" or the CSS path of the ancestor it fired on
    #: the veto that stopped this drop there (``holds the article``, or the rule that
    #: spared the element), empty when none did: a vetoed drop removed nothing
    vetoed: str = ""


@attrs.frozen
class Block:
    """One element the engine decided on."""

    id: int
    css: str
    xpath: str
    decision: Decision
    reason: str
    rules: tuple[RuleHit, ...]
    text_length: int
    #: share of the text inside links, as most link decisions read it (the
    #: indentation inside links counts as link text)
    link_density: float
    #: the same share with whitespace collapsed on both sides, as a long block's
    #: link-list decision reads it: a paragraph beside indented topic links reads 1.0
    #: above and little here
    words_link_density: float
    score: float | None
    #: the block's whole text, whitespace collapsed (what :meth:`Explanation.find` reads)
    text: str
    #: a line of the element (its text between two line breaks) removed from it, not the
    #: element itself, which has a block of its own when one was decided on
    line: bool = False

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class Explanation:
    """The article and, for every block decided on, what was decided and why."""

    article: Article
    blocks: tuple[Block, ...]
    #: where the text comes from: the body chosen in the markup, or the fallback on
    #: the page's structured data (``structured-data-body: JSON-LD articleBody``)
    source: str = PAGE_MARKUP

    def rule_counts(self) -> dict[str, int]:
        """How many removed blocks each rule or pruning reason accounts for."""
        counts: dict[str, int] = {}
        for block in self.blocks:
            if block.decision == "removed":
                counts[block.reason] = counts.get(block.reason, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def find(self, needle: str) -> list[Block]:
        """The blocks whose text contains ``needle``, innermost first, compared as
        ``Article.text`` shows a text: in NFC, whitespace collapsed, the layout's
        invisible hints (a soft hyphen inside a word) left out, on both sides."""
        wanted = _as_shown(needle)
        found = [b for b in self.blocks if wanted and wanted in _as_shown(b.text)]
        return sorted(found, key=lambda b: b.text_length)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(renderings=False),
            "source": self.source,
            "rule_counts": self.rule_counts(),
            "blocks": [block.to_dict() for block in self.blocks],
        }


def _as_shown(text: str) -> str:
    """``text`` as :meth:`Explanation.find` compares it (lower case)."""
    return collapse_space(composed(without_hints(text))).lower()


def explain(html: str | bytes, **options: Any) -> Explanation:
    """Extract ``html`` as :func:`newsclean.extract` does, with the same keyword options
    (``url``, ``registry``, ``rules``, limits and every output option), and explain
    every decision."""
    request = make_request(**options)
    trace = Trace()
    article = run(html, request, trace)
    if not trace.locators:
        return Explanation(article=article, blocks=(), source=trace.source)
    found = _Found(trace.locators, _rule_hits(trace))
    scores = trace.scores
    points = scores.points if scores is not None else {}
    for element in trace.containers:
        found.add(element, "body container", CHOSEN_BODY, points.get(element))
    for element in trace.standfirst:
        found.add(element, "standfirst", STANDFIRST, points.get(element))
    for element, reason in trace.removed_elements:
        found.add(element, "removed", reason, points.get(element))
    for element, rule in trace.decisions.removed:
        found.add(element, "removed", rule.name, None)
    for element, reason, why in trace.vetoed_elements:
        found.add(element, "vetoed", f"{reason} (vetoed: {why})", points.get(element))
    if scores is not None:  # after the removals: a runner-up a rule took is named by it
        ranked = best_candidates(scores, request.options.tuning.candidates)
        for value, element in ranked[1:4]:
            if element not in trace.containers:
                reason = _runner_up(element, trace, found)
                found.add(element, "runner-up container", reason, value)
    for container in trace.containers:
        for element in container.iter(*_KEPT_BLOCKS):
            if element.getparent() is not None and text_of(element).strip():
                found.add(element, "kept", INSIDE_BODY, points.get(element))
    for holder, line, reason in trace.removed_lines:
        found.add_line(holder, line, reason)
    ordered = tuple(sorted(found.blocks(), key=lambda b: (b.id, b.line)))
    return Explanation(article=article, blocks=ordered, source=trace.source)


def _rule_hits(trace: Trace) -> _Hits:
    """Every rule that fired, by element number, each drop with the veto that stopped
    it there (none where the element went for that rule after all)."""
    removed = {(element_id(element), reason) for element, reason in trace.removed_elements}
    vetoes: dict[tuple[int, str], str] = {}
    for element, reason, why in trace.vetoed_elements:
        vetoes.setdefault((element_id(element), reason), why)
    hits: _Hits = {}
    decisions = trace.decisions
    for element, rule in decisions.log + decisions.removed:
        number = element_id(element)
        key = (number, rule.name)
        vetoed = vetoes.get(key, "") if rule.effect is Effect.DROP and key not in removed else ""
        hits.setdefault(number, []).append((rule.name, rule.effect.value, vetoed))
    return hits


def _runner_up(element: HtmlElement, trace: Trace, found: _Found) -> str:
    """Why a runner-up container is reported, by where it stands to the body chosen: in
    the standfirst, in a block removed (named by its reason), inside the body, holding
    it, or apart from it."""
    ancestors = list(element.iterancestors())
    if not set(trace.standfirst).isdisjoint(ancestors):
        return RUNNER_UP_IN_STANDFIRST
    top = ancestors[-1] if ancestors else element
    if top is not element.getroottree().getroot():  # the block removed that held it
        removed = found.elements.get(element_id(top))
        reason = removed.reason if removed is not None else "an engine stage"
        return f"{RUNNER_UP_REMOVED_IN} {reason} (scored lower)"
    if not set(trace.containers).isdisjoint(ancestors):
        return RUNNER_UP_INSIDE
    if any(element in container.iterancestors() for container in trace.containers):
        return RUNNER_UP_HOLDING
    return SCORED_LOWER


class _Found:
    """The blocks decided on, the first decision told for each element kept."""

    def __init__(self, locators: Locators, hits: _Hits) -> None:
        self.locators = locators
        self.hits = hits
        self.elements: dict[int, Block] = {}
        self.lines: list[Block] = []

    def blocks(self) -> list[Block]:
        return [*self.elements.values(), *self.lines]

    def add(
        self, element: HtmlElement, decision: Decision, reason: str, score: float | None
    ) -> None:
        number = element_id(element)
        if number < 0 or number in self.elements:
            return
        rules = self._rules(number, element.iterancestors())
        self.elements[number] = self._block(element, number, decision, reason, score, rules)

    def add_line(self, holder: HtmlElement, line: HtmlElement, reason: str) -> None:
        """A line taken out of ``holder`` (``line``: an element made for it, out of the
        tree), reported at its holder's place with the rules of the holder and above."""
        number = element_id(holder)
        if number >= 0:
            rules = self._rules(-1, itertools.chain((holder,), holder.iterancestors()))
            self.lines.append(self._block(line, number, "removed", reason, None, rules, True))

    def _rules(self, number: int, ancestors: Iterable[HtmlElement]) -> tuple[RuleHit, ...]:
        """The rules that fired on element ``number`` and on ``ancestors``."""
        rules = [
            RuleHit(name, effect, "self", vetoed)
            for name, effect, vetoed in self.hits.get(number, [])
        ]
        for ancestor in ancestors:
            above = element_id(ancestor)
            for name, effect, vetoed in self.hits.get(above, []):
                if effect != Effect.SCORE.value or len(rules) < _MAX_SCORE_HITS:
                    on = self.locators.get(above, ("", ""))[0]
                    rules.append(RuleHit(name, effect, on, vetoed))
        return tuple(dict.fromkeys(rules))

    def _block(
        self,
        element: HtmlElement,
        number: int,
        decision: Decision,
        reason: str,
        score: float | None,
        rules: tuple[RuleHit, ...],
        line: bool = False,
    ) -> Block:
        css, xpath = self.locators.get(number, ("", ""))
        text = " ".join(text_of(element).translate(_NO_MARKERS).split())
        return Block(
            id=number,
            css=css,
            xpath=xpath,
            decision=decision,
            reason=reason,
            rules=rules,
            text_length=len(text),
            link_density=round(link_density(element, len(text)), 3) if text else 0.0,
            words_link_density=round(words_link_density(element, len(text)), 3) if text else 0.0,
            score=round(score, 2) if score is not None else None,
            text=text,
            line=line,
        )
