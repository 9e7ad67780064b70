"""A reader's comment known by its footer when it carries no "Reply" line: a short box
holding the comment's vote count (a number alone in an element of its own: "6", "-1")
and closing with how long ago it was written ("1 Monat her", "13 Stunden 5 Minuten her",
"2 months ago"). A live blog's entry shows its age but no vote count; a ranked list's
number stands with no age after it. :mod:`.threads` counts such a footer as a comment's
control, so only a run of at least three sibling comments ends the article."""

from __future__ import annotations

import re
from typing import Any

from ..dom.text import collapse_space, text_of

HtmlElement = Any

#: A unit of time in an age line, singular or plural: German, English.
_UNIT = (
    r"(?:sekunden?|minuten?|stunden?|tage?n?|wochen?|monate?n?|jahre?n?"
    r"|seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
)

#: The last word of an age line: "her", "ago", or a unit ("vor 3 Tagen").
_AGE_TAIL = re.compile(rf"(?:her|ago|{_UNIT})", re.IGNORECASE)

#: A footer: a few words (the vote buttons' labels, a "Translate" link) before the
#: comment's age: "1 Monat her", "13 Stunden 5 Minuten her", "2 years, 3 months ago",
#: "vor 3 Tagen".
_FOOTER = re.compile(
    rf".{{0,60}}?(?<![\d.,])(?:\d+\s+{_UNIT}(?:,?\s+\d+\s+{_UNIT})*\s+(?:her|ago)"
    rf"|vor\s+\d+\s+{_UNIT}(?:,?\s+\d+\s+{_UNIT})*)",
    re.IGNORECASE,
)

#: A vote count: a whole number, perhaps signed.
_VOTES = re.compile(r"[+\-−]?\d{1,5}")


def is_comment_footer(element: HtmlElement, text: str) -> bool:
    """Whether ``element`` (its collapsed ``text``, at most a control's length) is a
    comment's footer: it ends with the comment's age and holds a vote count of its own."""
    if not _AGE_TAIL.fullmatch(text[text.rfind(" ") + 1 :]) or not _FOOTER.fullmatch(text):
        return False
    return any(
        child is not element and _VOTES.fullmatch(collapse_space(text_of(child)))
        for child in element.iter("span", "div", "a", "button", "b", "strong", "small")
    )
