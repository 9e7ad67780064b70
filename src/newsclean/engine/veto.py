"""The veto on DROP rules: a rule about one kind of boilerplate must not take the
article with it."""

from __future__ import annotations

from typing import Any

from ..dom.text import link_length, paragraph_text, text_length, text_of
from ..rules.model import Rule
from ..rules.walk import Decisions
from ..settings import Tuning

HtmlElement = Any


class Veto:
    """Decides whether a DROP rule's element must stay after all.

    A rule's ``max_chars`` vetoes it on elements with more text than that; a
    strong rule is never vetoed otherwise. A DROP is vetoed when its element
    holds a BODY-marked element, or holds the headline and
    ``Tuning.veto_share_with_headline`` of the page's paragraph text (or of its
    prose outside links), or ``Tuning.veto_share_without_headline`` of it
    without the headline. Elements under ``Tuning.veto_min_chars`` are not vetoed.
    """

    def __init__(self, body: HtmlElement, headlines: list[HtmlElement], tuning: Tuning) -> None:
        self.body = body
        self.tuning = tuning
        self._totals: tuple[int, int] | None = None
        self.headline_holders: set[HtmlElement] = set()
        for h1 in headlines:
            self.headline_holders.update(h1.iterancestors())
        self.protected: set[HtmlElement] = set()

    def totals(self) -> tuple[int, int]:
        """The page's paragraph text and prose, measured once, when first needed."""
        if self._totals is None:
            paragraphs = paragraph_text(self.body) or 1
            prose = (text_length(self.body) - link_length(self.body)) or 1
            self._totals = (paragraphs, prose)
        return self._totals

    def protect(self, decisions: Decisions) -> None:
        """Protect the BODY-marked elements and their ancestors."""
        for marked, _rule in decisions.body:
            self.protected.add(marked)
            self.protected.update(marked.iterancestors())

    def keeps(self, element: HtmlElement, rule: Rule) -> bool:
        """True when ``rule`` must not remove ``element``."""
        if rule.max_chars is not None and len(text_of(element).strip()) > rule.max_chars:
            return True
        if rule.strong:
            return False
        if element in self.protected:
            return True
        if element.tag == "p":
            return False
        tuning = self.tuning
        with_headline = tuning.veto_share_with_headline
        text = len(text_of(element))  # for a small element, faster than an XPath count
        if text < tuning.veto_min_chars or text < with_headline * min(self.totals()):
            return False  # too little text to hold a share that vetoes
        paragraphs, prose = self.totals()
        share = paragraph_text(element) / paragraphs
        share = max(share, (text - link_length(element)) / prose)
        if element in self.headline_holders:
            return share >= with_headline
        # without the headline only a page-sized share vetoes: a consent dialog may well
        # hold more text than the article it hides
        return share >= tuning.veto_share_without_headline
