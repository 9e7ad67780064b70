"""The shown standfirst repeated by the body (``repeated-standfirst``): a body set as
loose text, its paragraphs cut by line breaks, that opens with the standfirst's words
gives them once in the text, not twice."""

from __future__ import annotations

from newsclean import extract

SUMMARY = (
    "The ferry between Dunmore and the two islands will run twice a day from May, the "
    "harbour board said on Tuesday after a long winter of cancelled crossings."
)
BODY = [
    "The board has leased a second, smaller boat for the quiet months, so that a "
    "breakdown no longer strands the islanders for a week at a time.",
    "Fares stay as they are until the autumn, when the board will look at the accounts "
    "again and ask the two island councils what they can afford to add.",
    "The first crossing of the new timetable leaves Dunmore at seven in the morning on "
    "the first Monday of May and returns just before noon the same day.",
]


def _page(opening: str) -> str:
    lines = "<br/><br/>".join([opening, *BODY])
    return (
        "<html><body><div class='page'><h1>Island ferry to run twice a day</h1>"
        f"<div class='lead'><b>{SUMMARY}</b></div>"
        "<div class='story'><div class='ad-slot'><div class='rule'></div></div><br/>"
        f"{lines}</div>"
        "</div></body></html>"
    )


def test_a_loose_line_repeating_the_shown_standfirst_goes() -> None:
    html = _page(SUMMARY)
    shown = extract(html, include_standfirst=True)
    assert shown.text.count("The ferry between Dunmore") == 1
    assert shown.text.startswith(SUMMARY)
    for paragraph in BODY:
        assert paragraph in shown.text


def test_the_body_keeps_its_line_when_the_standfirst_is_not_shown() -> None:
    article = extract(_page(SUMMARY))
    assert article.standfirst == SUMMARY
    assert article.text.count("The ferry between Dunmore") == 1
    assert article.text.startswith(SUMMARY)


def test_a_line_saying_more_than_the_standfirst_stays() -> None:
    longer = SUMMARY + " The board chair called it a fresh start."
    shown = extract(_page(longer), include_standfirst=True)
    assert shown.text.startswith(SUMMARY)
    assert longer in shown.text
