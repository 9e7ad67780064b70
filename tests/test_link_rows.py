"""Rows of loose links inside the body (``link-rows``): what the class fixture does not
show. A line of two links or more with separators alone between them goes; a line
with words of its own, a lone link and a block that is all links (the link-block
rules') stay."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import BRIDGE_STORY, BRIDGE_URL, bridge_page

from newsclean import Registry, explain, extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: A closing note set as loose lines, a row of the site's links among them.
NOTE = (
    "<div class='c3'>The ferry timetable is posted at both slipways.<br><br>{row}<br><br>"
    "Questions about the works go to the council's harbour office.</div>"
)
ROW = (
    "<a href='/local/'>More local news</a> <span>|</span> "
    "<a href='/feeds/local.rss'>Subscribe to the feed</a>"
)


def _text(row: str) -> str:
    return extract(bridge_page(NOTE.format(row=row)), url=BRIDGE_URL).text


def test_a_row_of_links_between_line_breaks_goes() -> None:
    text = _text(ROW)
    assert "More local news" not in text and "Subscribe to the feed" not in text
    assert "The ferry timetable is posted" in text
    assert "Questions about the works" in text
    assert text.count("Paragraph 4 of the story") == 2


def test_other_separators_make_a_row_too() -> None:
    row = "· <a href='/local/'>More local news</a> · <a href='/print/'>Print edition</a> ·"
    assert "Print edition" not in _text(row)


def test_explain_names_the_rule() -> None:
    page = bridge_page(NOTE.format(row=ROW))
    assert "link-rows" in explain(page, url=BRIDGE_URL).rule_counts()


def test_a_line_with_words_of_its_own_stays() -> None:
    row = "Sources: <a href='/a'>Council minutes</a> | <a href='/b'>Harbour report</a>"
    assert "Sources: Council minutes | Harbour report" in _text(row)


def test_links_in_a_sentence_stay() -> None:
    row = "<a href='/a'>Ada Lind</a> and <a href='/b'>Ben Ray</a> wrote this report."
    assert "Ada Lind and Ben Ray wrote this report." in _text(row)


def test_a_lone_link_stays() -> None:
    assert "Read the council's decision" in _text("<a href='/d'>Read the council's decision</a>")


def test_a_row_of_links_to_other_sites_goes_too() -> None:
    row = (
        "<a href='https://shop.example/ferry-book'>Buy the book</a> | "
        "<a href='https://radio.example/ferry'>Listen to the show</a>"
    )
    assert "Buy the book" not in _text(row)


def test_a_block_that_is_one_row_is_left_to_the_link_block_rules() -> None:
    note = (
        "<p>Paragraph 5 of the story, the last, says the buses cross again in May "
        "after the works on the bridge are done.</p><div class='c3'>"
        "<a href='https://council.example/minutes'>Council minutes</a> | "
        "<a href='https://port.example/report'>Port report</a></div>"
    )
    page = (
        "<html><body><article><h1>The bridge reopens</h1><div class='b2'>"
        f"{BRIDGE_STORY}{note}</div></article></body></html>"
    )
    assert "link-rows" not in explain(page, url=BRIDGE_URL).rule_counts()


def test_the_rule_switches_off() -> None:
    folder = FIXTURES / "class-link-rows"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    registry = Registry.default(load_entry_points=False)
    registry.disable("link-rows")
    text = extract((folder / "page.html").read_bytes(), url=url, registry=registry).text
    assert "RSS-Feed abonnieren" in text
