"""A ranked round-up told in figures keeps its items' titles and text; figures whose
headings are not ranked in order keep losing their captions."""

from __future__ import annotations

from newsclean import Registry, extract

INTRO = (
    "<p>Our readers sent in their favourite walks along the coast, and we tried each one "
    "on a windy weekend in spring to see which are worth the train fare.</p>"
)


def _page(ranks: list[int]) -> str:
    figures = "".join(
        f'<figure class="q1"><h2><a href="/walks/{rank}">{rank}. Walk number {rank}</a></h2>'
        f'<img src="/w{rank}.jpg" alt=""><figcaption class="q2"><p>The path number {rank} '
        "climbs over the dunes to a lighthouse and returns along the beach at low tide."
        "</p></figcaption></figure>"
        for rank in ranks
    )
    return (
        "<html><body><article><h1>Coastal walks, ranked</h1>"
        f"{INTRO}{INTRO.replace('Our readers', 'Some readers')}<div>{figures}</div>"
        "</article></body></html>"
    )


def test_figures_ranked_counting_down_are_the_story() -> None:
    text = extract(_page([5, 4, 3, 2, 1])).text
    assert "5. Walk number 5" in text
    assert "The path number 1 climbs over the dunes" in text


def test_figures_ranked_out_of_order_keep_losing_their_captions() -> None:
    text = extract(_page([3, 9, 1, 6])).text
    assert "The path number 9 climbs" not in text
    assert "Our readers sent in their favourite walks" in text


def test_switched_off_by_name_the_figures_stay_captioned_pictures() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("ranked-figures")
    text = extract(_page([1, 2, 3, 4]), registry=registry).text
    assert "The path number 2 climbs" not in text
    assert "Our readers sent in their favourite walks" in text


def test_figures_set_as_plain_boxes_with_their_captions_are_the_story() -> None:
    page = _page([1, 2, 3, 4]).replace("<figure ", "<div ").replace("</figure>", "</div>")
    page = page.replace("<article>", "<div>").replace("</article>", "</div>")
    text = extract(page).text
    assert "3. Walk number 3" in text
    assert "The path number 4 climbs over the dunes" in text
