"""Pay and registration walls inside the body (``wall-boxes``): the box that stops a
story's teaser to ask the reader to subscribe, register or log in before reading on,
with its offers, its log-in note and the FAQ on the account ("Why register?", "What
happens to my data?").

Class names and landmarks tell such a box on many pages, and are hashed or missing on
others. What every wall has is its line: a call to sign up and read on ("Subscribe to
continue reading", "Kostenlos registrieren und weiterlesen", "Wählen Sie Ihren Zugang
und lesen Sie weiter") or the note for those who have an account ("Already a
subscriber? Log in"), a whole short text no story sentence is worded like
(:data:`WALL_LINE`). The line goes with the box it opens: the largest ancestor in
which nothing with words stands before it, still small. A story hidden after the wall
(revealed as the body) stands beside that box, not in it, and stays."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from lxml import etree

from ..dom.text import RAW_SLACK, collapse_space, first_in_parent, stem_bytes, text_of
from ..dom.tree import is_below, remove_element, text_holder
from ..rules.builtin.lexicon.walls import WALL_KEYWORDS, WALL_LINE
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a wall's box (an engine rule, like ``buy-boxes``:
#: ``disable("wall-boxes")`` switches it off).
WALL_BOXES = Rule(
    "wall-boxes",
    Tags("div section aside form p h2 h3 h4"),
    Effect.DROP,
    description="A pay or registration wall in the body: the box opened by a call to sign "
    "up and read on ('Subscribe to continue reading', 'Kostenlos registrieren und "
    "weiterlesen') or by the note for account holders ('Already a subscriber? Log in'), "
    "with its offers and FAQ.",
)

#: A wall's line, read on a lowercased text with its whitespace collapsed.
_WALL_LINE = re.compile(WALL_LINE)
#: The stems a wall's line holds, with their UTF-8 bytes: as written in a sentence
#: ("Subscribe to continue reading") and in capitals ("SUBSCRIBE TO CONTINUE READING",
#: a wall's button or banner), each one plain search of the bytes.
_STEMS = stem_bytes(WALL_KEYWORDS)
#: Where a wall's box stops: never the page itself.
_PAGE_TAGS = frozenset(("body", "html"))


def drop_wall_boxes(
    containers: Sequence[HtmlElement], texts: Sequence[bytes], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the wall boxes (:data:`WALL_BOXES`) in the body's ``containers``; return
    them, each with the rule's name. ``texts``: each container's text as bytes
    (:func:`.dom.text.text_bytes`), searched for the stems, which leave out the first
    letter, whose case changes, and come in capitals too."""
    removed: list[tuple[HtmlElement, str]] = []
    for container, whole in zip(containers, texts, strict=True):
        words = tuple(word for word, stem in _STEMS if stem in whole)
        if not words:
            continue
        most = tuning.wall_line_max_chars
        for line in _wall_lines(container, _stem_texts(words, most * RAW_SLACK), most):
            if any(is_below(line, box) for box, _ in removed):
                continue
            box = _box_opened(line, containers, tuning.wall_box_max_chars)
            remove_element(box)
            removed.append((box, WALL_BOXES.name))
    return removed


@cache
def _stem_texts(words: tuple[str, ...], longest: int) -> etree.XPath:
    """The text nodes holding one of ``words`` (the stems the container's text holds),
    at most ``longest`` long (a longer one is in no line), picked out in C: a story's
    other text nodes are never read in Python."""
    tests = " or ".join(f"contains(., '{word}')" for word in words)
    return etree.XPath(f".//text()[{tests}][string-length() <= {longest}]", regexp=False)


def _wall_lines(container: HtmlElement, stem_texts: etree.XPath, most: int) -> list[HtmlElement]:
    """The elements of ``container`` whose whole text is a wall's line, found from its
    text nodes ``stem_texts`` picks, in document order."""
    lines: list[HtmlElement] = []
    texts = stem_texts(container)
    assert isinstance(texts, list)
    for text in texts:
        line = _line_of(text_holder(text), container, most)
        if line is not None and line not in lines:
            lines.append(line)
    return lines


def _line_of(element: HtmlElement, container: HtmlElement, most: int) -> HtmlElement | None:
    """The largest of ``element`` and its ancestors below ``container`` whose whole text,
    at most ``most`` long, is a wall's line; None when there is none."""
    found = None
    while element is not None and element is not container:
        raw = text_of(element)
        if len(raw) > most * RAW_SLACK:
            break
        text = collapse_space(raw)
        if len(text) > most:
            break
        if _WALL_LINE.fullmatch(text.lower()):
            found = element
        element = element.getparent()
    return found


def _box_opened(line: HtmlElement, containers: Sequence[HtmlElement], most: int) -> HtmlElement:
    """The box the wall's ``line`` opens: its largest ancestor below the body's
    ``containers`` in which nothing with words comes before it, holding at most
    ``most`` characters; the line itself when it opens none."""
    box = line
    while first_in_parent(box):
        parent = box.getparent()
        if parent in containers or parent.tag in _PAGE_TAGS or len(text_of(parent)) > most:
            break
        box = parent
    return box
