"""Stories scrolled in under the article (``next-stories``): a site that loads the next
story as the reader scrolls sets each one, whole, in an ``<article>`` of its own with
its own headline (an ``h1``) beside the first, in one column; all of them outscore any
one part, so the body chosen holds them all.

Words would not tell a scrolled-in story from the page's own; the shape does: two
``<article>`` elements or more in the body, none inside another, each holding an
``h1`` and prose. The first is the page's story (a site appends the next ones below
it); each one after it goes, with the wrapper it was loaded in (its comments' box and
its rails with it). When the page's headline is known and a later article's ``h1``
agrees with it but the first's does not, the first is not the story and nothing goes.
A story whose parts are sections (``<section>``, even each under an ``h1``) is none
of this: only ``<article>`` elements count.

A page marking no ``<article>`` loads each story in a box of its own all the same:
boxes made alike (tag and class), side by side, each holding one ``h1`` and no
``<section>`` (the story's parts). They count as such stories when the first box's
``h1`` agrees with the page's headline (known) and no later one's does: the page's
story is first, the ones loaded after it made like it."""

from __future__ import annotations

from typing import Any

from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import common_ancestor, inside_tag, remove_element
from ..metadata.title import headline_agrees
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .teaser_boxes import same_make

HtmlElement = Any

#: Stands in for a rule on a story scrolled in under the article (an engine rule:
#: ``disable("next-stories")`` switches it off).
NEXT_STORIES = Rule(
    "next-stories",
    Tags("article div section li"),
    Effect.DROP,
    description="A story loaded under the article as the reader scrolls: an <article> with "
    "its own h1 and prose after the first such article in the body, with the wrapper it "
    "was loaded in; the first is the page's story.",
)


def drop_next_stories(
    containers: list[HtmlElement], headline: str | None, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the stories scrolled in under the first in each of ``containers`` (see
    the module's docstring) and return what was removed, with the rule's name."""
    removed: list[tuple[HtmlElement, str]] = []
    for container in containers:
        stories = _headed_articles(container) or _headed_boxes(container, headline)
        if len(stories) < 2 or _later_holds_headline(stories, headline):
            continue
        if any(words_length(story) < tuning.next_story_min_chars for story in stories):
            continue
        holder = common_ancestor(stories)
        for story in stories[1:]:
            wrapper = _wrapper(story, holder)
            remove_element(wrapper)
            removed.append((wrapper, NEXT_STORIES.name))
    return removed


def _headed_articles(container: HtmlElement) -> list[HtmlElement]:
    """The outermost ``<article>`` elements inside ``container`` (itself left out),
    when each holds an ``h1``; none when one does not (a teaser card, a comment)."""
    articles = [
        article
        for article in container.iterdescendants("article")
        # an article around the body does not make the ones inside it nested
        if not inside_tag(article, "article", container)
    ]
    if not all(next(article.iter("h1"), None) is not None for article in articles):
        return []
    return articles


def _headed_boxes(container: HtmlElement, headline: str | None) -> list[HtmlElement]:
    """The boxes made alike (:func:`same_make`) around the ``h1`` elements of
    ``container``, one each, the children of the ``h1`` elements' common ancestor, when
    there are two or more, none is or holds a ``<section>``, and the first ``h1`` alone
    agrees with the page's ``headline``; none else (a box holding two ``h1``, boxes
    made unlike, no headline known)."""
    headings = list(container.iter("h1"))
    wanted = collapse_space(headline or "")
    if len(headings) < 2 or not wanted:
        return []
    holder = common_ancestor(headings)
    boxes = [_wrapper(heading, holder) for heading in headings]
    if (
        any(box is heading for box, heading in zip(boxes, headings, strict=True))
        or len(set(boxes)) < len(boxes)
        or not all(same_make(box, boxes[0]) for box in boxes[1:])
        or any(next(box.iter("section"), None) is not None for box in boxes)
    ):
        return []
    agree = [headline_agrees(collapse_space(text_of(heading)), wanted) for heading in headings]
    return boxes if agree[0] and not any(agree[1:]) else []


def _later_holds_headline(stories: list[HtmlElement], headline: str | None) -> bool:
    """True when the page's ``headline`` is known, the first story's h1 does not agree
    with it and a later one's does: the page's story is not the first."""
    wanted = collapse_space(headline or "")
    if not wanted:
        return False

    def agrees(story: HtmlElement) -> bool:
        return headline_agrees(collapse_space(text_of(next(story.iter("h1")))), wanted)

    return not agrees(stories[0]) and any(agrees(story) for story in stories[1:])


def _wrapper(story: HtmlElement, holder: HtmlElement | None) -> HtmlElement:
    """The child of ``holder`` (the stories' common ancestor) that holds ``story``:
    the box the story was loaded in, with its comments and rails."""
    node = story
    while holder is not None and node.getparent() is not None and node.getparent() is not holder:
        node = node.getparent()
    return node
