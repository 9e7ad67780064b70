"""render_text(): the lean rendering of large trees gives the same text as the fast one."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.parse.document import parse
from newsclean.render import text as render

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/page.html"))
TRICKY = (
    "<div><p>One\nline</p>\n<div class='highlight'><pre>code  kept\n  indented</pre></div>"
    "<ul><li>a</li> <li>b<br><br>c</li></ul><section>\n<h2>Head</h2>\n<p>Tail</p></section>"
    "<table><tr><td>x</td><td>y</td></tr></table><pre>one line   spaced</pre>"
    "<span>inline <div>block in inline</div> after</span>\u00a0<p>nbsp</p></div>"
)


def _render(html: bytes | str, *, lean: bool | None) -> str:
    root = parse(html)
    assert root is not None
    body = root.find("body")
    return render.render_text([body if body is not None else root], lean=lean)


@pytest.mark.parametrize("page", FIXTURES, ids=lambda p: p.parent.name)
def test_lean_rendering_matches_on_fixture_pages(page: Path) -> None:
    html = page.read_bytes()
    assert _render(html, lean=True) == _render(html, lean=False)


def test_lean_rendering_matches_on_tricky_blocks() -> None:
    fast = _render(TRICKY, lean=False)
    assert fast == _render(TRICKY, lean=True)
    assert "code  kept\n  indented" in fast
    assert "b\n\nc" in fast


def test_large_trees_take_the_lean_way(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[bool] = []
    original = render._mark

    def spy(root: object, *, sparse: bool = False, blocks: list[object] | None = None) -> None:
        taken.append(sparse)
        original(root, sparse=sparse, blocks=blocks)

    monkeypatch.setattr(render, "_mark", spy)
    _render("<div>" + "<p>para</p>" * (render.LEAN_BLOCKS + 1) + "</div>", lean=None)
    _render("<div>" + "<p>para</p>" * 10 + "</div>", lean=None)
    assert taken == [True, False]
