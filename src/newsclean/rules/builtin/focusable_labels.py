"""Controls a script made of plain elements, known by their ``tabindex`` alone: a
``<span tabindex="0">Listen</span>`` beside the font-size buttons of a story's header,
a "Save for later" box. With no role and no class a reader can trust, the
keyboard order is what tells them a control (``control-labels``, rules/builtin/chrome.py,
tests their labels)."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ...tuning.widgets import FOCUSABLE_CONTROL_MAX_ELEMENTS
from .lexicon.comments import COMMENT_BUTTON
from .lexicon.media import PLAYER_CONTROL

HtmlElement = Any

#: The attribute putting an element in the keyboard's order.
FOCUS_ATTRIBUTE = "tabindex"
#: What names a control to the walk in its ``tabindex``: a digit (the test reads the
#: number; "-1" only lets a script focus the element, a skip link's target or a dialog).
FOCUS_NAMES = tuple("0123456789")
#: A control's label that tells a larger box: a media player's ("Video Quality",
#: "Settings"), which ``player-controls`` weighs with the others to take the player's
#: whole box, and a comment section's opener ("Show comments"), which
#: ``comment-buttons`` takes with the thread after it.
_BOX_SIGN = re.compile(f"(?:{PLAYER_CONTROL})|(?:{COMMENT_BUTTON})", re.IGNORECASE)


def signs_a_box(label: str) -> bool:
    """True for a control's label that another rule reads as the sign of a larger box
    (a player, a comment thread): left to that rule, which takes the box with it."""
    return _BOX_SIGN.fullmatch(label) is not None


def focusable_control(element: HtmlElement) -> bool:
    """True for an element a ``tabindex`` of 0 or more puts in the keyboard's order,
    holding few elements and standing apart from any text: a word of a sentence made
    focusable (a glossary term opening its note) has text beside it and stays."""
    value = (element.get(FOCUS_ATTRIBUTE) or "").strip()
    if not value.isdigit() or (element.tail or "").strip():
        return False
    parent = element.getparent()
    if parent is None:
        return False
    before = element.getprevious()
    loose = parent.text if before is None else before.tail
    if (loose or "").strip():
        return False
    inner = islice(element.iterdescendants(), FOCUSABLE_CONTROL_MAX_ELEMENTS + 1)
    return sum(1 for _element in inner) <= FOCUSABLE_CONTROL_MAX_ELEMENTS
