"""A teaser's card holding controls (close and play buttons, links leading nowhere)
is still that one story's card: its blurb goes with the headline (``teaser-boxes``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsclean import Registry, explain
from newsclean.engine.links import SiteLinks
from newsclean.engine.teaser_boxes import teaser_box
from newsclean.settings import Tuning

FOLDER = Path(__file__).resolve().parent / "fixtures" / "class-teaser-box-controls"
URL = "https://news.example/city/ferry-fares-rise"
_CARD = (
    "<div class='s'><p>{prose}</p><div class='c0'><div class='c1'>{control}"
    "<a href='/video/ferry-crews-at-work'><img src='/v.jpg' alt=''></a></div>"
    "<div class='c2'><h2><a href='/video/ferry-crews-at-work'>Ferry crews at work</a></h2>"
    "<p>A morning with the crew of the first crossing.</p></div></div><p>{prose}</p></div>"
)
_PROSE = "Passengers on the harbour ferry will pay more from April, the council said."


def test_the_video_cards_blurb_goes_with_its_headline() -> None:
    """The card's "close" link leading nowhere makes it a dismissible box, which goes
    first; without that rule the card is still one story's teaser, blurb included."""
    spec = json.loads((FOLDER / "spec.json").read_text(encoding="utf-8"))
    page = (FOLDER / "page.html").read_bytes()
    explanation = explain(page, url=spec["url"])
    reasons = {block.reason for block in explanation.find("A barge captain explains")}
    assert "dismissible-boxes" in reasons
    assert explanation.article.text.startswith("Grain shipments from the upper valley")
    registry = Registry.default(load_entry_points=False)
    registry.disable("dismissible-boxes")
    explanation = explain(page, url=spec["url"], registry=registry)
    reasons = {block.reason for block in explanation.find("A barge captain explains")}
    assert "teaser-boxes" in reasons
    assert explanation.article.text.startswith("Grain shipments from the upper valley")


def _box(control: str) -> str:
    """The class of the card taken around the headline (its tag when it is the headline)."""
    root = lxml_html.fromstring(_CARD.format(prose=_PROSE, control=control))
    headline = root.xpath("//h2")[0]
    box = teaser_box(headline, root.xpath("//div[@class='s']")[0], Tuning(), SiteLinks(URL))
    return str(box.get("class") or box.tag)


@pytest.mark.parametrize(
    "control",
    ["<a href='#'>close</a>", "<a href='javascript:void(0)'>Play</a>", "<a>×</a>"],
)
def test_a_control_link_leaves_the_card_one_storys(control: str) -> None:
    assert _box(control) == "c0"


def test_a_link_to_another_page_still_bounds_the_card() -> None:
    # a link with a destination of its own: the box holds more than the card
    assert _box("<a href='/video/'>All videos</a>") == "h2"
