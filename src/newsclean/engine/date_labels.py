"""A date's label left behind once ``date-only-blocks`` took its date (``date-labels``).

A page setting a post's data as fields puts each field's name in one element and its
value in the next: "<dt>Updated</dt><dd><time>3 May 2024</time></dd>", "<span>Erschienen
am:</span> <h2>13.10.2021</h2>", "<dt>STAND</dt><dd>21.4.2021, 16:41 Uhr</dd>". The
date rule takes the value, a block holding nothing but a date; its label, a line
holding nothing but a date's label word, would stay as a loose line of the story. Only
the element right before the date taken (or before the wrappers holding nothing but
it), with no text between them, childless and holding a label alone, goes: a story's
line is more than a label word."""

from __future__ import annotations

import re
from typing import Any

from ..rules.builtin.lexicon.dates import DATE_LABEL_ALONE
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on the label beside a date the date rule took (an engine rule:
#: ``disable("date-labels")`` switches it off).
DATE_LABELS = Rule(
    "date-labels",
    Tags("dt span div p strong b em label th td h2 h3 h4 h5 h6"),
    Effect.DROP,
    description="A date's label ('Updated', 'Stand', 'Erschienen am:') set in the element "
    "right before its date, left alone once date-only-blocks took the date.",
)

_LABEL = re.compile(DATE_LABEL_ALONE, re.IGNORECASE)


def date_labels(dates: list[HtmlElement], tuning: Tuning) -> list[HtmlElement]:
    """The labels standing right before the ``dates`` (blocks ``date-only-blocks`` took),
    one at most each (see the module's docstring; ``tuning.date_label_max_chars`` and
    ``date_label_max_wrappers`` bound them)."""
    found = []
    for date in dates:
        label = _outer_holder(date, tuning.date_label_max_wrappers).getprevious()
        while label is not None and not isinstance(label.tag, str):
            label = label.getprevious()  # a comment between the label and its date
        if label is None or len(label) or (label.tail or "").strip():
            continue
        text = (label.text or "").strip()
        if text and len(text) <= tuning.date_label_max_chars and _LABEL.fullmatch(text):
            found.append(label)
    return found


def _outer_holder(element: HtmlElement, wrappers: int) -> HtmlElement:
    """``element``, or the outermost of its wrappers (at most ``wrappers``) that hold
    nothing but it: no text of their own, no other element."""
    holder = element
    for _ in range(wrappers):
        parent = holder.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip():
            break
        if (holder.tail or "").strip():
            break
        holder = parent
    return holder
