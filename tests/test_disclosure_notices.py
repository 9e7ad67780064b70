"""Disclosures, legal lines and prompts inside the body on pages whose names say nothing:
a notification or app prompt with a control turning it down (``prompt-boxes``), a
captcha's legal line (``captcha-notices``), an affiliate notice after a semicolon
(``affiliate-notices``) and a closing section under a disclosure heading
(``closing-notice-sections``). What the class fixtures do not show: the story's own
lines on the same topics stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import class_text_without

from newsclean import explain, extract

URL = "https://www.harbourgazette.example/news/2025/06/ferry-timetable"

STORY = "".join(
    f"<p>Paragraph {n} of the report on the new ferry timetable tells of the early "
    "crossings, the fares for commuters and what the harbour board expects in summer.</p>"
    for n in range(4)
)


def _page(body: str, after: str = "") -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
        "<div class='b1'><h1>Ferry timetable changes in June</h1>"
        f"<div class='b2'>{body}</div>{after}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("fixture", "rule", "line"),
    [
        ("class-disclosure-notices", "prompt-boxes", "We'd like to send you"),
        ("class-disclosure-notices", "captcha-notices", "This site is protected by reCAPTCHA"),
        ("class-disclosure-notices", "affiliate-notices", "we may earn a commission"),
        ("class-disclosure-notices-german", "prompt-boxes", "Jetzt die App herunterladen"),
        ("class-disclosure-notices-german", "captcha-notices", "durch reCAPTCHA geschützt"),
        ("class-disclosure-notices-german", "closing-notice-sections", "Was das Sternchen"),
    ],
)
def test_switching_the_rule_off_keeps_its_line(fixture: str, rule: str, line: str) -> None:
    assert line in class_text_without(fixture, rule)


def test_explain_names_the_prompt_box() -> None:
    folder = Path(__file__).resolve().parent / "fixtures" / "class-disclosure-notices"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    explanation = explain((folder / "page.html").read_bytes(), url=url)
    (box,) = [block for block in explanation.blocks if block.reason == "prompt-boxes"]
    assert box.decision == "removed"
    assert "Allow notifications" in box.text


def test_a_french_notification_prompt_goes() -> None:
    prompt = (
        "<div class='p1'><div class='p2'>Activer les notifications</div><div class='p3'>"
        "Recevez nos alertes sur les horaires du port.</div><div class='p4'>Plus tard</div></div>"
    )
    text = extract(_page(STORY + prompt + STORY), url=URL).text
    assert "Activer les notifications" not in text
    assert "Plus tard" not in text
    assert "Paragraph 3 of the report" in text


def test_a_spanish_notification_prompt_goes() -> None:
    prompt = (
        "<div class='p1'><span>Recibe notificaciones de las noticias más importantes del día."
        "</span><div class='p4'>No, gracias</div><div class='p5'>Recibir</div></div>"
    )
    text = extract(_page(STORY + prompt + STORY), url=URL).text
    assert "Recibe notificaciones" not in text
    assert "No, gracias" not in text


def test_a_box_asking_nothing_of_the_reader_stays() -> None:
    # a refusal with no ask around it: a line of the story's own box
    box = (
        "<div class='q1'><div class='q2'>The harbour master was asked whether the night "
        "crossing would return this year.</div><div class='q3'>Not now</div></div>"
    )
    text = extract(_page(STORY + box + STORY), url=URL).text
    assert "whether the night crossing would return" in text


def test_a_story_on_notifications_keeps_its_paragraphs() -> None:
    lines = (
        "<p>Commuters can allow notifications in the harbour board's app to hear of "
        "cancelled crossings, the board said on Monday.</p>"
        "<p>\u201cNo thanks,\u201d said one skipper when asked whether he would use it.</p>"
    )
    text = extract(_page(STORY + lines + STORY), url=URL).text
    assert "Commuters can allow notifications" in text
    assert "No thanks," in text


def test_a_quoted_captcha_line_stays() -> None:
    line = (
        "<p>\u201cThis site is protected by reCAPTCHA and the Google Privacy Policy and Terms "
        "of Service apply,\u201d read the booking page the board took down.</p>"
    )
    text = extract(_page(STORY + line + STORY), url=URL).text
    assert "read the booking page the board took down" in text


def test_an_affiliate_notice_after_a_semicolon_goes() -> None:
    notice = (
        "<div class='n1'>Our writers pick every product on their own; we may earn a "
        "commission when you buy through links on this page.</div>"
    )
    text = extract(_page(STORY + notice + STORY), url=URL).text
    assert "we may earn a commission" not in text
    assert "Paragraph 3 of the report" in text


def test_a_closing_disclosure_section_goes() -> None:
    after = (
        "<div class='s1'><h4>Advertising Disclosure</h4><p>This site participates in the "
        "Amazon Associates program and earns from qualifying purchases. Other partners "
        "include ticket sellers and travel shops whose offers may appear beside our "
        "stories, and a click on any of them may pay the publisher a commission that "
        "funds our reporting on the harbour and the islands.</p></div>"
    )
    text = extract(_page(STORY, after), url=URL).text
    assert "Advertising Disclosure" not in text
    assert "qualifying purchases" not in text
    assert "Paragraph 3 of the report" in text
