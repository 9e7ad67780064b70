"""``clip-running-times`` and ``clip-titles``: an embedded clip's running-time line
("03:47 - Source: X") goes, and the clip's title beside it with it, while the box is
small and the title a short line; the story around stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import explain, extract

FOLDER = Path(__file__).resolve().parent / "fixtures" / "class-clip-boxes"
STORY = (
    "<p>The lifeboat station on the north quay will close for repairs in March, the "
    "trustees said, and the crew will launch from the ferry ramp until the work ends.</p>"
)


def _story(clip: str) -> bytes:
    return f"<html><body><article>{STORY}{clip}{STORY}</article></body></html>".encode()


def test_the_clip_title_and_running_time_go_the_story_stays() -> None:
    spec = json.loads((FOLDER / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((FOLDER / "page.html").read_bytes(), url=spec["url"])
    hits = [hit.rule for block in explanation.find("Watch the new") for hit in block.rules]
    assert "clip-titles" in hits
    assert {b.reason for b in explanation.find("03:47")} == {"clip-running-times"}
    text = explanation.article.text
    assert "Islanders had asked" in text
    assert "giving pupils at the island school" in text


def _clip(title: str, line: str = "03:47 - Source: Harbour TV", more: str = "") -> str:
    return (
        f"<div class='a1'><div class='a2'></div><div class='a3'><div class='a4'>{title}</div>"
        f"<div class='a5'>{line}</div>{more}</div></div>"
    )


def test_a_clip_box_without_class_names_loses_title_and_running_time() -> None:
    text = extract(_story(_clip("Crews test the new slipway"))).text
    assert "Crews test the new slipway" not in text
    assert "03:47" not in text
    assert text.count("lifeboat station") == 2


@pytest.mark.parametrize(
    ("title", "line", "more"),
    [
        # a sentence before the line is the story's, not a clip's title
        ("The crew trained on the new slipway all week.", "03:47 - Source: Harbour TV", ""),
        # a bare clock time reads as a live blog's: neither goes
        ("Crews test the new slipway", "10:45", ""),
        # a long box is no clip's
        ("Crews test the new slipway", "03:47 - Source: Harbour TV", f"<div>{STORY * 2}</div>"),
    ],
)
def test_the_title_stays_outside_a_small_clip_box(title: str, line: str, more: str) -> None:
    assert title in extract(_story(_clip(title, line, more))).text


def test_a_running_time_inside_a_sentence_stays() -> None:
    line = "The clip runs 03:47 - Source: the trustees' own film of the launch, shown in May."
    assert "The clip runs 03:47" in extract(_story(f"<p>{line}</p>")).text


def test_the_title_goes_when_a_name_took_the_running_time_line() -> None:
    clip = (
        "<div class='a1'><div class='a3'><div class='a4'>Crews test the new slipway</div>"
        "<div class='clip-credit'>\n      <span>03:47</span>\n"
        "      <span> - Source: Harbour TV</span>\n    </div></div></div>"
    )
    explanation = explain(_story(clip))
    hits = [hit.rule for block in explanation.find("Crews test") for hit in block.rules]
    assert "clip-titles" in hits
    assert "Crews test the new slipway" not in explanation.article.text


def test_the_title_goes_before_the_player_s_countdown() -> None:
    """A player's countdown to its clip ("Your video will play in 00:25") has the
    clip's title right before it, as a running time has: both go."""
    clip = _clip("Crews test the new slipway", "Your video will play in 00:25")
    explanation = explain(_story(clip))
    hits = [hit.rule for block in explanation.find("Crews test") for hit in block.rules]
    assert "clip-titles" in hits
    text = explanation.article.text
    assert "Crews test the new slipway" not in text
    assert "will play in" not in text
    assert text.count("lifeboat station") == 2


def test_a_sentence_before_the_countdown_stays() -> None:
    title = "The crew trained on the new slipway all week."
    clip = _clip(title, "Your video will play in 00:25")
    assert title in extract(_story(clip)).text
