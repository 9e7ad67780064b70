"""The card left under a rail's heading (``rail-cards``): "Trending Articles",
"Related" or "Mehr zum Thema" set as a line of its own (``read-also-teasers`` takes
it) over a card whose headline is no link of the page (a script opens the story when
the card is clicked), so no link rule sees a teaser. Whatever the names, the card is
known by its place and its make: the box right after the heading, holding a headline
(``h2`` to ``h6``) over one paragraph cut short ("..."), the whole at most
``teaser_max_chars`` long; or a list of links, each item a link and nothing else (the
rail's links, which no link rule takes among the story's paragraphs). A story's
paragraph after a "Read also:" line is a single block, and a heading with a link in it
points at that link, not at a card."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import collapse_space, text_of
from ..rules.builtin.lines import READ_ALSO_TEASERS
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .teasers import cut_short

HtmlElement = Any

#: Stands in for a rule on the card under a rail's heading (an engine rule, like
#: ``label-cards``: ``disable("rail-cards")`` switches it off).
RAIL_CARDS = Rule(
    "rail-cards",
    Tags("div section li"),
    Effect.DROP,
    description="The box right after a rail's heading that read-also-teasers took, "
    "holding a headline over one paragraph cut short, or a list whose items are each a "
    "link alone: the rail's card or links.",
)

#: The blocks a card's lines are read from.
_LINES = (*sorted(SECTION_HEADINGS), "p")


def rail_cards(
    doomed: Iterable[tuple[HtmlElement, str]], gone: set[HtmlElement], tuning: Tuning
) -> list[HtmlElement]:
    """The cards right after the rail headings ``read-also-teasers`` took among
    ``doomed`` (none of them a link's line), unless already ``gone``."""
    cards: list[HtmlElement] = []
    for element, reason in doomed:
        if reason != READ_ALSO_TEASERS.name or next(element.iter("a"), None) is not None:
            continue
        card = _box_after(element)
        if card is None or card in gone:
            continue
        if _cut_card(card, tuning) or _link_list(card, tuning):
            cards.append(card)
    return cards


def _box_after(heading: HtmlElement) -> HtmlElement | None:
    """The first element after ``heading`` holding text, none when words stand loose
    between them (a line's text)."""
    if heading.tail and heading.tail.strip():
        return None
    for box in heading.itersiblings():
        if not isinstance(box.tag, str):
            continue
        if any(not text.isspace() for text in box.itertext()):
            return box
        if box.tail and box.tail.strip():
            return None
    return None


def _cut_card(card: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``card`` is a box (no line itself) holding just a headline over one
    paragraph cut short, the two at most ``teaser_max_chars`` long (the box's own
    text is not measured: an advert's slot in it may hold a script)."""
    if card.tag in _LINES:
        return False
    lines = [line for line in card.iter(*_LINES) if text_of(line).strip()]
    if len(lines) != 2 or lines[0].tag == "p" or lines[1].tag != "p":
        return False
    headline, excerpt = (collapse_space(text_of(line)) for line in lines)
    return len(headline) + len(excerpt) <= tuning.teaser_max_chars and cut_short(excerpt)


#: The lists a rail sets its links in.
_LISTS = frozenset(("ul", "ol"))


def _link_list(box: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``box`` is a list of at least ``rail_list_min_links`` items, each holding
    one link and no text beside it: the rail's links. A story's list under such a line
    has words of its own in its items."""
    if box.tag not in _LISTS:
        return False
    count = 0
    for item in box:
        if not isinstance(item.tag, str):
            continue
        if item.tag != "li":
            return False
        links = item.findall(".//a")
        if len(links) != 1:
            return False
        text = collapse_space(text_of(item))
        if not text or collapse_space(text_of(links[0])) != text:
            return False
        count += 1
    return count >= tuning.rail_list_min_links
