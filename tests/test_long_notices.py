"""Notices longer than the body text rules' usual reach (``text_rule_max_chars``): a
rule whose own ``max_length`` is longer reads a block up to it (never past
``long_text_rule_max_chars``) when the block is one block of text. An embed's consent
placeholder naming the provider, the site and how to withdraw (``embed-consent-notices``),
a supporter appeal (``liked-prompts``), an affiliate disclosure closing the body
(``edge-affiliate-notices``). What the class fixture does not show: a box opening with
a notice's words and holding the story's paragraphs stays, and so does the story's own
long paragraph on consent."""

from __future__ import annotations

import pytest
from conftest import class_text_without

from newsclean import explain, extract
from newsclean.settings import Tuning

STORY = "".join(
    f"<p>Paragraph {n} of the report on the harbour's new data rules tells of the board's "
    "meeting, the cameras on the quay and what the port authority stores and for how long, "
    "as the council asked in its letter of last spring.</p>"
    for n in range(4)
)

PLACEHOLDER = (
    "Um Ihre persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte "
    "von <span>kartendienst.example</span> blockiert. Wenn Ihnen Inhalte dieses Anbieters "
    "auf hafenbote.example angezeigt werden sollen, stimmen Sie bitte den unten genannten "
    "Bedingungen zu. Sie können Ihre Zustimmung an dieser Stelle jederzeit widerrufen. "
    "Weitere Informationen finden Sie im Bereich Datenschutz."
)


def _page(middle: str) -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
        "<div class='b1'><h1>Harbour board sets out its data rules</h1>"
        f"<div class='b2'>{STORY[: len(STORY) // 2]}{middle}{STORY[len(STORY) // 2 :]}</div>"
        "</div></body></html>"
    )


def test_the_placeholder_is_longer_than_the_usual_reach() -> None:
    assert len(PLACEHOLDER) > Tuning().text_rule_max_chars


def test_a_long_consent_placeholder_goes() -> None:
    text = extract(_page(f"<div class='c1'>{PLACEHOLDER}</div>")).text
    assert "automatische Laden" not in text
    assert "Paragraph 0" in text and "Paragraph 3" in text


def test_explain_names_the_rule() -> None:
    explanation = explain(_page(f"<div class='c1'>{PLACEHOLDER}</div>"))
    (block,) = [b for b in explanation.blocks if "automatische Laden" in b.text]
    assert block.decision == "removed"
    assert block.reason == "embed-consent-notices"


def test_past_the_long_reach_the_rule_reads_nothing() -> None:
    tuning = Tuning(long_text_rule_max_chars=Tuning().text_rule_max_chars)
    text = extract(_page(f"<div class='c1'>{PLACEHOLDER}</div>"), tuning=tuning).text
    assert "automatische Laden" in text


def test_a_box_opening_with_the_notice_and_holding_the_story_stays() -> None:
    box = (
        f"<div class='c1'><div class='c2'>{PLACEHOLDER[:120]}</div>"
        "<p>The port authority says the recordings are deleted after a week unless the "
        "police ask for them, and that no camera looks into the homes along the quay, "
        "which the residents' association doubts after the pictures shown at the "
        "meeting.</p></div>"
    )
    text = extract(_page(box)).text
    assert "deleted after a week unless the police ask" in text


def test_the_story_speaking_of_consent_at_length_stays() -> None:
    said = (
        "<p>Um die persönlichen Daten der Fahrgäste zu schützen, habe der Hafen das Laden "
        "der Aufnahmen auf fremde Server schon im Winter eingestellt, sagte die Sprecherin. "
        "Wer mit der Fähre fahre, könne seine Zustimmung zu den Kameras an Bord jederzeit "
        "widerrufen; der Datenschutzbeauftragte des Landes prüfe derzeit, ob das genüge.</p>"
    )
    text = extract(_page(said)).text
    assert "habe der Hafen das Laden der Aufnahmen" in text


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("embed-consent-notices", "haben wir das automatische Laden der Inhalte"),
        ("liked-prompts", "Hat Ihnen dieser Artikel gefallen"),
    ],
)
def test_switching_the_rule_off_keeps_its_line(rule: str, line: str) -> None:
    assert line in class_text_without("class-long-notices", rule)
