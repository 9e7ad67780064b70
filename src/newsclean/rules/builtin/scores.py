"""Score weights for containers that usually hold the article.

A container's tag adds its weight from ``Tuning.tag_weights``; the semantic
``<article>`` and ``<main>`` elements are weighed here instead, as rules a user
can override or switch off.
"""

from __future__ import annotations

from ..matchers import Tags, Words, XPath
from ..model import Effect, Rule

ARTICLE_ELEMENT = Rule(
    "article-element",
    # an <article> that is a list item's entry is one of a list's: a comment in a
    # thread (a blog's comments are an <ol> of them), a teaser in a feed
    XPath("self::article[not(parent::li)]", around="article"),
    Effect.SCORE,
    weight=28.0,
    description="The semantic <article> container (not the entry of a list item: a "
    "comment, a teaser).",
)

MAIN_ELEMENT = Rule(
    "main-element",
    Tags("main"),
    Effect.SCORE,
    weight=25.0,
    description="The semantic <main> container.",
)

CONTENT_WORDS = Rule(
    "content-words",
    Words(
        "article content entry post story text body main blog news hentry",
        ("class", "id"),
        at_end=True,
    ),
    Effect.SCORE,
    weight=15.0,
    description="Class/id words typical of content containers.",
)

RULES: tuple[Rule, ...] = (ARTICLE_ELEMENT, MAIN_ELEMENT, CONTENT_WORDS)
