"""A box opened by a close button that shows only an icon, marked as the control that
dismisses it, goes from the body as a box opened by "×" does (``dismissible-boxes``)."""

from __future__ import annotations

from pathlib import Path

from newsclean import explain, extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"

_STORY = "".join(
    f"<p>Paragraph {n} of the council's report on the bridge tells how the repairs will "
    "run, which lanes close first and when the buses return to their usual route.</p>"
    for n in range(1, 5)
)


def _page(box: str) -> bytes:
    return (
        "<html><head><title>Bridge report</title></head><body><div class='s1'>"
        f"<h1>Bridge report</h1><div class='s2'>{_STORY[:400]}{box}{_STORY[400:]}</div>"
        "</div></body></html>"
    ).encode()


def test_the_fixture_loses_its_pop_up_by_its_icon_close_button() -> None:
    page = (FIXTURES / "class-icon-close-modals" / "page.html").read_bytes()
    assert "contributor" not in extract(page).text
    blocks = explain(page).find("Become a contributor")
    assert blocks
    assert blocks[0].reason == "dismissible-boxes"


def test_bootstrap_five_marks_the_close_button_too() -> None:
    box = (
        "<div class='m1'><div class='m2'><button data-bs-dismiss='alert'><i></i></button>"
        "<strong>Cookies</strong> help us count readers. <a href='/privacy'>Details</a>"
        "</div></div>"
    )
    text = extract(_page(box)).text
    assert "Cookies" not in text
    assert "Paragraph 4" in text


def test_a_marked_button_after_text_opens_no_box() -> None:
    box = (
        "<div class='m1'><p>The council's table of lane closures follows below, week by "
        "week, for readers who drive over the bridge.</p>"
        "<button data-dismiss='collapse'><i></i></button></div>"
    )
    assert "table of lane closures" in extract(_page(box)).text


def test_a_button_with_words_is_read_by_its_words() -> None:
    box = (
        "<div class='m1'><button data-dismiss='modal'>Read the full timetable</button>"
        "<p>Week one closes the north lane; week two closes the south lane.</p></div>"
    )
    assert "Week one closes the north lane" in extract(_page(box)).text
