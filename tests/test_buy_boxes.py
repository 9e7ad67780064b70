"""Boxes selling something inside the body (``buy-boxes``): what the class fixture does
not show. A box goes when a price line and a call to buy meet in it; a price in a
sentence, a table's price column, a grid of products and a review's box with prose stay."""

from __future__ import annotations

import pytest
from conftest import class_text_without
from lxml import html

from newsclean import extract
from newsclean.engine.offers import drop_buy_boxes, is_call_to_buy, price_lines
from newsclean.settings import Tuning

URL = "https://www.fenmoor-times.example/travel/hut-to-hut-on-the-ridge"

STORY = "".join(
    f"<p>Paragraph {n} of the walk along the ridge tells of the huts, the weather on the "
    "pass and the farmers who keep the path open, at the length of a travel story.</p>"
    for n in range(5)
)


def _page(before: str = "", after: str = "") -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/travel/'>Travel</a></div>"
        "<article><h1>Hut to hut on the ridge</h1><div class='b2'>"
        f"{before}{STORY}{after}</div></article></body></html>"
    )


BOOKING_BOX = (
    "<div class='c3'><div class='c4'><span>Preis:</span><div>ab 64,00 € <span></span></div>"
    "<span>pro Nacht</span></div><a href='/book/123'>Online buchen</a>"
    "<div class='c5'>Buchungshotline: <a href='tel:040123'>040 - 123 456</a></div></div>"
)


def test_a_booking_box_opening_the_body_goes() -> None:
    text = extract(_page(before=BOOKING_BOX), url=URL).text
    assert "64,00" not in text
    assert "Online buchen" not in text
    assert "Buchungshotline" not in text
    assert "Paragraph 0 of the walk" in text
    assert "Paragraph 4 of the walk" in text


def test_a_card_offer_closing_the_body_goes() -> None:
    box = (
        "<section class='d1'><div class='d2'>Harbour Rewards Card</div><div class='d3'>"
        "<p><strong>Welcome offer:</strong> 50,000 points</p><p><strong>Annual fee:</strong> "
        "$95</p><p><em>*Terms apply. See the issuer's site for rates and fees.</em></p></div>"
        "<a href='/apply'>Apply now</a></section>"
    )
    text = extract(_page(after=box), url=URL).text
    assert "Annual fee" not in text
    assert "Terms apply" not in text
    assert "Paragraph 4 of the walk" in text


def test_a_price_in_a_sentence_stays() -> None:
    after = "<p>A night in the huts costs 64,00 €.</p><p><a href='/book'>Online buchen</a></p>"
    text = extract(_page(after=after), url=URL).text
    assert "A night in the huts costs 64,00 €." in text


def test_a_grid_of_products_stays() -> None:
    """A review's grid of the products its story tells of (a shop's strip of others is
    ``shop-strips``'s, tests/test_shop_strips.py)."""
    review = (
        "<p>On the ridge we wore Boot model 1, Boot model 2 and Boot model 3 in turn, "
        "and only the last kept our feet dry through the rain on the third day.</p>"
    )
    cards = "".join(
        f"<div class='e1'><div class='e2'>Boot model {n}</div><div class='e3'>{n}9,99 €</div>"
        "<a href='/shop'>Jetzt kaufen</a></div>"
        for n in range(1, 4)
    )
    text = extract(_page(after=f"{review}<div class='e0'>{cards}</div>"), url=URL).text
    for n in range(1, 4):
        assert f"Boot model {n}" in text
        assert f"{n}9,99 €" in text


def test_a_table_of_prices_stays() -> None:
    table = (
        "<table><tr><th>Hut</th><th>Price</th><th></th></tr><tr><td>Upper hut</td>"
        "<td>€64</td><td><a href='/book'>Book now</a></td></tr></table>"
    )
    text = extract(_page(after=table), url=URL).text
    assert "Upper hut" in text
    assert "€64" in text


def test_a_review_box_with_prose_stays() -> None:
    box = (
        "<div class='f1'><h3>Our pick: the Ridge 40 backpack</h3><p>It carried everything "
        "we needed for five days, its hip belt spared our shoulders on the long climbs, and "
        "after a week of rain the inside was still dry, which none of the other packs we "
        "tried on the ridge could claim; only the side pockets were too small for a bottle."
        "</p><p>$189</p><a href='/shop'>Buy now</a></div>"
    )
    text = extract(_page(after=box), url=URL).text
    assert "It carried everything" in text


def test_the_rule_switches_off() -> None:
    text = class_text_without("class-buy-boxes", "buy-boxes")
    assert "Buy single article" in text


def _offer_goes(line: str) -> bool:
    """True when a small box of ``line`` and a call to buy, below a story, goes: the
    box goes exactly when ``line`` is a price line."""
    container = html.fromstring(
        f"<div>{STORY}<div><div>{line}</div><a href='/book'>Online buchen</a></div></div>"
    )
    return bool(drop_buy_boxes(price_lines(container), container, Tuning()))


@pytest.mark.parametrize(
    "line",
    [
        "34,95 €",
        "ab 94,00 € pro Nacht",
        "Preis: ab 94,00 €",
        "Annual fee: $95",
        "TPG'S BONUS VALUATION*: $1,600",
        "19,99 € / Monat",
        "from £12 per month",
        "à partir de 29 € par mois",
        "desde 15 € al mes",
        "CHF 120.-",
        "89,00 EUR inkl. MwSt.",
    ],
)
def test_price_lines(line: str) -> None:
    assert _offer_goes(line)


@pytest.mark.parametrize(
    "line",
    [
        "The tickets cost €25 each.",
        "2021: €1.2 million",
        "15.99%-22.99% Variable",
        "$499 at Amazon",
        "€",
    ],
)
def test_not_price_lines(line: str) -> None:
    assert not _offer_goes(line)


@pytest.mark.parametrize(
    "line",
    [
        "Buy single article",
        "Subscribe to journal",
        "Apply Now",
        "Book now",
        "Online buchen",
        "Jetzt kaufen",
        "Abo abschließen",
        "In den Warenkorb",
        "Ajouter au panier",
        "Réserver maintenant",
        "Comprar ahora",
        "Suscríbete",
    ],
)
def test_calls_to_buy(line: str) -> None:
    assert is_call_to_buy(line)


@pytest.mark.parametrize(
    "line",
    ["Book review", "Order of events", "Rent control", "Apply the brakes gently", "Kaufen?"],
)
def test_not_calls_to_buy(line: str) -> None:
    assert not is_call_to_buy(line)
