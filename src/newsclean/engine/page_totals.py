"""The page's totals the veto weighs a drop against (:class:`PageTotals`): its paragraph
text and its prose, measured when a drop first needs them and kept up to date as the
drops remove elements.

The prose of the page's list items written in sentences (paragraph text as much as a
``<p>``'s) is read last, only once a drop holds enough text to need it: before that a
drop is weighed against the ``<p>`` text alone, which is at most the paragraph text,
and one too small for that share is too small for the whole. Most pages' menus and
footers go before then, and their list items are not read (list items are the costliest
part of the measure).
"""

from __future__ import annotations

from typing import Any

from ..dom.text import link_length, paragraph_text, text_length
from ..settings import Tuning
from .scoring import list_prose

HtmlElement = Any


class PageTotals:
    """The page's paragraph text and prose, each at least 1 (see the module)."""

    def __init__(self, body: HtmlElement, tuning: Tuning) -> None:
        self.body = body
        self.tuning = tuning
        #: the paragraph text (list items' prose once read) and the prose (None: not
        #: measured yet)
        self._totals: list[int] | None = None
        #: the page's list items written in sentences, with their prose (None: not read)
        self._list_prose: dict[HtmlElement, int] | None = None

    @property
    def measured(self) -> bool:
        """Whether the page has been measured (a removal must then be counted)."""
        return self._totals is not None

    def _base(self) -> list[int]:
        """The totals as measured so far, the ``<p>`` text and the prose measured first."""
        if self._totals is None:
            body = self.body
            self._totals = [paragraph_text(body), text_length(body) - link_length(body)]
        return self._totals

    def floor(self) -> int:
        """At most the smaller of the two totals, without reading the list items."""
        paragraphs, prose = self._base()
        return min(max(paragraphs, 1), max(prose, 1))

    def totals(self) -> tuple[int, int]:
        """The page's paragraph text and prose (at least 1 each)."""
        totals = self._base()
        if self._list_prose is None:
            self._list_prose = list_prose(self.body, self.tuning)
            totals[0] += sum(self._list_prose.values())
        paragraphs, prose = totals
        return max(paragraphs, 1), max(prose, 1)

    def prose_in_lists(self, element: HtmlElement) -> int:
        """The prose of the page's list items written in sentences inside ``element``
        (0 while the list items are not read: the totals then hold none)."""
        prose = self._list_prose
        return sum(prose.get(item, 0) for item in element.iter("li")) if prose else 0

    def removed(self, element: HtmlElement, size: int, links: int | None, held: int | None) -> None:
        """``element``, with ``size`` characters of text, ``links`` of them in links and
        ``held`` of paragraph text (None: not measured), was removed: its text leaves
        the totals."""
        totals = self._totals
        if totals is None or not size:
            return
        # most removed elements hold no paragraph, many no link: a look for the first
        # costs less than evaluating the expression that measures them
        if held is None:
            held = self.prose_in_lists(element)
            if next(element.iter("p"), None) is not None:
                held += paragraph_text(element)
        totals[0] -= held
        if links is None:
            links = link_length(element) if next(element.iter("a"), None) is not None else 0
        totals[1] -= size - links
