"""A box asking the reader to report a mistake in the text by selecting it and pressing
Ctrl+Enter ("Found a typo? Select it and press Ctrl+Enter", "Kļūda rakstā? Iezīmējiet
tekstu un spiediet Ctrl+Enter ...", "Strg+Enter"): the site's tool, set after the story
whatever its names, known in any language by the key combination it teaches. A story's
paragraph on the keys runs longer than such a line, and a list's step (a tutorial's)
is no such line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from lxml import etree

from ..dom.tags import PHRASING_TAGS
from ..dom.text import collapse_space, largest_box_around, text_of, words_length
from ..dom.tree import is_below, remove_element, text_holder
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..tuning.pruning import TYPO_BOX_MAX_CHARS, TYPO_LINE_MAX_CHARS, TYPO_STORY_AFTER_CHARS

HtmlElement = Any

#: Stands in for a rule on a box asking to report a typo (an engine rule, like
#: ``prompt-boxes``: ``disable("typo-report-boxes")`` switches it off).
TYPO_REPORT_BOXES = Rule(
    "typo-report-boxes",
    Tags("div section aside form p span strong"),
    Effect.DROP,
    description="A short line in the body teaching the reader to report a mistake by "
    "selecting it and pressing Ctrl+Enter, in any language, with the small box around it "
    "(its title 'Found a typo?', its button): the site's tool, not the story.",
)

#: The key combination, in any case, "Ctrl+Enter", "Ctrl + Enter", "Strg+Enter" (a
#: German keyboard's).
_KEYS = re.compile(r"\b(?:ctrl|strg)\s*\+\s*enter\b", re.IGNORECASE)
#: What a body's text (:func:`.dom.text.text_bytes`) holds before it is read further.
_STEMS = (b"trl", b"TRL", b"trg", b"TRG")
#: The text nodes holding the first key's name.
_KEY_TEXTS = etree.XPath(
    "descendant::text()[" + " or ".join(f"contains(., '{stem.decode()}')" for stem in _STEMS) + "]",
    regexp=False,
)
#: The blocks such a line is written in (a list's item is a tutorial's step).
_LINE_TAGS = frozenset(("p", "div"))


def drop_typo_boxes(
    containers: Sequence[HtmlElement], texts: Sequence[bytes]
) -> list[tuple[HtmlElement, str]]:
    """Remove the typo-report boxes (see the module's docstring) inside the body's
    ``containers``: the line naming the keys, at most ``TYPO_LINE_MAX_CHARS``, with the
    largest box around it holding at most ``TYPO_BOX_MAX_CHARS`` (and half of its
    container's text). ``texts``: each container's text as bytes, searched first."""
    removed: list[tuple[HtmlElement, str]] = []
    for container, whole in zip(containers, texts, strict=True):
        if not any(stem in whole for stem in _STEMS):
            continue  # most bodies stop here
        found: list[Any] = cast(list[Any], _KEY_TEXTS(container))  # with .getparent()
        for text in found:
            line = _line(text_holder(text), container)
            if line is None or not is_below(line, container):
                continue  # no such line, or gone with a box found before
            box = largest_box_around(line, (container,), TYPO_BOX_MAX_CHARS)
            if box is None:
                box = line
            if 2 * words_length(box) > words_length(container) or _story_after(box, container):
                continue
            remove_element(box)
            removed.append((box, TYPO_REPORT_BOXES.name))
    return removed


def _line(holder: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The block around ``holder`` (a key's name, perhaps set in a span of its own)
    below ``container``, a paragraph or a div whose whole text names the keys and is
    short, or None."""
    block = holder
    while block.tag in PHRASING_TAGS:
        block = block.getparent()
        if block is None:
            return None
    if block is container or block.tag not in _LINE_TAGS:
        return None
    if words_length(block) > TYPO_LINE_MAX_CHARS:
        return None
    return block if _KEYS.search(collapse_space(text_of(block))) else None


def _story_after(box: HtmlElement, container: HtmlElement) -> bool:
    """Whether the story goes on after ``box`` in ``container``: an element after it (or
    after one of its boxes) holds at least ``TYPO_STORY_AFTER_CHARS`` (a tutorial's step
    naming the keys, not the site's box closing the story)."""
    node = box
    while node is not container and node is not None:
        for following in node.itersiblings():
            if isinstance(following.tag, str) and words_length(following) >= TYPO_STORY_AFTER_CHARS:
                return True
        node = node.getparent()
    return False
