"""Markers of the article body and of its standfirst."""

from __future__ import annotations

from ..matchers import Words
from ..model import Effect, Rule
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
        "story-summary subtitle sub-title "
        "vorspann teaser teaser-text article-teaser description "
        "article-description abstract sommario",
        NAMING,
        at_end=True,
    ),
    Effect.LEAD,
    description="Summary or intro placed above the body container (inside the body, "
    "only a short one: a long 'lead' or 'intro' is the story's first paragraph).",
)

ITEMPROP_DESCRIPTION = Rule(
    "itemprop-description",
    Words("description", ("itemprop",), skip_tags="meta img figure figcaption"),
    Effect.LEAD,
    description="schema.org microdata marking an article's description: its summary, "
    "set above the body (a picture's description is its caption, not matched).",
)

STANDFIRST_NAMES = Rule(
    "standfirst-names",
    Words(
        "standfirst stand-first subheadline sub-headline subhead sub-head subline sub-line "
        "dek deck chapo chapeau sapo entradilla bajada",
        NAMING,
        at_end=True,
    ),
    Effect.LEAD,
    strong=True,
    description="Elements named as a standfirst or dek: the standfirst wherever it stands.",
)


RULES: tuple[Rule, ...] = (
    ITEMPROP_ARTICLE_BODY,
    NAMED_ARTICLE_BODY,
    LEAD_PARAGRAPH,
    ITEMPROP_DESCRIPTION,
    STANDFIRST_NAMES,
)
