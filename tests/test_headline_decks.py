"""Standfirsts set far above the body (``headline-deck``): the one block of prose under a
headline standing beyond the levels looked up from the body, in a hero banner under
``<body>`` or a header box several wrappers up, set as a paragraph or as an h3."""

from __future__ import annotations

from pathlib import Path

from newsclean import extract
from newsclean.dom.page_tags import PageTags
from newsclean.dom.text import collapse_space, text_of
from newsclean.engine.headline_decks import far_deck
from newsclean.engine.leads import HEADLINE_DECK, leads_before
from newsclean.parse import parse
from newsclean.rules.walk import Decisions
from newsclean.settings import Tuning

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HERO = "class-standfirst-hero-banner"
DECK = "class-standfirst-far-deck"
DECK_TEXT = "Immer mehr Handwerksbetriebe fahren elektrisch."
#: The body's box in the far-deck fixture.
DECK_BODY = "//div[@class='i8j9k0']"


def _page(name: str) -> str:
    return (FIXTURES / name / "page.html").read_text(encoding="utf-8")


def _found(page: str, body: str, title: str) -> list[tuple[str, str]]:
    root = parse(page)
    assert root is not None
    container = root.xpath(body)[0]
    found = leads_before([container], Decisions(), root, PageTags(root), Tuning(), None, title)
    return [(collapse_space(text_of(element))[:40], rule.name) for element, rule in found]


def test_prose_in_a_hero_banner_far_above_the_body_is_the_standfirst() -> None:
    article = extract(_page(HERO))
    assert article.standfirst is not None
    assert article.standfirst.startswith("Sleeper carriages are crossing the continent")
    assert "Sleeper carriages" not in article.text
    found = _found(_page(HERO), "//div[@class='f7g6h5']", "The quiet return of the night train")
    assert found == [("Sleeper carriages are crossing the conti", HEADLINE_DECK.name)]


def test_a_line_in_a_hero_banner_that_is_no_sentence_is_no_standfirst() -> None:
    """Far from the body, only prose is a summary: a long byline and date line set there
    is the page's."""
    page = _page(HERO).replace(
        "Sleeper carriages are crossing the continent again, and a new generation of "
        "travellers is learning to fall asleep in one country and wake up in another.",
        "Ilse Marchetti | Senior travel correspondent | 2 March 2025 | Essays and travel",
    )
    assert extract(page).standfirst is None


def test_one_block_of_prose_under_a_far_headline_is_the_standfirst() -> None:
    article = extract(_page(DECK))
    assert article.standfirst is not None
    assert article.standfirst.startswith(DECK_TEXT)
    assert DECK_TEXT not in article.text
    title = "Werkstätten rüsten für E-Transporter auf"
    assert _found(_page(DECK), DECK_BODY, title) == [(DECK_TEXT[:40], HEADLINE_DECK.name)]


def test_a_kicker_repeating_the_headline_is_passed_over() -> None:
    page = _page(DECK).replace(
        '<ul class="s2t3">',
        '<div class="k1k2">Werkstatt aktuell: Werkstätten rüsten für E-Transporter auf!</div>\n'
        '        <ul class="s2t3">',
    )
    standfirst = extract(page).standfirst
    assert standfirst is not None and standfirst.startswith(DECK_TEXT)


def test_two_blocks_of_prose_under_a_far_headline_make_no_standfirst() -> None:
    """A second block of prose between the headline and the body makes the stretch the
    page's own (an introduction, teasers): neither is taken."""
    page = _page(DECK).replace(
        '<div class="z9a0b1">',
        '<h3 class="n1n2">Unser Newsletter bringt jeden Freitag die wichtigsten Meldungen '
        "aus der Branche direkt in Ihr Postfach, kostenlos und jederzeit kündbar.</h3>\n"
        '      <div class="z9a0b1">',
    )
    assert extract(page).standfirst is None


def test_a_headline_that_is_not_the_pages_title_finds_no_deck() -> None:
    """An h1 that is no part of the page's title (a site's name set as its h1) heads
    no story: the prose after it is no standfirst."""
    page = _page(DECK).replace(
        "Werkstätten rüsten für E-Transporter auf</h1>", "Fahrzeug-Nachrichten</h1>"
    )
    assert extract(page).standfirst is None


