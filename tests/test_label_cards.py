"""Cards of short lines pointing away from the story (``label-cards``, engine/label_cards.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsclean import explain, extract
from newsclean.dom.text import words_length
from newsclean.engine.label_cards import CARD_BOXES, credit_run, label_cards
from newsclean.engine.links import SiteLinks
from newsclean.settings import Tuning

FIXTURES = Path(__file__).resolve().parent / "fixtures"

_URL = "https://news.example/city/ferry-fares-rise"
_STORY = (
    "<html><body><article><h1>Ferry fares rise</h1><div class='s'>{before}{box}{after}"
    "</div></article></body></html>"
)
_PARAGRAPH = (
    "<p>Passengers on the harbour ferry will pay more from April, after the council voted "
    "on Tuesday to raise the single fare by forty pence, the first rise in six years.</p>"
)
_CARD = (
    "<div class='k'><div>Keep reading</div><figure><img src='/pier.jpg'></figure>"
    "<div>All our <a href='/topics/harbour/'>harbour coverage</a>, from fares to repairs</div>"
    "</div>"
)


def _short_boxes(container: object) -> list[object]:
    """The boxes prune's walk hands to label_cards: short, holding text."""
    most = Tuning().label_card_max_chars
    return [
        box
        for box in container.iter(*CARD_BOXES)  # type: ignore[attr-defined]
        if box is not container and 0 < words_length(box) <= most
    ]


def _cards(page: str, keep_captions: bool = False) -> list[str]:
    root = lxml_html.fromstring(page)
    container = root.xpath("//div[@class='s']")[0]
    found = label_cards(
        _short_boxes(container), [container], Tuning(), SiteLinks(_URL), keep_captions
    )
    return [box.get("class") for box in found]


def test_the_fixture_cards_go_as_label_cards() -> None:
    folder = FIXTURES / "class-label-cards"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    # the lone label line itself may go first as control-label-lines; its card goes
    for line in ("Alles zum Nahverkehr", "Erschienen in"):
        assert "label-cards" in {block.reason for block in explanation.find(line)}
    assert "Weiterlesen" not in explanation.article.text
    assert "Klinikum Haupteingang" in explanation.article.text


def test_a_card_of_short_lines_linking_within_the_site_goes() -> None:
    page = _STORY.format(before=_PARAGRAPH * 2, box=_CARD, after=_PARAGRAPH)
    assert _cards(page) == ["k"]
    # after the story too, with nothing below it
    assert _cards(_STORY.format(before=_PARAGRAPH * 2, box=_CARD, after="")) == ["k"]


@pytest.mark.parametrize(
    ("box", "why"),
    [
        (
            "<div class='k'><div>Fares</div><div>Single <a href='/fares/'>£2.40</a>, "
            "return £4.10.</div></div>",
            "a line ends a sentence: the story's fact box",
        ),
        (
            "<div class='k'><div>Timetable</div><div><a href='https://ferries.example/'>"
            "ferries.example</a></div></div>",
            "the link leads to another site: a source",
        ),
        (
            "<div class='k'><div>Stops</div><div>Pier Head, Town Quay, Marina</div></div>",
            "no link: the story's own list",
        ),
        (
            "<div class='k'><a href='/topics/harbour/'>All our harbour coverage</a></div>",
            "one line: the link rules read it",
        ),
        (_CARD + _CARD, "boxes made alike: a row the card rules read, or the story's"),
        (
            "<div class='k'><div>Keep reading</div><table><tr><td>Pier</td><td>"
            "<a href='/pier/'>2.40</a></td></tr></table></div>",
            "a table: the story's data",
        ),
    ],
)
def test_boxes_that_are_no_such_card_stay(box: str, why: str) -> None:
    assert _cards(_STORY.format(before=_PARAGRAPH * 2, box=box, after=_PARAGRAPH)) == [], why


def test_a_card_before_the_story_stays() -> None:
    """Above the story's first paragraph a box of short lines is its kicker and date
    (the headline rules' business), not a card pointing away."""
    assert _cards(_STORY.format(before="", box=_CARD, after=_PARAGRAPH * 3)) == []


def test_with_the_captions_asked_for_a_box_holding_a_picture_stays() -> None:
    """The pictures are still there then, and the lines beside them are captions (a
    gallery's, an infobox's); without a picture the card goes all the same."""
    page = _STORY.format(before=_PARAGRAPH * 2, box=_CARD, after=_PARAGRAPH)
    assert _cards(page, keep_captions=True) == []
    bare = _CARD.replace("<figure><img src='/pier.jpg'></figure>", "")
    page = _STORY.format(before=_PARAGRAPH * 2, box=bare, after=_PARAGRAPH)
    assert _cards(page, keep_captions=True) == ["k"]


