"""What heads a comment section besides the section headings the ``Role.ENDING`` rules
name: the page's top-rank heading set over the thread ("<h1>Kommentare ( 56 )</h1>",
below a story whose own title is an ``<h1>`` too), and a short label set in a
``<span>`` as a line of its own between blocks ("<span>KOMMENTARE</span>", a template
styling its section labels alike). :func:`.article_end.end_article` reads both as an
``h2``; a span inside a line of text is no label."""

from __future__ import annotations

from typing import Any

from ..dom.tags import BLOCK_TAGS, LINE_BREAKS

HtmlElement = Any

#: The tags read as a heading of the rank below the page's title.
LABEL_TAGS = ("h1", "span")
#: The tag whose ending rules they are read with.
READ_AS = "h2"


def read_as(element: HtmlElement) -> str | None:
    """``READ_AS`` when ``element`` (of :data:`LABEL_TAGS`) heads what follows it: an
    ``h1``, or a span standing as a line of its own (:func:`own_line`); else None."""
    if element.tag == "h1" or own_line(element):
        return READ_AS
    return None


def own_line(element: HtmlElement) -> bool:
    """Whether ``element`` (an inline one) stands as a line of its own: in a block, no
    text beside it, and only blocks or line breaks as its neighbours."""
    if (element.tail or "").strip():
        return False
    parent = element.getparent()
    if parent is None or parent.tag not in BLOCK_TAGS:
        return False
    before = _neighbour(element.itersiblings(preceding=True))
    if before is None:
        if (parent.text or "").strip():
            return False
    elif before.tag not in LINE_BREAKS or (before.tail or "").strip():
        return False
    after = _neighbour(element.itersiblings())
    return after is None or after.tag in LINE_BREAKS


def _neighbour(siblings: Any) -> HtmlElement | None:
    """The first element among ``siblings``, past markup comments."""
    return next((node for node in siblings if isinstance(node.tag, str)), None)
