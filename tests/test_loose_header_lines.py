"""A story's header lines set as loose text at the body's opening, cut by ``<br>`` and in
no block of their own (a date, a byline, a picture's credit, a share prompt), go as a
block holding each alone would (``loose-header-lines``): read one line at a time from
the top by the rules reading such a block. The story's lines stay."""

from __future__ import annotations

from conftest import registry_without

from newsclean import explain, extract

TITLE = "Ferry timetable changes for the winter"
HEAD = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
FIRST = (
    "From the first of November the morning ferry to the outer islands leaves half an hour "
    "later, the operator said on Monday, after a year of complaints from the island schools."
)
SECOND = (
    "The evening crossing keeps its times. A third boat, laid up since the summer, will run "
    "on market days only, when the harbour office expects the most passengers to travel."
)
THIRD = (
    "The island councils welcomed the change but asked for a review in spring, when the "
    "operator's contract with the county comes up for renewal and the fares are set again."
)
HEADER = ["Monday, 6 October 2025", "By Maren Solvik", "Photo: Ivo Brandt", "Share"]


def _page(body: str) -> str:
    return f"{HEAD}<div class='k1'>{body}</div></body></html>"


def test_loose_header_lines_above_the_first_paragraph_go() -> None:
    html = _page("<br>".join(HEADER) + f"<br><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>")
    text = extract(html).text
    for line in HEADER:
        assert line not in text
    assert text.startswith(FIRST)
    assert text.endswith(THIRD)


def test_explain_names_the_rule_for_each_line() -> None:
    html = _page("<br>".join(HEADER) + f"<br><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>")
    lines = {block.text: block.reason for block in explain(html).blocks if block.line}
    assert lines == dict.fromkeys(HEADER, "loose-header-lines")


def test_switched_off_the_lines_stay() -> None:
    html = _page("<br>".join(HEADER) + f"<br><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>")
    text = extract(html, registry=registry_without("loose-header-lines")).text
    assert "By Maren Solvik" in text
    assert "Photo: Ivo Brandt" in text


def test_a_story_set_as_loose_text_loses_its_header_lines_only() -> None:
    # the whole story loose in its box, no block in it: the lines after the story's
    # first line are the story's, a "Share" among them too
    story = f"{FIRST}<br><br>{SECOND}<br>Share<br>{THIRD}"
    text = extract(_page("<br>".join(HEADER) + "<br><br>" + story)).text
    assert "By Maren Solvik" not in text
    assert "Monday, 6 October 2025" not in text
    assert text.startswith(FIRST)
    assert f"{SECOND}\nShare\n{THIRD}" in text


def test_a_byline_below_the_first_line_of_a_loose_story_goes() -> None:
    kicker = "Islands and coast"
    story = f"{kicker}<br>By Maren Solvik<br><br>{FIRST}<br><br>{SECOND}<br><br>{THIRD}"
    text = extract(_page(story)).text
    assert "By Maren Solvik" not in text
    assert kicker in text
    assert FIRST in text


def test_a_block_of_header_lines_alone_goes_whole() -> None:
    html = _page(
        f"<div>Photo: Ivo Brandt<br>Share</div><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
    )
    text = extract(html).text
    assert "Ivo Brandt" not in text
    assert "Share" not in text
    assert text.startswith(FIRST)


def test_a_sentence_naming_a_date_in_loose_text_stays() -> None:
    line = "On 6 October 2025 the operator published the new times."
    html = _page(f"{line}<br>By Maren Solvik<br><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>")
    text = extract(html).text
    assert text.startswith(line)
    assert FIRST in text


def test_a_loose_line_of_a_range_of_dates_stays() -> None:
    # a range of dates is the story's (a festival's days), as in a block's line
    line = "Harbour festival | 3 May 2025 - 9 May 2025"
    html = _page(f"{line}<br>By Maren Solvik<br><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>")
    text = extract(html).text
    assert text.startswith(line)
    assert "By Maren Solvik" not in text
