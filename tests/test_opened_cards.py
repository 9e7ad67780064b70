"""A teaser card below the story whose one link is the headline opening it goes whole
with its blurb and date line (``teaser-boxes``), and the short label over the cards
goes with the first of them (``teaser-boxes-heading``); the story's last section, a
short heading over a link to its source on another site, stays."""

from __future__ import annotations

import json
from pathlib import Path

from newsclean import explain, extract

FOLDER = Path(__file__).resolve().parent / "fixtures" / "class-opened-teaser-cards"


def _page() -> tuple[bytes, str]:
    spec = json.loads((FOLDER / "spec.json").read_text(encoding="utf-8"))
    return (FOLDER / "page.html").read_bytes(), str(spec["url"])


def test_the_cards_blurb_date_line_and_label_go() -> None:
    page, url = _page()
    text = extract(page, url=url).text
    for gone in ("Picked for you", "Engineers found cracks", "2 hours ago", "Comments:"):
        assert gone not in text
    assert text.rstrip().endswith("Figures for the late varieties follow in January.")


def test_the_label_and_card_are_reported_by_rule() -> None:
    page, url = _page()
    explanation = explain(page, url=url)
    assert {b.reason for b in explanation.find("Picked for you")} == {"teaser-boxes-heading"}
    assert "teaser-boxes" in {b.reason for b in explanation.find("Engineers found cracks")}


def test_the_storys_sourced_last_section_stays() -> None:
    page, url = _page()
    text = extract(page, url=url).text
    assert "Sources\n\nHarvest report of the growers' cooperative" in text
