"""The dek in the stretch between the headline and the story inside the body, nothing
marking it (``deck-under-header``): the headline's box holds the headline and its byline
and closes before the dek, which stands beside it or in a box of its own with short
lines. Found by that shape; a short first paragraph set with the story's is no dek."""

from __future__ import annotations

from newsclean import explain, extract

HEADLINE = "Orchard cooperative buys back the old cider press"
DEK = (
    "Forty growers pooled their savings to keep the valley's last press from the scrap "
    "yard, and the first pressing is planned for the autumn."
)
STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The press stood in a barn at the end of the lane for sixty years, and for the "
        "last eleven of them it did not turn once, its oak beams grey and its screw rusted.",
        "When the farm was sold in the spring, the new owners gave the growers until the "
        "end of the summer to take it away, or see it broken up for its iron and timber.",
    )
)
#: The story's second part, after a box of links set between its parts: the body is the
#: box holding both, and the headline's box with them.
REST = (
    '<div><h4>Recommended</h4><ul><li><a href="/a">Hedges return to the valley</a></li>'
    '<li><a href="/b">A mill reopens</a></li></ul></div><div>'
    + "".join(
        f"<p>{line}</p>"
        for line in (
            "The cooperative raised the money in five weeks, most of it in small sums from "
            "families who had brought their apples to the barn when they were children.",
            "A wheelwright from the next county has agreed to replace the worn beams, and "
            "the screw will be cast again at the foundry that made it in the first place.",
        )
    )
    + "</div>"
)
BYLINE = "<div><span>By Tamsin Orley</span> <span>12 June 2025</span></div>"
SHARE = '<div><a href="#s">Share</a> <a href="#e">Email</a></div>'


def _page(inside: str, before: str = "") -> str:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body>{before}"
        f"<div><div>{inside}{REST}</div><div><p>More from the valley</p></div></div></body></html>"
    )


def test_a_dek_after_the_headlines_box_is_the_standfirst() -> None:
    """The headline and its byline in a box of their own, the dek set after it as an h2,
    a share row, then the story's box: the dek is the standfirst, named in explain()."""
    page = _page(f"<div><h1>{HEADLINE}</h1>{BYLINE}</div><h2>{DEK}</h2>{SHARE}<div>{STORY}</div>")
    explanation = explain(page)
    assert explanation.article.standfirst == DEK
    assert DEK not in explanation.article.text
    assert explanation.article.text.startswith("The press stood")
    blocks = explanation.find("Forty growers pooled")
    assert any(hit.rule == "deck-under-header" for block in blocks for hit in block.rules)


def test_a_dek_boxed_with_a_control_and_a_sticky_copy_of_the_headline() -> None:
    """The page's first h1 is a copy in a bar above the body; the body's own h1 reads as
    it, and the dek stands in a box with a short control line: found all the same."""
    bar = f"<div><a href='/'>Valley Post</a><h1>{HEADLINE}</h1></div>"
    page = _page(
        f"<div><h6>Farming</h6><h1>{HEADLINE}</h1>{BYLINE}"
        f"<div><div>{DEK}</div><div>Save for later</div></div></div><div>{STORY}</div>",
        before=bar,
    )
    article = extract(page)
    assert article.standfirst == DEK
    assert DEK not in article.text


def test_a_copy_of_the_dek_over_the_story_goes_with_it() -> None:
    """The dek printed in the headline's box and again over the story (another screen's
    copy): the standfirst, shown once, and neither copy in the text."""
    page = _page(
        f"<div><h1>{HEADLINE}</h1><div>{DEK}</div>{BYLINE}</div>"
        f"<div><div>{DEK}</div>{SHARE}<div>{STORY}</div></div>"
    )
    article = extract(page)
    assert article.standfirst == DEK
    assert DEK not in article.text


def test_a_short_first_paragraph_set_with_the_story_stays() -> None:
    """A short opening paragraph in the story's own box, beside its other paragraphs,
    is the story's first paragraph, not a dek."""
    opening = "The valley has one cider press again, and this time it belongs to everyone."
    page = _page(f"<div><h1>{HEADLINE}</h1>{BYLINE}</div><div><p>{opening}</p>{STORY}</div>")
    article = extract(page)
    assert not article.standfirst
    assert article.text.startswith(opening)


def test_no_byline_or_date_under_the_headline_means_no_header() -> None:
    """Nothing but the block under the headline: no header's line to tell it by, so the
    block stays the story's."""
    page = _page(f"<div><h1>{HEADLINE}</h1></div><h2>{DEK}</h2><div>{STORY}</div>")
    article = extract(page)
    assert DEK in article.text


def test_a_note_or_a_section_heading_under_the_headline_is_no_dek() -> None:
    """A note in a quote box is no dek, and a section heading in the stretch makes it
    the story's: the block stays in the text."""
    quoted = _page(
        f"<div><h1>{HEADLINE}</h1>{BYLINE}</div><blockquote><p>{DEK}</p></blockquote>"
        f"<div>{STORY}</div>"
    )
    assert DEK in extract(quoted).text
    headed = _page(
        f"<div><h1>{HEADLINE}</h1>{BYLINE}</div><div><p>{DEK}</p></div><h2>The barn</h2>"
        f"<div>{STORY}</div>"
    )
    assert DEK in extract(headed).text


def test_a_labelled_box_or_a_prompt_in_the_storys_box_is_no_dek() -> None:
    """A bio under its own label ("About the writer") is the box's, not the dek; a
    prompt set inside the story's box, over its first paragraph, is the story's."""
    bio = (
        "Tamsin Orley has written about the valley's farms for twenty years and keeps "
        "bees on the hill above the old barn."
    )
    labelled = _page(
        f"<div><h1>{HEADLINE}</h1>{BYLINE}</div><div><p>About the writer</p><p>{bio}</p>"
        f"</div><div>{STORY}</div>"
    )
    assert not extract(labelled).standfirst
    prompt = (
        "Get the morning's valley stories by email each weekday before seven, and turn "
        "them off again whenever you like."
    )
    boxed = _page(
        f"<div><h1>{HEADLINE}</h1>{BYLINE}</div><div><div><div>{prompt}</div>"
        f"<div>Sign up</div></div>{STORY}</div>"
    )
    assert not extract(boxed).standfirst
