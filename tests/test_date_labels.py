"""A date's label left behind once ``date-only-blocks`` took its date (``date-labels``),
and the meta lines the date and byline patterns read ("Erschienen am 3. Mai 2025",
"Veröffentlicht von ...", "Posted by ... @ 9:15 pm"), on pages with no semantic
markup: what the class fixture (tests/fixtures/class-date-labels-fields) does not show."""

from __future__ import annotations

from conftest import registry_without

from newsclean import extract

URL = "https://www.inselblatt.example/hafen/neuer-anleger/"

STORY = [
    f"<p>Absatz {n} erzählt vom neuen Anleger im Hafen, von den Pfählen im Schlick und "
    "von den Plänen der Gemeinde, ihn bis zum Sommer fertig zu bauen.</p>"
    for n in range(5)
]


def _page(box: str, at: int = 2) -> str:
    parts = [*STORY[:at], box, *STORY[at:]]
    return (
        "<html><body><div class='q0'><h1>Der neue Anleger im Hafen</h1>"
        f"<div class='q1'>{''.join(parts)}</div></div></body></html>"
    )


def _text(page: str, *switched_off: str) -> str:
    return extract(page, url=URL, registry=registry_without(*switched_off)).text


FIELDS = (
    "<dl class='q2'><dt class='q3'>Updated</dt><dd class='q3'><span class='q4'>"
    "<time datetime='2025-05-03'>May 3, 2025, 9:15 pm</time></span></dd></dl>"
)


def test_a_label_goes_with_the_date_in_the_next_element() -> None:
    text = _text(_page(FIELDS))
    assert "Updated" not in text
    assert "May 3, 2025" not in text
    assert "Absatz 1 erzählt" in text
    assert "Absatz 2 erzählt" in text


def test_a_label_before_a_heading_holding_the_date_goes() -> None:
    box = (
        "<div class='q2'><span class='q3'>Erschienen am:</span> "
        "<h3 class='q4'>03.05.2025</h3></div>"
    )
    text = _text(_page(box, at=5))
    assert "Erschienen am" not in text
    assert "Absatz 4 erzählt" in text


def test_a_label_word_before_a_line_of_the_story_stays() -> None:
    box = (
        "<p class='q3'>Stand</p><p class='q4'>Stand der Arbeiten am 3. Mai 2025: Die "
        "Pfähle sind gesetzt, der Steg folgt.</p>"
    )
    text = _text(_page(box))
    assert "Stand\n" in text
    assert "Die Pfähle sind gesetzt" in text


def test_a_label_with_other_text_before_the_date_stays() -> None:
    box = (
        "<div class='q2'><span class='q3'>Stand</span> der Planung: "
        "<span class='q4'>03.05.2025</span></div>"
    )
    assert "Stand" in _text(_page(box))


def test_switched_off_by_name_the_label_stays() -> None:
    assert "Updated" in _text(_page(FIELDS), "date-labels")


def test_meta_lines_between_paragraphs_go() -> None:
    lines = (
        "<p class='q5'>Erschienen am 3. Mai 2025</p>",
        "<p class='q5'>Veröffentlicht von Jonte Brüning</p>",
        "<p class='q5'>Published by Ada Lind</p>",
        "<p class='q5'>Posted by Ada Lind @ 9:15 pm</p>",
        "<p class='q5'>Posted by Ada Lind at 9:15 pm</p>",
    )
    for line in lines:
        text = _text(_page(line))
        shown = line.split(">", 1)[1].split("<", 1)[0]
        assert shown not in text, shown
        assert "Absatz 2 erzählt" in text
