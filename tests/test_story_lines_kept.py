"""Story lines shaped like what last release's rules take (``date-labels``,
``teaser-boxes`` below the story): on a page with no telling names, the story's own
line stays."""

from __future__ import annotations

import pytest

from newsclean import extract

STORY = "".join(
    f"<p>Paragraph {n} tells of the new harbour pier, of the piles driven into the mud "
    "and of the council's plans to finish it before the summer season starts again.</p>"
    for n in range(6)
)


def _page(closing: str) -> str:
    return (
        "<html><body><div class='q0'><h1>The new pier in the harbour</h1>"
        f"<div class='q1'>{STORY}{closing}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        # a linked heading over the story's closing paragraph: no teaser card
        (
            "<div class='q2'><h3><a href='/report/pier'>The council's report on the pier</a>"
            "</h3><p>It says the work will cost a third more than planned and finish a year "
            "late.</p></div>",
            "It says the work will cost a third more",
        ),
        # a paragraph opening with a link closing the story
        (
            "<div class='q2'><p><a href='/report/pier'>The council's report</a> says the work "
            "will cost a third more than planned.</p></div>",
            "says the work will cost a third more",
        ),
        # a label word over a dated update of the story
        (
            "<p>Update</p><p>3 May 2025</p><p>The council met again and approved the money "
            "for the second boat after all.</p>",
            "approved the money for the second boat",
        ),
    ],
)
def test_a_story_line_closing_the_body_stays(closing: str, kept: str) -> None:
    text = extract(_page(closing)).text
    assert kept in text
    assert "Paragraph 5 tells" in text
