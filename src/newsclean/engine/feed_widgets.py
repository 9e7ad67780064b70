"""A feed widget chosen over a one-line post (``feed-widget``): a side column's news
feed lists teasers, each item a story's title linked to it over the story's opening
sentences, and on a page whose own story is one short line (a file's link, a picture's
caption) it holds the page's best-scored prose. The story still stands right after its
headline; the feed stands far from it."""

from __future__ import annotations

from typing import Any

from ..dom.text import (
    collapse_space,
    link_length,
    text_length,
    text_of,
    unlinked_words,
    words_length,
)
from ..dom.tree import common_ancestor, is_below, next_element
from ..settings import Tuning

HtmlElement = Any


def feed_story(best: HtmlElement, headline: str | None, tuning: Tuning) -> HtmlElement | None:
    """The box right after the page's headline (:func:`_story_after`) when ``best``
    (widened) is, or stands in, a feed (:func:`_feed_list`) apart from it; else None.
    The headline is the first ``h1`` or ``h2`` reading ``headline``, not one link (a
    site's name linking to its home page). A list in the box holding the headline and
    that box is the story's own: a round-up of linked entries under a standfirst or a
    date line."""
    if not headline:
        return None
    feed = _feed_list(best, tuning)
    if feed is None:
        return None
    wanted = collapse_space(headline)
    for heading in best.getroottree().getroot().iter("h1", "h2"):
        if collapse_space(text_of(heading)) != wanted or _one_link(heading):
            continue
        if is_below(heading, best) or is_below(heading, feed):
            return None  # the list is the story's own (a story told in links)
        story = _story_after(heading, feed, tuning)
        if story is None:
            return None
        article = common_ancestor([heading, story])
        if article is not None and is_below(feed, article):
            return None  # the list follows in the story's box: a round-up, no side feed
        return story
    return None


def _feed_list(best: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The list ``best`` stands in (an item, or a box right inside one) or the one in
    it holding ``feed_text_share`` of its text, when that list is a feed: at least
    ``feed_min_items`` items, every one opening with a link and going on with words of
    its own (:func:`_teaser`), a feed's titles over their stories' openings."""
    item = best if best.tag == "li" else best.getparent()
    if item is not None and item.tag == "li" and item.getparent() is not None:
        lists = [item.getparent()]
    else:
        least = tuning.feed_text_share * text_length(best)
        lists = [listed for listed in best.iter("ul", "ol") if text_length(listed) >= least]
    for listed in lists:
        items = [child for child in listed if child.tag == "li"]
        if len(items) >= tuning.feed_min_items and all(_teaser(it, tuning) for it in items):
            return listed
    return None


def _one_link(heading: HtmlElement) -> bool:
    """Whether the words of ``heading`` are all one link's."""
    links = list(heading.iter("a"))
    return len(links) == 1 and words_length(links[0]) == words_length(heading)


def _teaser(item: HtmlElement, tuning: Tuning) -> bool:
    """Whether a list ``item`` opens with a link to another page showing words (no
    text before it, boxes without text of their own passed into) and holds
    ``feed_excerpt_min_chars`` outside its links."""
    node = item
    while node.tag != "a" and len(node) and not (node.text or "").strip():
        node = node[0]
    href = node.get("href") if node.tag == "a" else None
    if not href or href.startswith("#") or not words_length(node):
        return False  # a comment's permalink, a picture's link: no story's title
    return text_length(item) - link_length(item) >= tuning.feed_excerpt_min_chars


def _story_after(heading: HtmlElement, feed: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The first box showing words after ``heading`` (its siblings, then its
    ancestors' when it ends its box), read past at most ``feed_story_steps`` boxes
    without words (a picture, an empty spacer); None when that box holds the feed or
    shows no words outside links (a menu: the headline read was the site's name)."""
    node = heading
    for _step in range(tuning.feed_story_steps):
        following = next_element(node)
        while following is None:
            node = node.getparent()
            if node is None or node.tag in ("body", "html"):
                return None
            following = next_element(node)
        if is_below(feed, following):
            return None
        if words_length(following):
            return following if unlinked_words(following) else None
        node = following
    return None
