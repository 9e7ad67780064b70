"""The site's pitch for itself closing the body (``self-promo-sections``): a heading
naming the site over text speaking to the reader goes; either signal alone does not."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsclean import explain, extract
from newsclean.engine.self_promos import (
    addresses_reader,
    calls_to_contact,
    heading_text,
    names_site,
    site_names,
)

URL = "https://www.heizwerk-nord.example/ratgeber/waermespeicher/"
STORY = "".join(
    f"<p>Absatz {n} erklärt, wie ein Wärmespeicher die Wärme vom Mittag bis in den Abend "
    "rettet, was ein gedämmter Tank kostet und wie lange er hält.</p>"
    for n in range(4)
)


def _page(closing: str, story: str = STORY) -> str:
    return f"<html><body><article><h1>Wärmespeicher</h1>{story}{closing}</article></body></html>"


PITCH = (
    "<p><b>Warm durch den Winter mit Heizwerk Nord</b></p>"
    "<p>Heizwerk Nord beliefert Dich zuverlässig. Bist Du noch nicht Kunde, erledigen "
    "wir den Wechsel für Dich.</p>"
)


def test_the_site_named_over_a_pitch_to_the_reader_goes() -> None:
    page = _page(PITCH)
    text = extract(page, url=URL).text
    assert "Heizwerk Nord" not in text
    assert "Absatz 3 erklärt" in text
    reasons = {block.reason for block in explain(page, url=URL).blocks}
    assert "self-promo-sections" in reasons


def test_without_the_reader_addressed_the_section_stays() -> None:
    closing = (
        "<p><b>Heizwerk Nord baut einen Speicher</b></p>"
        "<p>Das Unternehmen plant im Hafen einen Tank mit zwanzig Millionen Litern, der "
        "im Herbst fertig sein soll.</p>"
    )
    assert "Heizwerk Nord baut" in extract(_page(closing), url=URL).text


def test_a_page_naming_its_site_above_keeps_the_section() -> None:
    story = "<p>Seit zwanzig Jahren plant Heizwerk Nord Wärmenetze für Städte.</p>" + STORY
    assert "Warm durch den Winter" in extract(_page(PITCH, story), url=URL).text


def test_on_another_site_the_heading_names_no_site() -> None:
    other = "https://www.stadtwerke-sued.example/ratgeber/waermespeicher/"
    assert "Warm durch den Winter" in extract(_page(PITCH), url=other).text


@pytest.mark.parametrize(
    ("site", "heading", "named"),
    [
        ("heizwerk-nord.example", "Warm durch den Winter mit Heizwerk Nord", True),
        ("heizwerk-nord.example", "Gut versorgt mit HeizwerkNord", True),
        ("heizwerk-nord.example", "Mit Heizwerk-Nord durch den Winter", True),
        ("heizwerk-nord.example", "Die Heizwerk Nordsee-Route", False),
        ("heizwerk-nord.example", "Das Heizwerk im Norden", False),
        ("heizwerk-nord.example", "Heizwerk Nord versorgt die Stadt mit Wärme.", False),
        ("bz.example", "Neu in der BZ", False),
        ("python.example", "We hope you enjoy Python 3.6!", False),
    ],
)
def test_a_heading_names_the_site(site: str, heading: str, named: bool) -> None:
    element = lxml_html.fragment_fromstring(f"<h3>{heading}</h3>")
    text = heading_text(element, heading)
    assert text is not None
    assert (bool(site_names(site)) and names_site(text, site_names(site))) is named


def test_a_line_set_upright_is_no_heading() -> None:
    line = "Lavazza S.p.A. – Via Roma 1 – Torino"
    assert heading_text(lxml_html.fragment_fromstring(f"<p>{line}</p>"), line) is None
    assert heading_text(lxml_html.fragment_fromstring(f"<p><b>{line}</b></p>"), line) == line


def test_a_section_longer_than_the_story_above_it_stays() -> None:
    long_pitch = PITCH + "".join(
        f"<p>Punkt {n}: Du zahlst keine Grundgebühr und kannst jeden Monat kündigen, "
        "die Wärme kommt aus Abwärme der Industrie im Hafen.</p>"
        for n in range(6)
    )
    assert "Warm durch den Winter" in extract(_page(long_pitch), url=URL).text


def test_a_box_whose_first_block_speaks_to_no_reader_stays() -> None:
    closing = (
        "<h3>Heizwerk Nord empfiehlt</h3>"
        "<p>Der Film über das Wärmenetz zeigt die Leitungen unter der Altstadt.</p>"
        "<p>Zu sehen, wann immer Sie wollen.</p>"
    )
    assert "Heizwerk Nord empfiehlt" in extract(_page(closing), url=URL).text


@pytest.mark.parametrize(
    ("heading", "calls"),
    [
        ("Fragen? Dann kontaktiere uns einfach!", True),
        ("Haben Sie Fragen? Schreiben Sie uns", True),
        ("Questions? Contact us today", True),
        ("Get in touch with us", True),
        ("Kontakt", False),
        ("Sie kontaktierte uns am Montag", False),
    ],
)
def test_a_heading_calls_the_reader_to_contact_the_site(heading: str, calls: bool) -> None:
    assert calls_to_contact(heading) is calls


def test_a_call_to_contact_over_the_form_note_goes() -> None:
    closing = (
        "<h2>Fragen? Dann kontaktiere uns einfach!</h2>"
        "<p>Wenn Sie uns über das Formular schreiben, speichern wir Ihre Angaben, um die "
        "Anfrage zu bearbeiten.</p>"
    )
    text = extract(_page(closing), url=URL).text
    assert "kontaktiere uns" not in text
    assert "Absatz 3 erklärt" in text


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("Solltest Du noch kein Kunde sein, wechsle jetzt.", True),
        ("Hier kannst du bestellen.", True),
        ("Wenn Sie uns schreiben, antworten wir.", True),
        ("Sie schreiben uns.", False),  # opening a sentence, "Sie" may be "they"
        ("Le musée du Louvre ouvre une salle.", False),
        ("Das Werk kostet 20 Euro.", False),
        ("Find your nearest branch.", True),
    ],
)
def test_the_reader_is_addressed(text: str, addressed: bool) -> None:
    assert addresses_reader(text) is addressed
