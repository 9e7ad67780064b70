"""The body is never chosen inside a pop-up that opens with its close control, and the
blocks made like it join it; a reference list is never the body without its article."""

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


#: A floating player's boxes: its close link first, then what it plays.
PLAYERS = {
    "poster": "<a href='/clips/71'><img src='/clips/71.jpg' alt='The new pier'></a>",
    "frame": "<iframe src='https://player.example/embed/71'></iframe>",
    "video": "<video src='/clips/71.mp4'></video>",
}
FOOTER = (
    "<div><div><p>The Harbour Gazette is printed each weekday by the Gazette Press, owned by "
    "the same family since 1931, and letters may be shortened.</p><p>No story or picture "
    "may be copied without the written consent of the Gazette Press.</p></div></div>"
)


def _player_page(player: str) -> str:
    return (
        "<html><body><div><h1>Timetable change</h1></div><div><div><div><div><div><div>"
        f"<div><a href='#'>Close</a></div><div>{player}</div>"
        "<div><h4><a href='/clips/71'>The new pier from the water</a></h4>"
        "<p>A short tour of the works.</p></div></div></div>"
        f"{STORY}</div></div></div></div>{FOOTER}</body></html>"
    )


@pytest.mark.parametrize("kind", sorted(PLAYERS))
@pytest.mark.parametrize("images", [False, True])
def test_story_opening_with_a_players_close_link_is_the_body(kind: str, images: bool) -> None:
    """A floating player's close link opening the story's box closes the player, not a
    dialog: the story is the body."""
    text = extract(_player_page(PLAYERS[kind]), include_images=images).text
    assert "paragraph 3 of the story" in text
    assert "Gazette Press" not in text


def test_dialog_whose_close_box_shows_no_picture_is_not_the_body() -> None:
    """A close link in a header box with a heading and no picture or video is the
    dialog's own: the dialog is no story, however much text follows."""
    page = (
        f"<html><body><div><h1>Timetable change</h1><div>{STORY}</div></div>"
        "<div><div><div><a href='#'>Close</a><h3>Delivery</h3></div>"
        f"<div>{TERMS}</div></div></div></body></html>"
    )
    text = extract(page).text
    assert "paragraph 3 of the story" in text
    assert "Delivery term" not in text


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


CITATIONS = [
    "Lind KT, Marsh PJ. Frost heave under gravel roads. J Cold Reg Eng. 2011;25(3):88–97.",
    "Marsh, P. J., & Oduya, R. (2016). Gravel roads in thaw. Road Science, 7(2), 45–60.",
    "Okafor N et al. Winter salt and verge plants. 2019. A survey of forty verges.",
    "The thaw season on gravel roads, a review. Eng Geol. 2008. doi:10.5555/eg.2008.114",
]
NOT_CITATIONS = [
    "In 2019 the council spent 4.2 million on the gravel roads, twice the year before.",
    "Bayern beat Dortmund 2:1 in the 2013 final, with a late goal from the bench.",
    "Paris, France: the 2024 games opened on the river, the first time outside a stadium.",
]


def _cites(entries: list[str]) -> bool:
    from lxml import html as lxml_html

    from newsclean.engine.body import _cites as cites
    from newsclean.settings import Tuning

    holder = lxml_html.fragment_fromstring(
        "<ol>" + "".join(f"<li>{entry}</li>" for entry in entries) + "</ol>"
    )
    chars = {holder: sum(len(entry) for entry in entries)}
    return cites(holder, chars, Tuning())


@pytest.mark.parametrize("entry", CITATIONS)
def test_citations(entry: str) -> None:
    assert _cites([entry] * 3)


@pytest.mark.parametrize("entry", NOT_CITATIONS)
def test_not_citations(entry: str) -> None:
    assert not _cites([entry] * 3)


def test_two_citations_are_no_bibliography() -> None:
    assert not _cites(CITATIONS[:2])


ABSTRACT = (
    "<p>Gravel roads heave each winter where fine soil holds water under the surface, and "
    "the damage costs rural councils more than the snow clearing does.</p>"
    "<p>We measured heave on forty road sections over three winters and found drainage "
    "mattered far more than the depth of the gravel layer laid on top.</p>"
)


#: An offer beside the abstract: text, no prose (the abstract alone adds too little
#: prose to the reference list for the body to widen to the article).
OFFER = (
    "<div><h2>Access this article</h2><ul><li>Buy the article as a PDF</li><li>29,95 €</li>"
    "<li>Price includes VAT where you are</li><li>Read it for 48 hours</li>"
    "<li>Cancel the subscription at any time</li></ul>"
    "<a href='/login'>Log in through your institution</a></div>"
)


def _references(count: int) -> str:
    return "".join(
        f"<li><p>Lind KT, Marsh PJ, Okafor N. Frost heave under gravel roads, part {i}: "
        f"field sections in the northern districts. J Cold Reg Eng. {2000 + i};{20 + i}(3):"
        f"{88 + i}–97.</p><p><a href='/doi/{i}'>Article</a> <a href='/s/{i}'>Scholar</a></p></li>"
        for i in range(count)
    )


def test_reference_list_is_not_the_body_without_its_article() -> None:
    page = (
        "<html><body><main><article><h1>Frost heave on gravel roads</h1><div>"
        f"<section><h2>Abstract</h2><div>{ABSTRACT}</div></section>{OFFER}"
        f"<section><h2>References</h2><div><ol>{_references(20)}</ol></div></section>"
        "</div></article></main></body></html>"
    )
    text = extract(page).text
    assert "We measured heave on forty road sections" in text
    assert "part 19: field sections" in text


def test_story_with_a_short_reading_list_keeps_its_body() -> None:
    page = (
        f"<html><body><div><h1>Timetable change</h1><div>{STORY}{STORY}</div>"
        f"<ol>{_references(3)}</ol></div></body></html>"
    )
    assert "paragraph 3 of the story" in extract(page).text


def test_short_story_outweighs_its_date_line() -> None:
    """A one-paragraph story whose names are links is the body, not the date line or
    the copyright line beside it (``thin-best``)."""
    story = (
        "<p>The chair of the <a href='/t/rowing'>Harbour Rowing Club</a>, "
        "<a href='/t/mira'>Mira Holt</a>, said on Tuesday that the "
        "<a href='/t/council'>Town Council</a> had delayed the <a href='/t/pier'>new "
        "boathouse on the north pier</a> for a third year, and that the "
        "<a href='/t/juniors'>junior crews</a> would train in the old shed all winter.</p>"
    )
    page = (
        "<html><body><div><div><div><h2>The club has trained in the old shed since 2023</h2>"
        "<div><div><p>Tuesday, 3 March 2026 - 7:15 a.m.</p></div>"
        "<div><p>By <a href='/a/holt'>Ann Reed</a></p></div></div></div></div>"
        "<div><a href='/sport'>Sport</a> <a href='/towns'>Towns</a></div></div>"
        f"<div><div><div><div><div>{story}</div></div></div></div></div>"
        "<div><div><p>© All rights reserved 2026</p></div></div></body></html>"
    )
    text = extract(page).text
    assert "junior crews would train" in text
    assert "All rights reserved" not in text
