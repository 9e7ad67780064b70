"""Explain: every decision of an extraction as data (:mod:`.decisions`), watched
through the engine's observer hook (:mod:`.observer`), and drawn over the page in
a self-contained report (:mod:`.report`)."""

from .decisions import Block, Explanation, RuleHit, explain
from .locators import ID_ATTRIBUTE, mark_elements

__all__ = ["ID_ATTRIBUTE", "Block", "Explanation", "RuleHit", "explain", "mark_elements"]
