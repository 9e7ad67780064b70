"""The site's box about itself closing the body (``about-sections``): a footer's or a
side column's "About us" over the site's blurb, taken in when the body was widened over
it. Pages of our own, with opaque class names and no semantic tags."""

from __future__ import annotations

from newsclean import explain, extract

_STORY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The cottage sleeps six and stands at the end of a lane that runs down to the "
        "water, with a jetty of its own and a boathouse that still holds two rowing boats.",
        "Inside, the kitchen opens onto a terrace facing west, and the upstairs rooms look "
        "over the estuary to the hills on the far shore.",
        "The village shop is a ten-minute walk along the shore path, and the ferry to the "
        "island leaves from the harbour twice a day in summer.",
        "Guests arriving by train are met at the station on request, and the owners leave "
        "a map of the footpaths and a list of the tide times in the hall.",
    )
)


def _page(closing: str) -> str:
    """The story, then the page's footer inside the story's box: a column of links and
    the ``closing`` column."""
    return (
        "<html><head><title>Estuary cottage</title></head><body>"
        "<div class='m1'><a href='/'>Home</a> <a href='/cottages/'>Cottages</a></div>"
        f"<div class='b1'><div class='b2'><h1>Estuary cottage</h1>{_STORY}"
        "<div class='f0'><div class='f1'><h4>Service</h4><a href='/ask/'>Ask us</a><br>"
        "<a href='/book/'>Book</a><br><a href='/faq/'>Questions</a></div>"
        f"<div class='f1'>{closing}</div></div></div></div></body></html>"
    )


def test_the_sites_about_box_closing_the_body_goes() -> None:
    box = (
        "<h4>About us</h4><small>Harbour Lets is your partner for holiday cottages by the "
        "sea. We know every owner on our list and visit each house before we let it.</small>"
    )
    text = extract(_page(box)).text
    assert "a list of the tide times in the hall" in text
    assert "About us" not in text
    assert "your partner for holiday cottages" not in text


def test_a_heading_about_a_named_company_is_not_the_sites() -> None:
    """ "About Harbour Lets" is a release's company profile, not the site's own box."""
    box = (
        "<h4>About Harbour Lets</h4><p>Harbour Lets has let holiday cottages on the "
        "estuary since 1998 and employs twelve people in the town.</p>"
    )
    fired = {hit.rule for block in explain(_page(box)).blocks for hit in block.rules}
    assert "about-sections" not in fired
