"""The body is never chosen inside a pop-up that opens with its close control, and the
blocks made like it join it."""

from __future__ import annotations

import pytest

from newsclean import extract
from newsclean.engine.dialogs import _CLOSE_CONTROL

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


OPENING = (
    "<p>The harbour board met on Tuesday evening and agreed to move the ferry pier forty "
    "metres east, where the water stays deep enough at low tide for the new boats.</p>"
    "<p>Work starts in spring and the old pier stays open until the new one is ready, so "
    "the morning crossings keep their times through the whole of the building work.</p>"
)
TIPS = (
    "<div class='{cls}'><div><p>Before you travel:</p><ul>"
    "<li>Check the board at the ticket office for the day's times.</li>"
    "<li>Keep your ticket until you leave the pier.</li></ul>"
    "<p>The timetable for the building months hangs in the waiting room from Monday.</p>"
    "</div></div>"
)


def _block_page(cls: str) -> str:
    return (
        f"<html><body><div><h1>Ferry pier moves</h1><div class='{cls}'><div>{OPENING}</div>"
        f"</div><div class='pic'><img src='/pier.jpg'></div>{TIPS.format(cls=cls)}</div>"
        "</body></html>"
    )


def test_named_twin_block_scoring_a_fifth_joins() -> None:
    """A page builder's second text block (same tag and class names) joins the body."""
    assert "Keep your ticket until you leave the pier." in extract(_block_page("tx b2")).text


def test_bare_twin_box_scoring_a_fifth_stays_out() -> None:
    """A box with no class is like any other: it must score as a twin always had to."""
    text = extract(_block_page("")).text
    assert "morning crossings" in text
    assert "Keep your ticket" not in text
