"""``player-remnants``: once an embedded video player's script-made parts are gone, the
short lines left in the small box around its slot (an empty box kept at the clip's
shape by a padding in percent, or a video host's embed) go: its label, the clip's
title, its source. A caption telling the clip in a sentence, the story around it and
an embedded post stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import explain, extract

FOLDER = Path(__file__).resolve().parent / "fixtures" / "class-player-remnants"
STORY = (
    "<p>The lifeboat station on the north quay will close for repairs in March, the "
    "trustees said, and the crew will launch from the ferry ramp until the work ends.</p>"
)
SHELL = "<div style='padding-bottom: 56.25%; position: relative'><div class='p9'></div></div>"
EMBED = "<iframe src='https://www.youtube.com/embed/x1y2z3' width='560' height='315'></iframe>"


def _story(clip: str) -> bytes:
    return f"<html><body><article>{STORY}{clip}{STORY}</article></body></html>".encode()


def test_the_player_title_and_source_go_the_story_and_its_caption_stay() -> None:
    spec = json.loads((FOLDER / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((FOLDER / "page.html").read_bytes(), url=spec["url"])
    assert {b.reason for b in explanation.find("frost fans running")} == {"player-remnants"}
    text = explanation.article.text
    assert "Valley Courier TV" not in text
    assert "Growers light smoke pots between the rows on the second night of frost." in text
    assert "Two nights of frost and the whole east block is gone" in text


@pytest.mark.parametrize(
    "slot",
    [
        SHELL,
        f"<div class='p8'>{EMBED}</div>",
        # the embed set in a box kept at its shape: one slot
        f"<div style='padding-bottom: 56.25%'>{EMBED}</div>",
    ],
)
def test_a_slot_without_class_names_loses_its_label_title_and_source(slot: str) -> None:
    clip = (
        f"<div class='p1'><span class='p2'>Wideo</span>{slot}<div class='p3'>"
        "<span>Crews test the new slipway</span><cite>Harbour TV</cite></div></div>"
    )
    text = extract(_story(clip)).text
    for line in ("Wideo", "Crews test the new slipway", "Harbour TV"):
        assert line not in text
    assert text.count("lifeboat station") == 2


LINE = "Video: crews test the new slipway"


@pytest.mark.parametrize(
    "clip",
    [
        # a caption of a sentence tells the clip: the story's
        f"<div class='p1'>{SHELL}<div class='p3'>{LINE} at dawn.</div></div>",
        # a box of several clips is a list of them, not one player
        f"<div class='p1'><div>{SHELL}<span>{LINE}</span></div>"
        f"<div>{SHELL}<span>Video: the old ramp closes</span></div></div>",
        # a box of a clip's shape with no word naming a clip is a picture's
        f"<div class='p1'>{SHELL}<div class='p3'>{LINE[7:]}</div></div>",
        # the story's paragraph beside the clip makes the box the story's
        f"<div class='p1'>{SHELL}<p>Harbour crews at work</p><div class='p3'>{LINE}</div></div>",
        # a heading over the clip is the story's
        f"<div class='p1'><h3>{LINE}</h3><div class='p8'>{EMBED}</div></div>",
        # a slot standing alone in the story has no box of its own
        f"{SHELL}<div class='p3'>{LINE}</div>",
    ],
)
def test_lines_that_are_no_player_remnants_stay(clip: str) -> None:
    assert "rews test the new slipway" in extract(_story(clip)).text


def test_the_lines_stay_when_captions_are_asked_for() -> None:
    clip = f"<div class='p1'>{SHELL}<div class='p3'>Video: crews test the new slipway</div></div>"
    assert "crews test the new slipway" in extract(_story(clip), include_captions=True).text
    assert "crews test the new slipway" not in extract(_story(clip)).text


@pytest.mark.parametrize(
    "line",
    [
        "“We will open the station again in May,” the coxswain said.”",
        "The coxswain said: “We will open the station again in May.”",
        "The crew filmed their last launch from the old slipway (in March.)",
        "Watch the crew launch from the ferry ramp:",
    ],
)
def test_a_story_line_ending_a_quote_or_leading_to_the_clip_stays(line: str) -> None:
    clip = f"<div class='p1'><div>{line}</div><div class='p2'>{EMBED}</div></div>"
    text = extract(_story(clip)).text
    assert line in text
    assert "lifeboat station on the north quay" in text


def test_the_clips_title_beside_its_embed_still_goes() -> None:
    title = "Lifeboat crew launches from the ferry ramp"
    clip = f"<div class='p1'><div class='p2'>{EMBED}</div><div>{title}</div></div>"
    assert title not in extract(_story(clip)).text
