"""Body choice beside a news feed widget (``feed-widget``): a one-line post keeps its
line; a long story keeps winning; a story told in linked items keeps its list."""

from __future__ import annotations

import pytest

import newsclean

_FEED_ITEMS = [
    (
        "Harbour ferries return after the winter pause",
        "/n/ferries",
        "The first boats left at dawn with a full deck of commuters and two vans of mail.",
    ),
    (
        "Town council approves the new cycle lanes",
        "/n/lanes",
        "Work starts in May on the river road, which loses a lane of parking to bicycles.",
    ),
    (
        "Library extends its opening hours on Sundays",
        "/n/library",
        "Volunteers will keep the reading room open until six, the librarian announced.",
    ),
    (
        "Orchard growers expect an early apple harvest",
        "/n/apples",
        "A warm spring brought the blossom forward by three weeks across the valley farms.",
    ),
]


def _feed() -> str:
    items = "".join(
        f'<li><a href="https://news.example.org{href}">{title}</a><div>{excerpt}</div></li>'
        for title, href, excerpt in _FEED_ITEMS
    )
    head = '<h2><a href="https://news.example.org/">Regional wire</a></h2>'
    return f'<div class="c"><div>{head}</div><ul>{items}</ul></div>'


def _page(post: str, headline_tag: str = "h1") -> str:
    return (
        "<html><head><title>Giving advice | Classroom notes</title>"
        '<meta property="og:title" content="Giving advice"></head><body>'
        '<div class="w"><div class="h"><h1><a href="/">Classroom notes</a></h1>'
        '<ul><li><a href="/a1">A1</a></li><li><a href="/a2">A2</a></li></ul></div>'
        '<div class="m"><div class="p"><div class="t">'
        "<small>Posted by teacher | 31 March 2019</small>"
        f"<{headline_tag}>Giving advice</{headline_tag}></div>"
        f'<div class="e"><div class="x">{post}</div>'
        '<div class="f"><p>Filed under <a href="/boards">Boards</a></p></div></div></div></div>'
        f'<div class="s">{_feed()}</div></div></body></html>'
    )


_ONE_LINE = (
    '<p>The worksheet from Tuesday: <a href="/files/giving-advice.pdf">giving-advice</a></p>'
)


def test_one_line_post_beside_a_feed_is_the_body() -> None:
    article = newsclean.extract(_page(_ONE_LINE, "h2"))
    assert "The worksheet from Tuesday: giving-advice" in article.text
    assert "commuters and two vans" not in article.text


def test_one_line_post_under_an_h1_headline_is_the_body() -> None:
    page = _page(_ONE_LINE).replace(
        '<h1><a href="/">Classroom notes</a></h1>', '<p><a href="/">Classroom notes</a></p>'
    )
    article = newsclean.extract(page)
    assert "The worksheet from Tuesday: giving-advice" in article.text
    assert "commuters and two vans" not in article.text


def test_long_story_beside_a_feed_keeps_its_body() -> None:
    story = "".join(
        f"<p>Paragraph {n} tells how the class practised giving advice in pairs, "
        "each pupil asking about a problem and the other answering with should and "
        "could, before the whole group compared the answers on the board.</p>"
        for n in range(1, 5)
    )
    article = newsclean.extract(_page(story, "h2"))
    assert article.text.startswith("Paragraph 1 tells")
    assert "Paragraph 4 tells" in article.text


def test_long_story_beside_a_one_line_teaser_box_keeps_its_body() -> None:
    story = "".join(
        f"<p>Paragraph {n} tells how the class practised giving advice in pairs, "
        "each pupil asking about a problem and the other answering with should and "
        "could, before the whole group compared the answers on the board.</p>"
        for n in range(1, 4)
    )
    teaser = (
        '<ul><li><a href="https://news.example.org/n/quiz">Quiz night</a>'
        "<div>Teams of four meet in the hall on Friday at seven for the quiz.</div></li></ul>"
    )
    page = _page(story, "h2").replace(f'<div class="s">{_feed()}</div>', teaser)
    article = newsclean.extract(page)
    assert article.text.startswith("Paragraph 1 tells")
    assert "Paragraph 3 tells" in article.text


def test_story_told_in_linked_items_keeps_its_list() -> None:
    story = f"<p>Four stories from the wire this week, read in class:</p>{_feed()}"
    page = _page(story, "h2").replace(f'<div class="s">{_feed()}</div>', "")
    article = newsclean.extract(page)
    assert "commuters and two vans" in article.text


@pytest.mark.parametrize(
    "under_headline",
    [
        "<p>Where the crews eat after the late crossing.</p>",
        "<div><span>Ada Lind</span> <span>May 3, 2025</span></div>",
    ],
)
def test_a_round_up_of_linked_entries_in_the_headlines_box_is_the_story(
    under_headline: str,
) -> None:
    items = "".join(
        f"<li><a href='/places/{n}'>Harbour kitchen number {n}</a> is where the ferry "
        "crews eat after the late crossing, with fish from the morning boats.</li>"
        for n in range(5)
    )
    page = (
        "<html><head><title>Five places to eat by the harbour</title></head><body>"
        "<div class='a'><h1>Five places to eat by the harbour</h1>"
        f"{under_headline}<div class='w'><div class='x'><div class='b'><ol>{items}</ol>"
        "</div></div></div></div></body></html>"
    )
    text = newsclean.extract(page).text
    assert "Harbour kitchen number 0 is where" in text
    assert "Harbour kitchen number 4 is where" in text
