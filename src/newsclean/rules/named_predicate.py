"""A predicate that first reads the element's names (:class:`NamedPredicate`): the rules
walk runs such a DROP rule on the elements its class or id names, in place of a pass of
its own. Rule modules build their predicates with it; how the walk indexes them is in
:mod:`.compiled`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

HtmlElement = Any


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
