"""A box of the site's accounts or share buttons in the body (``follow-boxes``): a short
title ("Folgen Sie uns:", "Follow us", "Share this") over links holding no text (their
icons) to other sites, two at least ("facebook.com", "twitter.com"). Once the pruning
takes the links the title stands alone, a line of its own among the story's. Known
before it, by its make: a story's heading stands over text, and a gallery's linked
pictures lead to one site."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast
from urllib.parse import urlsplit

from lxml import etree

from ..dom.text import words_length
from ..dom.tree import is_below, remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a box of account links (an engine rule, like ``wall-boxes``:
#: ``disable("follow-boxes")`` switches it off).
FOLLOW_BOXES = Rule(
    "follow-boxes",
    Tags("div section aside ul p"),
    Effect.DROP,
    description="A box of one short title ('Folgen Sie uns:', 'Follow us') over links "
    "holding no text (icons) to two other sites or more: the site's accounts or share "
    "buttons, not the story.",
)

#: The links to a web address holding no text: an icon's.
_ICON_LINKS = etree.XPath(
    ".//a[starts-with(@href, 'http') or starts-with(@href, '//')][not(normalize-space())]"
)
#: The least number of sites a box's icon links lead to.
_MIN_SITES = 2
#: What such a box is built as (a table's row of a person's links is no widget).
_BOXES = frozenset(("div", "section", "aside"))
#: What its title is set in: a heading or a line of its own (a bold label inside a
#: share bar's row is the bar's, read with it).
_TITLES = frozenset(("h2", "h3", "h4", "h5", "h6", "p", "div"))


def drop_follow_boxes(
    containers: Sequence[HtmlElement], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the boxes (:func:`_box_of`) of a title over icon links to other sites in
    the body's ``containers``; return them, each with the rule's name."""
    removed: list[tuple[HtmlElement, str]] = []
    for container in containers:
        for link in cast(list[HtmlElement], _ICON_LINKS(container)):
            if any(is_below(link, box) for box, _name in removed):
                continue
            box = _box_of(link, container, tuning.closing_heading_max_chars)
            if box is not None and _sites(box) >= _MIN_SITES:
                remove_element(box)
                removed.append((box, FOLLOW_BOXES.name))
    return removed


def _box_of(link: HtmlElement, container: HtmlElement, most: int) -> HtmlElement | None:
    """The nearest box around ``link`` below ``container`` holding text, when that text
    is at most ``most`` characters, all of it in one title (:data:`_TITLES`); None for
    anything else."""
    box = link.getparent()
    while box is not None and box is not container and words_length(box) == 0:
        box = box.getparent()
    if box is None or box is container or box.tag not in _BOXES:
        return None
    length = words_length(box)
    if length > most:
        return None
    title = next((node for node in box.iter(*_TITLES) if (node.text or "").strip()), None)
    return box if title is not None and words_length(title) == length else None


def _sites(box: HtmlElement) -> int:
    """How many sites the icon links in ``box`` lead to."""
    links = cast(list[HtmlElement], _ICON_LINKS(box))
    return len({urlsplit(link.get("href", "").strip()).netloc.lower() for link in links} - {""})
