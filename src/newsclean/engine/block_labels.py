"""What introduces a block of links that :func:`.prune.prune` removes, and goes with it:
the heading or short label right before it, a series box's heading and blurb, a row of
teaser cards' box and label. Finding such a label for a removed block goes here; which
blocks are links is :mod:`.link_blocks`'."""

from __future__ import annotations

from typing import Any

from ..dom.tags import BLOCK_TAGS, HEADINGS, SECTION_HEADINGS
from ..dom.text import RAW_SLACK, collapse_space, text_of, words_length
from ..dom.tree import next_element, previous_element
from ..settings import Tuning
from ..tuning.pruning import LINK_LIST_LABEL_WORDS
from .card_rows import row_holder
from .link_lists import mentions_price
from .link_parts import CLOSERS, FULL_STOPS
from .score_headings import is_score
from .teasers import bold_label

HtmlElement = Any


#: What a line introducing a list under its heading is set in.
_INTRO_TAGS = frozenset(("p", "div", "span"))


#: The reason for the cards of a row of teasers below the story (engine/card_rows.py).
TEASER_CARD_ROWS = "teaser-card-rows"
#: The reason for a teaser's card around its headline (engine/teaser_boxes.py).
TEASER_BOXES = "teaser-boxes"


def labelled_row(
    row: list[HtmlElement], container: HtmlElement, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """A row of teaser cards with its label: the box the cards fill, with the wrappers
    holding little besides it (:func:`row_holder`: "Related posts" and a subtitle),
    and a heading right before it."""
    box = row[0].getparent()
    cards = set(row)
    if all(child in cards or not words_length(child) for child in box.iterchildren("*")):
        found = [(row_holder(box, container, tuning), TEASER_CARD_ROWS)]
    else:
        found = [(card, TEASER_CARD_ROWS) for card in row]
    heading = heading_before(found[0][0], tuning)
    if heading is not None:
        found.append((heading, f"{TEASER_CARD_ROWS}-heading"))
    return found


def card_labels(
    doomed: list[tuple[HtmlElement, str]],
    gone: set[HtmlElement],
    container: HtmlElement,
    tuning: Tuning,
) -> list[tuple[HtmlElement, str]]:
    """The label over each teaser card among ``doomed`` (reason ``teaser-boxes``) that
    opens what the label heads: the card is the first of the boxes around it holding
    words (a picture's box may come before), up to the one right after a short line
    ending no sentence or a heading (:func:`heading_before`: "Top stories", "Beliebt"
    over the site's cards). A card after words of the same box follows them, under no
    label of its own."""
    found: list[tuple[HtmlElement, str]] = []
    for card, reason in doomed:
        if reason != TEASER_BOXES:
            continue
        node = card
        parent = node.getparent()
        while (
            parent is not None
            and parent is not container
            and not (parent.text or "").strip()
            and not any(text_of(before).strip() for before in node.itersiblings(preceding=True))
        ):
            node, parent = parent, parent.getparent()
        heading = heading_before(node, tuning)
        if heading is not None and heading not in gone:
            gone.add(heading)
            found.append((heading, f"{TEASER_BOXES}-heading"))
    return found


def introduction(
    element: HtmlElement, reason: str, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """A heading and a short line under it, right before ``element`` (a list of the
    site's other stories): a series box's title and blurb go with its list."""
    intro = previous_element(element)
    if intro is None or intro.tag not in _INTRO_TAGS or (element.tail or "").strip():
        return []
    if any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in intro):
        return []
    text = collapse_space(text_of(intro))
    if not text or len(text) > tuning.list_intro_max_chars or (intro.tail or "").strip():
        return []
    heading = previous_element(intro)
    if heading is None or heading.tag not in SECTION_HEADINGS:
        return []
    title = collapse_space(text_of(heading))
    if not title or len(title) > tuning.list_heading_max_chars:
        return []
    return [(heading, f"{reason}-heading"), (intro, f"{reason}-intro")]


#: The reason for a box's heading removed with the loose text under it, over a link
#: list (engine/prune.py).
LIST_BOX_BLURBS = "list-box-blurbs"


def box_blurb(
    heading: HtmlElement, links: HtmlElement, container: HtmlElement, tuning: Tuning
) -> bool:
    """True when ``heading`` (:func:`heading_before` ``links``) has loose text after it,
    at most ``list_blurb_max_chars``, and the three fill a box of their own below the
    ``container``: an author box ("About Ada Lind", a line on her, "All posts by Ada
    Lind"). The text is the box's blurb, not the story's: it goes with them. In a
    larger box the text may be the story set without paragraphs; it stays."""
    blurb = heading.tail
    if not blurb or not blurb.strip() or len(blurb) > RAW_SLACK * tuning.list_blurb_max_chars:
        return False
    box = heading.getparent()
    if box is None or box is container or (box.text or "").strip():
        return False
    if previous_element(heading) is not None:
        return False
    if next_element(links) is not None:
        return False
    return len(collapse_space(blurb)) <= tuning.list_blurb_max_chars


def heading_before(element: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The heading or label that introduces ``element`` (links), if it stands right
    before it: a heading, or a line of a few words that ends no sentence ("DON'T
    MISS", "More stories"; "Read our reports on the vote:" is a sentence). Over a
    lone link such a line right after the story's last sentence is its closing line
    (:func:`_closes_story`), not a label; so is such a line over links opening with a
    title of their own (:func:`_titled_links`: "Share this:" under "With wire
    services"). A review's score set as a heading ("Rating: 4/5") is the story's line."""
    previous = previous_element(element)
    if previous is None or (element.tail or "").strip():
        return None
    text = collapse_space(text_of(previous))
    if not text or len(text) > tuning.list_heading_max_chars or mentions_price(text):
        return None  # a price is the product's line ("£21.99 at ..."), not a label
    if previous.tag in SECTION_HEADINGS:
        return None if is_score(previous) else previous  # a review's score, no label
    if len(text.split()) <= LINK_LIST_LABEL_WORDS and not text.endswith(
        (".", "!", "?", "。", '"', "”")
    ):
        if _closes_story(previous, text, element) or _titled_links(element):
            return None
        return previous
    return None


def _titled_links(links: HtmlElement) -> bool:
    """True when ``links`` opens with a heading of its own holding no link (a box's
    "Share this:" or "Follow us"): the list has its title, and the short line before
    it is the story's last one (a wire credit, a sign-off). A teaser's linked
    headline opening a list of cards is no such title."""
    heading = next(links.iter(*SECTION_HEADINGS), None)
    if heading is None or next(heading.iter("a"), None) is not None:
        return False
    for ancestor in heading.iterancestors():
        if ancestor is links:
            break
        if ancestor.tag == "a":
            return False
    title = text_of(heading).strip()
    return bool(title) and text_of(links).lstrip().startswith(title)


def _closes_story(line: HtmlElement, text: str, links: HtmlElement) -> bool:
    """True when the short ``line`` (``text``) over ``links`` holding one link follows
    a sentence and is set as no label (no heading, not in bold, no colon): a sign-off
    ("Yours, Anna") over a lone button ("To the offer »"). One link makes no list to
    head; a label over it looks like one ("Read more:") or stands apart from the
    story's prose."""
    if (
        text.endswith(":")
        or line.tag in HEADINGS
        or bold_label(line, text)
        or _counted_links(links) != 1
    ):
        return False
    before = previous_element(line)
    return before is not None and text_of(before).rstrip().rstrip(CLOSERS).endswith(FULL_STOPS)


def _counted_links(element: HtmlElement) -> int:
    """How many links ``element`` holds, counted up to two (a list)."""
    found = 0
    for _link in element.iter("a"):
        found += 1
        if found > 1:
            break
    return found
