"""A forum thread whose posts lack their end tags nests each post in the one before: the
body is the outermost post's box, the thread's topic with it, not a later post's."""

from __future__ import annotations

import lxml.html

from newsclean import extract
from newsclean.engine.nested_posts import outermost_post
from newsclean.settings import Tuning

TOPIC = (
    "<b>Changes</b><ul><li>The ferry runs every five minutes in the festival week.</li>"
    "<li>Storms are announced ten minutes before they start.</li></ul>"
)
REPLY = (
    "<p>Reply {n}: thanks for the notes, the storm warnings work for our guild and the "
    "boats reach the harbour in time now, which is a great help on busy evenings.</p>"
)


def _post(inner: str, body: str, kind: str = "post") -> str:
    return (
        f"<div class='{kind}'><div class='author'>Member</div>"
        f"<div class='message'>{body}</div>{inner}</div>"
    )


def _thread(replies: int, kind: str = "post") -> str:
    inner = ""
    for n in range(replies, 0, -1):
        inner = _post(inner, REPLY.format(n=n), kind)
    return _post(inner, TOPIC, f"{kind} {kind}-first")


def test_a_body_inside_nested_posts_is_the_outermost_post() -> None:
    root = lxml.html.fromstring(f"<html><body><div>{_thread(3)}</div></body></html>")
    later = root.xpath("//div[@class='post']")[1]
    assert outermost_post(later, Tuning()).get("class") == "post post-first"


def test_three_posts_are_no_chain() -> None:
    """A grid's rows nested in its columns make two or three such boxes."""
    root = lxml.html.fromstring(f"<html><body><div>{_thread(2)}</div></body></html>")
    reply = root.xpath("//div[@class='post']")[0]
    assert outermost_post(reply, Tuning()) is reply


def test_a_stack_of_wrappers_is_no_chain() -> None:
    story = REPLY.format(n=1) * 3
    page = f"<div class='box'><div class='box'><div class='box'>{story}</div></div></div>"
    root = lxml.html.fromstring(f"<html><body>{page}</body></html>")
    innermost = root.xpath("//div[@class='box']")[-1]
    assert outermost_post(innermost, Tuning()) is innermost


def test_boxes_without_a_class_are_no_chain() -> None:
    root = lxml.html.fromstring(f"<html><body><div>{_thread(3, '')}</div></body></html>")
    later = root.xpath("//div[div[@class='message']]")[2]
    assert outermost_post(later, Tuning()) is later


def test_the_thread_keeps_its_topic() -> None:
    page = f"<html><body><h1>Update notes</h1><div>{_thread(4)}</div></body></html>"
    text = extract(page).text
    assert "Storms are announced ten minutes before they start." in text
    assert "Reply 4: thanks for the notes" in text
