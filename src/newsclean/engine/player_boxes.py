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
from ..dom.tree import common_ancestor
from ..rules.builtin.widget_lines import CLIP_RUNNING_TIMES, PLAYER_COUNTDOWNS
from ..rules.matchers import Tags
from ..rules.model import Effect, Role, Rule
from ..settings import Tuning
from ..tuning.widgets import CLIP_BOX_MAX_CHARS, CLIP_TITLE_MAX_CHARS

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
    box = common_ancestor(list(labels))
    if box is None or box is container or box.tag not in _BOX_TAGS:
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


#: A title ends with no sentence stop.
_SENTENCE_END = ".!?。"

#: Stands in for a rule on the title of a clip whose running-time line a rule took (an
#: engine rule: ``disable("clip-titles")`` switches it off).
CLIP_TITLES = Rule(
    "clip-titles",
    Tags("div p span h2 h3 h4 h5 h6"),
    Effect.DROP,
    description="An embedded clip's title: the short line, with no sentence stop, right "
    "before the clip's running-time line (clip-running-times) or its player's countdown "
    "(player-countdowns) in a small box of its own.",
)


def clip_title(running_time: HtmlElement) -> HtmlElement | None:
    """The clip's title before ``running_time`` (a clip's running-time line a rule took):
    its sibling right before it, with no text between them, a short line
    (*CLIP_TITLE_MAX_CHARS*) with no sentence stop and no picture, in a box holding at
    most *CLIP_BOX_MAX_CHARS*: a story's line beside it sits in a longer box."""
    title = running_time.getprevious()
    box = running_time.getparent()
    if (
        title is None
        or box is None
        or not isinstance(title.tag, str)
        or (title.tail and title.tail.strip())
        or next(title.iter("img", "picture", "p", "li"), None) is not None
    ):
        return None
    text = collapse_space(text_of(title))
    if not 0 < len(text) <= CLIP_TITLE_MAX_CHARS or text[-1] in _SENTENCE_END:
        return None
    return title if len(collapse_space(text_of(box))) <= CLIP_BOX_MAX_CHARS else None


#: The rules taking a line a clip's title stands right before: its running time, and
#: the player's countdown to it ("Your video will play in 00:25").
_CLIP_LINE_RULES = frozenset((CLIP_RUNNING_TIMES.name, PLAYER_COUNTDOWNS.name))


def running_time_line(element: HtmlElement, reason: str) -> bool:
    """Whether ``element``, removed for ``reason``, is a clip's running-time line or
    its player's countdown: taken by ``clip-running-times`` or ``player-countdowns``,
    or by another rule (a credit line's name) and reading as a running time."""
    if reason in _CLIP_LINE_RULES:
        return True
    return CLIP_RUNNING_TIMES.text_match.matches_text(collapse_space(text_of(element)).lower())
