"""A byline below the story's first block naming a writer whose name holds a nickname
in quotes ('Ada "Skipper" Lind'), as the page's metadata gives it, goes like any
byline of the page's author (``metadata-lines``)."""

from __future__ import annotations

from conftest import BRIDGE_STORY, BRIDGE_URL

from newsclean import extract


def _page(author: str, byline: str) -> str:
    """The bridge story under a deck and ``byline``, ``author`` in the metadata."""
    return (
        f"<html><head><meta name='author' content='{author}'></head><body>"
        "<div class='a1'><a href='/'>Home</a> <a href='/local/'>Local</a></div>"
        "<div class='c1'><h1>The bridge reopens</h1><div class='b2'>"
        f"<p>Buses cross again.</p><div class='d2'>{byline}</div>{BRIDGE_STORY}</div>"
        "</div></body></html>"
    )


def test_a_byline_naming_a_writer_with_a_nickname_goes() -> None:
    for author in ('Ada "Skipper" Lind', "Ada “Skipper” Lind"):
        byline = f"By <a href='/authors/ada'>{author}</a> <span>May 3, 2025 7:18 pm</span>"
        text = extract(_page(author, byline), url=BRIDGE_URL).text
        assert "Skipper" not in text, author
        assert "Paragraph 4 of the story" in text


def test_a_story_line_quoting_a_nickname_stays() -> None:
    line = 'Ada "Skipper" Lind rowed across before the bridge opened on May 3, 2025.'
    text = extract(_page('Ada "Skipper" Lind', line), url=BRIDGE_URL).text
    assert "rowed across before the bridge opened" in text
