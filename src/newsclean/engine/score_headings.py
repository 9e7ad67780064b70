"""A review's score set as a heading ("Score 4.5 out of 5", "Rating: 4/5", "★★★★☆"):
the reviewer's verdict, a line of the story, though nothing stands under it. The
closing passes that take a heading with no section after it (``empty-sections``,
``closing-headings``) leave such a heading where it is."""

from __future__ import annotations

import re
from typing import Any

from ..dom.text import short_text
from ..rules.builtin.lexicon.widgets import REVIEW_SCORE
from ..tuning.pruning import SCORE_HEADING_MAX_CHARS

HtmlElement = Any

_SCORE = re.compile(REVIEW_SCORE, re.IGNORECASE)


def is_score(heading: HtmlElement) -> bool:
    """Whether ``heading``'s whole text is a reviewer's score (:data:`REVIEW_SCORE`,
    at most ``SCORE_HEADING_MAX_CHARS``): a widget's tally, naming its votes, is not."""
    text = short_text(heading, SCORE_HEADING_MAX_CHARS)
    return text is not None and _SCORE.fullmatch(text) is not None
