"""What the engine did to which element, as explain needs it: an engine observer that
numbers the elements once parsed and keeps every decision."""

from __future__ import annotations

from typing import Any

from ..engine.observer import Observer
from ..engine.scoring import Scores
from ..rules.model import Rule
from ..rules.walk import Decisions
from .locators import Locators, mark_elements

HtmlElement = Any

#: Where the text of an ordinary extraction comes from.
PAGE_MARKUP = "the body chosen in the page's markup"


class LoggedDecisions(Decisions):
    """Decisions that also keep every (element, rule) in the order they fired."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[HtmlElement, Rule]] = []

    def record(self, element: HtmlElement, rule: Rule) -> None:
        self.log.append((element, rule))
        super().record(element, rule)

    def note_removed(self, element: HtmlElement, rule: Rule) -> None:
        self.log.append((element, rule))
        super().note_removed(element, rule)


class Trace(Observer):
    """Removals (with the rule or pruning reason; lines of a block too), vetoed drops,
    the scores and the body chosen, plus each element's locators on the page as parsed."""

    def __init__(self) -> None:
        self.removed_elements: list[tuple[HtmlElement, str]] = []
        #: (holder, line, reason): lines taken out of a block, each in an element made for it
        self.removed_lines: list[tuple[HtmlElement, HtmlElement, str]] = []
        self.vetoed_elements: list[tuple[HtmlElement, str, str]] = []
        self.containers: list[HtmlElement] = []
        self.standfirst: list[HtmlElement] = []
        self.scores: Scores | None = None
        self.decisions = LoggedDecisions()
        self.locators: Locators = {}
        self.source = PAGE_MARKUP

    def parsed(self, root: HtmlElement) -> None:
        self.locators = mark_elements(root)

    def new_decisions(self) -> Decisions:
        self.decisions = LoggedDecisions()
        return self.decisions

    def removed(self, element: HtmlElement, reason: str) -> None:
        self.removed_elements.append((element, reason))

    def removed_line(self, holder: HtmlElement, line: HtmlElement, reason: str) -> None:
        self.removed_lines.append((holder, line, reason))

    def left_out(self, element: HtmlElement, reason: str) -> None:
        self.removed_elements.append((element, reason))

    def vetoed(self, element: HtmlElement, reason: str, why: str = "holds the article") -> None:
        self.vetoed_elements.append((element, reason, why))

    def scored(self, scores: Scores) -> None:
        self.scores = scores

    def chose(self, containers: list[HtmlElement], standfirst: list[HtmlElement]) -> None:
        self.containers = list(containers)
        self.standfirst = list(standfirst)

    def sourced(self, source: str) -> None:
        self.source = source
