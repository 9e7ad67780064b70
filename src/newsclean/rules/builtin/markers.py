"""Markers of the article body and of its standfirst."""

from __future__ import annotations

from ..model import Effect, Rule, Words
from .common import NAMING

ITEMPROP_ARTICLE_BODY = Rule(
    "itemprop-article-body",
    Words("articlebody reviewbody", ("itemprop", "property")),
    Effect.BODY,
    description="schema.org microdata marking the article body.",
)


NAMED_ARTICLE_BODY = Rule(
    "named-article-body",
    Words(
        "article-body articlebody article-content articlecontent article-text articletext "
        "story-body storybody story-content story-text entry-content post-content "
        "post-body postbody post-entry post-text blog-post-content body-text bodytext "
        "content-body news-body news-content news-text td-post-content "
        "text-body main-text field-body single-content the-content "
        "article-main story-main article-copy story-copy",
        NAMING,
        at_end=True,
    ),
    Effect.BODY,
    description="Class, id or data-testid naming the article body.",
)


LEAD_PARAGRAPH = Rule(
    "lead-paragraph",
    Words(
        "lead article-lead story-lead lead-text leadtext intro article-intro story-intro "
        "intro-text excerpt entry-excerpt post-excerpt summary article-summary "
        "story-summary standfirst subtitle sub-title subheadline sub-headline subhead sub-head "
        "subline sub-line dek deck "
        "vorspann teaser teaser-text article-teaser chapo chapeau sapo description "
        "article-description abstract entradilla bajada sommario",
        NAMING,
        at_end=True,
    ),
    Effect.LEAD,
    description="Standfirst, summary or intro placed above the body container.",
)


RULES: tuple[Rule, ...] = (
    ITEMPROP_ARTICLE_BODY,
    NAMED_ARTICLE_BODY,
    LEAD_PARAGRAPH,
)
