"""A ranked round-up's entries (``link-heading`` passes them by): "3) <a>The film</a>"
over its review stays when its siblings count on by one; a run of linked headlines with
their numbers inside the links, or not counted by one, goes as before."""

from __future__ import annotations

from newsclean import extract

URL = "https://www.fenmoor-times.example/culture/best-films-of-the-year"

#: A review paragraph, long enough to be a section's prose.
REVIEW = (
    "<p>The film follows a lock keeper through one wet winter on the canal, and it is "
    "the quietest and the funniest thing the director has made in a decade.</p>"
)


def _round_up(headings: list[str]) -> str:
    """A round-up in plain boxes: an introduction, then each heading over a review."""
    entries = "".join(f"<h3>{heading}</h3>{REVIEW}" for heading in headings)
    intro = (
        "<p>These are the films that stayed with me this year, counted down from the "
        "tenth to the one I would see again tomorrow, with where to watch each of them.</p>"
    )
    return (
        "<html><body><div class='q1'><h1>The best films of the year</h1>"
        f"<div class='z3'>{intro}{entries}</div></div></body></html>"
    )


def _linked(title: str, slug: str) -> str:
    return f"<a href='/culture/reviews/{slug}'><em>{title}</em></a>"


def test_a_counted_down_entry_linking_to_its_review_stays() -> None:
    headings = [
        f"3) {_linked('The Lock Keeper', 'lock-keeper')}",
        "2) The Long Thaw",
        f"1) {_linked('Barges at Dawn', 'barges')}",
    ]
    text = extract(_round_up(headings), url=URL).text
    assert "3) The Lock Keeper" in text
    assert "1) Barges at Dawn" in text


def test_numbers_inside_the_links_still_go() -> None:
    headings = [
        _linked("1. The Lock Keeper", "lock-keeper"),
        _linked("2. The Long Thaw", "thaw"),
        _linked("3. Barges at Dawn", "barges"),
    ]
    assert "The Lock Keeper" not in extract(_round_up(headings), url=URL).text


def test_numbers_not_counted_by_one_still_go() -> None:
    headings = [
        f"12 {_linked('The Lock Keeper', 'lock-keeper')}",
        f"40 {_linked('The Long Thaw', 'thaw')}",
        f"7 {_linked('Barges at Dawn', 'barges')}",
    ]
    assert "The Lock Keeper" not in extract(_round_up(headings), url=URL).text
