"""A caption never holds the page's headline (``caption-headline``): a story's header set
under its hero picture and closing with the picture's credit reads as a credited caption,
but a box holding the h1 is the header, never a caption. A caption after a picture in
the story still goes."""

from __future__ import annotations

from newsclean import explain

HEADLINE = "Tide mill turns again after forty years"
DEK = (
    "Volunteers rebuilt the wheel plank by plank over three winters, and the mill ground "
    "its first sack of flour on Saturday."
)
CAPTION = (
    "The rebuilt wheel at low tide, its new paddles cut from larch grown a mile upriver, "
    "photographed on the morning of the first grinding (Image: © Harbour Studio)"
)
STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The mill sits where the creek meets the estuary, and for four centuries it "
        "ground grain whenever the tide went out, until the sluice gate failed in a storm.",
        "The trust that owns it raised the money for timber in a single summer, and a "
        "retired boatbuilder taught the volunteers to steam and bend the planks.",
        "Flour from the first grinding will be sold at the harbour market next month, "
        "and the trust hopes to open the mill to school visits in the spring.",
    )
)


def _page() -> str:
    header = (
        f"<div><div>87</div><div><h1>{HEADLINE}</h1><h2>{DEK}</h2>"
        "<p><span>By Oriel Banning</span> <span>9 May 2025</span></p>"
        "<span>(Image: © Harbour Studio)</span></div></div>"
    )
    story = f'{STORY}<div><img src="/wheel.jpg" alt=""></div><p>{CAPTION}</p>{STORY}'
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><div>"
        f'<div><img src="/hero.jpg" alt=""></div>{header}</div>'
        f"<div><div>{story}</div></div></body></html>"
    )


def test_a_header_closing_with_a_credit_is_no_caption() -> None:
    """The header box after the hero picture ends with the picture's credit: the caption
    rules' choice of it is vetoed by the guard, named in explain(), and its dek is the
    standfirst; the credited caption inside the story still goes."""
    explanation = explain(_page())
    article = explanation.article
    assert article.standfirst == DEK
    assert CAPTION[:40] not in article.text
    assert article.text.startswith("The mill sits")
    vetoed = [b for b in explanation.blocks if b.decision == "vetoed"]
    assert any(HEADLINE in b.text and "caption-headline" in b.reason for b in vetoed)
