"""A story set in sections under headings of one level (a how-to's tools, steps and
care notes), on a page marking no article: its other sections join the body
(``story-sections``), its link-heavy ones and the page's boxes do not."""

from __future__ import annotations

from newsclean import extract

_STEPS = (
    "<ol>"
    "<li><p>Soak the seeds overnight in a cup of lukewarm water, so that the hard shell "
    "softens and the first root can break through within a week or so.</p></li>"
    "<li><p>Fill a small pot with damp compost mixed with a handful of sand, press two "
    "seeds a finger deep into it and cover the pot loosely with a clear bag.</p></li>"
    "<li><p>Keep the pot in a warm and bright place out of the midday sun, and mist the "
    "soil whenever its surface turns pale, until the first leaves unfold.</p></li>"
    "</ol>"
)
_TOOLS = (
    "<ul><li>2 fresh seeds</li><li>1 small clay pot</li><li>Seed compost</li>"
    "<li>A clear plastic bag</li></ul>"
)
_TAGS = (
    '<ul class="g1"><li><a href="/t/seeds">Seeds</a></li><li><a href="/t/pots">Pots</a></li>'
    '<li><a href="/t/indoor">Indoor plants</a></li></ul>'
)
_SIDE = (
    '<div class="w1"><h2 class="k1">Popular</h2><ul>'
    '<li><a href="/a/basil">How to keep basil alive on a windowsill</a></li>'
    '<li><a href="/a/mint">Mint in pots: what to know before you plant</a></li></ul></div>'
)


def _page(story: str) -> bytes:
    return (
        "<html><head><title>Growing a plant from seed</title></head><body>"
        '<div class="n1"><a href="/">Home</a> <a href="/about">About</a></div>'
        f'<div class="c1"><div class="s1">{story}</div>{_SIDE}</div>'
        '<div class="f1"><a href="/imprint">Imprint</a></div></body></html>'
    ).encode()


def test_sections_under_sibling_headings_join_the_body() -> None:
    story = (
        "<h1>Growing a plant from seed</h1>"
        '<h2 class="k1 k2">What you need</h2>'
        f'<div class="b1">{_TOOLS}</div>'
        '<h2 class="k1 k3">Steps</h2>'
        f'<div class="b2"><div class="b3">20 minutes (+ 12 hours soaking)</div>{_STEPS}</div>'
        '<h2 class="k1 k4">Care</h2>'
        '<div class="b4"><ul><li>Water: weekly</li><li>Light: bright</li></ul></div>'
        '<h2 class="k1 k5">Tags</h2>'
        f"{_TAGS}"
        '<h2 class="k1 k6">Reviews</h2>'
        '<div class="b5"><h3>Write your own review</h3><form action="/review" method="post">'
        '<textarea name="review"></textarea><button>Send</button></form></div>'
    )
    text = extract(_page(story)).text
    assert "1 small clay pot" in text
    assert "12 hours soaking" in text
    assert "Water: weekly" in text
    assert text.index("1 small clay pot") < text.index("Soak the seeds") < text.index("Water")
    assert "Indoor plants" not in text
    assert "Write your own review" not in text
    assert "How to keep basil" not in text
    assert "Imprint" not in text


def test_boxes_opening_with_headings_join_the_body() -> None:
    story = (
        "<h1>Growing a plant from seed</h1>"
        f'<div class="x1 x2"><h2>What you need</h2>{_TOOLS}</div>'
        '<div class="x9"><a href="/shop">Shop</a></div>'
        '<div class="x1 x3"><h2>Steps</h2><small>20 minutes (+ 12 hours soaking)</small>'
        f"<div>{_STEPS}</div></div>"
        f'<div class="x1 x4"><h2>More from us</h2>{_TAGS}</div>'
    )
    text = extract(_page(story)).text
    assert "1 small clay pot" in text
    assert "12 hours soaking" in text
    assert text.index("1 small clay pot") < text.index("Soak the seeds")
    assert "Indoor plants" not in text
    assert "How to keep basil" not in text


def test_a_column_beside_a_story_of_many_sections_stays_out() -> None:
    story = (
        "<h1>Growing a plant from seed</h1>"
        '<div class="q1 q2"><h2>Before you start</h2>'
        "<p>Seeds from a shop grow more surely than those from a fruit, which may have "
        "dried out or come from a plant bred not to set any seed at all.</p>"
        f"<h2>Steps</h2>{_STEPS}</div>"
        '<div class="q1 q3"><h2>Our services</h2><div><div>OFFERED ON SITE '
        "<br>Guides<br>Pots for rent<br>Delivery</div></div></div>"
    )
    text = extract(_page(story)).text
    assert "Soak the seeds" in text
    assert "Pots for rent" not in text
