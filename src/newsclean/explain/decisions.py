"""Why each block was kept or removed: the engine's decisions as data.

:func:`explain` runs the ordinary extraction with a :class:`~.observer.Trace`
watching. Before the engine runs, every element gets a stable id and two locators
(a CSS path and an XPath) computed on the page as parsed, so decisions can be
shown on the original page even for elements the pipeline removed. Extracting
without ``explain`` pays nothing: the engine's default observer ignores everything.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..api import make_request, run
from ..article import Article
from ..dom.text import link_density, text_of, words_link_density
from ..engine.scoring import best_candidates
from ..rules.model import Effect
from .locators import Locators, element_id
from .observer import PAGE_MARKUP, Trace

HtmlElement = Any

Decision = Literal[
    "kept", "removed", "body container", "standfirst", "runner-up container", "vetoed"
]
#: The private-use characters text rendering leaves in the tree.
_NO_MARKERS = {0xE000: " ", 0xE001: " ", 0xE002: "", 0xE003: " "}
_KEPT_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table", "figure")


@attrs.frozen
class RuleHit:
    """A rule that fired on a block or on one of its ancestors."""

    rule: str
    effect: str
    on: str  # "self" or the CSS path of the ancestor it fired on


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
    text: str

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
        """The blocks whose text contains ``needle`` (whitespace-normalised), innermost first."""
        wanted = " ".join(needle.split()).lower()
        found = [b for b in self.blocks if wanted and wanted in b.text.lower()]
        return sorted(found, key=lambda b: b.text_length)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(renderings=False),
            "source": self.source,
            "rule_counts": self.rule_counts(),
            "blocks": [block.to_dict() for block in self.blocks],
        }


def explain(html: str | bytes, **options: Any) -> Explanation:
    """Extract ``html`` as :func:`newsclean.extract` does, with the same keyword options
    (``url``, ``registry``, ``rules``, limits and every output option), and explain
    every decision."""
    request = make_request(**options)
    trace = Trace()
    article = run(html, request, trace)
    if not trace.locators:
        return Explanation(article=article, blocks=(), source=trace.source)
    decisions = trace.decisions
    hits: dict[int, list[tuple[str, str]]] = {}
    for element, rule in decisions.log + decisions.removed:
        hits.setdefault(element_id(element), []).append((rule.name, rule.effect.value))
    blocks: dict[int, Block] = {}

    def add(element: HtmlElement, decision: Decision, reason: str, score: float | None) -> None:
        number = element_id(element)
        if number < 0 or number in blocks:
            return
        blocks[number] = _block(element, number, decision, reason, score, trace.locators, hits)

    scores = trace.scores
    points = scores.points if scores is not None else {}
    for element in trace.containers:
        add(element, "body container", "chosen body", points.get(element))
    for element in trace.standfirst:
        add(element, "standfirst", "the standfirst (Article.standfirst)", points.get(element))
    for element, reason in trace.removed_elements:
        add(element, "removed", reason, points.get(element))
    for element, rule in decisions.removed:
        add(element, "removed", rule.name, None)
    for element, reason, why in trace.vetoed_elements:
        add(element, "vetoed", f"{reason} (vetoed: {why})", points.get(element))
    if scores is not None:  # after the removals: a runner-up a rule took is named by it
        ranked = best_candidates(scores, request.options.tuning.candidates)
        for value, element in ranked[1:4]:
            if element not in trace.containers:
                add(element, "runner-up container", "scored lower", value)
    for container in trace.containers:
        for element in container.iter(*_KEPT_BLOCKS):
            if element.getparent() is not None and text_of(element).strip():
                add(element, "kept", "inside the body", points.get(element))
    ordered = tuple(sorted(blocks.values(), key=lambda b: b.id))
    return Explanation(article=article, blocks=ordered, source=trace.source)


def _block(
    element: HtmlElement,
    number: int,
    decision: Decision,
    reason: str,
    score: float | None,
    locators: Locators,
    hits: dict[int, list[tuple[str, str]]],
) -> Block:
    css, xpath = locators.get(number, ("", ""))
    rules = [RuleHit(name, effect, "self") for name, effect in hits.get(number, [])]
    for ancestor in element.iterancestors():
        for name, effect in hits.get(element_id(ancestor), []):
            if effect != Effect.SCORE.value or len(rules) < 12:
                rules.append(RuleHit(name, effect, locators.get(element_id(ancestor), ("", ""))[0]))
    text = " ".join(text_of(element).translate(_NO_MARKERS).split())
    return Block(
        id=number,
        css=css,
        xpath=xpath,
        decision=decision,
        reason=reason,
        rules=tuple(dict.fromkeys(rules)),
        text_length=len(text),
        link_density=round(link_density(element, len(text)), 3) if text else 0.0,
        words_link_density=round(words_link_density(element, len(text)), 3) if text else 0.0,
        score=round(score, 2) if score is not None else None,
        text=text[:300],
    )
