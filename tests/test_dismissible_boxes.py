"""Boxes opening with a close button inside the body (``dismissible-boxes``): what the
class fixture does not show. A box goes when its close button opens it; a button after
its text, a list's "✕" marks and a box holding the story stay."""

from __future__ import annotations

from conftest import BRIDGE_STORY, BRIDGE_URL, bridge_page, class_text_without

from newsclean import extract

BANNER = (
    "<div class='c3'><button class='c4'>×</button><div class='c5'>Meet our newsroom at "
    "the town hall on Friday evening: a talk, a tour and questions from readers.</div></div>"
)


def test_a_banner_opening_with_a_close_button_goes() -> None:
    text = extract(bridge_page(BANNER), url=BRIDGE_URL).text
    assert "Meet our newsroom" not in text
    assert text.count("Paragraph 4 of the story") == 2


def test_a_close_word_opens_a_box_too() -> None:
    banner = BANNER.replace("×", "Close")
    assert "Meet our newsroom" not in extract(bridge_page(banner), url=BRIDGE_URL).text


def test_a_close_button_after_the_text_opens_nothing() -> None:
    banner = (
        "<div class='c3'><div class='c5'>Meet our newsroom on Friday.</div><button>×</button></div>"
    )
    assert "Meet our newsroom" in extract(bridge_page(banner), url=BRIDGE_URL).text


def test_a_list_item_opening_with_a_cross_stays() -> None:
    cons = (
        "<ul><li><button>✕</button> No rain cover comes with the pram at this price.</li>"
        "<li><button>✕</button> The brakes squeak after a month in the rain.</li></ul>"
    )
    text = extract(bridge_page(cons), url=BRIDGE_URL).text
    assert "No rain cover" in text and "The brakes squeak" in text


def test_a_box_holding_most_of_the_story_stays() -> None:
    page = (
        "<html><body><article><h1>The bridge reopens</h1><div class='b2'>"
        f"<div class='c3'><button>×</button>{BRIDGE_STORY}</div></div></article></body></html>"
    )
    assert "Paragraph 4 of the story" in extract(page, url=BRIDGE_URL).text


def test_the_rule_switches_off() -> None:
    text = class_text_without("class-dismissible-boxes", "dismissible-boxes")
    assert "Our reader evening is back." in text


def test_a_close_link_opens_a_box_too() -> None:
    banner = BANNER.replace("<button class='c4'>×</button>", "<a href='#' class='c4'>×</a>")
    text = extract(bridge_page(banner), url=BRIDGE_URL).text
    assert "Meet our newsroom" not in text
    assert text.count("Paragraph 4 of the story") == 2


def test_a_close_link_leading_to_a_page_opens_nothing() -> None:
    banner = BANNER.replace("<button class='c4'>×</button>", "<a href='/events/'>×</a>")
    assert "Meet our newsroom" in extract(bridge_page(banner), url=BRIDGE_URL).text