def test_a_headline_inside_the_body_finds_no_deck() -> None:
    root = parse(_page(DECK))
    assert root is not None
    headline = root.xpath("//h1")[0]
    holder = root.xpath("//div[@class='c6d7e8']")[0]
    title = "Werkstätten rüsten für E-Transporter auf"
    assert far_deck(holder, headline, title, Tuning()) is None
    body = root.xpath(DECK_BODY)[0]
    assert far_deck(body, headline, title, Tuning()) is not None


def test_a_headline_linking_home_finds_no_deck() -> None:
    """An h1 that is all link (the site's name linking to its home page) heads no story,
    even when the page's title holds it."""
    page = _page(DECK).replace(
        "Werkstätten rüsten für E-Transporter auf</h1>",
        '<a href="/">Werkstätten rüsten für E-Transporter auf</a></h1>'
        '<span class="d1e2">Aus der Werkstatt</span>',
    )
    assert extract(page).standfirst is None


def test_prose_under_a_section_heading_is_a_box_of_its_own() -> None:
    """A short heading between the headline and the prose (a side column's box under its
    own heading, a motto under "Zitat der Woche") makes the prose that box's."""
    page = _page(DECK).replace(
        '<h3 class="u4v5">', '<h2 class="h9h8">Zitat der Woche</h2>\n<h3 class="u4v5">'
    )
    assert extract(page).standfirst is None


def test_a_blurb_under_a_linked_name_is_no_deck() -> None:
    """Prose right after a block that is all link (an author's name over their blurb)
    is the author's box, not the story's summary."""
    page = _page(DECK).replace(
        '<h3 class="u4v5">',
        '<div class="a5a6"><a href="/autoren/jonas-wetterling/">Jonas Wetterling</a></div>'
        '<h3 class="u4v5">',
    )
    assert extract(page).standfirst is None


#: The hero fixture's standfirst, and where its byline stands.
HERO_DECK = (
    "Sleeper carriages are crossing the continent again, and a new generation of "
    "travellers is learning to fall asleep in one country and wake up in another."
)
HERO_BYLINE = '<div class="c7v8b9"><a href="/authors/ilse-marchetti/">Ilse Marchetti</a>'


def test_a_logo_h1_of_no_text_is_not_the_headline() -> None:
    """A site setting its logo (a picture in a link home) in an h1 before the story's
    headline: the deck is read under the headline with text."""
    page = _page(HERO).replace(
        '<nav class="n0m1">',
        '<h1 class="l0g0"><a href="/"><img src="/logo.svg" alt=""></a></h1>\n  <nav class="n0m1">',
    )
    standfirst = extract(page).standfirst
    assert standfirst is not None and standfirst.startswith("Sleeper carriages")


def test_a_heading_right_under_a_far_headline_is_its_deck_without_a_full_stop() -> None:
    page = _page(HERO).replace(
        f'<p class="m8n9b0">{HERO_DECK}</p>',
        '<h2 class="m8n9b0">Sleeper carriages cross the continent again, and travellers '
        "learn to wake up in another country</h2>",
    )
    article = extract(page)
    assert article.standfirst is not None
    assert article.standfirst.startswith("Sleeper carriages cross")
    assert "Sleeper carriages" not in article.text


def test_a_date_line_under_a_far_deck_is_no_second_summary() -> None:
    """A byline and date line set under the deck ends no sentence: a line beside the
    summary, not a second block of prose making the stretch the page's."""
    page = _page(HERO).replace(
        HERO_BYLINE,
        '<div class="d1t2">Published 2 March 2025, 07:00 · Updated 3 March 2025, 18:30 · '
        "Print edition 09/2025</div>\n      " + HERO_BYLINE,
    )
    standfirst = extract(page).standfirst
    assert standfirst is not None and standfirst.startswith("Sleeper carriages")


def test_a_sentence_under_a_far_deck_is_a_second_summary() -> None:
    """A second block there that ends a sentence is prose: the stretch is the page's."""
    page = _page(HERO).replace(
        HERO_BYLINE,
        '<div class="d1t2">Our travel desk rode six sleeper routes this winter, from '
        "Lisbon to Warsaw, and paid for every ticket itself.</div>\n      " + HERO_BYLINE,
    )
    assert extract(page).standfirst is None
