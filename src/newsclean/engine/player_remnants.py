"""What is left of an embedded video player once its script-made parts are gone: the
slot it was drawn in (an embed of a video host, or an empty box kept at the clip's
shape by a padding in percent, "padding-bottom: 56.25%") and, in the small box around
it, the short lines that were the player's own: its label ("Video", "Wideo"), the
clip's title, its source line (a ``<cite>``), a running time, a "Play" label. They go
as ``player-remnants``; a line ending a sentence (a caption telling the clip) stays,
and so does a quoted post (an embedded tweet is kept on purpose)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..dom.tags import HEADINGS
from ..dom.text import collapse_space, text_of
from ..dom.tree import remove_element
from ..render.clean_tree import EMBED_ATTRIBUTE
from ..rules.builtin.credit_captions import PLACEHOLDER_STYLE
from ..rules.builtin.lexicon.media import VIDEO_WORDS
from ..rules.matchers import Tags
from ..rules.model import Effect, Role, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a video player's leftover lines (an engine rule, a caption
#: rule: kept with ``include_captions=True``; ``disable("player-remnants")``).
PLAYER_REMNANTS = Rule(
    "player-remnants",
    Tags("div span cite a"),
    Effect.DROP,
    description="The short lines of an embedded video player left in the story once its "
    "script-made parts are gone (its label 'Video', the clip's title, its source, a "
    "running time): the lines with no sentence stop in the small box around the player's "
    "slot, an embed of a video host or an empty box kept at the clip's shape by a "
    "padding in percent.",
    role=Role.CAPTION,
)

#: The slots a player may have been drawn in: a video embed's placeholder, and any
#: element with an inline style (read by PLACEHOLDER_STYLE: a padding in percent or an
#: aspect ratio; an attribute's presence is tested in C, its text only in Python).
_SLOTS = etree.XPath(
    f"descendant::a[@{EMBED_ATTRIBUTE}='video'] | descendant::*[@style]",
    smart_strings=False,
)
#: A word naming a clip: an empty box of a clip's shape is a player's only beside it
#: (a picture's box is kept at its shape alike).
_VIDEO_WORD = re.compile(VIDEO_WORDS, re.IGNORECASE)
#: A line ends a sentence, and is a caption telling the clip, when it ends with one of
#: these (perhaps before a closing quote or bracket: a quote, "... in May.”"); a colon
#: ends the story's line leading to the clip ("Watch the first ferry dock:").
_SENTENCE_END = ".!?。…:："
#: What may close a sentence after its stop: a quote's or a bracket's closing mark.
_CLOSING_MARKS = "\"'”’»)]）」』"
#: What is never one of the player's lines: a quoted post, a list, a table, a heading
#: (the story's own, over the clip), a paragraph, a picture.
_KEPT = (
    *("blockquote", "ul", "ol", "table", "p", "img", "picture"),
    *HEADINGS,
)


def drop_player_remnants(
    containers: list[HtmlElement], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the leftover lines around each video slot of ``containers``
    (:func:`_player_box`, :func:`_remnants`); return them, each with the rule's name."""
    removed: list[tuple[HtmlElement, str]] = []
    for container in containers:
        found = _SLOTS(container)
        assert isinstance(found, list)
        marked: set[HtmlElement] = {slot for slot in found if _is_slot(slot)}
        # the outermost slots: an embed set in a box of its shape is one slot, not two
        slots = [slot for slot in marked if marked.isdisjoint(slot.iterancestors())]
        for slot in slots:
            box = _player_box(slot, marked, container, tuning)
            if box is not None:
                removed.extend(
                    (line, PLAYER_REMNANTS.name) for line in _remnants(slot, box, tuning)
                )
    for line, _name in removed:
        remove_element(line)
    return removed


def _player_box(
    slot: HtmlElement, slots: set[HtmlElement], container: HtmlElement, tuning: Tuning
) -> HtmlElement | None:
    """The player's box around ``slot`` (:func:`_slot_box`), unless it holds another of
    ``slots`` beside it (a list of clips, not one player), a paragraph (the story's,
    beside the clip) or, around an empty box of a clip's shape holding no video embed,
    no word naming a clip (a picture's box is kept at its shape alike)."""
    box = _slot_box(slot, container, tuning)
    if box is None:
        return None
    inside = set(slot.iter())
    if any(node in slots and node not in inside for node in box.iter()):
        return None
    if any(text_of(paragraph).strip() for paragraph in box.iter("p")):
        return None
    embedded = any(node.get(EMBED_ATTRIBUTE) == "video" for node in inside)
    if not embedded and not _VIDEO_WORD.search(text_of(box)):
        return None
    return box


def _is_slot(element: HtmlElement) -> bool:
    """A video embed's placeholder, or an empty box (no text, no picture) kept at a
    clip's shape by its padding in percent."""
    if element.get(EMBED_ATTRIBUTE) is not None:
        return True
    if PLACEHOLDER_STYLE.search(element.get("style") or "") is None:
        return False
    return not text_of(element).strip() and next(element.iter("img", "picture"), None) is None


def _slot_box(slot: HtmlElement, container: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The largest box around ``slot``, below ``container`` and at most
    *player_slot_levels* up, holding at most *player_slot_box_max_chars* of text; None
    when the slot stands alone in the container."""
    node = slot
    for _level in range(tuning.player_slot_levels):
        parent = node.getparent()
        if parent is None or parent is container:
            break
        if len(collapse_space(text_of(parent))) > tuning.player_slot_box_max_chars:
            break
        node = parent
    return None if node is slot else node


def _remnants(slot: HtmlElement, box: HtmlElement, tuning: Tuning) -> Iterator[HtmlElement]:
    """The player's lines in ``box``: each element beside the path from ``box`` down
    to ``slot`` that holds a short text (*player_slot_line_max_chars*) ending no
    sentence, and no quoted post, list, paragraph or picture."""
    path = [slot, *slot.iterancestors()]
    path = path[: path.index(box) + 1]
    for node in path[1:]:
        for child in node:
            if child in path or not isinstance(child.tag, str):
                continue
            text = collapse_space(text_of(child))
            if (
                text
                and len(text) <= tuning.player_slot_line_max_chars
                and text.rstrip(_CLOSING_MARKS)[-1:] not in _SENTENCE_END
                and child.tag not in _KEPT
                and next(child.iter(*_KEPT), None) is None
            ):
                yield child
