"""The page's headline h1, shared by every step reading what stands under it (the
standfirst checks, the far deck, the headline's gap): the first h1 holding text,
unless it does not read as the page's title and a later one before the body does. A
page often sets a hidden h1 before its menu ("Navigation", "Skip to content", the
site's name for screen readers): the story's headline is the one reading as its title."""

from __future__ import annotations

from typing import Any

from ..dom.page_tags import PageTags
from ..dom.text import collapse_space, link_density, text_of
from ..dom.tree import precedes
from ..tuning.leads import DECK_LINKED_HEADLINE_SHARE

HtmlElement = Any


def headline_for(
    container: HtmlElement, root: HtmlElement, tags: PageTags, title: str | None = None
) -> HtmlElement | None:
    """The page's headline h1 when it stands before or inside ``container``: the first
    h1 holding text (an h1 of no text is a site's logo, a picture in a link home), or,
    when that one does not read as the page's ``title`` (:func:`headline_words`), the
    first h1 before ``container`` that does."""
    body = root.find("body")
    headlines = tags.headlines_in(body if body is not None else root)
    h1 = next((h1 for h1 in headlines if text_of(h1).strip()), None)
    if h1 is None:
        return None
    if title and not headline_words(h1, title):
        titled = _titled_headline(headlines, container, title)
        h1 = h1 if titled is None else titled
    return h1 if _before_or_in(h1, container) else None


def headline_words(headline: HtmlElement | None, title: str | None) -> str:
    """The ``headline``'s text, lower-cased, when it is a part of the page's ``title``
    and no link (a site's name linking home); else the empty string."""
    if headline is None or not title:
        return ""
    words = collapse_space(text_of(headline)).lower()
    if not words or words not in collapse_space(title).lower():
        return ""
    return "" if link_density(headline, len(words)) > DECK_LINKED_HEADLINE_SHARE else words


def _titled_headline(later: Any, container: HtmlElement, title: str) -> HtmlElement | None:
    """The first of the ``later`` h1s (the page's, after its first with text) before or
    inside ``container`` reading as the page's ``title``."""
    for h1 in later:
        if not _before_or_in(h1, container):
            return None
        if headline_words(h1, title):
            return h1
    return None


def _before_or_in(h1: HtmlElement, container: HtmlElement) -> bool:
    """True when ``h1`` stands inside ``container`` or before it."""
    return container in set(h1.iterancestors()) or precedes(h1, container)
