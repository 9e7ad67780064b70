"""Lines opening the body that a blog engine writes: "Submitted on <date>"
(``date-only-blocks``) and a reading time set with a hyphen, "7-minute read"
(``reading-time``); a story's sentence on a submission stays."""

from __future__ import annotations

import pytest
from conftest import BRIDGE_STORY, BRIDGE_URL

from newsclean import explain, extract


def _page(top: str) -> str:
    """The bridge story with ``top`` opening its body."""
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/local/'>Local</a></div>"
        "<div class='c1'><h1>The bridge reopens</h1><div class='c2'><div class='b2'>"
        f"{top}{BRIDGE_STORY}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("<span class='s1'>Submitted on Mon, 2025-03-17 09:40</span>", "date-only-blocks"),
        ("<div>Submitted on March 17, 2025</div>", "date-only-blocks"),
        ("<div>7-minute read</div>", "reading-time"),
        ("<p>12-min read</p>", "reading-time"),
    ],
)
def test_the_line_goes(line: str, rule: str) -> None:
    page = _page(line)
    text = extract(page, url=BRIDGE_URL).text
    assert "Submitted" not in text
    assert " read" not in text
    assert text.startswith("Paragraph 0 of the story")
    assert rule in {block.reason for block in explain(page, url=BRIDGE_URL).blocks}


def test_a_sentence_on_a_submission_stays() -> None:
    line = "<p>Submitted on March 17, 2025, the plan was approved within the week.</p>"
    assert "the plan was approved" in extract(_page(line), url=BRIDGE_URL).text
