"""A teaser of another story set as a box of its own in the body (``teaser-excerpts``):
the other story's headline, its opening cut short ("...", "…") and a link to it, often
laid over the whole box ("Read the article"). The rails of such cards are
:mod:`.excerpts`'; a lone one, under the story or between its paragraphs, is known by
the same shape: a box opening with a heading, ending its prose cut short, linking to one
story of the site outside its prose, with the story's text before it. A story's own
section holds no link to one other story beside its heading, and does not end cut
short."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import text_of, words_length
from ..settings import Tuning
from .article_end import under_story
from .links import SiteLinks
from .teaser_boxes import address_of, made_alike

HtmlElement = Any

#: What such a box is built as.
_BOXES = frozenset(("div", "section", "article", "aside"))
#: Where a link is part of the prose (a link in a sentence), not the card's own.
_PROSE = frozenset(("p", "li", "blockquote", "td", "dd"))


def excerpt_boxes(
    blurbs: list[HtmlElement],
    container: HtmlElement,
    body: list[HtmlElement],
    tuning: Tuning,
    links: SiteLinks,
) -> list[HtmlElement]:
    """The boxes in ``container`` (one of the ``body`` containers) around one of
    ``blurbs`` (its blocks ending cut short) that are a teaser of another story
    (:func:`_box`), with no sibling made like them (a section front's list of its
    stories) and at least ``teaser_cards_story_ratio`` times their text of the body
    before them: under the story or inside it, not the page's own opening."""
    found: list[HtmlElement] = []
    for blurb in blurbs:
        box = _box(blurb, container, tuning, links)
        if box is None or box in found or made_alike(box):
            continue  # one of a row of cards made alike: a rail, :mod:`.excerpts`' own
        if under_story(box, body, tuning):
            found.append(box)
    return found


def _box(
    blurb: HtmlElement, container: HtmlElement, tuning: Tuning, links: SiteLinks
) -> HtmlElement | None:
    """The outermost box around ``blurb`` inside ``container`` of at most
    ``teaser_excerpt_max_chars`` that opens with a section heading and links to one
    story of the site, outside its prose (:func:`_links_out`), or None."""
    box = None
    for ancestor in blurb.iterancestors():
        if ancestor is container or words_length(ancestor) > tuning.teaser_excerpt_max_chars:
            break
        if (
            ancestor.tag in _BOXES
            and _opens_with_heading(ancestor)
            and _links_out(ancestor, links, tuning)
        ):
            box = ancestor
    return box


def _opens_with_heading(box: HtmlElement) -> bool:
    """True when the first text of ``box`` is a section heading's."""
    for node in box.iter():
        if node.tag.__class__ is not str or not (node.text and node.text.strip()):
            continue
        return node.tag in SECTION_HEADINGS or any(
            above.tag in SECTION_HEADINGS for above in _up_to(node, box)
        )
    return False


def _up_to(node: HtmlElement, box: HtmlElement) -> Iterator[HtmlElement]:
    """The ancestors of ``node`` up to ``box``, ``box`` included."""
    for above in node.iterancestors():
        yield above
        if above is box:
            return


def _links_out(box: HtmlElement, links: SiteLinks, tuning: Tuning) -> bool:
    """True when the links of ``box`` to the site's stories all lead to one, and one of
    them is the card's own: outside the prose (not a link in a sentence), a headline
    (``teaser_headline_words`` at least) or a link with no text (a picture's, one laid
    over the box). A name linking to its profile ("Ada", over a reader's post) is none."""
    addresses: set[str] = set()
    card_link = False
    for link in box.iter("a"):
        address = address_of(link)
        if not address or not links.is_story(address):
            continue
        addresses.add(address)
        if len(addresses) > 1:
            return False
        words = len(text_of(link).split())
        if (words >= tuning.teaser_headline_words or not words) and not any(
            above.tag in _PROSE for above in _up_to(link, box)
        ):
            card_link = True
    return card_link
