"""Writers' links under another story's headline: the byline of a teaser card.

A page lists related stories as cards, each with its headline and its own byline,
the writer's name linked with ``rel=author`` as the story's own is. Co-writers of the
story stand together in its byline; a writer linked after a headline that opens between
the story's byline and his link signs another story, not this one. The test walks the
tree, not the page's text, so it costs nothing on the many pages with one writer.
"""

from __future__ import annotations

from typing import Any

from ..dom.tags import HEADINGS

HtmlElement = Any

_HEADING_TAGS = tuple(sorted(HEADINGS))


def heading_between(first: HtmlElement, later: HtmlElement) -> bool:
    """True when a headline (``h1``-``h6``) opens after ``first`` and before ``later``
    in page order (``later`` comes after ``first``); a headline holding either link is
    its own byline's, not one between them."""
    above_first = {id(node): node for node in (first, *first.iterancestors())}
    node = later
    parent = node.getparent()
    while parent is not None and id(parent) not in above_first:
        if any(_holds_heading(s) for s in node.itersiblings(preceding=True)):
            return True
        node, parent = parent, parent.getparent()
    if parent is None:
        return False
    branch = first
    while branch.getparent() is not parent:
        if any(_holds_heading(s) for s in branch.itersiblings()):
            return True
        branch = branch.getparent()
    for sibling in branch.itersiblings():
        if sibling is node:
            return False
        if _holds_heading(sibling):
            return True
    return False


def _holds_heading(element: HtmlElement) -> bool:
    """True for a headline or an element holding one."""
    if not isinstance(element.tag, str):
        return False  # a comment or a processing instruction
    return element.tag in HEADINGS or next(element.iter(*_HEADING_TAGS), None) is not None
