"""A date's label and its date as a block of their own among the story's paragraphs go
(``engagement-prompts``: "Last updated: 3 hours ago"); a sentence opening with the same
words stays ("Published on a Friday, the report said ...")."""

from __future__ import annotations

import re

import pytest
from conftest import HARBOUR_STORY

from newsclean import explain, extract

HEAD = "<html><head><title>Breakwater late</title></head><body><article><h1>Breakwater late</h1>"


def _page(middle: str) -> str:
    half = len(HARBOUR_STORY) // 2
    first = "".join(f"<p>{p}</p>" for p in HARBOUR_STORY[:half])
    second = "".join(f"<p>{p}</p>" for p in HARBOUR_STORY[half:])
    return f"{HEAD}{first}{middle}{second}</article></body></html>"


NOTES = [
    "Last updated: 3 hours ago",
    "Published on 05 Jun 2024 by Ada Lind in Harbour news",
    "Veröffentlicht am 3. Mai 2024 | Lesezeit 4 Minuten",
    "Last updated Sept. 5, 2024 by A. Lind",
]


@pytest.mark.parametrize("note", NOTES)
def test_a_labelled_date_line_in_the_story_goes(note: str) -> None:
    html = _page(f"<p>{note}</p>")
    text = extract(html).text
    assert note not in text
    assert all(paragraph in text for paragraph in HARBOUR_STORY)
    assert "engagement-prompts" in {block.reason for block in explain(html).blocks}


SENTENCES = [
    "Published on a Friday, the report said the breakwater would open a month late.",
    "Published on 3 May, the harbour report was read at every council meeting.",
    "Last updated in 2019, the tide tables are out of date, the pilots say.",
    "Posted on 12 noticeboards along the quay! The warning was hard to miss.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_opening_with_a_date_label_stays(sentence: str) -> None:
    text = extract(_page(f"<p>{sentence}</p>")).text
    assert re.sub(r"\s+", " ", sentence) in text
