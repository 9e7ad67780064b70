"""The lines a reader sees in a block's inline content (:func:`split_lines`), read by
the rows of links (``link-rows``) and the paragraphs set as a list (``link-list``)."""

from __future__ import annotations

from lxml import html

from newsclean.dom.tree import line_opening, split_lines


def _lines(markup: str) -> list[tuple[str, list[str]]]:
    holder = html.fragment_fromstring(markup)
    return [
        (line_opening(holder, before), [str(node.tag) for node in nodes])
        for before, nodes in split_lines(holder)
    ]


def test_breaks_and_blocks_cut_lines() -> None:
    assert _lines("<div>One <a>x</a><br>Two<p>Three</p><b>four</b></div>") == [
        ("One ", ["a"]),
        ("Two", []),
        ("", ["b"]),
    ]


def test_a_link_holding_a_break_ends_its_line() -> None:
    assert _lines("<p><a>One<br>two</a> three <a>four</a></p>") == [
        ("", ["a"]),
        (" three ", ["a"]),
    ]


def test_empty_lines_come_too() -> None:
    assert _lines("<p><br><br>end</p>") == [("", []), ("", []), ("end", [])]


def test_comments_stand_in_their_line() -> None:
    lines = _lines("<p><a>x</a><!-- note -->words<br>end</p>")
    assert len(lines) == 2
    assert len(lines[0][1]) == 2
