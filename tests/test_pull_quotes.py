"""Pull quotes (``pull-quotes``): a line of the story set again in an ``<aside>`` between
its paragraphs stays where it stands; a sidebar, a teaser box, a pitch or a long note in
an aside still goes with the other asides (``chrome-tags``)."""

from __future__ import annotations

from conftest import BRIDGE_URL, bridge_page

from newsclean import Registry, explain, extract

QUOTE = "The buses will cross the canal again before the winter timetable starts."
STORY_LINE = (
    "<p>The council said the works came in under budget and that the stone parapets "
    "were rebuilt with the old blocks, numbered one by one when they came down.</p>"
    "<p>Its engineer was sure of the date: the buses will cross the canal again before "
    "the winter timetable starts, whatever the weather does in November.</p>"
)


def text_count(text: str) -> int:
    """How many times the quote stands alone as a block (the story's sentence holds it
    inside a longer one)."""
    return sum(1 for block in text.split("\n\n") if block.strip() == QUOTE)


def _text(middle: str) -> str:
    return extract(bridge_page(STORY_LINE + middle + STORY_LINE), url=BRIDGE_URL).text


def test_a_pull_quote_between_paragraphs_stays() -> None:
    text = _text(f"<aside class='q7'><p>{QUOTE}</p></aside>")
    assert text_count(text) == 1
    assert text.index(QUOTE) > text.index("whatever the weather")


def test_switched_off_by_name_the_pull_quote_goes_with_the_asides() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("pull-quotes")
    page = bridge_page(STORY_LINE + f"<aside class='q7'><p>{QUOTE}</p></aside>" + STORY_LINE)
    assert text_count(extract(page, url=BRIDGE_URL, registry=registry).text) == 0


def test_a_quote_in_wrappers_set_beside_a_paragraph_stays() -> None:
    text = _text(f"<div class='f2'><aside><q>{QUOTE}</q></aside></div>")
    assert text_count(text) == 1


def test_a_pull_quote_hidden_from_screen_readers_stays() -> None:
    """Pages hide the repeated line from screen readers; it is the story's text still."""
    text = _text(f"<aside aria-hidden='true' class='q7'><span><p>{QUOTE}</p></span></aside>")
    assert text_count(text) == 1


def test_a_pull_quote_in_a_hidden_box_that_is_no_aside_stays() -> None:
    """A page marking up nothing sets the quote in a ``<div>`` hidden from screen
    readers: it is the story's line set again all the same."""
    text = _text(f"<div aria-hidden='true' class='q7'><span><p>{QUOTE}</p></span></div>")
    assert text_count(text) == 1


def test_a_hidden_box_saying_what_the_story_does_not_goes() -> None:
    """A box hidden from screen readers whose line the story never says still goes."""
    line = "Tap twice on the map to see the old route of the number nine bus."
    text = _text(f"<div aria-hidden='true' class='q7'><p>{line}</p></div>")
    assert "Tap twice" not in text


def test_explain_names_the_rule() -> None:
    page = bridge_page(STORY_LINE + f"<aside><q>{QUOTE}</q></aside>" + STORY_LINE)
    blocks = explain(page, url=BRIDGE_URL).find("before the winter timetable")
    assert [(block.decision, block.reason) for block in blocks if block.text == QUOTE] == [
        ("vetoed", "chrome-tags (vetoed: pull-quotes: a line of the story set again beside it)")
    ]


def test_a_pitch_in_an_aside_goes() -> None:
    """A line the story never says (a newsletter's pitch, its controls stripped)."""
    text = _text("<aside><p>Get the best of our local stories in your inbox every day.</p></aside>")
    assert "inbox" not in text


def test_an_aside_of_links_goes() -> None:
    text = _text(
        "<aside><p>Read next: <a href='/local/ferry'>The ferry timetable changes "
        "in spring</a></p></aside>"
    )
    assert "ferry timetable" not in text


def test_an_aside_with_a_heading_goes() -> None:
    text = _text(f"<aside><h3>In numbers</h3><p>{QUOTE}</p></aside>")
    assert "In numbers" not in text and text_count(text) == 0


def test_a_long_note_in_an_aside_goes() -> None:
    note = " ".join([QUOTE] * 6)
    assert text_count(_text(f"<aside><p>{note}</p></aside>")) == 0


def test_an_aside_away_from_the_paragraphs_goes() -> None:
    page = bridge_page(STORY_LINE).replace("</article>", f"</article><aside><p>{QUOTE}</p></aside>")
    assert text_count(extract(page, url=BRIDGE_URL).text) == 0


def test_a_video_box_titled_in_an_aside_goes() -> None:
    """A player's box: its label, the empty slot a script fills and the clip's title."""
    box = (
        "<aside><span>Video</span><div><div id='player-7'></div></div>"
        "<div><span>Harbour divers raise the old ferry bell from the canal bed</span>"
        "<span>Fenmoor TV</span></div></aside>"
    )
    assert "ferry bell" not in _text(box)


def test_a_box_of_many_parts_goes() -> None:
    """A sidebar is many elements; its text is not read as a quote."""
    parts = "".join(f"<span>{word}</span> " for word in QUOTE.split())
    assert text_count(_text(f"<aside><div>{parts}</div></aside>")) == 0
