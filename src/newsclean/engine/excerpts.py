"""Rails of teaser cards known by their excerpts: a run of sibling cards, each short,
linking to another story of the site and holding a blurb cut short ("...", "…",
perhaps before a "Read more" link). The list rules read a card by its headline's link;
a card whose headline is no link, or is a block apart from its picture's and kicker's
links, loses only its headline to them and leaves its blurb in the story. A card whose
only link is its "Read more" (to another site: a feed of its news) is known by its
headline, a heading of its own over the blurb. A story's own paragraphs do not end in
an ellipsis card after card."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from lxml import etree

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import busiest_holder, is_below, remove_element, text_holder
from ..rules.builtin.lexicon.navigation import READ_ON_MAX_CHARS, READ_ON_PREFIXES
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .excerpt_boxes import excerpt_boxes
from .link_blocks import label_holder
from .linked_excerpts import LINKED_EXCERPTS, linked_excerpt_boxes
from .links import SiteLinks
from .teasers import cut_short

HtmlElement = Any

#: Stands in for a rule on a rail of teaser excerpts (an engine rule, like
#: ``teaser-streams``: ``disable("teaser-excerpts")`` switches it off).
TEASER_EXCERPTS = Rule(
    "teaser-excerpts",
    Tags("div li article section p td"),
    Effect.DROP,
    description="A rail of teaser cards in the body: sibling cards each linking to another "
    "story of the site (or headed and led on by a 'Read more' alone) and holding a blurb "
    "cut short ('...'); or one such card, a box of "
    "its own opening with the other story's headline, after the story's text.",
)

#: The text pieces an excerpt cut short may end with.
_ELLIPSES = etree.XPath("descendant::text()[contains(., '…') or contains(., '...')]")
#: The blocks a blurb is set in.
_BLURB_TAGS = frozenset(("p", "div", "li", "td", "dd", "section", "article"))


def drop_excerpts(
    containers: list[HtmlElement],
    core: HtmlElement,
    decisions: Decisions,
    tuning: Tuning,
    links: SiteLinks,
    runs: Callable[[Rule], bool] = lambda rule: True,
) -> list[tuple[HtmlElement, str]]:
    """Remove the rails of teaser cards (:func:`excerpt_cards`) in ``containers`` that
    stand beside ``core`` (the best-scored container: a landing page's list of its
    stories is the page) when at least ``ending_min_chars_before`` of the body's text
    is left beside them, the lone teaser boxes with the story before them
    (:func:`~.excerpt_boxes.excerpt_boxes`) and, unless ``runs`` says it is switched
    off, the cards known by their links (:mod:`.linked_excerpts`); return what was
    removed, each with its rule's name."""
    cards: list[HtmlElement] = []
    boxes: list[HtmlElement] = []
    linked: list[HtmlElement] = []
    for container in containers:
        blurbs = cut_blurbs(container, tuning)
        for rail in excerpt_cards(container, tuning, links, blurbs):
            if not any(
                is_below(card, core) or is_below(core, card) or card is core for card in rail
            ):
                cards.extend(rail)
        boxes.extend(excerpt_boxes(blurbs, container, containers, tuning, links))
        if runs(LINKED_EXCERPTS):
            linked.extend(linked_excerpt_boxes(blurbs, container, containers, tuning, links))
    total = sum(map(words_length, containers))
    if total - sum(map(words_length, cards)) < tuning.ending_min_chars_before:
        cards = []
    taken = set(cards)
    cards.extend(box for box in boxes if taken.isdisjoint((box, *box.iterancestors())))
    found = [(card, TEASER_EXCERPTS) for card in cards]
    found += [(card, LINKED_EXCERPTS) for card in _apart(linked, set(cards))]
    for card, rule in found:
        decisions.record(card, rule)
        remove_element(card)
    return [(card, rule.name) for card, rule in found]


def _apart(boxes: list[HtmlElement], taken: set[HtmlElement]) -> list[HtmlElement]:
    """The ``boxes`` neither in nor around an element of ``taken``."""
    return [
        box
        for box in boxes
        if taken.isdisjoint((box, *box.iterancestors()))
        and not any(is_below(element, box) for element in taken)
    ]


