"""Teaser cards known by their links (``linked-excerpts``): a box under the story
around a blurb cut short whose links lead to one other page twice at least. What the
class fixture does not show."""

from __future__ import annotations

from newsclean import Registry, extract
from newsclean.explain.decisions import explain

URL = "https://www.kelder-post.example/news/2025/06/03/market-hall-reopens"

STORY = "".join(
    f"<p>Paragraph {n} of the story about the market hall runs long enough to be prose, "
    "with the traders' reasons, the rent and the hours the stalls are open.</p>"
    for n in range(5)
)

CARD = (
    '<div class="c"><div><a href="/news/2025/06/02/new-bus-stops-on-the-hill">'
    '<img src="/b.jpg" alt=""></a></div><div>'
    '<a href="/news/2025/06/02/new-bus-stops-on-the-hill">Bus stops</a></div>'
    "<div>Two new bus stops on the hill road will save the walk from the estate, the "
    "council said, once the kerbs are raised in...</div></div>"
)


def _page(story: str, after: str = "") -> str:
    return (
        "<html><body><div><h1>Market hall reopens</h1>"
        f"<div>{story}</div>{after}</div></body></html>"
    )


def test_a_card_under_the_story_goes_and_explain_names_the_rule() -> None:
    page = _page(STORY, CARD)
    text = extract(page, url=URL).text
    assert "Paragraph 4 of the story" in text
    assert "once the kerbs are raised" not in text
    found = explain(page, url=URL).find("once the kerbs are raised")
    assert any(block.reason == "linked-excerpts" for block in found)


def test_the_rule_switches_off() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("linked-excerpts")
    text = extract(_page(STORY, CARD), url=URL, registry=registry).text
    assert "once the kerbs are raised in..." in text


def test_a_paragraph_linking_twice_in_its_sentences_stays() -> None:
    # a story's paragraph in a box of its own, trailing off, linking twice to one story
    # in its sentences: no card's link
    paragraph = (
        '<div><p>The traders said, as <a href="/news/2024/01/09/market-hall-closes">the '
        'closure report</a> told and <a href="/news/2024/01/09/market-hall-closes">its '
        "follow-up</a> repeated, that the roof was the worry, and then...</p></div>"
    )
    text = extract(_page(STORY + paragraph), url=URL).text
    assert "that the roof was the worry, and then..." in text


def test_an_opening_cut_short_under_its_topic_stays() -> None:
    # the page's own standfirst cut short, under links to its topic: no story before it
    opening = (
        '<div><a href="/topics/markets">Markets</a><div>The market hall opens again '
        "after two years, and the traders who waited have a few things to say about "
        'it... <a href="/topics/markets">Markets</a></div></div>'
    )
    text = extract(_page(opening + STORY), url=URL).text
    assert "have a few things to say about it..." in text


def test_a_post_linking_twice_to_its_own_permalink_stays() -> None:
    # a thread's post under its date and number, both linking to its place under the
    # page's own path: a part of this page, no other page's card
    url = "https://forum.kelder-post.example/threads/market-hall-stalls.812"
    post = (
        '<div><div><a href="/threads/market-hall-stalls.812/post-4410">Jun 3, 2025</a> '
        '<a href="/threads/market-hall-stalls.812/post-4410">#2</a></div>'
        "<div>The fish stall is back in its old corner and the queue was out of the door "
        "by eight, so go early if you can...</div></div>"
    )
    found = explain(_page(STORY + post), url=url).find("so go early if you can...")
    assert found
    assert all(block.reason != "linked-excerpts" for block in found)