def test_a_grid_of_linked_boxes_made_alike_is_no_card() -> None:
    """Products side by side, each its name, price and link, are a list the story may be
    about: the box holding them is no card, whatever its size."""
    grid = (
        "<div class='k'>"
        + "".join(
            f"<div class='p'><div>Oar set {n}</div><div>{n}9 €</div>"
            f"<a href='/shop/{n}'>Buy</a></div>"
            for n in range(1, 4)
        )
        + "</div>"
    )
    page = _STORY.format(before=_PARAGRAPH * 2, box=grid, after=_PARAGRAPH)
    assert _cards(page) == []


_CREDIT = "<div class='c'><div>{role}</div><div>{name}</div></div>"
_CREDITS = "".join(
    _CREDIT.format(role=role, name=name)
    for role, name in (("Words", "Ada Lind"), ("Photographs", "Jo Doe"), ("Styling", "Sam Roe"))
)


def _credits(page: str) -> str | None:
    root = lxml_html.fromstring(page)
    container = root.xpath("//div[@class='s']")[0]
    found = credit_run(container, [container], Tuning())
    return None if found is None else found.get("class")


def test_the_fixture_credits_go_as_credit_runs() -> None:
    folder = FIXTURES / "class-credit-runs"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    assert "credit-runs" in {block.reason for block in explanation.find("Tobias Wren")}
    assert "I just carry it up the hill." in explanation.article.text


def test_credits_closing_the_story_go() -> None:
    box = f"<div class='cr'>{_CREDITS}</div>"
    assert _credits(_STORY.format(before=_PARAGRAPH * 2, box=box, after="")) == "cr"


@pytest.mark.parametrize(
    ("box", "after", "why"),
    [
        (f"<div class='cr'>{_CREDITS}</div>", _PARAGRAPH, "the story goes on after them"),
        (
            "<div class='cr'>"
            + "".join(
                _CREDIT.format(role=role, name=value)
                for role, value in (("Length", "12 km"), ("Height", "300 m"), ("Opened", "1998"))
            )
            + "</div>",
            "",
            "figures: the story's fact box",
        ),
        (
            "<div class='cr'>" + _CREDITS.replace("Jo Doe", "Jo Doe took the pictures.") + "</div>",
            "",
            "a sentence: the story's own lines",
        ),
        (
            "<div class='cr'>"
            + _CREDITS
            + "<div class='other'><div>Map</div><div>Ada Lind</div></div></div>",
            "",
            "boxes not made alike",
        ),
    ],
)
def test_runs_that_are_no_credits_stay(box: str, after: str, why: str) -> None:
    assert _credits(_STORY.format(before=_PARAGRAPH * 2, box=box, after=after)) is None, why


def test_credits_as_long_as_the_story_stay() -> None:
    box = f"<div class='cr'>{_CREDITS}</div>"
    assert _credits(_STORY.format(before="<p>A short note.</p>", box=box, after="")) is None


def test_a_card_nested_thousands_deep_is_read_once() -> None:
    """Boxes holding nothing but one box are read through (no recursion, no reading of
    each level's lines): a page nesting 5,000 boxes around its card (built as a tree:
    the parser stops far less deep)."""
    root = lxml_html.fromstring(_STORY.format(before=_PARAGRAPH * 2, box="", after=_PARAGRAPH))
    container = root.xpath("//div[@class='s']")[0]
    box = container
    for _level in range(5000):
        inner = lxml_html.Element("div")
        inner.set("class", "n")
        box.append(inner)
        box = inner
    box.append(lxml_html.fragment_fromstring(_CARD))
    found = label_cards(_short_boxes(container), [container], Tuning(), SiteLinks(_URL))
    assert [card.get("class") for card in found] == ["k"]


def test_credits_before_a_list_of_topic_links_go() -> None:
    """A box of topic links set after the credits goes anyway (a list of links): the
    credits are read as closing the story, on a page marking no article."""
    page = (
        "<html><head><title>Ferry fares rise</title></head><body><div class='w'>"
        "<div class='h'><a href='/'>Harbour Times</a></div><div class='s'>"
        "<h1>Ferry fares rise</h1>" + _PARAGRAPH * 4 + "<div class='cr'>" + _CREDITS + "</div>"
        "<div class='t'><div class='tl'><a href='https://news.example/topic/harbour/'>Harbour"
        "</a></div></div></div></div></body></html>"
    )
    text = extract(page, url=_URL).text
    assert "the first rise in six years" in text
    assert "Jo Doe" not in text
    assert "Photographs" not in text
