"""The thresholds of scoring paragraphs and containers (engine/scoring.py): a part of
:class:`newsclean.settings.Tuning`."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from .fields import number as _number
from .fields import weights as _weights

#: What a container's tag adds to its score before any paragraph: content elements
#: up, lists, forms and headings down. ``<article>``/``<main>`` are weighed by the
#: ``article-element`` rules instead.
TAG_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "div": 5.0,
        "section": 3.0,
        "pre": 3.0,
        "td": 3.0,
        "blockquote": 3.0,
        "form": -3.0,
        "ol": -3.0,
        "ul": -3.0,
        "dl": -3.0,
        "li": -3.0,
        "address": -3.0,
        "h1": -5.0,
        "h2": -5.0,
        "h3": -5.0,
        "h4": -5.0,
        "th": -5.0,
    }
)


@attrs.frozen(slots=False)
class ScoringTuning:
    """How paragraphs earn points and containers a score."""

    # --- scoring paragraphs (engine/scoring.py) ---------------------------------
    #: paragraphs shorter than this earn no points
    min_paragraph_chars: int = _number(25)
    #: a paragraph earns a point per this many characters...
    chars_per_point: float = _number(100.0)
    #: ... up to this many points for its length (plus one per comma)
    max_length_points: float = _number(3.0)
    #: a paragraph with more commas than this has them weighed by its share of text
    #: outside links (``linked-commas``): commas between linked names ("kudos from a,
    #: b, c, ...", a tag list) separate links, not clauses
    linked_commas_min: int = _number(10)
    #: CJK text counts this many times its length (a character says more)
    cjk_length_factor: float = _number(3.0)
    #: what a container's tag adds to its score
    tag_weights: Mapping[str, float] = attrs.field(default=TAG_WEIGHTS, converter=_weights)
    #: a list item counts as a paragraph when its own text (nested lists left out)
    #: is a sentence this long, ending in sentence punctuation (a story told in
    #: bullet points)...
    list_item_prose_chars: int = _number(100)
    #: ... with at most this share of it in links (a menu or teaser list is links),
    list_item_link_share: float = _number(0.3)
    #: ... in a list holding at least this many such items
    list_prose_items: int = _number(2)
    #: how many top-scored containers are weighed by their link density
    candidates: int = _number(8)
