"""Pointer lines led by an arrow or a like glyph ("» Lesen Sie auch: ...", ">> Mehr lesen:
...", "► Folgen Sie uns auf ..."): the line rules read them again without the glyphs, as
they read a label after a divider; a quotation opening with "»" keeps its mark. And the
follow-us asks in the familiar German form and other languages."""

from __future__ import annotations

import pytest
from conftest import BRIDGE_URL, bridge_page, bridge_rules

from newsclean import extract
from newsclean.dom.text import unmarked


def test_unmarked_strips_a_pointer_mark_opening_a_line() -> None:
    assert unmarked("» lesen sie auch: die brücke") == "lesen sie auch: die brücke"
    assert unmarked(">> mehr lesen: der kanal") == "mehr lesen: der kanal"
    assert unmarked("►lesen sie auch: die brücke") == "lesen sie auch: die brücke"
    assert unmarked("-> read more: the canal") == "read more: the canal"
    assert unmarked("»» weiterlesen") == "weiterlesen"


def test_unmarked_strips_a_pointer_mark_closing_a_line() -> None:
    assert unmarked("zum seitenanfang »") == "zum seitenanfang"
    assert unmarked("next page: the canal>>") == "next page: the canal"
    assert unmarked("diashow starten ›") == "diashow starten"


def test_unmarked_leaves_a_quotation_its_marks() -> None:
    # a German quotation opens with "»" and a letter: the mark is the quote's
    assert unmarked("»lesen sie auch das«, rief er.") == ""
    # a Swiss or French one closes with "»" after its "«"
    assert unmarked("«nous lirons tout»") == ""
    assert unmarked("« lire aussi »") == ""


#: Pointer lines set between the story's paragraphs, each with the rule that takes it.
POINTERS = [
    ("<p>» Lesen Sie auch: Die Fähre fährt</p>", "Die Fähre fährt", "read-also-teasers"),
    ("<p>►Lesen Sie auch: Neue Ampeln am Kanal</p>", "Neue Ampeln am Kanal", "read-also-teasers"),
    ("<p>&gt;&gt; Mehr lesen: So wurde die Brücke gebaut</p>", "So wurde die", "read-also-teasers"),
    ("<p>→ Mehr zum Thema: Busse in der Stadt</p>", "Busse in der Stadt", "read-also-teasers"),
    ("<p>➤ Read more: The lock keepers' year</p>", "lock keepers", "read-also-teasers"),
    ("<p><a href='/fahrplan'>&gt; mehr Details</a></p>", "mehr Details", "control-label-lines"),
    ("<div>» Mehr erfahren</div>", "Mehr erfahren", "control-label-lines"),
    ("<div>Artikel anhören →</div>", "Artikel anhören", "control-label-lines"),
    ("<p>Mehr Infos zur Brücke »</p>", "Infos zur Brücke", "read-also-teasers"),
    (
        "<p>▶ Folgen Sie uns auf Facebook und Instagram</p>",
        "Facebook und Instagram",
        "engagement-prompts",
    ),
]


@pytest.mark.parametrize(("markup", "gone", "rule"), POINTERS, ids=[p[1] for p in POINTERS])
def test_a_pointer_line_led_by_an_arrow_goes(markup: str, gone: str, rule: str) -> None:
    html = bridge_page(markup)
    text = extract(html, url=BRIDGE_URL).text
    assert gone not in text
    assert "Paragraph 4 of the story" in text
    assert rule in bridge_rules(html, gone)


#: Follow-us asks without an arrow, in the languages the line rule reads.
FOLLOW_ASKS = [
    "Folge uns auf Facebook | Instagram",
    "Folgt uns auch auf Mastodon!",
    "Suivez-nous sur Twitter et Instagram",
    "Síguenos en Telegram y Facebook",
]


@pytest.mark.parametrize("line", FOLLOW_ASKS)
def test_a_follow_us_line_goes(line: str) -> None:
    html = bridge_page(f"<p>{line}</p>")
    assert line not in extract(html, url=BRIDGE_URL).text
    assert "engagement-prompts" in bridge_rules(html, line)


#: Lines that look alike and are the story's: a quotation opening with "»", an arrow
#: before words no line rule reads, a story's sentence on following something.
KEPT = [
    "»Lesen Sie auch die Tafel am Geländer«, sagte die Bürgermeisterin.",
    "» Zum Fahrplan: Die Busse fahren ab Montag wieder alle zehn Minuten über die Brücke",
    "=> Wie lange dauerte die Sanierung?",
    "Die Stadt nennt das Projekt «Lesen Sie auch»",
    "« Lire aussi les panneaux », dit la maire.",
    "Follow the detour signs on the east bank until the bridge reopens in May.",
    "Folgen Sie den Schildern zur Umleitung am Ostufer, bat die Stadt.",
]


@pytest.mark.parametrize("line", KEPT)
def test_a_story_line_alike_stays(line: str) -> None:
    text = extract(bridge_page(f"<p>{line}</p>"), url=BRIDGE_URL).text
    assert line in text
