"""A product's pitch closing the body (``product-pitch-sections``): what the class
fixture does not show. The pitch needs its three signals, a heading naming a kind of
product, a price and a link calling to buy, and a longer story before it."""

from __future__ import annotations

from conftest import class_text_without

from newsclean import extract
from newsclean.engine.offers import is_call_to_buy, names_amount

URL = "https://www.fenmoor-times.example/garden/winter-pruning"

STORY = "".join(
    f"<p>Paragraph {n} of the story tells which shrubs to prune in the winter, which to "
    "leave until spring and why a clean cut above a bud heals best, at a story's length.</p>"
    for n in range(12)
)
BLURB = "".join(
    f"<p>Part {n} of the pitch describes the handbook's chapters on fruit trees, roses and "
    "hedges, with drawings of each cut and a calendar for the whole year in the garden.</p>"
    for n in range(9)
)


def _page(heading: str, details: str, story: str = STORY) -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/garden/'>Garden</a></div>"
        f"<article><h1>Winter pruning</h1><div class='b2'>{story}<h3>{heading}</h3>{BLURB}"
        f"<p>{details}</p></div></article></body></html>"
    )


DETAILS = (
    "The Pruning Handbook, 180 pages, 19,90 € <a href='https://shop.example/b'>Jetzt bestellen</a>"
)


def test_a_long_product_pitch_goes() -> None:
    text = extract(_page("Das Buch zum Thema", DETAILS), url=URL).text
    assert "Das Buch zum Thema" not in text and "Part 8 of the pitch" not in text
    assert "Paragraph 11 of the story" in text


def test_a_pitch_without_a_call_to_buy_stays() -> None:
    details = DETAILS.replace("Jetzt bestellen", "The publisher's page")
    assert "Part 8 of the pitch" in extract(_page("Das Buch zum Thema", details), url=URL).text


def test_a_pitch_without_a_price_stays() -> None:
    details = DETAILS.replace("19,90 €", "in every bookshop")
    assert "Part 8 of the pitch" in extract(_page("Das Buch zum Thema", details), url=URL).text


def test_a_heading_naming_no_product_stays() -> None:
    text = extract(_page("Was im Frühjahr folgt", DETAILS), url=URL).text
    assert "Part 8 of the pitch" in text


def test_a_page_mostly_the_pitch_stays() -> None:
    page = _page("Das Buch zum Thema", DETAILS, story=STORY[: len(STORY) // 3])
    assert "Part 8 of the pitch" in extract(page, url=URL).text


def test_calls_and_prices() -> None:
    assert is_call_to_buy("bestellen") and is_call_to_buy("Order now")
    assert not is_call_to_buy("More about the online course")
    assert names_amount("224 pages, £24.99") and names_amount("68 Karten, 39,90 Euro")
    assert not names_amount("in 1990 and 2024")


def test_the_rule_switches_off() -> None:
    text = class_text_without("class-closing-product-pitches", "product-pitch-sections")
    assert "Sit Deep, Ride Light is a workbook" in text
