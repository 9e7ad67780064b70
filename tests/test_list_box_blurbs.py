"""A box's heading over a link list takes the loose text under it (``list-box-blurbs``):
an author box's lines on the author between "About ..." and "All posts by ...". Loose
text that is no box's blurb stays."""

from __future__ import annotations

from newsclean import explain, extract

_STORY = "".join(
    f"<p>Paragraph {n} of the story tells how the ferry service was cut back this winter, "
    "and what the islanders did about it in the weeks after.</p>"
    for n in range(1, 6)
)
_BOX = (
    '<div class="b"><div class="v"><img alt="" src="/a.jpg"></div><div class="d">'
    "<h2>About Ada Lind</h2>{blurb}"
    '<div class="l"><a href="/author/ada/" rel="author">All posts by Ada Lind</a> '
    '<a href="/author/ada/feed/">Her feed</a></div>{after}</div></div>'
)
_BLURB = "Ada writes about the islands and their boats, and sails when the weather allows."


def _page(box: str) -> str:
    return f'<html><body><div class="p"><h1>Ferries cut back</h1>{_STORY}{box}</div></body></html>'


def test_an_author_box_blurb_goes_with_its_heading_and_links() -> None:
    page = _page(_BOX.format(blurb=_BLURB, after=""))
    text = extract(page).text
    assert "Paragraph 5 of the story" in text
    assert "Ada writes about" not in text and "About Ada Lind" not in text
    reasons = {block.reason for block in explain(page).find("About Ada Lind")}
    assert reasons == {"list-box-blurbs"}


def test_loose_text_that_is_no_box_blurb_stays() -> None:
    # the text runs longer than a blurb: the story set without paragraphs
    long_text = " ".join([_BLURB] * 10)
    assert "Ada writes about" in extract(_page(_BOX.format(blurb=long_text, after=""))).text
    # something follows the links in the box: it is no box of heading, blurb and links
    after = "<p>Ada also edits the harbour newsletter and answers readers' letters.</p>"
    assert "Ada writes about" in extract(_page(_BOX.format(blurb=_BLURB, after=after))).text
