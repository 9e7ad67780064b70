"""A section opening with a labelled pointer line ("Main article: ..."): the pointer goes
as a teaser link, its section's title stays over the section's text; a heading over a
pointer closing its box, or over a pointer with no label of its own, goes with it."""

from __future__ import annotations

from conftest import BRIDGE_STORY, BRIDGE_URL

from newsclean import explain, extract

#: The section's own text after its pointer line.
SECTION_TEXT = (
    "<p>The canal trust paid for the deck and the county for the ramps, after a year of "
    "talks over who owned the towpath under the arch.</p>"
)
POINTER = "<div>Main article: <a href='/local/bridge-budget'>The bridge budget</a></div>"


def _plain_page(section: str) -> str:
    """The story in plain boxes (no semantic markup), ``section`` between its halves."""
    return (
        "<html><body><div><h1>The bridge reopens</h1><div>"
        f"{BRIDGE_STORY}{section}{BRIDGE_STORY}</div></div></body></html>"
    )


def test_a_section_title_over_its_pointer_line_stays() -> None:
    page = _plain_page(f"<h2>Who paid for the bridge</h2>{POINTER}{SECTION_TEXT}")
    text = extract(page, url=BRIDGE_URL).text
    assert "Who paid for the bridge" in text
    assert "towpath under the arch" in text
    assert "Main article" not in text


def test_the_pointer_is_named_in_explain() -> None:
    page = _plain_page(f"<h2>Who paid for the bridge</h2>{POINTER}{SECTION_TEXT}")
    reasons = {b.reason for b in explain(page, url=BRIDGE_URL).find("Main article")}
    assert "teaser-link" in reasons


def test_a_heading_over_a_pointer_closing_its_box_goes() -> None:
    box = f"<div><h3>More on the bridge</h3>{POINTER}</div>"
    text = extract(_plain_page(box), url=BRIDGE_URL).text
    assert "More on the bridge" not in text
    assert "Main article" not in text


def test_a_heading_over_a_pointer_without_a_label_goes_as_before() -> None:
    pointer = "<div><a href='/local/bridge-budget'>The bridge budget</a></div>"
    page = _plain_page(f"<h2>Read next</h2>{pointer}{SECTION_TEXT}")
    text = extract(page, url=BRIDGE_URL).text
    assert "Read next" not in text
    assert "towpath under the arch" in text
