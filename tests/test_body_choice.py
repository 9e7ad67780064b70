"""The body is never chosen inside a pop-up that opens with its close control."""

from __future__ import annotations

import pytest

from newsclean import extract
from newsclean.engine.body import _CLOSE_CONTROL

STORY = "".join(
    f"<p>The ferry timetable changes on Monday, and paragraph {i} of the story explains how "
    f"the new crossings fit the morning trains from the harbour.</p>"
    for i in range(4)
)
TERMS = "".join(
    f"<p>Delivery term {i}: parcels are sent by courier within three working days, and "
    f"damaged bottles are replaced free of charge when reported within a week of delivery.</p>"
    for i in range(8)
)


@pytest.mark.parametrize(
    "text", ["Close", "close window", "Schließen [X]", "Fermer", "×", "✕", "[x]", "(X)"]
)
def test_close_controls(text: str) -> None:
    assert _CLOSE_CONTROL.fullmatch(text)


@pytest.mark.parametrize("text", ["X", "Closed", "Close to home", "close video", "Share"])
def test_not_close_controls(text: str) -> None:
    assert not _CLOSE_CONTROL.fullmatch(text)


def test_dialog_with_more_text_is_not_the_body() -> None:
    page = (
        f"<html><body><div><h1>Timetable change</h1><div>{STORY}</div></div>"
        f"<div><div>Close [x]</div><h3>Delivery</h3><div>{TERMS}</div></div></body></html>"
    )
    text = extract(page).text
    assert "paragraph 3 of the story" in text
    assert "Delivery term" not in text


def test_story_opening_with_share_link_x_is_the_body() -> None:
    page = (
        f"<html><body><div><h1>Timetable change</h1><div><a href='/share'>X</a>{STORY}{STORY}"
        f"</div></div><div><div>Close [x]</div><h3>Delivery</h3><div>{TERMS}</div></div>"
        "</body></html>"
    )
    assert "paragraph 3 of the story" in extract(page).text
