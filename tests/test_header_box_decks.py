"""The dek in the story's header inside the body, its ``<header>`` tag gone and nothing
marking it (``header-standfirst``): found by its shape, a box holding the headline, the
dek and besides only short lines (a kicker, a byline) or boxes of no text (a logo)."""

from __future__ import annotations

from newsclean import explain, extract

DEK = (
    "A river town that floods every other winter is trying walls of sand and willow "
    "instead of concrete, and the first season went better than hoped."
)
STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The water came up to the second step of the chapel in January, as it does most "
        "years, but for the first time in a decade it went no further than the square.",
        "Volunteers had spent the autumn packing sand into long sleeves and planting "
        "willow behind them, on the advice of an engineer who grew up on the estuary.",
        "The council will decide in March whether to pay for a second mile of the same "
        "along the lower road, where the old wall cracked two years ago.",
    )
)


def _page(header: str) -> str:
    return (
        "<html><head><title>Sand and willow</title></head><body>"
        f"<div><div>{header}</div><div>{STORY}</div></div></body></html>"
    )


def test_a_logo_beside_the_headline_and_its_dek_counts_none() -> None:
    """A partner's logo (a picture in a link, no text) in the header's box: the dek
    under the headline is the standfirst all the same."""
    page = _page(
        '<p><a href="/partner"><img src="/logo.png" alt=""></a></p>'
        f"<h1>Sand and willow hold back the river</h1><p>{DEK}</p>"
    )
    article = extract(page)
    assert article.standfirst == DEK
    assert DEK not in article.text
    assert article.text.startswith("The water came up")


def test_a_kicker_and_a_byline_in_the_header_count_none() -> None:
    """A topic link over the headline and a byline line between it and the dek (the dek
    indented by the template, which counts none): the dek is the standfirst."""
    indent = "\n" + " " * 40
    page = _page(
        '<h6><a href="/topic/rivers">rivers</a></h6>'
        "<h1>Sand and willow hold back the river</h1>"
        "<div><span>By Mara Quill</span> <span>March 3, 2025</span></div>"
        f"<p>{indent}{DEK}{indent}</p>"
    )
    explanation = explain(page)
    assert explanation.article.standfirst == DEK
    assert DEK not in explanation.article.text
    assert "standfirst" in [b.decision for b in explanation.find("instead of concrete")]


def test_a_long_opening_in_the_headlines_box_stays_the_story() -> None:
    """A paragraph longer than a dek (past ``header_deck_max_chars``) under the headline
    and its byline is the story's opening, kept in the text."""
    opening = " ".join([DEK] * 3)
    page = _page(
        f"<h1>Sand and willow hold back the river</h1><div>By Mara Quill</div><p>{opening}</p>"
    )
    article = extract(page)
    assert not article.standfirst
    assert article.text.startswith(DEK)


def test_a_second_block_of_prose_in_the_box_means_no_dek() -> None:
    """Two blocks of prose under the headline in its box: the story's own paragraphs,
    not a header with its dek; both stay in the text."""
    second = "The engineer says the willow roots will bind the sand within three summers."
    page = _page(f"<h1>Sand and willow hold back the river</h1><p>{DEK}</p><p>{second}</p>")
    article = extract(page)
    assert DEK in article.text
    assert second in article.text
