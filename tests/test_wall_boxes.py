"""Pay and registration walls inside the body (``wall-boxes``): what the class fixtures
do not show. The box a wall's line opens goes with its offers and FAQ; a story sentence
worded near such a line, a wall line after the story's own text in its box, and the
story set after the wall's box stay."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import class_text_without

from newsclean import explain, extract

URL = "https://www.millbrook-post.example/news/2025/02/bridge-repairs"

STORY = "".join(
    f"<p>Paragraph {n} of the report on the bridge repairs tells of the closures, the "
    "detours for the buses and what the council expects the work to cost this year.</p>"
    for n in range(3)
)


def _page(body: str) -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
        "<div class='b1'><h1>Bridge repairs to start in March</h1>"
        f"<div class='b2'>{body}</div></div></body></html>"
    )


def test_the_german_wall_goes_with_its_faq() -> None:
    kept = class_text_without("class-wall-boxes-german", "wall-boxes")
    assert "Was kostet die Registrierung?" in kept


def test_the_english_wall_goes_with_its_faq() -> None:
    kept = class_text_without("class-wall-boxes-english", "wall-boxes")
    assert "Why do I need an account?" in kept


def test_explain_names_the_rule() -> None:
    folder = Path(__file__).resolve().parent / "fixtures" / "class-wall-boxes-german"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    explanation = explain((folder / "page.html").read_bytes(), url=url)
    (wall,) = [block for block in explanation.blocks if block.reason == "wall-boxes"]
    assert wall.decision == "removed"
    assert "Schon registriert?" in wall.text


def test_a_note_for_subscribers_takes_the_offer_above_it_when_it_opens_the_box() -> None:
    wall = (
        "<div class='w1'><p>Sie sind bereits Abonnent? <a href='/login'>Hier anmelden</a></p>"
        "<ul><li>Alle Artikel frei lesen</li><li>Die Zeitung als App</li></ul></div>"
    )
    text = extract(_page(STORY + wall), url=URL).text
    assert "bereits Abonnent" not in text
    assert "Die Zeitung als App" not in text
    assert "Paragraph 2 of the report" in text


def test_story_sentences_near_a_wall_line_stay() -> None:
    lines = (
        "<p>Already a member of the council when the bridge was last closed, the mayor "
        "said the detour would again run through the market square.</p>"
        "<p>Subscribers to the town's bus pass will ride the detour at no extra cost.</p>"
    )
    text = extract(_page(STORY + lines), url=URL).text
    assert "Already a member of the council" in text
    assert "Subscribers to the town's bus pass" in text


def test_the_story_after_the_wall_box_stays() -> None:
    wall = (
        "<div class='w1'><h3>Subscribe to keep reading</h3>"
        "<p>Unlimited access for the price of a coffee.</p></div>"
    )
    rest = "<p>Work on the eastern span will take until the end of the summer.</p>"
    text = extract(_page(STORY + wall + rest), url=URL).text
    assert "Unlimited access" not in text
    assert "Work on the eastern span" in text


def test_a_wall_line_after_the_story_in_its_box_goes_alone() -> None:
    line = "<p>Möchten Sie weiterlesen? <a href='/abo'>Jetzt Abo wählen</a></p>"
    text = extract(_page(STORY + line), url=URL).text
    assert "Möchten Sie weiterlesen" not in text
    assert "Paragraph 0 of the report" in text
    assert "Paragraph 2 of the report" in text


def test_a_wall_written_in_capitals_goes() -> None:
    english = (
        "<div class='w1'><h3>SUBSCRIBE TO CONTINUE READING</h3>"
        "<p>For a small monthly fee you read every story, every column and every letter, "
        "on the site, in the app and in the printed paper on Saturdays.</p></div>"
    )
    german = (
        "<div class='w1'><p>JETZT ABONNIEREN UND WEITERLESEN</p>"
        "<p>Alle Artikel, alle Kolumnen und alle Leserbriefe, auf der Seite, in der App "
        "und die gedruckte Zeitung am Samstag: die Zeitung als App und auf Papier.</p></div>"
    )
    for wall, offer in ((english, "small monthly fee"), (german, "Zeitung als App")):
        text = extract(_page(STORY + wall), url=URL).text
        assert offer not in text
        assert "Paragraph 2 of the report" in text


def test_explain_names_the_rule_for_a_wall_box_that_was_a_runner_up() -> None:
    wall = (
        "<div class='w1'><h3>Subscribe to keep reading</h3>"
        "<p>For a small monthly fee you read every story, every column and every "
        "letter, on the site, in the app and in the printed paper, and you help the "
        "newsroom pay for the reporting the town relies on, week after week.</p></div>"
    )
    explanation = explain(_page(STORY + wall), url=URL)
    (box,) = [block for block in explanation.blocks if "small monthly fee" in block.text]
    assert box.decision == "removed"
    assert box.reason == "wall-boxes"
