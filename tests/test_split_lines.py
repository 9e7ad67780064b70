"""The lines a reader sees in a block's inline content (:func:`split_lines`), read by
the rows of links (``link-rows``) and the paragraphs set as a list (``link-list``), and
the ancestor test the link lists and the next stories share (:func:`inside_tag`)."""

from __future__ import annotations

from lxml import html

from newsclean.dom.tree import inside_tag, line_opening, split_lines


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


def test_inside_tag_looks_below_the_stop_only() -> None:
    root = html.fragment_fromstring("<div><ul><li><div><p>x</p></div></li></ul></div>")
    paragraph = next(root.iter("p"))
    box = next(root.iter("div"))
    inner = paragraph.getparent()
    assert inside_tag(paragraph, "li", box)
    assert not inside_tag(paragraph, "li", inner)
    assert not inside_tag(paragraph, "article", box)
