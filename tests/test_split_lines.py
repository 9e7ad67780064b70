"""The lines a reader sees in a block's inline content (:func:`split_lines`), read by
the rows of links (``link-rows``) and the paragraphs set as a list (``link-list``); the
texts of a nested box's lines (:func:`text_lines`), read by the label cards and the
bylines at the body's edge; and the ancestor test the link lists and the next stories
share (:func:`inside_tag`)."""

from __future__ import annotations

from lxml import html

from newsclean.dom.tree import inside_tag, line_opening, split_lines, text_lines


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


def _texts(markup: str, *, blocks: bool = True) -> list[str]:
    return text_lines(html.fragment_fromstring(markup), blocks=blocks)


def test_text_lines_cut_at_blocks_and_breaks_at_any_depth() -> None:
    markup = "<div>One <b>two<br>three</b><p>four <i>five</i></p>six</div>"
    assert _texts(markup) == ["One two", "three", "four five", "six"]


def test_text_lines_without_blocks_cut_at_breaks_only() -> None:
    markup = "<div>One <b>two<br>three</b><p>four</p>six<br><br>end</div>"
    assert _texts(markup, blocks=False) == ["One two", "threefoursix", "", "end"]


def test_text_lines_read_the_tail_of_a_comment_only() -> None:
    assert _texts("<p>Ada<!-- note --> Lind<br>dpa</p>", blocks=False) == ["Ada Lind", "dpa"]
