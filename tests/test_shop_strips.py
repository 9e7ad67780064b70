"""A shop's strip of product cards below the story (``shop-strips``), and a product
round-up's buy line under each product, which is no link list: what the class fixture
(tests/fixtures/class-shop-strips) does not show."""

from __future__ import annotations

from conftest import class_text_without

from newsclean import extract

URL = "https://www.kestrel-post.example/leben/winterwandern-im-harz/"

STORY = "".join(
    f"<p>Absatz {n} der Reportage erzählt vom Weg über den verschneiten Kamm, von den "
    "Hütten am Hang und von den Förstern, die den Pfad im Winter offen halten.</p>"
    for n in range(6)
)


def _page(before: str = "", after: str = "", story: str = STORY) -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Start</a> <a href='/leben/'>Leben</a></div>"
        "<article><h1>Winterwandern im Harz</h1><div class='b2'>"
        f"{before}{story}{after}</div></article></body></html>"
    )


def _cards(names: list[str], extra: str = "") -> str:
    return "".join(
        f"<div class='c1'><div class='c2'>{name}</div><p>{n}9,90 €</p>{extra}"
        "<a href='javascript:;'>Jetzt kaufen</a></div>"
        for n, name in enumerate(names, start=1)
    )


NAMES = ["Thermoflasche Gipfel 0,75 l", "Wanderstock Paar Alu", "Mütze aus Merino"]


def test_a_strip_of_product_cards_below_the_story_goes() -> None:
    strip = (
        f"<div class='c0'><span>Aus unserem Shop</span><div class='c9'>{_cards(NAMES)}</div></div>"
    )
    text = extract(_page(after=strip), url=URL).text
    assert "Thermoflasche" not in text
    assert "19,90 €" not in text
    assert "Aus unserem Shop" not in text
    assert "Absatz 5 der Reportage" in text


def test_a_strip_opening_the_story_stays() -> None:
    """A buying guide's picks open the story: not below it."""
    strip = f"<div class='c9'>{_cards(NAMES)}</div>"
    text = extract(_page(before=strip), url=URL).text
    assert "Thermoflasche Gipfel" in text
    assert "Mütze aus Merino" in text


def test_a_grid_of_the_products_the_story_names_stays() -> None:
    story = STORY + (
        "<p>Im Test hielt die Thermoflasche Gipfel 0,75 l den Tee sechs Stunden heiß, der "
        "Wanderstock Paar Alu bog sich auf dem Eis nicht.</p>"
    )
    text = extract(_page(story=story, after=f"<div class='c9'>{_cards(NAMES)}</div>"), url=URL).text
    assert "29,90 €" in text
    assert "Mütze aus Merino" in text


def test_cards_with_prose_stay() -> None:
    """A review says something of each product: a sentence of prose in each card."""
    prose = (
        "<p>Sie begleitete uns drei Tage über den Kamm, hielt dicht, wog wenig und ließ "
        "sich mit Handschuhen öffnen, was keine andere im Test so gut konnte, auch nicht "
        "bei minus zwölf Grad am Morgen auf dem Gipfel des Brockens, als der Wind blies "
        "und der Schnee in jede Ritze drang; nur der Deckel klemmte einmal.</p>"
    )
    text = extract(_page(after=f"<div class='c9'>{_cards(NAMES, prose)}</div>"), url=URL).text
    assert "Wanderstock Paar Alu" in text


def test_a_row_of_figures_stays() -> None:
    """Prices the story reports, one word and one amount per row, name no product."""
    rows = "".join(
        f"<div class='c1'><span>{name}:</span> <span>1,{n}9 €</span></div>"
        for n, name in enumerate(["Diesel", "Super", "Autogas"], start=5)
    )
    text = extract(_page(after=f"<div class='c9'>{rows}</div>"), url=URL).text
    assert "1,59 €" in text


def test_the_rule_switches_off() -> None:
    text = class_text_without("class-shop-strips", "shop-strips")
    assert "Yoga für Einsteiger in 4 Wochen" in text


def _round_up(line: str, count: int = 3) -> str:
    return "".join(
        f"<h3>Produkt {n} für {n}9 €</h3><ul><li><strong>{line}</strong> "
        f"<a href='https://shop-{n}.example/p/{n}'><strong>Laden {n}</strong></a></li></ul>"
        f"<p>Produkt {n} ist im Winter auf jeder Tour dabei gewesen und hat uns nie im Stich "
        "gelassen, auch nicht bei Regen, Schnee und Eis auf dem Kamm.</p>"
        for n in range(1, count + 1)
    )


def test_a_round_ups_buy_line_under_each_product_stays() -> None:
    text = extract(_page(after=_round_up("Hier kaufen:")), url=URL).text
    for n in range(1, 4):
        assert f"Hier kaufen: Laden {n}" in text


def test_a_buy_line_set_once_or_twice_goes() -> None:
    text = extract(_page(after=_round_up("Hier kaufen:", 2)), url=URL).text
    assert "Laden 1" not in text
    assert "Produkt 2 ist im Winter" in text


def test_a_repeated_label_over_the_sites_own_pages_goes() -> None:
    after = "".join(
        f"<ul><li>Mehr dazu: <a href='/leben/thema-{n}/'>Thema {n}</a></li></ul>"
        f"<p>Abschnitt {n} der Reportage geht weiter mit dem Weg hinab ins Tal, vorbei an "
        "den Hütten und den Förstern, die dort im Winter wohnen.</p>"
        for n in range(1, 4)
    )
    text = extract(_page(after=after), url=URL).text
    assert "Mehr dazu" not in text
    assert "Abschnitt 3 der Reportage" in text
