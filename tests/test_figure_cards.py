"""``figure-text`` takes the credits and captions set in a ``<figure>`` outside its
``<figcaption>``, but not a teaser card's text: a title in the link that holds the
picture, or in a link going where the picture's link goes, names another story."""

from __future__ import annotations

from newsclean import explain

STORY = "".join(
    f"<p>Paragraph {n} of the piece on the river ferry's new timetable runs long enough "
    "to be prose, with the crossings added, the fares and the first day it runs.</p>"
    for n in range(4)
)


def _reasons(figure: str, text: str) -> set[str | None]:
    page = (
        "<html><body><div class='a1'><h1>Ferry timetable changes</h1>"
        f"<div class='b2'>{STORY}{figure}</div></div></body></html>"
    )
    return {block.reason for block in explain(page).blocks if text in block.text}


def test_a_credit_beside_the_picture_goes() -> None:
    figure = (
        "<figure><img src='/ferry.jpg' alt=''><span class='c3'>Photo: Ona Field</span></figure>"
    )
    assert _reasons(figure, "Ona Field") == {"figure-text"}


def test_a_credit_in_a_link_to_the_full_picture_goes() -> None:
    figure = (
        "<figure><a href='/pictures/ferry-large.JPG'><img src='/ferry.jpg' alt=''>"
        "<span class='c3'>Photo: Ona Field</span></a></figure>"
    )
    assert _reasons(figure, "Ona Field") == {"figure-text"}


def test_a_logo_linking_to_the_front_page_goes() -> None:
    figure = (
        "<figure><a href='https://www.ferry-news.example/'><img src='/logo.png' alt=''>"
        "<span class='c3'>Ferry News | river and coast</span></a></figure>"
    )
    assert _reasons(figure, "Ferry News") == {"figure-text"}


def test_a_title_in_the_link_holding_the_picture_is_no_caption() -> None:
    figure = (
        "<figure><a href='/news/pier-lights-replaced/'><img src='/pier.jpg' alt=''>"
        "<div class='c3'><span>Pier lights replaced after the storm</span></div></a></figure>"
    )
    assert "figure-text" not in _reasons(figure, "Pier lights replaced")


def test_a_title_linking_where_the_picture_links_is_no_caption() -> None:
    figure = (
        "<figure><a href='/news/pier-lights-replaced/'><img src='/pier.jpg' alt=''></a>"
        "<div class='c3'><a href='/news/pier-lights-replaced/'>Pier lights replaced after "
        "the storm</a></div></figure>"
    )
    assert "figure-text" not in _reasons(figure, "Pier lights replaced")


def test_a_figure_inside_a_card_link_keeps_its_title() -> None:
    figure = (
        "<a href='/news/pier-lights-replaced/'><figure><img src='/pier.jpg' alt=''>"
        "<div class='c3'>Pier lights replaced after the storm</div></figure></a>"
    )
    assert "figure-text" not in _reasons(figure, "Pier lights replaced")


def test_a_cards_long_excerpt_still_goes() -> None:
    excerpt = (
        "The harbour authority replaced every lamp on the pier after the autumn storm, "
        "and the new ones use a third of the power the old ones needed."
    )
    figure = (
        "<figure><a href='/news/pier-lights-replaced/'><img src='/pier.jpg' alt=''>"
        f"<div class='c3'>{excerpt}</div></a></figure>"
    )
    assert _reasons(figure, "replaced every lamp") == {"figure-text"}
