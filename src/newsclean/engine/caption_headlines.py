"""A caption never holds the page's headline: a caption rule (``Role.CAPTION``) that
chose a box holding an h1 read the story's header as a picture's caption (a header
closing with the hero picture's credit, "(Image: © …)", reads as a credited caption).
The one guard every caption rule's choice passes, in the drops, where it costs a set
lookup per caption chosen."""

from __future__ import annotations

from typing import Any

from ..rules.model import Role, Rule

HtmlElement = Any

#: Why ``explain()`` says a caption rule's drop was vetoed by the guard.
CAPTION_HEADLINE = "caption-headline: a picture's caption never holds the page's headline"


def holds_headline(element: HtmlElement, rule: Rule, holders: set[HtmlElement]) -> bool:
    """True when ``rule`` is a caption rule and ``element`` is an h1 or holds one
    (``holders``: the ancestors of the page's h1s, :attr:`.veto.Veto.headline_holders`)."""
    return rule.role is Role.CAPTION and (element.tag == "h1" or element in holders)
