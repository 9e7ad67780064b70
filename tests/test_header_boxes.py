"""The story's header box inside a body holding more than the story (``header-boxes``):
the box around the first h1, short, with a heading agreeing with the title, a date line
and short lines only, goes. What the class fixture does not show: a box holding a
sentence stays, and so does one with no date line (a dek in the box is the standfirst,
read before); explain names the rule."""

from __future__ import annotations

from newsclean import explain, extract

STORY = "".join(
    f"<p>Paragraph {n} of the story on the new ferry line tells of the crossings, the "
    "fares for commuters, the harbour's plans for the summer and what the island's "
    "council expects of the timetable.</p>"
    for n in range(4)
)
TITLE = "Ferry line to the island opens in June"


def _page(box_lines: str) -> str:
    return (
        f"<html><head><title>{TITLE} | Harbour Post</title></head><body>"
        "<div class='a1'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
        f"<div class='b1'><div class='c1'><div class='c2'><h1>{TITLE}</h1>{box_lines}</div>"
        f"</div>{STORY}</div></body></html>"
    )


HEADER = (
    "<h2>Three crossings a day from the old quay</h2>"
    "<ul class='c3'><li>Mara Ellison</li></ul><div class='c4'>• Published 2 hours ago</div>"
)


def test_the_header_box_goes() -> None:
    text = extract(_page(HEADER)).text
    assert "Three crossings a day" not in text
    assert "Mara Ellison" not in text
    assert "2 hours ago" not in text
    assert "Paragraph 0" in text and "Paragraph 3" in text


def test_explain_names_the_rule() -> None:
    explanation = explain(_page(HEADER))
    (box,) = [block for block in explanation.blocks if block.reason == "header-boxes"]
    assert box.decision == "removed"
    assert "Mara Ellison" in box.text


def test_a_dek_in_the_box_is_the_standfirst_and_the_rest_goes() -> None:
    dek = "<p>The island's first ferry in forty years will carry bikes and cars.</p>"
    article = extract(_page(HEADER + dek))
    assert "will carry bikes and cars" in (article.standfirst or "")
    assert "Mara Ellison" not in article.text


def test_a_box_holding_a_sentence_stays() -> None:
    said = "<div class='c5'>Mara Ellison rode the first test crossing.</div>"
    explanation = explain(_page(HEADER + said))
    assert not [block for block in explanation.blocks if block.reason == "header-boxes"]


def test_a_box_without_a_date_line_stays() -> None:
    lines = "<h2>Three crossings a day from the old quay</h2><div class='c4'>Island news</div>"
    text = extract(_page(lines)).text
    assert "Three crossings a day" in text


def test_the_lead_picture_in_the_box_stays_with_images() -> None:
    picture = "<div class='c6'><img src='https://harbourpost.example/ferry.jpg' alt='Ferry'></div>"
    article = extract(_page(picture + HEADER), include_images=True)
    assert "ferry.jpg" in (article.html or "")
    assert "Mara Ellison" not in article.text
