"""The image-captions finder and the ``Nearby`` matcher that runs it."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import html

from newsclean import Nearby, extract
from newsclean.rules.builtin.image_captions import (
    alt_captions,
    boxed_captions,
    credited_image_captions,
    image_captions,
)


def _found(markup: str, finder: Any = image_captions) -> list[str]:
    body = html.fromstring(f"<html><body>{markup}</body></html>").find("body")
    return [" ".join(el.text_content().split()) for el in Nearby(finder, "img").select(body)]


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # the line right after the image, or after the wrappers holding only the image
        ("<div><img src='a.jpg'><em>The quay at dawn.</em></div>", ["The quay at dawn."]),
        (
            "<figure><a href='/x'><img src='a.jpg'></a></figure>"
            "<p><i>Ferry crew.</i></p><p>Text.</p>",
            ["Ferry crew."],
        ),
        # line breaks and blank text between them do not count; words do
        (
            "<p><img src='a.jpg'> <br>\n<small>Photo: Harbour desk</small></p>",
            ["Photo: Harbour desk"],
        ),
        ("<p><img src='a.jpg'> and <small>more</small></p>", []),
        # a wrapper holding text is not the image's: nor is any wrapper above it
        ("<div><p>The tide rose. <img src='a.jpg'></p><p><em>Not a caption.</em></p></div>", []),
        # a caption by class, or by a single italic child holding all its text
        ("<div><img src='a.jpg'></div><p class='photo-credit'>Lena Ruud</p>", ["Lena Ruud"]),
        ("<div><img src='a.jpg'></div><p><em>Seen from the pier</em></p>", ["Seen from the pier"]),
        ("<div><img src='a.jpg'></div><p>Plain prose follows the picture.</p>", []),
        # a line closing with the picture's credit in brackets, whatever its look
        (
            "<div><p><img src='a.jpg'></p><span>The north quay <span>(Image: Getty )</span>"
            "</span></div>",
            ["The north quay (Image: Getty )"],
        ),
        (
            "<div><img src='a.jpg'></div><div>The hall [Photo by E. Carr/Coast]</div>",
            ["The hall [Photo by E. Carr/Coast]"],
        ),
        (
            "<div><img src='a.jpg'></div><p>The pier, Monday, Oct. 20, 2025. (Dara Quill/AP)</p>",
            ["The pier, Monday, Oct. 20, 2025. (Dara Quill/AP)"],
        ),
        (
            "<div><img src='a.jpg'></div><div><div>The pier on Tuesday.</div><div>Ines Morrow, "
            "AP</div></div>",
            ["The pier on Tuesday.Ines Morrow, AP"],
        ),
        (
            "<div><img src='a.jpg'></div>"
            "<div>The pier in 2019. <span>© Reuters / J. Doe</span></div>",
            ["The pier in 2019. © Reuters / J. Doe"],
        ),
        ("<div><img src='a.jpg'></div><p>The chart (see page 4) shows sailings.</p>", []),
        ("<div><img src='a.jpg'></div><p>He told the AP</p>", []),
        # smaller print than the element after it, but not a page's every paragraph
        (
            "<div><img src='a.jpg'></div><p style='FONT-SIZE: 12px'>Credit line</p><p>Story.</p>",
            ["Credit line"],
        ),
        (
            "<div><img src='a.jpg'></div><p style='font-size:12px'>Same</p>"
            "<p style='font-size:12px'>Story.</p>",
            [],
        ),
        ("<div><img src='a.jpg'></div><p style='font-size: 1.2em'>Big</p><p>Story.</p>", []),
        (
            "<div><img src='a.jpg'></div><p style='font-size: x-small'>Tiny</p><p>Story.</p>",
            ["Tiny"],
        ),
        # three levels at most: the image, its parent and its grandparent (a credited
        # caption may follow a longer chain of wrappers holding only the image)
        ("<section><div><div><img src='a.jpg'></div></div></section><p><em>Far.</em></p>", []),
        # the caption's second line closing the picture's box goes with it
        (
            "<div><img src='a.jpg'><p><em>The quay at dawn.</em></p><p>Lena Ruud, Oslo.</p></div>",
            ["The quay at dawn.", "Lena Ruud, Oslo."],
        ),
        # ... not a line after it in a box holding more, nor a line holding a link
        (
            "<div><img src='a.jpg'><p><em>The quay.</em></p><p>Lena Ruud.</p><p>Story.</p></div>",
            ["The quay."],
        ),
        (
            "<div><img src='a.jpg'><p><em>The quay.</em></p><p><a href='/l'>Lena</a></p></div>",
            ["The quay."],
        ),
        # a line holding a picture of its own is the next picture, not a caption
        ("<div><img src='a.jpg'></div><div class='caption'><img src='b.jpg'>Next</div>", []),
    ],
)
def test_captions_after_an_image(markup: str, captions: list[str]) -> None:
    assert _found(markup) == captions


#: A story's paragraph after a picture, as long as an agency's caption.
_LONG = (
    "Workers lower a granite block onto the breakwater from a floating crane off the north "
    "quay on Monday, as the tide turns; the crane can lift only at slack water."
)


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # a caption closing with the picture's credit, across the markup's indentation
        (
            f"<div><img src='a.jpg'></div><div>\n  <div>{_LONG}</div>\n"
            "      <div>\n   Ines Morrow, AP\n  </div>\n</div>",
            [f"{_LONG} Ines Morrow, AP"],
        ),
        # a caption over a credit line: an agency's, or one a credit prefix opens
        (
            f"<div><img src='a.jpg'></div><p>{_LONG}</p><p>Ines Morrow | Reuters</p>",
            [_LONG],
        ),
        (f"<p><img src='a.jpg'></p><p>{_LONG}</p><p>Photo: Ines Morrow</p>", [_LONG]),
        # a story's paragraph after a picture has no credit of its own
        (f"<p><img src='a.jpg'></p><p>{_LONG}</p><p>{_LONG}</p>", []),
        # ... and a credit holding a picture is the next picture's
        (
            f"<p><img src='a.jpg'></p><p>{_LONG}</p>"
            "<span><img src='b.jpg'><span>Photo: Ines Morrow</span></span>",
            [],
        ),
        # a story's reporting credit is no picture's
        (f"<p><img src='a.jpg'></p><p>{_LONG}</p><p>Reporting by Ines Morrow</p>", []),
        # a credit of names alone set apart by a slash goes with the caption
        (
            "<p><img src='a.jpg'><span>The mayor opens the lock gates.</span>"
            "<span>HPA / Ines Morrow</span></p>",
            ["The mayor opens the lock gates.", "HPA / Ines Morrow"],
        ),
        (f"<p><img src='a.jpg'><span>{_LONG}</span><span>Berlin / 2025</span></p>", []),
        # a credit line opening the caption's box: the caption under it goes with it
        (
            f"<div><img src='a.jpg'><div><div><div>Photo: Ines Morrow</div><div>{_LONG}</div>"
            "</div></div></div>",
            [f"Photo: Ines Morrow{_LONG}"],
        ),
        # ... but not a box of the story's paragraphs under a credit, nor one opening
        # with a line that is no credit
        (
            f"<div><img src='a.jpg'><div><div>Photo: Ines Morrow</div><p>{_LONG}</p>"
            f"<p>{_LONG}</p></div></div>",
            [],
        ),
        (f"<div><img src='a.jpg'><div><div>Ines Morrow</div><div>{_LONG}</div></div></div>", []),
        # past a chain of wrappers each holding only the one inside, however deep
        (
            "<div><div><div><div><div><a href='/img/a.jpg'><img src='a.jpg'></a></div></div>"
            "</div></div><div><p>The new lock gates at dawn. (Photo: Ines Morrow)</p></div></div>",
            ["The new lock gates at dawn. (Photo: Ines Morrow)"],
        ),
        # a caption set as a heading: by its own credit only (a headline has none)
        (
            "<div><img src='a.jpg'></div><h5>The new lock gates at dawn. (Foto: Ines Morrow)</h5>",
            ["The new lock gates at dawn. (Foto: Ines Morrow)"],
        ),
        (
            "<div><img src='a.jpg'></div><h3>Lock gates open at dawn</h3><p>Photo: Ines Morrow</p>",
            [],
        ),
        ("<div><img src='a.jpg'></div><h3>Why the U.S. Navy trusts Reuters</h3>", []),
    ],
)
def test_captions_a_credit_vouches_for(markup: str, captions: list[str]) -> None:
    assert _found(markup, credited_image_captions) == captions


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # the line closing a div that holds only the picture (or its lightbox link) and it
        (
            "<div><img src='a.jpg'><span>The new lock gates stand open.</span></div><p>Story.</p>",
            ["The new lock gates stand open."],
        ),
        (
            "<div><a href='/img/a.jpg'><img src='a.jpg'></a>"
            "<div><span>Ines Morrow</span><div>Lock gates stand open at dawn.</div></div></div>",
            ["Ines MorrowLock gates stand open at dawn."],
        ),
        # a card: its picture leads to a page, or its line holds a link or heading
        ("<div><a href='/story'><img src='a.jpg'></a><span>Lock gates open today</span></div>", []),
        ("<div><img src='a.jpg'><div><a href='/s'>Lock gates open today now</a></div></div>", []),
        ("<div><img src='a.jpg'><div><h3>Reviewer</h3><p>Good food here.</p></div></div>", []),
        # more than the picture and the line, a label of a few words, a quote's box
        ("<div><img src='a.jpg'><span>Lock gates open.</span><p>More.</p></div>", []),
        ("<div><img src='a.jpg'><span>View photos</span></div>", []),
        ("<blockquote><img src='a.jpg'><span>Lock gates stand open.</span></blockquote>", []),
        # a credit alone is the credit rules'
        ("<div><img src='a.jpg'><span>Photo: Ines Morrow, Harbour Trust</span></div>", []),
    ],
)
def test_captions_closing_a_picture_box(markup: str, captions: list[str]) -> None:
    assert _found(markup, boxed_captions) == captions


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # a name of two words, in a paragraph, that the picture's file name holds
        (
            "<div><img src='/u/2024/ines-morrow-quay.jpg?w=600'><p>Ines Morrow</p></div>",
            ["Ines Morrow"],
        ),
        # ... or that the picture says describes it
        (
            "<div><img src='/u/a.jpg' aria-describedby='c1'><p id='c1'>Ines Morrow</p></div>",
            ["Ines Morrow"],
        ),
        # the file name without every word, a word alone, a paragraph the picture
        # does not name: the story's
        ("<div><img src='/u/ines-quay.jpg'><p>Ines Morrow</p></div>", []),
        ("<div><img src='/u/tides.jpg'><span>Tides</span></div>", []),
        ("<div><img src='/u/a.jpg'><p>The lock gates stand open at dawn.</p></div>", []),
    ],
)
def test_short_captions_their_picture_names(markup: str, captions: list[str]) -> None:
    assert _found(markup, boxed_captions) == captions


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # a picture's box alone in its wrapper, set among the story's paragraphs: its
        # closing paragraph is its caption, in a script writing no spaces too
        (
            "<div><p>Story.</p><div><div><img src='/u/a.jpg'>"
            "<p>The lock gates stand open at dawn.</p></div></div><p>Story.</p></div>",
            ["The lock gates stand open at dawn."],
        ),
        (
            "<div><div><div><img src='/u/a.jpg'><p>港口的船闸在黎明时分打开。</p></div></div>"
            "<p>Story.</p></div>",
            ["港口的船闸在黎明时分打开。"],
        ),
        # the wrapper holds more, or text, or stands beside no paragraph: the story's
        (
            "<div><p>Story.</p><div><div><img src='/u/a.jpg'>"
            "<p>The lock gates stand open at dawn.</p></div><div>More.</div></div></div>",
            [],
        ),
        (
            "<div><p>Story.</p><div>At the quay: <div><img src='/u/a.jpg'>"
            "<p>The lock gates stand open at dawn.</p></div></div></div>",
            [],
        ),
        (
            "<div><div><div><img src='/u/a.jpg'>"
            "<p>The lock gates stand open at dawn.</p></div></div><div>Story.</div></div>",
            [],
        ),
    ],
)
def test_a_paragraph_closing_a_picture_box_set_apart(markup: str, captions: list[str]) -> None:
    assert _found(markup, boxed_captions) == captions


def test_a_caption_in_a_picture_module_leaves_the_text() -> None:
    caption = "The new lock gates stand open at dawn."
    page = (
        "<html><body><div><h1>The harbour reopens</h1>" + _STORY_LINES + "<div><div>"
        f"<img src='/u/gates.jpg'><p>{caption}</p></div></div>"
        + _STORY_LINES
        + _STORY_LINES
        + "</div></body></html>"
    )
    text = extract(page).text
    assert caption not in text
    assert text.count("The harbour master counted") == 12


def test_a_name_under_the_picture_it_names_leaves_the_text() -> None:
    page = (
        "<html><body><article><h1>The harbour reopens</h1>" + _STORY_LINES + "<div>"
        "<img src='/u/2024/ines-morrow.jpg'><p>Ines Morrow</p></div>"
        + _STORY_LINES
        + "<div><img src='/u/gates.jpg'><p>Ines Morrow</p></div>"
        + _STORY_LINES
        + "</article></body></html>"
    )
    assert extract(page).text.count("Ines Morrow") == 1


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # a caption set as a heading inside a <figure>
        (
            f"<figure><div><img src='a.jpg' alt='{_LONG}'></div><h2>{_LONG}</h2></figure>",
            [_LONG],
        ),
        # outside a figure, a heading under a picture is a headline
        (f"<div><div><img src='a.jpg' alt='{_LONG}'></div><h2>{_LONG}</h2></div>", []),
        # ... and a line holding one too, unless a figure holds it
        (f"<div><img src='a.jpg' alt='{_LONG}'><div><h2>{_LONG}</h2></div></div>", []),
        (
            f"<figure><img src='a.jpg' alt='{_LONG}'><div><h2>{_LONG}</h2></div></figure>",
            [_LONG],
        ),
        # the caption's second line closing the picture's box
        (
            f"<div><img src='a.jpg' alt='{_LONG}'><p>{_LONG}</p><p>Ines Morrow, Quay Road.</p>"
            "</div>",
            [_LONG, "Ines Morrow, Quay Road."],
        ),
    ],
)
def test_captions_repeating_the_alt_text(markup: str, captions: list[str]) -> None:
    assert _found(markup, alt_captions) == captions


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # a short alt text written again, whole, after a line break (case and spaces aside)
        (
            "<div><div><img src='a.jpg' alt='The  harbour lock'></div><br>"
            "<span>The harbour Lock</span></div>",
            ["The harbour Lock"],
        ),
        # a line only starting with it, a subheading, a line in a link: not the alt again
        (
            "<div><img src='a.jpg' alt='The harbour lock'><span>The harbour lock opens</span>"
            "</div>",
            [],
        ),
        ("<div><img src='a.jpg' alt='Tides'><h3>Tides</h3></div>", []),
        ("<div><img src='a.jpg' alt='Tides'><p><b>Tides</b></p></div>", []),
        ("<div><img src='a.jpg' alt='Tides'><div><a href='/t'>Tides</a></div></div>", []),
    ],
)
def test_captions_repeating_a_short_alt_text(markup: str, captions: list[str]) -> None:
    assert _found(markup, alt_captions) == captions


_STORY_LINES = "<p>" + "The harbour master counted the boats at the quay each day. " * 4 + "</p>"
_STORY = "<p>" + "The lock keepers opened the gates at dawn for the first boats. " * 4 + "</p>"


def test_a_short_caption_repeating_the_alt_text_leaves_the_text() -> None:
    page = (
        "<html><body><article><h1>The harbour reopens</h1>" + _STORY + "<div><div>"
        "<img src='a.jpg' alt='Quay Road lock'></div><br><span>Quay Road lock</span></div>"
        + _STORY
        + "<div><img src='b.jpg' alt='Old gates'></div><p>Tides</p>"
        + _STORY
        + "</article></body></html>"
    )
    text = extract(page).text
    assert "Quay Road lock" not in text
    assert "Tides" in text  # a story's short line, not the alt text again


def test_nearby_gives_each_element_once_in_the_order_found() -> None:
    body = html.fromstring(
        "<html><body><p id='a'><b>1</b><b>2</b></p><p id='b'><b>3</b></p></body></html>"
    ).find("body")

    def parent_and_self(anchor: Any) -> list[Any]:
        return [anchor.getparent(), anchor]

    found = Nearby(parent_and_self, around="b").select(body)
    assert [el.get("id") or el.text for el in found] == ["a", "1", "2", "b", "3"]


def test_nearby_rules_sharing_a_read_read_each_anchor_once() -> None:
    body = html.fromstring("<html><body><p><b>1</b><b>2</b></p></body></html>").find("body")
    reads: list[Any] = []

    def read(anchor: Any) -> Any:
        reads.append(anchor)
        return anchor.getparent()

    page: dict[Any, Any] = {}
    first = Nearby(lambda parent: [parent], around="b", shared=read).select(body, page)
    second = Nearby(lambda parent: list(parent), around="b", shared=read).select(body, page)
    assert [el.tag for el in first] == ["p"]
    assert [el.text for el in second] == ["1", "2"]
    assert [el.text for el in reads] == ["1", "2"]


def test_nearby_rules_sharing_a_read_take_their_tags_from_a_wider_listing() -> None:
    """A rule whose anchors are part of an earlier rule's takes them from that listing,
    in document order, and reads none twice; one naming other tags lists its own."""
    body = html.fromstring(
        "<html><body><b>1</b><i>2</i><b>3</b><u>4</u><b>5</b></body></html>"
    ).find("body")
    reads: list[str] = []

    def read(anchor: Any) -> Any:
        reads.append(anchor.text)
        return anchor

    page: dict[Any, Any] = {}
    wide = Nearby(lambda anchor: [anchor], around="b i", shared=read).select(body, page)
    narrow = Nearby(lambda anchor: [anchor], around="b", shared=read).select(body, page)
    other = Nearby(lambda anchor: [anchor], around="u b", shared=read).select(body, page)
    assert [el.text for el in wide] == ["1", "2", "3", "5"]
    assert [el.text for el in narrow] == ["1", "3", "5"]
    assert [el.text for el in other] == ["1", "3", "4", "5"]
    assert reads == ["1", "2", "3", "5", "4"]
    alone = Nearby(lambda anchor: [anchor], around="b", shared=read).select(body)
    assert [el.text for el in alone] == ["1", "3", "5"]


_CREDITED_ALT = (
    "The crowd turns on the dancer at the close of the second act. Photo: Ines Morrow/Quay Theatre"
)


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # outside a figure, a heading repeating the alt text and closing with the credit
        (
            f"<div><div><img src='a.jpg' alt='{_CREDITED_ALT}'></div><h2>{_CREDITED_ALT}</h2>"
            "</div>",
            [_CREDITED_ALT],
        ),
        # a headline repeating the alt text without a credit, or a card's linked title
        (f"<div><div><img src='a.jpg' alt='{_LONG}'></div><h2>{_LONG}</h2></div>", []),
        (
            f"<div><div><img src='a.jpg' alt='{_CREDITED_ALT}'></div>"
            f"<h2><a href='/story'>{_CREDITED_ALT}</a></h2></div>",
            [],
        ),
        (
            f"<a href='/story'><div><img src='a.jpg' alt='{_CREDITED_ALT}'></div>"
            f"<h3>{_CREDITED_ALT}</h3></a>",
            [],
        ),
    ],
)
def test_credited_headings_repeating_the_alt_text(markup: str, captions: list[str]) -> None:
    assert _found(markup, alt_captions) == captions


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # a credit over the picture's caption, which opens with the same credit again
        (
            "<div><a href='/gallery/7'><img src='a.jpg'></a><div>Quay Trust</div>"
            "<p><span>Quay Trust</span> The lock gates stand open at dawn.</p></div>",
            ["Quay Trust", "Quay Trust The lock gates stand open at dawn."],
        ),
        # a kicker over a card's linked title, a caption opening otherwise, more lines
        (
            "<div><a href='/s'><img src='a.jpg'></a><div>Harbour</div>"
            "<p><span>Harbour</span> <a href='/s'>The lock gates stand open</a></p></div>",
            [],
        ),
        (
            "<div><img src='a.jpg'><div>Quay Trust</div>"
            "<p><span>Ines Morrow</span> The lock gates stand open at dawn.</p></div>",
            [],
        ),
        (
            "<div><img src='a.jpg'><div>Quay Trust</div>"
            "<p><span>Quay Trust</span> The lock gates stand open.</p><p>More.</p></div>",
            [],
        ),
        ("<div><img src='a.jpg'><div>Quay Trust</div><p><span>Quay Trust</span></p></div>", []),
    ],
)
def test_captions_opening_with_the_credit_over_them(markup: str, captions: list[str]) -> None:
    assert _found(markup, boxed_captions) == captions


def test_credits_and_captions_without_figure_markup_leave_the_text() -> None:
    page = (
        "<html><body><div><h1>The harbour reopens</h1>" + _STORY + "<div><div>"
        f"<img src='a.jpg' alt='{_CREDITED_ALT}'></div><h2>{_CREDITED_ALT}</h2></div>"
        + _STORY
        + "<div><a href='/gallery/7'><img src='b.jpg'></a><div>Quay Trust</div>"
        "<p><span>Quay Trust</span> Boats wait for the lock gates at dawn.</p></div>"
        + _STORY
        + "<h2>What the keepers say</h2>"
        + _STORY_LINES
        + "</div></body></html>"
    )
    text = extract(page).text
    assert "The crowd turns" not in text
    assert "Quay Trust" not in text and "Boats wait" not in text
    assert "What the keepers say" in text and text.count("lock keepers") == 12


def test_nearby_rules_sharing_a_read_skip_anchors_read_as_none() -> None:
    """A read of None (nothing near that anchor) is not handed to the rule; every other
    read is, once, in document order."""
    body = html.fromstring("<html><body><p><b>1</b></p><b>2</b><p><b>3</b></p></body></html>").find(
        "body"
    )
    handed: list[Any] = []

    def read(anchor: Any) -> Any:
        return None if anchor.getparent() is body else anchor.getparent()

    def finder(parent: Any) -> list[Any]:
        handed.append(parent)
        return [parent]

    found = Nearby(finder, around="b", shared=read).select(body, {})
    assert [el[0].text for el in found] == ["1", "3"]
    assert len(handed) == 2
