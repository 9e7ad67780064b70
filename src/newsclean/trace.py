"""What the engine did to which element, noted only when a caller asks (explain mode)."""

from __future__ import annotations

from typing import Any

import attrs

from .scoring import Scores

HtmlElement = Any


@attrs.define
class Trace:
    """Removals (with the rule or pruning reason), vetoed drops, and the body chosen."""

    removed: list[tuple[HtmlElement, str]] = attrs.field(factory=list)
    vetoed: list[tuple[HtmlElement, str]] = attrs.field(factory=list)
    containers: list[HtmlElement] = attrs.field(factory=list)
    scores: Scores | None = None
