"""A dialog closed by an icon that shows no text but says in its tooltip or label what
it does (``title="Close"``, ``aria-label="Schließen"``), set before or after all the
box shows, goes from the body as a box opened by "×" does (``dismissible-boxes``)."""

from __future__ import annotations

import pytest

from newsclean import explain, extract

_STORY = "".join(
    f"<p>Paragraph {n} of the harbour board's notice tells when the ferry pier reopens, "
    "which berths the fishing boats keep and how the market stalls move meanwhile.</p>"
    for n in range(1, 6)
)


def _page(box: str) -> bytes:
    return (
        "<html><head><title>Pier notice</title></head><body><div class='s1'>"
        f"<h1>Pier notice</h1><div class='s2'>{_STORY}{box}</div>"
        "</div></body></html>"
    ).encode()


_SHARE = (
    "<div class='d1'><div class='d2'><div class='d3'><div>Share by e-mail</div>"
    "<p>Type the address of a friend who should read this notice too.</p>"
    "<div><a href='#'>Copy the link</a></div></div></div>"
    "<span class='d4' title='Close'><svg><use href='#x'></use></svg></span></div></div>"
)


@pytest.mark.parametrize(
    ("box", "gone"),
    [
        (_SHARE, "friend who should read"),  # a titled span after the box's text
        (  # a labelled link leading nowhere before it
            "<div class='d1'><a href='#' aria-label='Schließen'><i></i></a>"
            "<div>Please switch off your ad blocker to keep reading the harbour news.</div>"
            "</div>",
            "ad blocker",
        ),
        (  # a labelled icon button after it
            "<section class='d1'><p>Get the harbour board's notices in your inbox every "
            "Friday morning.</p><button aria-label='Close dialog'><svg></svg></button>"
            "</section>",
            "inbox every Friday",
        ),
    ],
)
def test_a_box_closed_by_a_labelled_icon_goes(box: str, gone: str) -> None:
    page = _page(box)
    text = extract(page).text
    assert gone not in text
    assert "Paragraph 5" in text
    blocks = explain(page).find(gone)
    assert blocks
    assert blocks[0].reason == "dismissible-boxes"


@pytest.mark.parametrize(
    "control",
    [
        "<a href='/timetable' title='Close'><i></i></a>",  # a link to a page
        "<span title='Closed on Sundays'></span>",  # a tooltip saying more
    ],
)
def test_a_control_that_closes_nothing_takes_no_box(control: str) -> None:
    box = (
        "<div class='d1'><p>The timetable of the ferries for the summer months is "
        f"posted at the pier.</p>{control}</div>"
    )
    assert "timetable of the ferries" in extract(_page(box)).text


def test_a_close_icon_in_the_story_wrapper_takes_no_story() -> None:
    page = (
        "<html><head><title>Pier notice</title></head><body><div class='s1'>"
        f"<h1>Pier notice</h1><div class='s2'>{_STORY}"
        "<span title='Close'><svg></svg></span></div></div></body></html>"
    ).encode()
    text = extract(page).text
    assert "Paragraph 1" in text
    assert "Paragraph 5" in text
