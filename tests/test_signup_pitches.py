"""A sign-up box whose pitch runs past a heading and a line (``form-boxes`` with
``engine/signup_pitches.py``): a list of perks, a privacy note and the message shown
once the form is sent go with the form, on a page whose names tell nothing; a paragraph
of the story beside the form, or a comment form's thread, stays."""

from __future__ import annotations

from lxml import html

from newsclean import extract
from newsclean.engine import prepare
from newsclean.settings import Tuning

URL = "https://www.harbourline-courier.example/town/ferry-timetable-changes"

STORY = "".join(
    f"<p>Paragraph {n} of the report on the ferry timetable tells of the new crossings, "
    "the harbour works and what the skippers expect of the winter, at a story's length.</p>"
    for n in range(5)
)
FORM = (
    "<form action='/join' method='post'><input type='email' name='address'>"
    "<button>Sign up</button></form>"
)
#: Heading, four perks, a privacy line and the thanks message: over 250 characters of
#: short lines besides the form.
PERKS = (
    "<h3>The Harbourline weekly letter</h3><ul><li>The week's crossings at a glance</li>"
    "<li>Notices from the harbour master</li><li>Walks along the quay and the dunes</li>"
    "<li>Sent every Thursday morning</li></ul>"
    "<p>By signing up you accept how we keep your address.</p>"
    "<span>Thank you! Look in your inbox in a few minutes to confirm the letter.</span>"
)


def _page(after: str) -> str:
    return (
        "<html><body><div class='q1'><a href='/'>Home</a> <a href='/town/'>Town</a></div>"
        "<div class='q2'><h1>Ferry timetable changes for the winter</h1>"
        f"<div class='q3'>{STORY}{after}{STORY}</div></div></body></html>"
    )


def test_a_signup_box_with_a_list_of_perks_goes() -> None:
    text = extract(
        _page(f"<div class='q4'><div class='q5'>{PERKS}{FORM}</div></div>"), url=URL
    ).text
    assert "Paragraph 4 of the report" in text
    for line in ("weekly letter", "crossings at a glance", "accept how we keep", "inbox"):
        assert line not in text


def test_a_paragraph_of_prose_beside_the_form_stays() -> None:
    prose = (
        "<p>The harbour master said the winter crossings would run at dawn and dusk, and "
        "that the second ferry would stay in the dock until the new pier is finished, "
        "which the council hopes to see before the spring storms reach the islands and the "
        "first of the summer visitors come over on the early boat.</p>"
    )
    text = extract(
        _page(f"<div class='q4'>{prose}<div class='q5'>{FORM}</div></div>"), url=URL
    ).text
    assert "second ferry would stay in the dock" in text


def test_a_reply_forms_box_stays_within_the_short_limit() -> None:
    reply = "<form><input type='email' name='mail'><textarea name='comment'></textarea></form>"
    root = html.fromstring(f"<html><body><div><div>{PERKS}{reply}</div></div></body></html>")
    form = next(root.iter("form"))
    prepare._mark_form_boxes([form], {form}, Tuning())
    assert not any(el.get(prepare.FORM_BOX_ATTRIBUTE) is not None for el in root.iter())
    prepare._mark_form_boxes([form], set(), Tuning())
    assert any(el.get(prepare.FORM_BOX_ATTRIBUTE) is not None for el in root.iter())


def test_short_story_paragraphs_around_a_form_stay() -> None:
    """Three short paragraphs, each under a prose paragraph's length, set around a
    sign-up form in one wrapper: more paragraphs than a pitch holds."""
    lines = "".join(
        f"<p>Line {n}: the night ferry leaves at ten from the north quay.</p>" for n in range(5)
    )
    text = extract(_page(f"<div class='q4'>{lines}{FORM}</div>"), url=URL).text
    assert "Line 4: the night ferry leaves at ten" in text
