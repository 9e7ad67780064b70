"""What the engine hands back for one page (:class:`Extraction`): a value class of
its own, so that the stages that shape it (the comments read by their shape among
them) need not import the pipeline."""

from __future__ import annotations

from typing import Any

import attrs

from ..metadata.comment_parts import CommentParts
from ..render.clean_tree import Snapshot

HtmlElement = Any


@attrs.frozen
class Extraction:
    """What the engine found: the body as text and as serialised HTML, its standfirst,
    and the page's reader-comment sections (when comments were asked for)."""

    text: str
    snapshot: Snapshot
    comment_sections: tuple[HtmlElement, ...] = ()
    #: the standfirst (the summary between headline and body), apart from ``text``
    standfirst: str | None = None
    #: reader comments known by their shape (each item one comment, replies nested in
    #: it), when comments were asked for and the page's names found no section
    comment_items: tuple[CommentParts, ...] = ()
