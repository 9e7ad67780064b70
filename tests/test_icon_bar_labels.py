"""A share bar's label closing the body ("Share this story:" in a div beside links that
show no words, icons) goes (``dangling-labels``); a paragraph ending in a colon and a
label beside one link stay."""

from __future__ import annotations

from conftest import BRIDGE_STORY, BRIDGE_URL

from newsclean import Registry, extract

ICONS = "<a href='#'><i class='i1'></i></a><a href='#'><i class='i2'></i></a>"


def _page(closing: str) -> str:
    """The bridge story with ``closing`` after its last paragraph, in its box."""
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/local/'>Local</a></div>"
        f"<div class='c1'><h1>The bridge reopens</h1><div class='b2'>{BRIDGE_STORY}"
        f"{closing}</div></div></body></html>"
    )


def test_a_share_bar_label_goes() -> None:
    for label in ("Share this story:", "Teilen Sie den Artikel:", "Iesakiet rakstu:"):
        bar = f"<div class='s1'><span class='s2'>{label}</span><div class='s3'>{ICONS}</div></div>"
        text = extract(_page(bar), url=BRIDGE_URL).text
        assert label not in text, label
        assert text.rstrip().endswith("at a story's length.")


def test_a_label_beside_one_link_stays() -> None:
    bar = "<div class='s1'><span>Read the council's report:</span> <a href='#'><i></i></a></div>"
    assert "Read the council's report:" in extract(_page(bar), url=BRIDGE_URL).text


def test_the_rule_switches_off() -> None:
    bar = f"<div class='s1'><span>Iesakiet rakstu:</span><div>{ICONS}</div></div>"
    registry = Registry.default(load_entry_points=False)
    registry.disable("dangling-labels")
    assert "Iesakiet rakstu:" in extract(_page(bar), url=BRIDGE_URL, registry=registry).text
