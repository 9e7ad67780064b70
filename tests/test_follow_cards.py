"""Cards offering to follow a topic or a writer inside the body (``follow-cards``): what
the class fixture does not show. A card goes when its button says only "Follow"; a
button saying more, a story's paragraph holding the word and a box holding the story
stay."""

from __future__ import annotations

from conftest import BRIDGE_STORY, BRIDGE_URL, bridge_page, class_text_without

from newsclean import extract

CARD = (
    "<div class='c3'><div class='c4'><p>Canal life</p><p>Boats, locks and the people "
    "who work them.</p></div><div class='c5'><button class='c6'>{}</button></div></div>"
)


def test_a_card_around_a_follow_button_goes() -> None:
    for word in ("Follow", "+ Follow", "Abonnieren", "Suivre", "Obserwuj"):
        text = extract(bridge_page(CARD.format(word)), url=BRIDGE_URL).text
        assert "Boats, locks" not in text, word
        assert text.count("Paragraph 4 of the story") == 2


def test_a_button_saying_more_leaves_its_box() -> None:
    card = CARD.format("Follow the canal trail map")
    assert "Boats, locks" in extract(bridge_page(card), url=BRIDGE_URL).text


def test_the_story_word_in_a_paragraph_is_no_button() -> None:
    line = "<div class='c3'><p>Boats, locks and the people who work them.</p><p>Folgen</p></div>"
    assert "Boats, locks" in extract(bridge_page(line), url=BRIDGE_URL).text


def test_a_box_holding_most_of_the_story_stays() -> None:
    page = (
        "<html><body><div class='a1'><h1>The bridge reopens</h1><div class='b2'>"
        f"{BRIDGE_STORY}<button>Follow</button></div></div></body></html>"
    )
    assert "Paragraph 4 of the story" in extract(page, url=BRIDGE_URL).text


def test_the_rule_switches_off() -> None:
    text = class_text_without("class-follow-cards", "follow-cards")
    assert "folgen diesem Thema" in text
