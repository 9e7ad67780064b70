"""``short_text`` is ``text_of`` for a short element and None for a long one."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.dom.text import short_text, text_of

MARKUP = [
    "<div>Reply</div>",
    "<div></div>",
    "<div>  View <b>comments</b> (27) <!-- count --> </div>",
    "<p>Ana <span>at 10:28</span> | <a href='#r'>Reply</a><?pi x?> tail</p>",
    "<div><p>" + "A long paragraph of the story. " * 10 + "</p><p>Reply</p></div>",
    "<li>" + "x" * 80 + "</li>",
    "<li>" + "x" * 81 + "</li>",
]


@pytest.mark.parametrize("markup", MARKUP)
@pytest.mark.parametrize("limit", [0, 5, 40, 80, 1000])
def test_short_text_is_text_of_when_short(markup: str, limit: int) -> None:
    element = lxml.html.fragment_fromstring(markup)
    text = text_of(element)
    assert short_text(element, limit) == (text if len(text) <= limit else None)
