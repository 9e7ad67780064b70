"""A deck written as bullet points between the headline and the body (``headline-gap``):
its points are kept (two are the standfirst; three or more, lines ending no sentence,
join the text as its opening), while a byline, date and reading time set as a list
under the headline stay out. Class names are hashed and no semantic markup is left:
the page is read by its layout alone."""

from __future__ import annotations

from newsclean import extract

POINTS = (
    "Harbour board approves a second ferry line to the outer islands",
    "Crossings every forty minutes from the first of June onwards",
    "Fares stay at the winter price until the new boats arrive",
)
STORY = " ".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The harbour board voted on Tuesday evening to open a second ferry line to the "
        "outer islands, ending a debate that had run for most of the past two years.",
        "Islanders had asked for more crossings since the old boat was taken out of "
        "service for repairs, leaving a single ferry to carry both cars and freight.",
        "The new line will call at the northern pier first, where a waiting room and a "
        "ramp for bicycles are being built over the coming weeks by the town's crews.",
        "Board members said the cost would be met from the harbour fees collected over "
        "the last three summers, so that no island household would pay more this year.",
        "Two leased boats will run the timetable until the board's own ferries are "
        "delivered from the yard, which expects to finish the first of them in autumn.",
    )
)


def _page(under_headline: str) -> str:
    return (
        "<html><head><title>A second ferry line for the islands</title></head><body>"
        "<div class='a1'><div class='a2'><a href='/'>Coast Courier</a></div></div>"
        "<div class='b7'><div class='c3'><div class='d9'>"
        f"<h1>A second ferry line for the islands</h1><p></p>{under_headline}"
        "</div></div>"
        f"<div class='e4'><div class='f2'>{STORY}</div></div></div>"
        "<div class='g8'><p>© Coast Courier</p></div></body></html>"
    )


def _bullets(points: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{point}</li>" for point in points) + "</ul>"


def test_a_deck_of_three_bullet_points_opens_the_text() -> None:
    article = extract(_page(_bullets(POINTS)))
    assert article.text.startswith("\n\n".join(POINTS))
    assert "The harbour board voted on Tuesday" in article.text


def test_a_deck_of_two_bullet_points_is_the_standfirst() -> None:
    article = extract(_page(_bullets(POINTS[:2])), include_standfirst=True)
    assert article.standfirst is not None
    assert POINTS[0] in article.standfirst and POINTS[1] in article.standfirst


def test_a_byline_and_date_set_as_a_list_stay_out() -> None:
    fields = ("By Marit Holloway, harbour reporter", "Tuesday, 3 May 2022", "4 min read")
    article = extract(_page(_bullets(fields)), include_standfirst=True)
    assert "Tuesday, 3 May 2022" not in article.text
    assert "4 min read" not in article.text


def test_a_list_of_links_under_the_headline_is_no_deck() -> None:
    links = (
        "<ul>"
        + "".join(f"<li><a href='/topics/{n}'>{point}</a></li>" for n, point in enumerate(POINTS))
        + "</ul>"
    )
    article = extract(_page(links), include_standfirst=True)
    assert POINTS[0] not in article.text


def test_a_gallery_list_under_the_headline_is_no_deck() -> None:
    """Pictures set as list items, each with its caption: kept with the captions asked
    for, never taken for the deck's points."""
    captions = (
        "The first of the leased boats at the northern pier this morning",
        "Passengers waiting at the harbour office for the new timetable",
    )
    gallery = (
        "<ul>"
        + "".join(
            f"<li><figure><img src='/pictures/ferry-{n}.jpg' alt=''>"
            f"<figcaption>{caption}</figcaption></figure></li>"
            for n, caption in enumerate(captions)
        )
        + "</ul>"
    )
    article = extract(_page(gallery), include_standfirst=True, include_captions=True)
    assert article.standfirst is None or captions[0] not in article.standfirst


SUMMARY = (
    "The harbour board approved a second ferry line to the outer islands on Tuesday, "
    "after two years of debate among the members.",
    "Leased boats will run the crossings every forty minutes until the board's own "
    "ferries are delivered from the yard in autumn.",
)


def _boxed_page(between: str = "") -> str:
    """The deck in a labelled box of its own right above the story, in one wrapper with
    it and a row of topic links after it: the wrapper adds the deck's prose to the
    story's, so the body, widened to it, took the summary in."""
    return (
        "<html><head><title>A second ferry line for the islands</title></head><body>"
        "<div class='a1'><div class='a2'><a href='/'>Coast Courier</a></div></div>"
        "<div class='b7'><div class='c3'>"
        "<h1>A second ferry line for the islands</h1><p>Tuesday, 3 May 2022</p></div></div>"
        "<div class='w5'><div class='k1'><div class='k2'>Key points</div>"
        f"<div class='k3'>{_bullets(SUMMARY)}</div></div>{between}"
        f"<div class='e4'><div class='f2'>{STORY}</div></div>"
        "<div class='t6'><div class='t7'>Topics</div><ul><li><a href='/t/ferries'>Ferries"
        "</a></li><li><a href='/t/islands'>Islands</a></li></ul></div></div>"
        "<div class='g8'><p>© Coast Courier</p></div></body></html>"
    )


def test_a_boxed_deck_right_above_the_story_is_the_standfirst() -> None:
    """``headline-gap``: the body is not widened over the summary (a "Key points" box)."""
    article = extract(_boxed_page(), include_standfirst=True)
    assert article.standfirst is not None and SUMMARY[0] in article.standfirst
    plain = extract(_boxed_page())
    assert SUMMARY[0] not in plain.text
    assert "Key points" not in plain.text
    assert plain.text.startswith("The harbour board voted on Tuesday")


def test_a_boxed_deck_with_text_between_it_and_the_story_is_left_alone() -> None:
    """A list of prose points with a line of text between it and the story is not the
    summary right above it (tips further up a recipe): the body takes it in as before."""
    between = "<div class='n2'>Crossing times change with the tides in the winter months</div>"
    article = extract(_boxed_page(between))
    assert SUMMARY[0] in article.text
