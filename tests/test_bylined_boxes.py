"""Another story's teaser boxed among the story's paragraphs (``bylined-boxes``): what
the class fixture does not show. A lone box opening with a heading and a byline goes; a
live blog's entries (sibling boxes alike), a fact box with no byline and a box holding
the story stay."""

from __future__ import annotations

from conftest import BRIDGE_STORY, BRIDGE_URL, bridge_page, bridge_rules, class_text_without

from newsclean import extract


def _entry(title: str, byline: str = "<p>By Ada Lind for Tidewire</p>", make: str = "c3") -> str:
    return (
        f"<div class='{make}'><h3>{title}</h3><div class='c4'>{byline}"
        "<p>The harbour board voted on Monday to close the old slipway for the winter, "
        "citing storm damage to the lower ramp.</p><p>Boat owners have until the end of "
        "the month to move their craft to the marina, the board said in a letter.</p>"
        "</div></div>"
    )


def test_a_lone_bylined_box_goes() -> None:
    page = bridge_page(_entry("Harbour board closes the old slipway"))
    text = extract(page, url=BRIDGE_URL).text
    assert "old slipway" not in text and "Ada Lind" not in text
    assert text.count("Paragraph 4 of the story") == 2
    assert "bylined-boxes" in bridge_rules(page, "Harbour board closes")


def test_live_blog_entries_alike_stay() -> None:
    entries = "".join(_entry(f"Update {n}: the slipway") for n in range(3))
    text = extract(bridge_page(entries), url=BRIDGE_URL).text
    assert text.count("old slipway for the winter") == 3


def test_bylined_siblings_of_other_makes_stay() -> None:
    entries = _entry("Update 1: the slipway", make="c3") + _entry("Update 2", make="c3 pinned")
    entries = _entry("Pinned", make="c5") + "<p>Between the entries.</p>" + entries
    text = extract(bridge_page(entries), url=BRIDGE_URL).text
    assert text.count("old slipway for the winter") == 3


def test_a_fact_box_without_byline_stays() -> None:
    text = extract(bridge_page(_entry("The bridge in numbers", byline="")), url=BRIDGE_URL).text
    assert "The bridge in numbers" in text and "old slipway" in text


def test_a_box_holding_the_story_stays() -> None:
    page = (
        "<html><body><article><h1>The bridge reopens</h1><div class='b2'><div class='c3'>"
        f"<h2>The bridge reopens</h2><p>By Ada Lind for Tidewire</p>{BRIDGE_STORY}</div>"
        "</div></article></body></html>"
    )
    assert "Paragraph 4 of the story" in extract(page, url=BRIDGE_URL).text


def test_the_rule_switches_off() -> None:
    text = class_text_without("class-bylined-teaser-boxes", "bylined-boxes")
    assert "Passenger groups said the rise" in text


def test_the_story_under_the_pages_own_h2_headline_stays() -> None:
    story = (
        "The harbour board voted on Tuesday to rebuild the north pier before the autumn "
        "storms, after engineers found that two of its oldest pillars had cracked during "
        "the winter and could no longer carry the fishing boats that tie up there."
    )
    blurb = (
        "<p>Tidewire is the independent paper of the north coast, published every Friday "
        "by a small team of reporters who live in the towns they cover, on councils, "
        "schools, fishing and weather, paid for by its readers and local shops.</p>"
    )
    notice = (
        "We use cookies on this website to remember your settings and to count visits. "
        "By continuing to use the site you agree to our use of cookies, as our privacy "
        "policy explains in more detail."
    )
    menu = "".join(f"<li><a href='/s/{n}'>Story {n} about the coast</a></li>" for n in range(40))
    page = (
        "<html><head><title>North pier to be rebuilt | Tidewire</title></head><body>"
        f"<ul class='m1'>{menu}</ul><div class='p1'><div class='s1'>"
        "<h2>North pier to be rebuilt</h2><div class='s2'>By Jo Reed, 3 May 2026</div>"
        f"<p>{story}</p></div></div><div class='f1'><div class='f2'>{blurb}{blurb}</div>"
        "<p><a href='/contact'>Contact</a></p></div>"
        f"<div class='c1'><p>{notice} {notice}</p><a href='#'>Accept</a></div></body></html>"
    )
    assert "north pier before the autumn storms" in extract(page).text
