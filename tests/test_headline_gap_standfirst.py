"""What the standfirst takes from between the headline and the body (``headline-gap``):
the summary under the headline, not a box's own text under a heading of its own (a
notice, an offer), a price set on indented lines of its own, or a line of topic links.
The pages are the ``class-hidden-story-notice`` fixture with its notice box varied."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsclean import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE = FIXTURES / "class-hidden-story-notice"
PAGE = (FIXTURE / "page.html").read_text(encoding="utf-8")
URL = json.loads((FIXTURE / "spec.json").read_text(encoding="utf-8"))["url"]
#: The notice's box under its own heading, between the headline and the body.
BOX = re.compile(r'<div class="k5">.*?</div>', re.DOTALL)
#: The indentation markup puts around the lines of a block (a template's layout).
PAD = "\n" + " " * 36
SUMMARY = (
    "Late frosts cost apple growers a third of their blossom last spring. A tall fan "
    "that stirs warmer air down into the rows is spreading fast."
)


def _standfirst(box: str | None = None) -> str | None:
    page = PAGE if box is None else BOX.sub(lambda _: box, PAGE, count=1)
    return extract(page, url=URL).standfirst


def test_a_notice_under_its_own_heading_is_no_standfirst() -> None:
    assert _standfirst() == SUMMARY  # not "All our specialist reporting ..."


def test_a_price_set_on_indented_lines_is_no_standfirst() -> None:
    price = f"{PAD}59,00 EUR{PAD}{PAD}in the first year{PAD}{PAD}then 98,00 EUR a year{PAD}"
    assert _standfirst(f'<div class="k5"><p>{price}</p></div>') == SUMMARY


def test_a_line_of_topic_links_is_no_standfirst() -> None:
    links = f",{PAD}".join(
        f"<a href='/topics/{n}'>{name}</a>"
        for n, name in enumerate(("frost", "apple growing", "orchard machinery", "weather"))
    )
    assert _standfirst(f'<div class="k5"><p>Topics:{PAD}{links}{PAD}</p></div>') == SUMMARY


def test_a_second_summary_under_the_headline_stays() -> None:
    more = (
        "Growers who tried the fans say they paid for themselves in the first cold spring, "
        "though neighbours complain about the noise."
    )
    assert _standfirst(f'<div class="k5"><p>{more}</p></div>') == f"{SUMMARY}\n\n{more}"


def test_a_caption_in_a_pictures_link_is_no_standfirst() -> None:
    caption = (
        f"{PAD}A fan on its mast at the edge of the apple rows, ten metres above the "
        f"blossom.{PAD}(Picture: Marit Holloway){PAD}"
    )
    picture = (
        "<a href='/pictures/frost-fan-large.jpg'><div><img src='/pictures/frost-fan.jpg' "
        f"alt='Frost fan'><div><p>{caption}</p></div></div></a>"
    )
    assert _standfirst(f'<div class="k5">{picture}</div>') == SUMMARY


def test_an_h2_headline_beside_a_body_with_h1_boxes_gives_its_summary() -> None:
    """A page heading each box with an h1 (its logo, its menu, a "Read also" box inside
    the story) sets the headline as an h2 reading as the title: the summary under it
    is the standfirst, found past the body's own h1."""
    folder = FIXTURES / "class-h1-boxes-titled-h2"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    article = extract((folder / "page.html").read_bytes(), url=spec["url"])
    assert article.standfirst == (
        "The water rose by two metres in a fortnight of rain, and the old timetable is "
        "back from Monday. Three piers stay closed until their ramps are repaired."
    )
    assert "The water rose by two metres" not in article.text


def test_a_dek_paired_with_the_headline_inside_the_body_is_the_standfirst() -> None:
    """The headline and its dek alone in a box of the body (a story's header with no
    ``<header>`` tag): the dek is the standfirst, not the text's first line."""
    dek = "The council put off the vote on the ferry fares until the spring"
    story = "".join(
        f"<p>{line}</p>"
        for line in (
            "The harbour council met for four hours on Tuesday night and in the end "
            "agreed only that the fares would be looked at again after the winter, when "
            "the new boat is due.",
            "Ferry users had asked for a cut of a third on the morning crossings, which "
            "they say cost more than the bus and the train into town put together, and "
            "more than a year's parking.",
        )
    )
    page = (
        "<html><head><title>Ferry fares vote put off</title></head><body><div>"
        f"<div><h1>Ferry fares vote put off</h1><h2>{dek}</h2></div>"
        f"{story}</div></body></html>"
    )
    article = extract(page)
    assert article.standfirst == dek
    assert dek not in article.text
    assert article.text.startswith("The harbour council met")
