"""Contact cards after the story's box (``contact-boxes``): a page naming and marking
nothing (hashed class names, no ``<address>``, no ``<footer>``) whose body was widened
over the page's column loses the card of short lines giving a name with two kinds of
contact detail; a fact box inside the story's box and a box whose lines run on as
prose stay."""

from __future__ import annotations

from newsclean import Registry, extract

URL = "https://www.inselbote.example/nachrichten/neue-faehre"
#: A box of address lines inside the story's box, between its sections.
FACT_BOX = (
    "<div class='q7g7'><p>Fahrkartenschalter am Hafen</p><p>Am Kai 3</p>"
    "<p>25999 Nordhafen</p><p>Tel. 04651 123 456</p></div>"
)
STORY = (
    "<div class='q7s1'><div class='q7t1'><p>Vom ersten April an fährt eine zweite Fähre "
    "zwischen den drei Inseln der Bucht. Das Schiff wurde auf einer Werft an der Küste "
    "gebaut und soll vor allem die Fahrten am frühen Morgen übernehmen.</p><p>Die neue "
    "Fähre nimmt bis zu vierzig Autos und dreihundert Fahrgäste mit. Sie fährt mit Strom "
    "aus dem Netz der Inseln und lädt ihre Batterien am Anleger.</p></div></div>"
    "<div class='q7s1'><h2>Fahrkarten</h2><div class='q7t1'><p>Für Pendler gibt es eine "
    "Monatskarte, die auf beiden Schiffen gilt. Verkauft wird sie am Schalter im Hafen "
    "und an Bord, und für Schüler der Inselschule ist sie um die Hälfte billiger.</p>"
    f"{FACT_BOX}</div></div>"
    "<div class='q7s1'><h2>Der Sommer</h2><div class='q7t1'><p>Die Reederei rechnet "
    "damit, dass die Wartezeiten im Sommer deutlich kürzer werden. Die alte Fähre soll "
    "danach in die Werft und dort gründlich überholt werden.</p></div></div>"
)
#: The card: a name, an office, a street, a town, one phone number and an e-mail link.
CARD = (
    "<div><strong>Kontakt</strong><p>Jana Möller<br>Reederei der Bucht<br>Abteilung "
    "Presse<br>Hafenstraße 12<br>25999 Nordhafen<br>Tel: +49 4651 987 650<br>"
    "<a href='mailto:presse@reederei-bucht.example'>E-Mail</a></p></div>"
)


def page(after: str = CARD, story: str = STORY) -> str:
    """The page: a menu, then the column holding the story's box and ``after`` beside
    it, all in one wrapper."""
    return (
        "<html><body><div class='q7a1'><div class='q7b2'><a href='/'>Start</a> "
        "<a href='/nachrichten/'>Nachrichten</a> <a href='/inseln/'>Inseln</a></div>"
        "<div class='q7c3'><div class='q7d4'><div class='q7e5'><h1>Neue Fähre verbindet "
        f"die Inseln</h1>{story}</div><div class='q7h8'><p><strong>Zum Artikel</strong>"
        f"</p>{after}</div></div></div></div></body></html>"
    )


def test_a_contact_card_after_the_story_goes() -> None:
    text = extract(page(), url=URL).text
    assert "Jana Möller" not in text
    assert "Hafenstraße 12" not in text
    assert "gründlich überholt werden." in text


def test_an_address_inside_the_story_stays() -> None:
    text = extract(page(), url=URL).text
    assert "Am Kai 3" in text
    assert "Tel. 04651 123 456" in text


def test_the_rule_switches_off() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("contact-boxes")
    assert "Hafenstraße 12" in extract(page(), url=URL, registry=registry).text


def test_a_box_whose_lines_run_on_as_prose_stays() -> None:
    # a place the story recommends, its address under a description: no card
    described = CARD.replace(
        "Abteilung Presse<br>",
        "Das Büro der Reederei liegt direkt am Anleger und hat auch samstags bis zum "
        "Mittag für Fragen zu den Fahrplänen geöffnet.<br>",
    )
    assert "Hafenstraße 12" in extract(page(described), url=URL).text


def test_one_kind_of_detail_is_no_card() -> None:
    # a street and a town alone: a place, not where to reach someone
    place = CARD.replace("Tel: +49 4651 987 650<br>", "Mo bis Fr 9 bis 17 Uhr<br>").replace(
        "<a href='mailto:presse@reederei-bucht.example'>E-Mail</a>", "Eingang am Anleger"
    )
    assert "Hafenstraße 12" in extract(page(place), url=URL).text
