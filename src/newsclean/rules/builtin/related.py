"""Links out of the article: "continue reading" links, related rails, tag lists."""

from __future__ import annotations

from ..matchers import Text
from ..model import Effect, Rule
from .common import word_drop
from .lexicon.navigation import READ_ON_MAX_CHARS, READ_ON_PREFIXES

CONTINUE_READING_LINKS = Rule(
    "continue-reading-links",
    Text(prefixes=READ_ON_PREFIXES, tags=("a",), max_length=READ_ON_MAX_CHARS),
    Effect.DROP,
    strong=True,
    description="'Continue reading', 'Read more' and 'Skip to' links.",
)


RELATED_RAILS = word_drop(
    "related-rails",
    "related relatedposts related-content related-stories related-articles related-links "
    "related-news next-post nextstory next-story prev-next post-navigation nav-links "
    "recommend recommended recommendation recommendations recirc "
    "recirculation more-stories more-articles more-news more-from more-on more-like "
    "more-to-read more-headlines most-read most-popular most-viewed most-shared "
    "most-commented mostread mostpopular popular trending top-stories read-next up-next "
    "whats-next also-read read-also see-also further-reading you-may-like suggested "
    "suggestion suggestions teasers teaser-list rail right-rail left-rail sidebar "
    "side-bar sidecol widget-area widgetarea latest-news news-list headlines carousel "
    "ticker promo promos promotion lesen-sie-auch mehr-zum-thema a-lire-aussi "
    "stream-content news-stream content-stream",
    "Related, recommended, most-read and trending rails, sidebars and widgets.",
)


TAG_LISTS = word_drop(
    "tag-lists",
    "tags tag-list taglist tag-cloud tagcloud post-tags article-tags entry-tags keywords "
    "topics topic-list categories post-categories entry-categories cat-links tags-links "
    "schlagworte",
    "Tag, topic and category lists.",
    max_chars=600,
)


RULES: tuple[Rule, ...] = (
    CONTINUE_READING_LINKS,
    RELATED_RAILS,
    TAG_LISTS,
)
