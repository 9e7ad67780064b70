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
from .lexicon.media import PLAYER_CONTROL

HtmlElement = Any

#: The attribute putting an element in the keyboard's order.
FOCUS_ATTRIBUTE = "tabindex"
#: What names a control to the walk in its ``tabindex``: a digit (the test reads the
#: number; "-1" only lets a script focus the element, a skip link's target or a dialog).
FOCUS_NAMES = tuple("0123456789")
#: A media player's control label ("Video Quality", "Settings"): left to the player
#: rules, which weigh several together and take the player's whole box with them.
_PLAYER_LABEL = re.compile(PLAYER_CONTROL, re.IGNORECASE)


def player_label(label: str) -> bool:
    """True for a media player's control label, which ``player-controls`` reads."""
    return _PLAYER_LABEL.fullmatch(label) is not None


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
