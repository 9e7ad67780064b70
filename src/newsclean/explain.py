"""Why each block was kept or removed: the engine's decisions as data.

:func:`explain` runs the ordinary pipeline with a trace. Before it runs, every
element gets a stable id and two locators (a CSS path and an XPath) computed on
the page as parsed, so decisions can be shown on the original page even for
elements the pipeline removed. Extracting without ``explain`` pays nothing:
the trace is ``None`` and the rule log is off.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from .api import build_options
from .article import Article
from .document import parse
from .engine import run_pipeline
from .options import CAPTION_RULES
from .registry import Registry, default_registry
from .rules import Effect
from .scoring import best_candidates, link_density, text_of
from .trace import Trace

HtmlElement = Any
#: The attribute holding each element's id while explaining (and in the report).
ID_ATTRIBUTE = "data-newsclean-id"
Decision = Literal["kept", "removed", "body container", "runner-up container", "vetoed"]
#: The private-use characters text rendering leaves in the tree.
_NO_MARKERS = {0xE000: " ", 0xE001: " ", 0xE002: ""}
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
    link_density: float
    score: float | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class Explanation:
    """The article and, for every block decided on, what was decided and why."""

    article: Article
    blocks: tuple[Block, ...]

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
            "rule_counts": self.rule_counts(),
            "blocks": [block.to_dict() for block in self.blocks],
        }


def explain(
    html: str | bytes,
    *,
    url: str | None = None,
    registry: Registry | None = None,
    **options: Any,
) -> Explanation:
    """Extract ``html`` as :func:`newsclean.extract` does and explain every decision."""
    settings = build_options(**options)
    root = parse(html)
    if root is None:
        return Explanation(article=Article(), blocks=())
    locators = mark_elements(root)
    without = CAPTION_RULES if settings.include_captions else frozenset()
    rules = (registry or default_registry()).compiled(url, without=without)
    trace = Trace()
    article, decisions = run_pipeline(root, rules, url, settings, trace)
    hits: dict[int, list[tuple[str, str]]] = {}
    for element, rule in (decisions.log or []) + decisions.removed:
        hits.setdefault(_id(element), []).append((rule.name, rule.effect.value))
    blocks: dict[int, Block] = {}

    def add(element: HtmlElement, decision: Decision, reason: str, score: float | None) -> None:
        number = _id(element)
        if number < 0 or number in blocks:
            return
        blocks[number] = _block(element, number, decision, reason, score, locators, hits)

    scores = trace.scores
    points = scores.points if scores is not None else {}
    for element in trace.containers:
        add(element, "body container", "chosen body", points.get(element))
    if scores is not None:
        for value, element in best_candidates(scores)[1:4]:
            if element not in trace.containers:
                add(element, "runner-up container", "scored lower", value)
    for element, reason in trace.removed:
        add(element, "removed", reason, points.get(element))
    for element, _rule in decisions.removed:
        add(element, "removed", _rule.name, None)
    for element, reason in trace.vetoed:
        add(element, "vetoed", f"{reason} (vetoed: holds the article)", points.get(element))
    for container in trace.containers:
        for element in container.iter(*_KEPT_BLOCKS):
            if element.getparent() is not None and text_of(element).strip():
                add(element, "kept", "inside the body", points.get(element))
    ordered = tuple(sorted(blocks.values(), key=lambda b: b.id))
    return Explanation(article=article, blocks=ordered)


def mark_elements(root: HtmlElement) -> dict[int, tuple[str, str]]:
    """Number every element (in document order) and return its CSS path and XPath."""
    tree = root.getroottree()
    locators: dict[int, tuple[str, str]] = {}
    css_of: dict[HtmlElement, str] = {}
    for number, element in enumerate(root.iter()):
        if not isinstance(element.tag, str):
            continue
        element.set(ID_ATTRIBUTE, str(number))
        parent = element.getparent()
        step = _css_step(element)
        css = f"{css_of[parent]} > {step}" if parent is not None and parent in css_of else step
        css_of[element] = css
        locators[number] = (css, tree.getpath(element))
    return locators


def _css_step(element: HtmlElement) -> str:
    tag = str(element.tag)
    parent = element.getparent()
    if parent is None:
        return tag
    same = [sibling for sibling in parent if sibling.tag == tag]
    if len(same) == 1:
        return tag
    return f"{tag}:nth-of-type({same.index(element) + 1})"


def _id(element: HtmlElement) -> int:
    value = element.get(ID_ATTRIBUTE)
    return int(value) if value is not None and value.isdigit() else -1


def _block(
    element: HtmlElement,
    number: int,
    decision: Decision,
    reason: str,
    score: float | None,
    locators: dict[int, tuple[str, str]],
    hits: dict[int, list[tuple[str, str]]],
) -> Block:
    css, xpath = locators.get(number, ("", ""))
    rules = [RuleHit(name, effect, "self") for name, effect in hits.get(number, [])]
    for ancestor in element.iterancestors():
        for name, effect in hits.get(_id(ancestor), []):
            if effect != Effect.SCORE.value or len(rules) < 12:
                rules.append(RuleHit(name, effect, locators.get(_id(ancestor), ("", ""))[0]))
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
        score=round(score, 2) if score is not None else None,
        text=text[:300],
    )
