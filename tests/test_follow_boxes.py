"""A box of the site's accounts in the body (``follow-boxes``: engine/follow_boxes.py):
one short title over links holding no text (icons) to two other sites or more. Pages of
our own, with opaque class names and no semantic tags."""

from __future__ import annotations

from newsclean import extract

_STORY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The choir will sing in the cathedral on Sunday for the first time since the "
        "organ was taken apart for cleaning, two winters ago.",
        "The organ builder said every pipe had been washed and some of the smallest made "
        "again, because the old ones had bent under their own weight.",
        "Tickets are free, but the chapter asks those coming to book a seat, as the nave "
        "will be closed while the scaffold comes down.",
        "The choir's director said the first piece would be the one the organ played on "
        "the day it was first heard, more than a century ago.",
    )
)


def _page(side: str) -> str:
    return (
        "<html><head><title>Choir returns to the cathedral</title></head><body>"
        "<div class='m1'><a href='/'>Home</a> <a href='/music/'>Music</a></div>"
        f"<div class='b1'><div class='b2'><h1>Choir returns to the cathedral</h1>{_STORY}"
        f"{side}<p>Doors open at half past five.</p></div></div></body></html>"
    )


def _box(title: str, hrefs: tuple[str, ...]) -> str:
    links = "".join(
        f"<li><a href='{href}'><img src='/i{n}.svg' alt=''></a></li>"
        for n, href in enumerate(hrefs)
    )
    return f"<div class='s1'><h3>{title}</h3><ul>{links}</ul></div>"


def test_a_title_over_icon_links_to_other_sites_goes() -> None:
    box = _box(
        "Follow the Chapter News:",
        ("https://social-one.example/chapter", "https://social-two.example/chapter"),
    )
    text = extract(_page(box)).text
    assert "more than a century ago." in text
    assert "Doors open at half past five." in text
    assert "Follow the Chapter News" not in text


def test_a_heading_over_pictures_linking_to_one_site_stays() -> None:
    """A gallery's linked pictures lead to one site: its heading is the story's."""
    box = _box(
        "The organ before and after",
        ("https://pictures.example/organ-1", "https://pictures.example/organ-2"),
    )
    text = extract(_page(box)).text
    assert "The organ before and after" in text


def test_a_title_saying_nothing_of_following_stays() -> None:
    """The rule reads only titles worded like a follow or share box's: a heading over
    two icon links to other sites saying something else is the story's."""
    box = _box(
        "The two builders",
        ("https://builder-one.example/organ", "https://builder-two.example/organ"),
    )
    text = extract(_page(box)).text
    assert "The two builders" in text


def test_a_label_set_as_the_text_of_the_icons_box_goes() -> None:
    """A box whose own text is the label, its icons set after it."""
    icons = "".join(
        f"<a href='https://net-{n}.example/share?u=/choir'><i class='g{n}'></i></a>"
        for n in range(3)
    )
    text = extract(_page(f"<div class='s7'>Social Share<div>{icons}</div></div>")).text
    assert "Doors open at half past five." in text
    assert "Social Share" not in text
