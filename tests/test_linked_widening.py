"""Widening the body (``engine/widening.py``) passes over a box whose added paragraph
text is mostly in blocks wholly inside links: teaser cards' blurbs, which the scores
count as prose, beside a short story."""

from __future__ import annotations

from newsclean.engine.scoring import score_paragraphs
from newsclean.engine.widening import widen
from newsclean.parse import parse
from newsclean.settings import Tuning

STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The ferry to the outer islands will run twice a day again from May, the "
        "operator said on Friday, after a winter of single crossings.",
        "The second boat spent four months in the yard at the harbour mouth, where "
        "its engines were rebuilt and its car deck strengthened.",
        "Islanders had asked for the earlier crossing back since the autumn, when "
        "children started missing the first lessons of the day.",
        "The timetable keeps the evening boat at half past six, which suits the few "
        "who work on the mainland and come home for supper.",
        "Fares stay as they are until the end of the year, the operator said, though "
        "the price of fuel has risen by a fifth since the spring.",
    )
)
BLURBS = (
    "The harbour board has chosen a builder for the new breakwater at the north quay.",
    "A bakery on the high street closes after sixty years, its owners retiring south.",
    "The island school will get a new roof before the summer, the council has said.",
)


def _widened(extra: str) -> str:
    page = (
        "<html><body><div id='column'><div id='story'>"
        f"{STORY}</div><div id='extra'>{extra}</div></div></body></html>"
    )
    root = parse(page)
    assert root is not None
    body = root.find("body")
    tuning = Tuning()
    scores = score_paragraphs(body, {}, tuning)
    story = root.xpath("//div[@id='story']")[0]
    return str(widen(story, scores.paragraph_chars, tuning).get("id"))


def test_a_box_of_teaser_cards_beside_the_story_is_passed_over() -> None:
    cards = "".join(f'<a href="/news/{n}"><p>{blurb}</p></a>' for n, blurb in enumerate(BLURBS))
    assert _widened(cards) == "story"


def test_blurbs_linked_inside_their_paragraphs_are_passed_over_too() -> None:
    cards = "".join(f'<p><a href="/news/{n}">{blurb}</a></p>' for n, blurb in enumerate(BLURBS))
    assert _widened(cards) == "story"


def test_prose_with_a_link_in_it_still_widens_the_body() -> None:
    """The same sentences as the story's prose, a link on a few words of each: the
    box adds prose, and the body takes it in as before."""
    prose = "".join(
        f'<p>{blurb[:30]}<a href="/news/{n}">{blurb[30:45]}</a>{blurb[45:]}</p>'
        for n, blurb in enumerate(BLURBS)
    )
    assert _widened(prose) == "column"
