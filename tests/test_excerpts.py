"""Rails of teaser cards known by their excerpts cut short (``teaser-excerpts``): what
the class fixture does not show."""

from __future__ import annotations

import json
from pathlib import Path

from newsclean import Registry, extract
from newsclean.engine.links import SiteLinks

FIXTURES = Path(__file__).resolve().parent / "fixtures"
URL = "https://www.wenlow-courier.example/news/quarry-lake-opens-to-swimmers"

STORY = "".join(
    f"<p>Paragraph {n} of the story about the quarry lake runs long enough to be prose, "
    "with the county's reasons, the costs and the dates the beach is open to swimmers.</p>"
    for n in range(5)
)


def _fixture() -> tuple[bytes, str]:
    folder = FIXTURES / "class-teaser-excerpts"
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    return (folder / "page.html").read_bytes(), url


def _card(n: int, *, href: str | None = None) -> str:
    href = href or f"/news/other-story-number-{n}/"
    return (
        f'<div class="c"><a href="{href}"><img src="/i{n}.jpg" alt=""></a><div>'
        f"<span>Title of the other story {n}</span><div>The blurb of the other story "
        f"number {n} tells a little of what happened before it is cut short...</div>"
        "</div></div>"
    )


def _page(rail: str, story: str = STORY) -> str:
    return (
        "<html><body><div><div><h1>Quarry lake opens to swimmers</h1>"
        f"<div>{story}</div></div><div>{rail}</div></div></body></html>"
    )


def test_the_rule_switches_off() -> None:
    page, url = _fixture()
    assert "signed diversion" not in extract(page, url=url).text
    registry = Registry.default(load_entry_points=False)
    registry.disable("teaser-excerpts")
    assert "signed diversion" in extract(page, url=url, registry=registry).text


def test_a_rail_of_cards_goes_with_the_site_unknown() -> None:
    rail = "".join(
        _card(n, href=f"https://www.wenlow-courier.example/news/other-story-{n}/") for n in range(4)
    )
    text = extract(_page(rail)).text
    assert "Paragraph 4 of the story" in text
    assert "cut short" not in text
    assert "Title of the other story" not in text


def test_paragraphs_trailing_off_with_links_in_their_sentences_stay() -> None:
    # a story's paragraphs ending in "..." link in their sentences: no card's headline
    story = "".join(
        f"<p>The lifeguard {n} said the water was colder than in <a href="
        f'"/news/lake-temperature-report-{n}/">last year\'s report</a>, and then she '
        "looked at the queue at the gate and laughed that it was no use...</p>"
        for n in range(4)
    )
    text = extract(_page("", STORY + story), url=URL).text
    assert text.count("it was no use...") == 4


def test_a_landing_page_made_of_such_cards_keeps_them() -> None:
    cards = "".join(_card(n) for n in range(8))
    page = f"<html><body><h1>Latest news</h1><div>{cards}</div></body></html>"
    assert extract(page, url=URL).text.count("cut short...") == 8


def test_a_ticker_holding_the_pages_own_story_goes_whole_with_its_label() -> None:
    items = "".join(f"<li>{_card(n)}</li>" for n in range(5))
    own = _card(9, href=URL).replace('class="c"', 'class="own"')
    ticker = f"<div><b>Breaking News</b><ul>{items}<li>{own}</li></ul></div>"
    text = extract(_page(ticker), url=URL).text
    assert "Paragraph 4 of the story" in text
    assert "Breaking News" not in text
    assert "cut short" not in text


def test_a_story_link_is_read_with_the_site_unknown() -> None:
    unknown = SiteLinks(None)
    assert unknown.may_be_story("https://news.example/2024/05/ferry-fares-rise/")
    assert not unknown.may_be_story("https://news.example/")
    assert not unknown.may_be_story("https://news.example/files/report-2024-final.pdf")
    known = SiteLinks("https://news.example/a/b/c")
    assert not known.may_be_story("https://other.example/2024/05/ferry-fares-rise/")
    assert known.may_be_story("/2024/05/ferry-fares-rise/")


def _feed_item(n: int, label: str) -> str:
    return (
        f"<li><h3>Ferry timetable changes for the winter {n}</h3><div>Harbourtown (agency) - "
        f"The ferry company said the crossing number {n} would run twice a day from "
        f'November, and that the early boat...<a href="https://www.other-feed.example/'
        f'news/ferry-item-{n}/">{label}</a></div></li>'
    )


def test_a_feed_whose_cards_lead_by_read_more_to_another_site_goes() -> None:
    items = "".join(_feed_item(n, "Read more") for n in range(5))
    rail = f"<div><h4>Newswire</h4><ul>{items}</ul></div>"
    text = extract(_page(rail), url=URL).text
    assert "Paragraph 4 of the story" in text
    assert "Ferry timetable" not in text
    assert "the early boat" not in text
    assert "Newswire" not in text


def test_cards_linking_out_by_another_word_stay() -> None:
    # a link named for its source is a story's reference, not a card's "Read more"
    items = "".join(_feed_item(n, "Harbour Gazette") for n in range(5))
    text = extract(_page(f"<div><ul>{items}</ul></div>"), url=URL).text
    assert text.count("the early boat") == 5
