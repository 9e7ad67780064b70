"""A box of the site's accounts or share buttons in the body (``follow-boxes``): a short
title ("Folgen Sie uns:", "Follow us", "Social Share") over links holding no text
(their icons) to other sites, two at least. Once the pruning takes the links the title
stands alone, a line of its own among the story's. Known before it, by its make: a
story's heading stands over text, and a gallery's linked pictures lead to one site.

Cheap by its gates: a body holding fewer than two links holding no text (counted in
C) is not read further (most hold none); else its text (read once, :mod:`.said_boxes`)
is searched for the stems of such titles' words, and only the short text nodes holding
one are read, picked out in C."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast
from urllib.parse import urlsplit

from lxml import etree

from ..dom.text import RAW_SLACK, stem_bytes, words_length
from ..dom.tree import is_below, remove_element, text_holder
from ..rules.builtin.lexicon.follows import FOLLOW_STEMS
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a box of account links (an engine rule, like ``wall-boxes``:
#: ``disable("follow-boxes")`` switches it off).
FOLLOW_BOXES = Rule(
    "follow-boxes",
    Tags("div section aside"),
    Effect.DROP,
    description="A box of one short title ('Folgen Sie uns:', 'Follow us', 'Social "
    "Share') over links holding no text (icons) to two other sites or more: the site's "
    "accounts or share buttons, not the story.",
)

#: The stems with their UTF-8 bytes, as written and in capitals ("FOLLOW US").
_STEMS = stem_bytes(FOLLOW_STEMS)
#: The text nodes holding the stem ``$word``, at most ``$longest`` long: a title's,
#: picked out in C (compiled once; a story's other text nodes are never read).
_STEM_TEXTS = etree.XPath(
    ".//text()[contains(., $word)][string-length() <= $longest]", regexp=False
)
#: A link to a web address holding no text: an icon's.
_ICON_LINK = "a[not(normalize-space())][starts-with(@href, 'http') or starts-with(@href, '//')]"
_ICON_LINKS = etree.XPath(f"descendant::{_ICON_LINK}")
#: How many such links an element holds, counted in C: a body holding fewer than
#: :data:`_MIN_SITES` (most) is not searched, its text not read.
_ICON_COUNT = etree.XPath(f"count(descendant::{_ICON_LINK})")
#: The least number of sites a box's icon links lead to.
_MIN_SITES = 2
#: What such a box is built as (a table's row of a person's links is no widget).
_BOXES = frozenset(("div", "section", "aside"))
#: What its title is set in: a heading or a line of its own (a bold label inside a
#: share bar's row is the bar's, read with it).
_TITLES = frozenset(("h2", "h3", "h4", "h5", "h6", "p", "div"))


def drop_follow_boxes(
    containers: Sequence[HtmlElement], texts: Sequence[bytes], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the boxes (:func:`_box_of`) of a title over icon links to other sites in
    the body's ``containers``; return them, each with the rule's name. ``texts``: each
    container's text as bytes (:func:`.dom.text.text_bytes`), searched for the stems."""
    removed: list[tuple[HtmlElement, str]] = []
    most = tuning.closing_heading_max_chars
    for container, whole in zip(containers, texts, strict=True):
        if cast(float, _ICON_COUNT(container)) < _MIN_SITES:
            continue
        for word in (word for word, stem in _STEMS if stem in whole):
            found = _STEM_TEXTS(container, word=word, longest=most * RAW_SLACK)
            for text in cast(list[Any], found):
                title = text_holder(text)
                if any(is_below(title, box) for box, _name in removed):
                    continue
                box = _box_of(title, container, most)
                if box is not None:
                    remove_element(box)
                    removed.append((box, FOLLOW_BOXES.name))
    return removed


def _box_of(title: HtmlElement, container: HtmlElement, most: int) -> HtmlElement | None:
    """The box ``title`` (at most ``most`` characters, set in a heading or a line of
    its own) heads: its largest ancestor below ``container`` holding no other text (or
    itself, the icons set after its text), when that is a ``div``, ``section`` or
    ``aside`` whose icon links lead to two sites or more; None for anything else."""
    if title.tag not in _TITLES:
        return None
    length = words_length(title)
    if not length or length > most:
        return None
    box, parent = title, title.getparent()
    while parent is not None and parent is not container and words_length(parent) == length:
        box, parent = parent, parent.getparent()
    if box.tag not in _BOXES:
        return None
    return box if _sites(box) >= _MIN_SITES else None


def _sites(box: HtmlElement) -> int:
    """How many sites the icon links in ``box`` lead to."""
    links = cast(list[HtmlElement], _ICON_LINKS(box))
    return len({urlsplit(link.get("href", "").strip()).netloc.lower() for link in links} - {""})
