"""A media player or picture gallery known by its control labels, whatever the markup
calls it: once several different controls ("Full Screen", "Autoplay", "Skip Ad", "View
Photos", "Mute") read as text stand in one box, the smallest box holding them all is the
player. What else it shows (the clip's or gallery's title, the first slide's caption
and its repeat, a "Buy Photo" link, a close "×") is the player's, not the story's, and
goes with it while it holds short lines only: a story's prose stops it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..dom.text import collapse_space, text_of
from ..rules.model import Effect, Role, Rule, Tags
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a player known by its controls (an engine rule, like
#: ``counted-slides``: ``disable("player-boxes")`` switches it off).
PLAYER_BOXES = Rule(
    "player-boxes",
    Tags("div section figure aside"),
    Effect.DROP,
    description="A media player or gallery known by several different control labels "
    "read as text ('Full Screen', 'Autoplay', 'Skip Ad', 'View Photos'): the smallest box "
    "holding them all, with its titles and captions, when it holds short lines only.",
    role=Role.CAPTION,
)


def player_box(
    labels: Iterable[HtmlElement], container: HtmlElement, tuning: Tuning
) -> HtmlElement | None:
    """The smallest element holding all ``labels`` (each a control label inside
    ``container``), when it is a player's box: below ``container``, with no headline
    (``h1``), no text piece longer than *player_box_line_max_chars* and at most
    *player_box_paragraph_max_chars* in paragraphs (``p``); else None."""
    box = _common_ancestor(list(labels), container)
    if box is None or box.tag not in _BOX_TAGS:
        return None
    if next(box.iter("h1"), None) is not None:
        return None
    longest = tuning.player_box_line_max_chars
    if any(len(collapse_space(piece)) > longest for piece in box.itertext()):
        return None
    paragraphs = sum(len(text_of(paragraph).strip()) for paragraph in box.iter("p"))
    return box if paragraphs <= tuning.player_box_paragraph_max_chars else None


#: What a player's box is set in (a label's own block aside).
_BOX_TAGS = frozenset(("div", "section", "figure", "aside"))


def _common_ancestor(labels: list[HtmlElement], container: HtmlElement) -> HtmlElement | None:
    """The innermost element strictly inside ``container`` holding every label."""
    if not labels:
        return None
    first, others = labels[0], labels[1:]
    for ancestor in first.iterancestors():
        if ancestor is container:
            return None
        if all(_inside(label, ancestor) for label in others):
            return ancestor
    return None


def _inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())
