"""A section opening with a pointer line: a heading over a line that points to another
page with a label of its own ("Main article: <a>...</a>", "See also: <a>...</a>"), the
section's text going on after it. The pointer goes as a teaser link; the heading is the
section's title, not the pointer's label, and stays (engine/prune.py)."""

from __future__ import annotations

from typing import Any

from ..dom.tags import HEADINGS, SECTION_HEADINGS
from ..dom.text import link_density, text_of
from ..dom.tree import next_element
from ..tuning.pruning import (
    LINK_LIST_LABEL_WORDS,
    SECTION_PROSE_CHARS,
    SECTION_PROSE_LINK_DENSITY,
)
from .link_parts import split_at_first_link

HtmlElement = Any

#: Siblings read after the pointer for the section's text (a limit on work).
_SECTION_READ = 6


def heads_section(heading: HtmlElement, links: HtmlElement) -> bool:
    """True when ``heading`` (the heading right before the link block ``links``) titles a
    section that goes on with the story's text: ``links`` opens with a label of its own
    ending in a colon, and the first sibling after it that holds text (pictures and
    emptied boxes passed over), before the next heading of ``heading``'s rank or higher,
    is a paragraph's worth of prose (:data:`SECTION_PROSE_CHARS`, mostly outside links).
    A "Related" heading over its list, or over a pointer that closes its box, has no such
    text and goes with it."""
    if heading.tag not in SECTION_HEADINGS or not _labelled(links):
        return False
    sibling = next_element(links)
    for _ in range(_SECTION_READ):
        if sibling is None or (sibling.tag in HEADINGS and sibling.tag <= heading.tag):
            return False
        text = text_of(sibling).strip()
        if text:  # the first text after the pointer is the section's prose, or no section
            return (
                len(text) >= SECTION_PROSE_CHARS
                and link_density(sibling, len(text)) < SECTION_PROSE_LINK_DENSITY
            )
        sibling = next_element(sibling)  # past a picture or an emptied box
    return False


def _labelled(links: HtmlElement) -> bool:
    """True when ``links`` opens with a few words of its own ending in a colon before its
    first link ("Main article:", "See also:", "Weitere Informationen:")."""
    parts = split_at_first_link(links)
    label = parts[0] if parts else ""
    return label.endswith(":") and len(label.split()) <= LINK_LIST_LABEL_WORDS
