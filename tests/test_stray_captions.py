"""A ``<caption>`` outside any table is read as a browser shows it: the words of the
box it stands in (a slideshow writing each slide's text as ``<p><caption>``), not a
picture's caption; a table's own caption stays the table's."""

from __future__ import annotations

import newsclean
from newsclean.engine.stray_captions import open_stray_captions
from newsclean.parse.document import parse

SLIDES = (
    (
        "Lanterns at dusk",
        "The old quarter lit its paper lanterns at dusk on Friday, "
        "and the square filled with families walking slowly between the stalls.",
    ),
    (
        "A river of boats",
        "Later the river carried more than two hundred small boats, "
        "each with a candle, drifting past the stone bridge towards the harbour.",
    ),
    (
        "Music until midnight",
        "Brass bands from three villages took turns on the "
        "bandstand, and the last of them played on until well after midnight.",
    ),
)


def _page(slide_markup: str) -> bytes:
    slides = "".join(
        f"<div><div><img src='https://example.org/{n}.jpg' alt='{title}'></div>"
        f"<div><span>{n}</span>/<span>3</span><h2>{title}</h2></div>"
        + slide_markup.format(text=text)
        + "</div>"
        for n, (title, text) in enumerate(SLIDES, 1)
    )
    return (
        "<html><head><title>Lantern night in pictures</title></head><body>"
        "<div><a href='/'>Home</a> <a href='/news'>News</a> <a href='/photos'>Photos</a></div>"
        "<div><h1>Lantern night in pictures</h1>"
        f"<div>{slides}</div></div>"
        "<div>Copyright 2031 The Valley Gazette. All rights reserved.</div>"
        "</body></html>"
    ).encode()


def test_slides_written_in_stray_captions_are_the_story() -> None:
    article = newsclean.extract(_page("<p><caption>{text}</caption></p>"))
    for title, text in SLIDES:
        assert text in article.text
        assert title in article.text
    assert "Copyright 2031" not in article.text
    assert "<caption" not in article.html


def test_same_slides_in_paragraphs_read_alike() -> None:
    stray = newsclean.extract(_page("<p><caption>{text}</caption></p>")).text
    plain = newsclean.extract(_page("<p>{text}</p>")).text
    assert stray == plain


def test_a_tables_caption_stays_its_own() -> None:
    root = parse(
        "<html><body><table><caption>Rainfall by month</caption><tr><td>1</td></tr>"
        "</table><div><caption>Loose words</caption></div></body></html>"
    )
    captions = list(root.iter("caption"))
    open_stray_captions(captions)
    assert [c.tag for c in captions] == ["caption", "div"]
    assert captions[0].getparent().tag == "table"
