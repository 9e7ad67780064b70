"""The built-in generic rules, one module per family.

Each rule is one idea about news pages, named so that a user can disable or
override it. Word rules look at the words of an element's class, id and
``data-testid``-like attributes (see :class:`newsclean.rules.Words`).
"""

from __future__ import annotations

from ..model import Rule
from . import (
    ads,
    chrome,
    comment_openers,
    edges,
    furniture,
    hidden,
    lines,
    markers,
    related,
    scores,
    share,
)

#: Every built-in rule, family by family; a rule matching an element is reported
#: before the rules of later families.
BUILTIN_RULES: tuple[Rule, ...] = (
    *hidden.RULES,
    *chrome.RULES,
    *ads.RULES,
    *share.RULES,
    *related.RULES,
    *lines.RULES,
    *edges.RULES,
    *comment_openers.RULES,
    *furniture.RULES,
    *markers.RULES,
    *scores.RULES,
)