def excerpt_cards(
    container: HtmlElement, tuning: Tuning, links: SiteLinks, blurbs: list[HtmlElement]
) -> list[list[HtmlElement]]:
    """The rails of teaser cards in ``container``: the children of the blurbs' nearest
    common parent (:func:`busiest_holder`) holding a blurb, at least
    ``excerpt_min_cards`` of them and ``teaser_list_share`` of all a card
    (:func:`_card`; one may be the page's own story, in a ticker of the latest),
    linking to as many different stories at least. A parent holding nothing else goes
    whole, with a label above the items (:func:`label_holder`: "Breaking News").
    ``blurbs``: the container's blurbs cut short (:func:`cut_blurbs`)."""
    rails: list[list[HtmlElement]] = []
    while len(blurbs) >= tuning.excerpt_min_cards:
        found = busiest_holder(blurbs, container)
        if found is None:
            break
        holder, held = found
        if len(held) < tuning.excerpt_min_cards:
            break
        items = list(held)
        cards = sum(1 for item, inside in held.items() if _card(item, inside, tuning, links))
        if (
            tuning.excerpt_min_cards <= cards >= tuning.teaser_list_share * len(items)
            and _stories(items, links) >= tuning.excerpt_min_cards
        ):
            alone = all(child in held or not words_length(child) for child in holder)
            rails.append([label_holder(holder, container, tuning)] if alone else items)
        placed = {blurb for item in held.values() for blurb in item}
        blurbs = [blurb for blurb in blurbs if blurb not in placed]
    return rails


def cut_blurbs(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The innermost blocks of ``container`` that are a teaser's blurb cut short: at
    least ``excerpt_min_chars`` and at most ``teaser_excerpt_max_chars`` long, ending in
    an ellipsis (perhaps before a link's few words), in document order."""
    found: dict[HtmlElement, None] = {}
    pieces: list[Any] = cast(list[Any], _ELLIPSES(container))  # text with .getparent()
    for piece in pieces:
        block = text_holder(piece)
        while block is not None and block.tag not in _BLURB_TAGS and block is not container:
            block = block.getparent()
        if block is None or block is container or block in found:
            continue
        length = words_length(block)
        if not tuning.excerpt_min_chars <= length <= tuning.teaser_excerpt_max_chars:
            continue
        if cut_short(collapse_space(text_of(block))):
            found[block] = None
    outer = {a for block in found for a in block.iterancestors() if a in found}
    return [block for block in found if block not in outer]


def _card(card: HtmlElement, blurbs: list[HtmlElement], tuning: Tuning, links: SiteLinks) -> bool:
    """True when ``card`` (holding ``blurbs``) is short enough for a teaser's card and
    links to another story of the site, or of a site unknown, outside its blurb (its
    headline's, its picture's or its "Read more" link) or as the blurb's headline
    (:func:`_headline`): a story's paragraph ending in "..." may link in its sentence.
    A card whose only link is its "Read more" is one when it opens with its headline
    (:func:`_title`)."""
    if words_length(card) > tuning.teaser_excerpt_max_chars:
        return False
    for link in card.iter("a"):
        if not links.may_be_story(link.get("href") or ""):
            continue
        blurb = next((b for b in blurbs if is_below(link, b)), None)
        if blurb is None or _headline(link, blurb):
            return True
    return _read_on_only(card) and _title(card, blurbs, tuning) is not None


def _read_on_only(card: HtmlElement) -> bool:
    """True when each link of ``card`` holding text (one at least) reads "Read more"
    or the like: where the card leads, wherever that is."""
    labels = [collapse_space(text_of(a)).casefold() for a in card.iter("a")]
    labels = [label for label in labels if label]
    return bool(labels) and all(
        len(label) <= READ_ON_MAX_CHARS and label.startswith(READ_ON_PREFIXES) for label in labels
    )


def _headline(link: HtmlElement, blurb: HtmlElement) -> bool:
    """True when ``link`` is the headline of the ``blurb`` it stands in: opening it, or
    making up half its text (a headline cut short), not a link in its sentence."""
    headline = collapse_space(text_of(link))
    if not headline:
        return False
    text = collapse_space(text_of(blurb))
    return text.startswith(headline) or 2 * len(headline) >= len(text)


def _title(card: HtmlElement, blurbs: list[HtmlElement], tuning: Tuning) -> str | None:
    """The headline of a ``card`` whose only link is its "Read more": its first
    heading (``h2`` to ``h6``), outside its blurb, opening its text, of
    ``teaser_headline_words`` words at least; None for any other card. A story's
    section opens with its subheading too, but its paragraphs do not end cut short
    section after section."""
    heading = next(card.iter(*SECTION_HEADINGS), None)
    if heading is None or any(heading is b or is_below(heading, b) for b in blurbs):
        return None
    title = collapse_space(text_of(heading))
    if len(title.split()) < tuning.teaser_headline_words:
        return None
    return title if collapse_space(text_of(card)).startswith(title) else None


def _stories(cards: list[HtmlElement], links: SiteLinks) -> int:
    """How many different stories of the site ``cards`` link to, a card whose only
    link is its "Read more" to another site counted by its first heading's text."""
    stories: set[str] = set()
    for card in cards:
        found = {
            href
            for a in card.iter("a")
            if (href := (a.get("href") or "").strip()) and links.may_be_story(href)
        }
        heading = next(card.iter(*SECTION_HEADINGS), None)
        if not found and heading is not None and _read_on_only(card):
            found.add(collapse_space(text_of(heading)))
        stories |= found
    return len(stories)
