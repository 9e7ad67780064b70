"""The same text twice: the standfirst, when it is shown, is not repeated by the body.

Many pages repeat their standfirst as the body's first paragraph. Other repeats are
left alone: a page may repeat a line or a whole passage on purpose (a refrain, a meal
plan for each day), and a copy cannot be told from a repeat by the text alone.
"""

from __future__ import annotations

from typing import Any

from ..dom.text import text_of
from ..dom.tree import remove_element

HtmlElement = Any

#: The blocks compared with the standfirst (the innermost of them).
_BLOCKS = ("p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "dd", "div")


def drop_repeats(leads: list[HtmlElement], containers: list[HtmlElement]) -> list[HtmlElement]:
    """Remove the blocks of ``containers`` that repeat one of the ``leads`` (the shown
    standfirst) word for word; return what was removed."""
    shown = {_words(lead) for lead in leads} - {""}
    if not shown:
        return []
    repeated = []
    for container in containers:
        for element in container.iter(*_BLOCKS):
            if element is container or next(element.iterdescendants(*_BLOCKS), None) is not None:
                continue  # compared through the blocks inside it
            if _words(element) in shown:
                repeated.append(element)
    for element in repeated:
        remove_element(element)
    return repeated


def _words(element: HtmlElement) -> str:
    return " ".join(text_of(element).split())
