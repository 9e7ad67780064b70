"""The engine's own rules (not in the registry) are switched off by name like any rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import registry_without

from newsclean import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
URL = "https://www.harbour-times.example/news/quay-repairs"
STORY = "".join(
    f"<p>Paragraph {n} of the story about the quay repairs runs long enough to be prose, "
    "with the council's plans, the costs and the dates the work begins.</p>"
    for n in range(5)
)
PRINTED = f"<html><body><article><p>{URL}</p>{STORY}</article></body></html>"


_registry = registry_without


def test_the_page_address_line_goes_unless_switched_off() -> None:
    assert URL not in extract(PRINTED, url=URL, registry=_registry()).text
    assert URL in extract(PRINTED, url=URL, registry=_registry("page-address")).text


def test_the_author_note_goes_unless_switched_off() -> None:
    folder = FIXTURES / "class-closing-notes"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    page = (folder / "page.html").read_bytes()
    assert "is a staff reporter for" not in extract(page, url=url, registry=_registry()).text
    kept = extract(page, url=url, registry=_registry("author-note")).text
    assert "is a staff reporter for" in kept
    # only that rule: the disclaimer section still goes
    assert "Terms of Service" not in kept


@pytest.mark.parametrize(
    ("fixture", "rule", "line"),
    [
        ("class-comment-threads", "comment-threads", "straw fires"),
        ("class-comment-footers", "comment-threads", "Schwimmhalle"),
        ("class-closing-headings", "closing-headings", "Spread the word"),
        ("class-empty-sections", "empty-sections", "Background to the story"),
        ("class-headline-labels", "headline-labels", "Neue Öffnungszeiten"),
        ("class-headline-boxes", "headline-labels", "Im Archiv suchen"),
        ("class-header-boxes", "header-boxes", "Veröffentlicht vor 2 Stunden"),
        ("class-headline-slider", "headline-labels", "RIGGING AND SAIL REPAIRS"),
        ("class-byline-opening-line", "metadata-lines", "Von Margarete Quast"),
        ("class-fields-above-box", "metadata-lines", "Von Leonie Farwick"),
        ("class-breadcrumb-trails", "breadcrumb-trails", "Obstkuchen"),
        ("class-dangling-labels", "dangling-labels", "Weitere Fotos von:"),
        ("class-metadata-lines-opening", "metadata-lines header-boxes", "7 comments"),
        ("class-metadata-fields-inline", "metadata-lines header-boxes", "Odile Marsh"),
        ("class-byline-over-date", "metadata-lines", "TOMASZ WIERZBICKI"),
        ("class-metadata-fields-boxed", "metadata-lines", "Kasia Nowak"),
        ("class-metadata-lines-below-lead", "metadata-lines", "Redaktion - 31. Januar"),
        ("class-date-lines-labelled", "metadata-lines", "Datum 12.03.2024"),
        ("class-date-line-above-picture", "metadata-lines", "Erstellt am: 14.02.2024"),
        ("class-bylines-beside-dates", "bylines-beside-dates", "Mira Holt and Elias D. Varga"),
        ("class-placeholder-captions", "placeholder-captions", "Passengers walk past"),
        ("class-figure-box-credits", "figure-box-text", "Lena Oskarsdottir"),
        ("class-closing-self-promos", "self-promo-sections", "Warm durch den Winter"),
        # (its box holds a contact form after the post: `reply-forms` takes it too)
        ("class-closing-contact-calls", "self-promo-sections reply-forms", "schreib uns einfach"),
        ("class-player-boxes", "player-boxes", "Pictures: the harbour road under water"),
        ("class-clip-boxes", "clip-titles", "Watch the new crossing leave the pier"),
        ("class-player-remnants", "player-remnants", "frost fans running through the night"),
        ("class-closing-source-labels", "closing-source-labels", "KESTRELWIRE.NET"),
        ("class-loose-header-lines", "loose-header-lines", "Photo: Nell Oduya"),
    ],
)
def test_the_engine_rule_removes_its_line_unless_switched_off(
    fixture: str, rule: str, line: str
) -> None:
    folder = FIXTURES / fixture
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    page = (folder / "page.html").read_bytes()
    assert line not in extract(page, url=url, registry=_registry()).text
    assert line in extract(page, url=url, registry=_registry(*rule.split())).text
