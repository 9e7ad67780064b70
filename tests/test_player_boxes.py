"""``player-boxes``: a player or gallery known by several control labels read as text
goes whole, its titles and captions with it, while it holds short lines only."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import html as lxml_html

from newsclean import explain, extract
from newsclean.engine.player_boxes import player_box
from newsclean.settings import Tuning

FOLDER = Path(__file__).resolve().parent / "fixtures" / "class-player-boxes"
_LABELS = ("Full Screen", "Autoplay", "Skip Ad", "View Photos")


def _fixture() -> tuple[bytes, str]:
    spec = json.loads((FOLDER / "spec.json").read_text(encoding="utf-8"))
    return (FOLDER / "page.html").read_bytes(), spec["url"]


def test_the_gallery_goes_whole_as_a_player_box() -> None:
    page, url = _fixture()
    explanation = explain(page, url=url)
    reasons = {block.reason for block in explanation.find("Pictures: the harbour road")}
    assert "player-boxes" in reasons
    text = explanation.article.text
    assert "Buy Photo" not in text
    assert "×" not in text
    assert text.startswith("The old harbour road will stay closed")


def test_captions_asked_for_keep_the_gallery_text_without_its_controls() -> None:
    page, url = _fixture()
    text = extract(page, url=url, include_captions=True).text
    assert "Volunteers fill sandbags" in text
    assert "Pictures: the harbour road under water" in text
    for label in _LABELS:
        assert label not in text


def _box(inside: str) -> tuple[list[object], object, object]:
    """The control labels of a player set in a story, the story, and the player's box."""
    controls = "".join(f"<div class='c'>{label}</div>" for label in _LABELS)
    story = lxml_html.fragment_fromstring(
        f"<article><div class='p'>{controls}{inside}</div><p>After.</p></article>"
    )
    labels = [element for element in story.iter("div") if element.get("class") == "c"]
    return labels, story, story[0]


def test_a_player_box_holds_short_lines_only() -> None:
    labels, story, box = _box("<span>Pictures: the harbour road under water</span>")
    assert player_box(labels, story, Tuning()) is box
    # a story's prose set in the same box stops it
    prose = "The old harbour road will stay closed for at least another week. " * 5
    labels, story, _box_element = _box(f"<div>{prose}</div>")
    assert player_box(labels, story, Tuning()) is None
    # so do its paragraphs, however short each line is
    paragraphs = "<p>Engineers had hoped to reopen one lane by the weekend.</p>" * 5
    labels, story, _box_element = _box(paragraphs)
    assert player_box(labels, story, Tuning()) is None
    # and the headline
    labels, story, _box_element = _box("<h1>Floodwater closes the harbour road</h1>")
    assert player_box(labels, story, Tuning()) is None


def test_labels_spread_over_the_whole_container_name_no_box() -> None:
    labels, story, _box_element = _box("")
    assert player_box([*labels, story[1]], story, Tuning()) is None


def test_a_player_known_by_its_settings_menu_labels_goes() -> None:
    """A player whose class names and aria-labels say nothing, known by its settings
    menu read as text ("Settings", "Video Quality", "Closed Caption Settings",
    "Captions Not Available"), goes with its menus of qualities and fonts."""
    labels = (
        "Captions Not Available",
        "Settings",
        "Full Screen",
        "Video Quality",
        "Auto",
        "High (HD)",
        "Low",
        "Closed Caption Settings",
        "Presets",
        "Georgia",
        "Courier New",
        "75% (transparency)",
    )
    controls = "".join(f"<div><div>{label}</div></div>" for label in labels)
    story = (
        "<p>The old harbour road will stay closed for at least another week while "
        "engineers check the sea wall, the council said on Tuesday.</p>"
        "<p>Buses will run along the cliff road instead, adding ten minutes to the trip "
        "into town, and the ferry will keep its winter timetable until the road opens.</p>"
    )
    page = (
        "<html><body><div><h1>Harbour road stays shut</h1><div><div><div>"
        f"<video src='/clip.mp4'></video>{controls}</div></div>{story}</div></div>"
        "</body></html>"
    )
    text = extract(page, url="https://www.harbour-news.example/2025/road-shut/").text
    assert text.startswith("The old harbour road will stay closed")
    for label in labels:
        assert label not in text
