"""A readers' thread chosen as the body (its comments outweigh a short post, far from
it in the page) is taken out, and the body is chosen again."""

from __future__ import annotations

import lxml.html

from newsclean.engine.threads import thread_body, thread_items
from newsclean.settings import Tuning

COMMENT = (
    "<li><span>Reader {n}</span> <span>says:</span> <span>3 May 2024 at 9:{n}0</span>"
    "<p>Comment {n} on the recipe, long enough to read as a paragraph of prose, with the"
    " reader's own changes to the dough and the oven, and a thank-you.</p>"
    "<a href='#reply-{n}'>Reply</a></li>"
)


def _container(before: str) -> lxml.html.HtmlElement:
    items = "".join(COMMENT.format(n=n) for n in range(5))
    return lxml.html.fromstring(f"<div>{before}<ol>{items}</ol></div>")


def test_a_container_that_is_a_thread_is_found() -> None:
    container = _container("")
    thread = thread_body(container, thread_items(container, Tuning()), Tuning())
    assert thread is not None
    assert thread.tag == "ol"


def test_a_thread_after_the_story_is_left_to_end_the_article() -> None:
    story = "".join(
        f"<p>Paragraph {n} of the post, a full sentence of the story with a comma, and"
        " more words so that it reads as prose.</p>"
        for n in range(4)
    )
    container = _container(story)
    assert thread_body(container, thread_items(container, Tuning()), Tuning()) is None


def test_a_container_with_a_reply_or_two_is_no_thread() -> None:
    container = lxml.html.fromstring(
        "<div>" + "".join(COMMENT.format(n=n) for n in range(2)) + "</div>"
    )
    assert thread_items(container, Tuning()) == []
