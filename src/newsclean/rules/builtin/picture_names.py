"""How a short line is told for the name of the picture above it: the picture's file
name holds every word of it ("kyle-busch.jpg" over "Kyle Busch"), or the picture says
the line describes it (``aria-describedby`` naming the line's ``id``).

A caption of a word or two (a person's name under a portrait) is too short for its words
count to tell it from a label; the picture's own markup naming it is the second signal.
"""

from __future__ import annotations

import re
from typing import Any

HtmlElement = Any

#: The fewest words a line named by its picture holds: one word is a control's label as
#: often as a caption ("Print" beside "print.png").
NAMED_LINE_MIN_WORDS = 2
#: The most words read: past them the boxed caption's own floor holds.
NAMED_LINE_MAX_WORDS = 6
_WORDS = re.compile(r"[^\W_]+")


def named_by_picture(image: HtmlElement, line: HtmlElement, text: str) -> bool:
    """Whether ``image`` names ``line`` (whose text is ``text``): by pointing at its id,
    or by a file name holding each of its words (case folded), read from ``src``."""
    described = image.get("aria-describedby")
    if described is not None and described == line.get("id"):
        return True
    words = _WORDS.findall(text.casefold())
    if not NAMED_LINE_MIN_WORDS <= len(words) <= NAMED_LINE_MAX_WORDS:
        return False
    source = image.get("src") or ""
    name = source.rpartition("/")[2].partition("?")[0]
    return bool(name) and set(words) <= set(_WORDS.findall(name.casefold()))
