"""Where the reader is asked to reply, the article has ended: a form asking for an email
address and holding a text area (a comment form, a message to the site) stands after
the story, and what follows it in its container is the thread it feeds or the page's
furniture. Read from the form's wrappers, noted before the forms were stripped: a page
that names nothing (its classes hashed, no ``<section>`` or ``<aside>``) shows its
comments only by this form."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from ..dom.text import largest_box_around, words_length
from ..dom.tree import is_below, remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .article_end import body_text_before, cut_after

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
    "the body's container.",
)


def end_at_reply_form(
    containers: list[HtmlElement], reply_forms: list[Wrappers], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the box of the first reply form in the body and everything after it in
    its container, once ``ending_min_chars_before`` of the body's text comes before it
    (a form above the story does not end it). Return what was removed, each with the
    rule's name, for the caller to record."""
    for wrappers in reply_forms:
        for container in containers:
            start = _start(wrappers, container, containers, tuning.reply_box_max_chars)
            if start is None:
                continue
            if body_text_before(start, containers) < tuning.ending_min_chars_before:
                break
            removed = [start, *cut_after(start, container)]
            remove_element(start)
            return [(element, REPLY_FORMS.name) for element in removed]
    return []


def _start(
    wrappers: Wrappers, container: HtmlElement, containers: list[HtmlElement], most: int
) -> HtmlElement | None:
    """Where the end starts in ``container``: the largest box around the innermost of
    ``wrappers`` still there, when that holds at most ``most`` characters (the form's
    heading and notes); when it holds more (the story too: a rule took the form's box
    already), the element that followed what was taken from it. None when the form was
    never in ``container`` or nothing followed it there."""
    for (_taken, after), (node, _) in pairwise(wrappers):
        if node is not container and not is_below(node, container):
            continue
        if node is not container and words_length(node) <= most:
            box = largest_box_around(node, containers, most)
            return node if box is None else box
        if after is not None and after.getparent() is node:
            return after
        return None
    return None
