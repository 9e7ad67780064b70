"""The engine's own rules (not in the registry) are switched off by name like any rule."""

from __future__ import annotations

import json
from pathlib import Path

from newsclean import Registry, extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
URL = "https://www.harbour-times.example/news/quay-repairs"
STORY = "".join(
    f"<p>Paragraph {n} of the story about the quay repairs runs long enough to be prose, "
    "with the council's plans, the costs and the dates the work begins.</p>"
    for n in range(5)
)
PRINTED = f"<html><body><article><p>{URL}</p>{STORY}</article></body></html>"


def _registry(*switched_off: str) -> Registry:
    registry = Registry.default(load_entry_points=False)
    for name in switched_off:
        registry.disable(name)
    return registry


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


def test_the_comment_thread_goes_unless_switched_off() -> None:
    folder = FIXTURES / "class-comment-threads"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    page = (folder / "page.html").read_bytes()
    assert "straw fires" not in extract(page, url=url, registry=_registry()).text
    assert "straw fires" in extract(page, url=url, registry=_registry("comment-threads")).text


def test_a_closing_heading_goes_unless_switched_off() -> None:
    folder = FIXTURES / "class-closing-headings"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    page = (folder / "page.html").read_bytes()
    assert "Spread the word" not in extract(page, url=url, registry=_registry()).text
    kept = extract(page, url=url, registry=_registry("closing-headings")).text
    assert "Spread the word" in kept


def test_an_empty_section_goes_unless_switched_off() -> None:
    folder = FIXTURES / "class-empty-sections"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    page = (folder / "page.html").read_bytes()
    assert "Background to the story" not in extract(page, url=url, registry=_registry()).text
    kept = extract(page, url=url, registry=_registry("empty-sections")).text
    assert "Background to the story" in kept


def test_a_label_above_the_headline_goes_unless_switched_off() -> None:
    folder = FIXTURES / "class-headline-labels"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    page = (folder / "page.html").read_bytes()
    assert "Neue Öffnungszeiten" not in extract(page, url=url, registry=_registry()).text
    kept = extract(page, url=url, registry=_registry("headline-labels")).text
    assert "Neue Öffnungszeiten" in kept


def test_a_dangling_label_goes_unless_switched_off() -> None:
    folder = FIXTURES / "class-dangling-labels"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    page = (folder / "page.html").read_bytes()
    assert "Weitere Fotos von:" not in extract(page, url=url, registry=_registry()).text
    kept = extract(page, url=url, registry=_registry("dangling-labels")).text
    assert "Weitere Fotos von:" in kept
