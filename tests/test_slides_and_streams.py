"""Galleries known by their slides' counters (``counted-slides``) and streams of teasers
beside the story (``teaser-streams``): what the class fixtures do not show."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import registry_without

from newsclean import extract
from newsclean.engine.slides import _counts_up
from newsclean.rules.builtin.lexicon.dates import TIME_AGO

FIXTURES = Path(__file__).resolve().parent / "fixtures"
URL = "https://www.fenmoor-times.example/news/ferry-timetable-change"

STORY = "".join(
    f"<p>Paragraph {n} of the story about the ferry timetable runs long enough to be "
    "prose, with the operator's reasons, the fares and the dates the change begins.</p>"
    for n in range(5)
)


_registry = registry_without


def _fixture(name: str) -> tuple[bytes, str]:
    folder = FIXTURES / name
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    return (folder / "page.html").read_bytes(), url


def _slides(count: int) -> str:
    return "".join(
        f"<li><h2><span>{k}/{count}</span> Slide title {k}</h2><p>The caption of picture "
        f"{k} tells what the photographer saw on the quay that morning, at some length.</p></li>"
        for k in range(1, count + 1)
    )


def test_a_gallery_that_is_the_story_stays() -> None:
    page = (
        "<html><body><div><h1>The quay in pictures</h1><div><p>The photographers of the "
        "paper spent a week on the quay as the ferries changed their timetable for the "
        f"winter season.</p><ul>{_slides(6)}</ul></div></div></body></html>"
    )
    text = extract(page, url=URL).text
    assert "Slide title 4" in text
    assert "The caption of picture 6" in text


def test_captions_asked_for_keep_the_gallery_and_the_rule_switches_off() -> None:
    page, url = _fixture("class-counted-slides")
    assert "ninety flats" not in extract(page, url=url).text
    assert "ninety flats" in extract(page, url=url, include_captions=True).text
    assert "ninety flats" in extract(page, url=url, registry=_registry("counted-slides")).text


def test_dates_are_no_counters() -> None:
    assert not _counts_up("12/04/2020, 13/04/2020, 14/04/2020 and 15/04/2020", 3)
    assert not _counts_up("scores of 1/4, 2/4.5 and 3/4", 3)
    assert _counts_up("1/9 A harbour 2/9 A quay 3 / 9 A ferry", 3)


def test_the_stream_rule_switches_off() -> None:
    page, url = _fixture("class-teaser-streams")
    assert "night bus" not in extract(page, url=url).text
    assert "night bus" in extract(page, url=url, registry=_registry("teaser-streams")).text


def test_a_live_blogs_timestamped_entries_beside_its_summary_stay() -> None:
    # the summary scores best, the entries stand beside it: short, timed, but prose
    entries = "".join(
        f"<div><span>{minutes} minutes ago</span><h3>Update {n}</h3><p>Entry {n} of the "
        "live coverage tells what the harbour master said about the new timetable.</p></div>"
        for n, minutes in enumerate((3, 9, 15, 22, 31), start=1)
    )
    page = (
        f"<html><body><div><h1>Ferry changes: live</h1><div>{STORY}</div>"
        f"<div>{entries}</div></div></body></html>"
    )
    text = extract(page, url=URL).text
    for n in range(1, 6):
        assert f"Entry {n} of the live coverage" in text
    # the same items as links to other stories are a stream, and go
    linked = re.sub(
        r"<h3>(Update \d)</h3>", r'<h3><a href="/news/\1-x-y">\1 of the day</a></h3>', page
    )
    linked = linked.replace("<p>Entry", "<p><a href='/news/a-b-c'>Entry").replace(
        "timetable.</p>", "timetable.</a></p>"
    )
    assert "Entry 1 of the live coverage" not in extract(linked, url=URL).text


def test_a_round_up_linking_out_beside_its_introduction_stays() -> None:
    picks = "".join(
        f'<div><h3><a href="https://cafe-{n}.example/">The harbour cafe number {n}</a></h3>'
        f"<p>Pick {n}: crab sandwiches and a view of the ferries.</p></div>"
        for n in range(1, 6)
    )
    page = (
        f"<html><body><div><h1>Where to eat by the quay</h1><div>{STORY}</div>"
        f"<div>{picks}</div></div></body></html>"
    )
    text = extract(page, url=URL).text
    for n in range(1, 6):
        assert f"Pick {n}: crab sandwiches" in text


@pytest.mark.parametrize(
    "line",
    [
        "3 minutes ago",
        "2h ago",
        "Updated an hour ago",
        "vor 5 Minuten",
        "il y a 2 heures",
        "hace 3 horas",
        "há 2 horas",
        "3 ore fa",
        "2 uur geleden",
        "před 3 minutami",
        "Aktualizováno před hodinou",
        "2 godziny temu",
    ],
)
def test_time_ago_lines(line: str) -> None:
    assert re.fullmatch(TIME_AGO, line, re.IGNORECASE)


@pytest.mark.parametrize("line", ["3 minutes", "in 2 hours", "years ago, the ferry ran daily"])
def test_no_time_ago_lines(line: str) -> None:
    assert not re.fullmatch(TIME_AGO, line, re.IGNORECASE)
