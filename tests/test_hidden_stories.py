"""Hidden stories beside a notice (``hidden-story``): a page showing only a paywall's
notice where its article stands hidden (``display:none``) keeps the article; hidden
text beside a visible story, or in another branch of the page, stays dropped."""

from __future__ import annotations

import json
from pathlib import Path

import attrs

from newsclean import Registry, Tuning, explain, extract

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "class-hidden-story-notice"
PAGE = (FIXTURE / "page.html").read_bytes()
URL = json.loads((FIXTURE / "spec.json").read_text(encoding="utf-8"))["url"]

STORY = "".join(
    f"<p>Paragraph {n} of the ferry story tells how the crossing was cut to two boats a "
    "day, what the harbour board said about the cost of fuel and who will wait longer.</p>"
    for n in range(9)
)
NOTICE = (
    "<div><h4>Subscribe to continue reading</h4><p>Every story, every day.</p>"
    "<a href='/subscribe'>Subscribe</a> <a href='/login'>Log in</a></div>"
)


def _page(main: str, after: str = "") -> str:
    return (
        "<html><head><title>Ferry crossings cut</title></head><body><main><div>"
        f"<h1>Ferry crossings cut to two a day</h1>{main}</div></main>{after}</body></html>"
    )


def test_the_hidden_story_beside_a_notice_is_the_body() -> None:
    text = extract(PAGE, url=URL).text
    assert "Jonas Achterberg no longer lies awake" in text
    assert "nothing but heaters helps" in text
    assert "Read on with Grower Plus" not in text
    assert "59,00 EUR in the first year" not in text
    body = [block for block in explain(PAGE, url=URL).blocks if block.decision == "body container"]
    assert [hit.rule for hit in body[0].rules if hit.effect == "body"] == ["hidden-story"]


def test_it_takes_several_times_the_longest_visible_run() -> None:
    tuning = attrs.evolve(Tuning(), reveal_over_visible=50.0)
    assert "Jonas Achterberg" not in extract(PAGE, url=URL, tuning=tuning).text


def test_switched_off_by_name_the_story_stays_hidden() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("hidden-story")
    text = extract(PAGE, url=URL, registry=registry).text
    assert "Jonas Achterberg" not in text
    assert "Read on with Grower Plus" in text


def test_a_hidden_box_outside_the_headline_branch_stays_hidden() -> None:
    # boxes of the page's own text, each short, together outweighing a share of it
    boxes = "".join(
        f"<div><p>Box {n} of the harbour board's notes for travellers, on parking, "
        "tickets, bicycles on board and the waiting room, kept short.</p></div>"
        for n in range(9)
    )
    hidden = f"<div style='display:none'>{STORY}</div>"
    beside = extract(_page(NOTICE + hidden, after=boxes)).text
    assert "Paragraph 3 of the ferry story" in beside
    assert "Subscribe to continue reading" not in beside
    apart = extract(_page(NOTICE, after=hidden + boxes)).text
    assert "Paragraph 3 of the ferry story" not in apart


def test_a_hidden_copy_of_a_visible_story_stays_hidden() -> None:
    copy = STORY.replace("<p>Paragraph", "<p>Copy")
    main = f"<div>{STORY}</div><div hidden>{copy}</div>"
    text = extract(_page(main)).text
    assert "Paragraph 3 of the ferry story" in text
    assert "Copy 3 of the ferry story" not in text


def test_a_short_hidden_box_beside_a_notice_stays_hidden() -> None:
    short = "<p>A short hidden note about the ferry timetable for members only.</p>"
    text = extract(_page(NOTICE + f"<div style='display:none'>{short * 2}</div>")).text
    assert "members only" not in text
