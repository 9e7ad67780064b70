"""The one hook through which a caller watches the engine decide (``newsclean.explain``).

The engine reports every removal, veto and choice to an :class:`Observer`; the
default one ignores them, so extracting without explaining pays only for a few
method calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..dom.tree import remove_element
from ..rules.model import Rule
from ..rules.walk import Decisions
from .scoring import Scores

HtmlElement = Any


class Observer:
    """Receives the engine's decisions as they are made; this base class ignores them."""

    def parsed(self, root: HtmlElement) -> None:
        """The page was parsed into ``root`` and nothing is decided yet."""

    def new_decisions(self) -> Decisions:
        """The record the rules write their matches into (a subclass may log them)."""
        return Decisions()

    def removed(self, element: HtmlElement, reason: str) -> None:
        """``element`` was removed, by the rule or pruning step named ``reason``."""

    def removed_line(self, holder: HtmlElement, line: HtmlElement, reason: str) -> None:
        """A line of ``holder`` (its text between two line breaks, gathered in ``line``,
        an element made for it and out of the tree) was removed, for ``reason``."""

    def left_out(self, element: HtmlElement, reason: str) -> None:
        """``element``, a box beside the body, was left out of it by the rule named
        ``reason``: it stays in the tree, outside the article."""

    def vetoed(self, element: HtmlElement, reason: str, why: str = "holds the article") -> None:
        """The DROP rule named ``reason`` was vetoed on ``element``, for ``why``."""

    def scored(self, scores: Scores) -> None:
        """The containers were scored."""

    def chose(self, containers: list[HtmlElement], standfirst: list[HtmlElement]) -> None:
        """``containers`` are the article's body as rendered (told after every stage
        that may remove one), in document order, and ``standfirst`` the elements of
        its standfirst."""

    def sourced(self, source: str) -> None:
        """The text was read from ``source`` (the page's structured data) instead of
        the body chosen in the markup."""


#: The observer of an ordinary extraction.
QUIET = Observer()


def record_removed(
    found: Iterable[tuple[HtmlElement, str]],
    rule: Rule,
    decisions: Decisions,
    observer: Observer,
) -> None:
    """Record each element an engine rule removed (``found``, each with the name it
    reports) as ``rule``'s decision, so that the drops and ``explain()`` know it, and
    report the removal to ``observer``."""
    for element, reason in found:
        decisions.record(element, rule)
        observer.removed(element, reason)


def remove_recorded(
    element: HtmlElement, rule: Rule, decisions: Decisions, observer: Observer
) -> None:
    """Remove ``element`` as an engine ``rule``'s decision: out of the tree, recorded
    and reported (:func:`record_removed`) under the rule's name."""
    remove_element(element)
    record_removed(((element, rule.name),), rule, decisions, observer)
