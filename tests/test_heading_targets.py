"""Section titles set as anchor targets (``<h2><a name="...">Title</a></h2>``) are the
text's own titles, not links: they stay over their sections, in the body found with
names and semantic tags or without them. A target outside a heading is judged as before,
and a heading linking to another page still goes."""

from __future__ import annotations

from conftest import BRIDGE_STORY, BRIDGE_URL

from newsclean import extract
from newsclean.engine.heading_targets import HEADING_TARGET_TAG, open_heading_targets
from newsclean.parse.document import parse

#: Each section's opening: a paragraph of prose of its own.
SECTION_PROSE = (
    "<p>The engineers lifted the old deck in four pieces, one a night, while the canal "
    "stayed open to the barges that carry gravel to the quarry upstream.</p>"
)
TITLES = ("Lifting the old deck", "Laying the new one", "Opening to the buses")


def _manual(title_markup: str, wrapper: str = "div") -> str:
    """A guide in plain boxes whose section titles are set by ``title_markup``
    (formatted with the section's ``n`` and ``title``)."""
    sections = "".join(
        title_markup.format(n=n, title=title) + SECTION_PROSE + BRIDGE_STORY
        for n, title in enumerate(TITLES)
    )
    return (
        "<html><body><div class='m1'><a href='/'>Home</a> <a href='/local'>Local</a></div>"
        f"<{wrapper} class='c9'><h1>How the bridge was mended</h1>"
        f"<div class='k2'>{BRIDGE_STORY}{sections}</div></{wrapper}></body></html>"
    )


#: A section told in numbered steps, each a box of its own: no paragraph opens it.
STEPS = "".join(
    f"<div><div>{k}.</div><div><p>Lift the next piece of the old deck by night while the "
    "canal stays open to the barges.</p></div></div>"
    for k in range(1, 4)
)


def test_titles_over_numbered_steps_stay() -> None:
    page = _manual("<h2><a name='s{n}'>{title}</a></h2><div>" + STEPS + "</div>")
    text = extract(page, url=BRIDGE_URL).text
    for title in TITLES:
        assert title in text


def test_titles_of_a_page_without_boxes_join_the_body() -> None:
    """A page set straight in its ``<body>``, each section's text an indented block."""
    sections = "".join(
        f"<h2><a name='s{n}'>{title}</a></h2><blockquote>The engineers lifted the old deck "
        "in four pieces, one a night, while the canal stayed open to the barges that carry "
        "gravel upstream. <p>Then they measured it again.</p></blockquote>"
        for n, title in enumerate(TITLES)
    )
    page = (
        "<html><body><div><a href='/'>Home</a> <a href='/local'>Local</a></div>"
        f"<h1>How the bridge was mended</h1>{BRIDGE_STORY}{sections}{BRIDGE_STORY}"
        "</body></html>"
    )
    text = extract(page, url=BRIDGE_URL).text
    for title in TITLES:
        assert title in text


def test_a_target_wrapped_in_a_box_inside_the_heading_stays_too() -> None:
    page = _manual("<h3><div><a name='s{n}'>{title}</a></div></h3>")
    text = extract(page, url=BRIDGE_URL).text
    for title in TITLES:
        assert title in text


def test_titles_as_targets_read_as_plain_titles() -> None:
    targets = extract(_manual("<h2><a name='s{n}'>{title}</a></h2>"), url=BRIDGE_URL).text
    plain = extract(_manual("<h2>{title}</h2>"), url=BRIDGE_URL).text
    assert targets == plain


def test_a_heading_linking_to_another_page_still_goes() -> None:
    page = _manual("<h2><a href='/local/part-{n}'>{title}</a></h2>")
    text = extract(page, url=BRIDGE_URL).text
    assert "Lifting the old deck" not in text
    assert "The engineers lifted the old deck" in text


def test_only_targets_inside_section_headings_change() -> None:
    root = parse(
        "<html><body><h2><a name='a'>Title</a></h2><div><a name='b'>Box</a></div>"
        "<h3><a name='c' href='#c'>Linked</a></h3><h1><a name='d'>Headline</a></h1>"
        "</body></html>"
    )
    body = root.find(".//body")
    open_heading_targets(body)
    assert [e.tag for e in body.iter("a", HEADING_TARGET_TAG)] == [
        HEADING_TARGET_TAG,
        "a",
        "a",
        "a",
    ]
