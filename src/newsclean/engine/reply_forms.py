"""Where the reader is asked to reply, the article has ended: a form asking for an email
address and holding a text area (a comment form, a message to the site) stands after
the story, and what follows it in its container is the thread it feeds or the page's
furniture. Read from the form's wrappers, noted before the forms were stripped: a page
that names nothing (its classes hashed, no ``<section>`` or ``<aside>``) shows its
comments only by this form. A form the story goes on after (paragraphs of prose
follow it: a tip or contact form set inside the story) ends nothing: its box alone goes."""

from __future__ import annotations

from itertools import chain, pairwise
from typing import Any

from ..dom.text import largest_box_around, text_of, words_length
from ..dom.tree import is_below, remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .article_end import body_text_before, cut_after
from .headline_gap import reads_as_prose

HtmlElement = Any
#: A reply form and its wrappers, innermost first, each with the element after it.
Wrappers = list[tuple[HtmlElement, HtmlElement | None]]

#: Stands in for a rule on the box of a reply form (an engine rule, like
#: ``comment-threads``: ``disable("reply-forms")`` switches it off).
REPLY_FORMS = Rule(
    "reply-forms",
    Tags("div section aside li p"),
    Effect.DROP,
    description="A reply form (asking for an email address, with a text area) after the "
    "story: its box (its heading, its rules for commenters) and everything after it in "
    "the body's container; its box alone when paragraphs of the story follow it.",
)


def end_at_reply_form(
    containers: list[HtmlElement], reply_forms: list[Wrappers], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the box of the first reply form in the body and everything after it in
    its container, once ``ending_min_chars_before`` of the body's text comes before it
    (a form above the story does not end it); when the story goes on after it
    (:func:`_story_goes_on`), its box alone. Return what was removed, each with the
    rule's name, for the caller to record."""
    for wrappers in reply_forms:
        for container in containers:
            found = _start(wrappers, container, containers, tuning.reply_box_max_chars)
            if found is None:
                continue
            start, is_box = found
            if body_text_before(start, containers) < tuning.ending_min_chars_before:
                break
            if _story_goes_on(start, is_box, tuning):
                # a form inside the story: its box goes, the story after it stays
                return _box_alone(start) if is_box else []
            removed = [start, *cut_after(start, container)]
            remove_element(start)
            return [(element, REPLY_FORMS.name) for element in removed]
    return []


def _box_alone(box: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Remove the form's ``box`` alone; return it with the rule's name."""
    remove_element(box)
    return [(box, REPLY_FORMS.name)]


def _story_goes_on(start: HtmlElement, is_box: bool, tuning: Tuning) -> bool:
    """True when the first ``reply_story_paragraphs`` elements after the form's box
    (from ``start`` on when it is what followed a box some rule took) are paragraphs of
    prose, each ``reply_story_paragraph_chars`` long: the story goes on after the form.
    A comment form's thread is set in boxes of its own (a name, a date, the post)."""
    following = start.itersiblings() if is_box else chain((start,), start.itersiblings())
    wanted = tuning.reply_story_paragraphs
    for element in following:
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        if element.tag != "p":
            return False
        text = text_of(element).strip()
        if len(text) < tuning.reply_story_paragraph_chars or not reads_as_prose(
            element, text, tuning
        ):
            return False
        wanted -= 1
        if wanted <= 0:
            return True
    return False


def _start(
    wrappers: Wrappers, container: HtmlElement, containers: list[HtmlElement], most: int
) -> tuple[HtmlElement, bool] | None:
    """Where the end starts in ``container``, and whether that is the form's box: the
    largest box around the innermost of ``wrappers`` still there, when that holds at
    most ``most`` characters (the form's heading and notes); when it holds more (the
    story too: a rule took the form's box already), the element that followed what was
    taken from it. None when the form was never in ``container`` or nothing followed it
    there."""
    for (_taken, after), (node, _) in pairwise(wrappers):
        if node is not container and not is_below(node, container):
            continue
        if node is not container and words_length(node) <= most:
            box = largest_box_around(node, containers, most)
            return (node if box is None else box), True
        if after is not None and after.getparent() is node:
            return after, False
        return None
    return None
