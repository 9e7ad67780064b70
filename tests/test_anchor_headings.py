"""Section headings linking within their page (``link-heading`` passes them by): a
heading linking to the table of contents stays over the prose it opens; a tab's
heading over a list of links, and a heading linking to another page, go as before."""

from __future__ import annotations

from conftest import BRIDGE_STORY, BRIDGE_URL

from newsclean import extract

#: A section's first paragraph, ending with a colon before its table.
SECTION = (
    "<p>The county and the canal trust shared the bill for the new deck, as the table "
    "below shows:</p>"
)


def _heading_page(heading: str, after: str) -> str:
    return (
        "<html><body><article><h1>The bridge reopens</h1><div class='b2'>"
        f"{BRIDGE_STORY}{heading}{after}{BRIDGE_STORY}</div></article></body></html>"
    )


def test_a_heading_linking_to_the_contents_stays_over_its_section() -> None:
    heading = "<h2><a href='#toc-3'>Who paid for the bridge</a></h2>"
    after = SECTION
    assert "Who paid for the bridge" in extract(_heading_page(heading, after), url=BRIDGE_URL).text


def test_an_anchor_target_beside_the_link_is_no_link() -> None:
    heading = "<h2><a name='s3'></a><a href='#toc-3'>Who paid for the bridge</a></h2>"
    text = extract(_heading_page(heading, SECTION), url=BRIDGE_URL).text
    assert "Who paid for the bridge" in text


def test_a_tab_heading_over_its_links_goes() -> None:
    heading = "<h3><a href='#tab-read'>Most read this week</a></h3>"
    after = (
        "<ul>"
        + "".join(f"<li><a href='/local/s{n}'>Story {n}</a></li>" for n in range(5))
        + "</ul>"
    )
    assert "Most read this week" not in extract(_heading_page(heading, after), url=BRIDGE_URL).text


def test_a_heading_linking_elsewhere_is_judged_as_before() -> None:
    heading = "<h2><a href='/local/who-paid'>Who paid for the bridge</a></h2>"
    after = SECTION
    text = extract(_heading_page(heading, after), url=BRIDGE_URL).text
    assert "Who paid for the bridge" not in text


def _guide(sections: list[tuple[str, str]]) -> str:
    """A guide in plain boxes (no semantic markup) whose section titles each link to
    their own anchor, each over what its section opens with."""
    body = "".join(
        f"<h3><a href='#s{n}'>{title}</a></h3>{opening}"
        for n, (title, opening) in enumerate(sections)
    )
    return (
        "<html><body><div class='c9'><h1>Counting the bridge's traffic</h1>"
        f"<div class='k2'>{BRIDGE_STORY}{body}{BRIDGE_STORY}</div></div></body></html>"
    )


#: A section's first paragraph of prose, long enough to open a section alone.
LONG_OPENING = (
    "<p>The council counted every car and bus that crossed the bridge for a month, by "
    "hand at first and then with a pair of cameras fixed to the lamp posts.</p>"
)


def test_a_title_over_a_short_lead_in_stays_among_anchored_titles() -> None:
    sections = [
        ("Counting by hand", LONG_OPENING),
        ("Fixing the cameras", LONG_OPENING),
        ("Reading the totals", "<p>Here are the totals by week:</p><pre>w1 410\nw2 388</pre>"),
        ("What comes next", LONG_OPENING),
    ]
    text = extract(_guide(sections), url=BRIDGE_URL).text
    assert "Reading the totals" in text
    assert "Counting by hand" in text


def test_a_short_lead_in_among_tab_titles_still_goes() -> None:
    links = (
        "<ul>"
        + "".join(f"<li><a href='/local/s{n}'>Story {n}</a></li>" for n in range(4))
        + "</ul>"
    )
    sections = [
        ("Most read", links),
        ("Most shared", links),
        ("Reading the totals", "<p>Here are the totals by week:</p>"),
        ("Latest", links),
    ]
    assert "Reading the totals" not in extract(_guide(sections), url=BRIDGE_URL).text
