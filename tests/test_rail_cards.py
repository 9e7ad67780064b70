"""``rail-cards``: the card right after a rail's heading that ``read-also-teasers``
took, holding a headline over one paragraph cut short and no link (a script opens the
story), goes with its heading; a story's paragraph after a "Read also" line stays."""

from __future__ import annotations

from newsclean import Registry, extract

URL = "https://www.harbour-ledger.example/2024/06/ferry-timetable-changes"
STORY = (
    "<h1>Ferry timetable changes for the summer</h1>"
    "<p>The harbour authority published the summer timetable for the island ferries on "
    "Monday. From the first of July, the morning crossing leaves twenty minutes earlier "
    "to meet the first train on the mainland, and a late boat returns at eleven.</p>"
    "<p>Islanders had asked for the late boat for years. The council agreed to pay half "
    "of its cost for a trial season, and the ferry company will count the passengers "
    "each night before deciding whether to keep it next year.</p>"
    "<p>Cyclists will have to book a place for their bicycles on the weekend crossings, "
    "since the deck holds only twenty of them and the queue last August blocked the "
    "quay for an hour on several Saturdays.</p>"
)


def page(after: str) -> str:
    """The story, then ``after`` in the story's box."""
    return (
        "<html><body><div class='m1'><a href='/'>Harbour Ledger</a></div><div class='m2'>"
        f"<div class='m3'>{STORY}{after}</div></div></body></html>"
    )


CARD = (
    "<div class='m4'>Trending Articles</div>"
    "<div class='m5'><div class='m6'><img src='/t.jpg' alt=''></div><div class='m7'>"
    "<h3 onclick=\"window.open('/x')\">Lighthouse keeper retires after forty years on…</h3>"
    "<p onclick=\"window.open('/x')\">On Friday the last keeper of the north light handed "
    "over the keys, and the town gathered on…</p></div></div>"
)


def test_the_card_under_a_rail_heading_goes() -> None:
    text = extract(page(CARD), url=URL).text
    assert "Lighthouse keeper retires" not in text
    assert "the last keeper of the north light" not in text
    assert "blocked the quay for an hour" in text


def test_the_rule_switches_off() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("rail-cards")
    text = extract(page(CARD), url=URL, registry=registry).text
    assert "the last keeper of the north light" in text


def test_a_box_whose_paragraph_ends_whole_stays() -> None:
    whole = CARD.replace("the town gathered on…", "the town gathered on the quay.")
    assert "the last keeper of the north light" in extract(page(whole), url=URL).text


def _between(box: str) -> str:
    """The story with ``box`` set between its second and third paragraphs."""
    first, _sep, rest = STORY.partition("<p>Cyclists")
    return (
        "<html><body><div class='m1'><a href='/'>Harbour Ledger</a></div><div class='m2'>"
        f"<div class='m3'>{first}{box}<p>Cyclists{rest}</div></div></body></html>"
    )


#: Longer than read-also-teasers reads whole (160 characters): the line goes alone; a
#: price in a headline makes the link rules spare the list as an offer.
LINK_LIST = (
    "<div class='m8'><h3>More from Harbour Living</h3><ul class='m9'>"
    "<li><a href='https://hl.example/quay-cafes'>Five quay cafés open for the summer</a></li>"
    "<li><a href='https://hl.example/sail-lofts'>The old sail lofts turned into flats</a></li>"
    "<li><a href='https://hl.example/tide-walks'>Walks to take at low tide this month</a></li>"
    "<li><a href='https://hl.example/nets'>How the net makers keep an old craft alive</a></li>"
    "<li><a href='https://hl.example/gardens'>Seaside lunches that cost less than $10</a></li>"
    "</ul></div>"
)


def test_a_list_of_links_under_a_rail_heading_goes() -> None:
    text = extract(_between(LINK_LIST), url=URL).text
    assert "Five quay cafés" not in text
    assert "Walks to take at low tide" not in text
    assert "a late boat returns at eleven" in text
    assert "blocked the quay for an hour" in text


def test_a_list_whose_items_hold_words_of_their_own_stays() -> None:
    own = LINK_LIST.replace(
        "<li><a href='https://hl.example/quay-cafes'>Five quay cafés open for the summer</a></li>",
        "<li>Five quay cafés open for the summer, "
        "<a href='https://hl.example/quay-cafes'>see the list</a></li>",
    )
    assert "Five quay cafés open for the summer" in extract(_between(own), url=URL).text
