"""A writer's profile card (``profile-cards``): the box of a person's photo and name,
both linking to their page, and a few sentences about them in the third person
(WordPress's author box, a newsroom's card under a column). Read by its shape, not its
words, before the pruning takes its linked name: a card in the body goes
(:func:`drop_profile_cards`), and a card that won the body choice (the story is drawn by
script, the card is the page's only prose) goes and the body is chosen again
(:func:`drop_profile_card`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from lxml import etree

from ..dom.text import collapse_space, largest_box_around, text_of, words_length
from ..dom.tree import is_below, remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .author_notes import NAME_WORD
from .closing_bios import FIRST_PERSON, THIRD_PERSON
from .observer import Observer, remove_recorded

HtmlElement = Any

#: Stands in for a rule on a writer's card (an engine rule: ``disable("profile-cards")``
#: switches it off).
PROFILE_CARDS = Rule(
    "profile-cards",
    Tags("div section aside article"),
    Effect.DROP,
    description="A box of a person's photo and name linking to the same page and a few "
    "sentences about them in the third person: the writer's card, not the story.",
)

#: The links holding no text, to somewhere: a photo's (its picture, or the picture the
#: engine stripped) or an icon's.
_BARE_LINKS = etree.XPath(".//a[@href][not(normalize-space())]", regexp=False)

#: A person's name as a card writes it, whole: one to four words with capitals ("Ada",
#: "Ada Lind", "Jo Bacon Jr.").
_PERSON_NAME = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}")


def drop_profile_cards(
    containers: Sequence[HtmlElement], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the writer's card in the body's ``containers`` (:func:`_cards`) when it is
    the only one and holds at most a ``closing_bio_story_ratio``-th of the body: cards
    of several people are the page (a team's, a panel's)."""
    cards = [card for container in containers for card in _cards(container, tuning)]
    if len(cards) != 1:
        return []
    card = cards[0]
    body = sum(map(words_length, containers))
    if body < tuning.closing_bio_story_ratio * words_length(card):
        return []
    remove_element(card)
    return [(card, PROFILE_CARDS.name)]


def _cards(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The writer's cards in ``container``: for each link whose whole text is a person's
    name (:data:`_PERSON_NAME`) going where a bare link (a photo's) goes too, the box
    around both (:func:`_box_of`), when it speaks of someone in the third person
    (:func:`_third_person`). A story's teaser card links its picture and its
    headline, which is no name alone, and tells no one's life."""
    bare = cast(list[HtmlElement], _BARE_LINKS(container))
    photos = {link.get("href", "").strip(): link for link in bare}
    photos.pop("", None)
    photos.pop("#", None)
    if not photos:
        return []  # most containers stop here
    found: list[HtmlElement] = []
    for link in container.iter("a"):
        photo = photos.get(link.get("href", "").strip())
        if photo is None or photo is link or any(is_below(link, card) for card in found):
            continue
        name = collapse_space(text_of(link)).strip()
        if _PERSON_NAME.fullmatch(name) is None:
            continue
        box = _box_of(link, photo, container, tuning)
        if box is not None and _third_person(box):
            found.append(box)
    return found


def _box_of(
    link: HtmlElement, photo: HtmlElement, container: HtmlElement, tuning: Tuning
) -> HtmlElement | None:
    """The box below ``container`` around both ``link`` and ``photo``, holding at most
    ``author_bio_max_chars``, with the wrappers around it adding at most
    ``closing_heading_max_chars`` (a title, "About the author"); None when there is no
    such box."""
    box = link.getparent()
    while box is not None and box is not container and not is_below(photo, box):
        box = box.getparent()
    if box is None or box is container:
        return None
    length = words_length(box)
    if length > tuning.author_bio_max_chars:
        return None
    most = length + tuning.closing_heading_max_chars
    wider = largest_box_around(box, (container,), most)
    return box if wider is None else wider


def _third_person(box: HtmlElement) -> bool:
    """True when ``box`` speaks of someone in the third person (:data:`.closing_bios.THIRD_PERSON`)
    and never in the first (:data:`.closing_bios.FIRST_PERSON`): an editor's own note
    beside their photo ("My children love ...") is the story's aside, not a bio."""
    text = collapse_space(" ".join(box.itertext()))  # its blocks kept apart
    return THIRD_PERSON.search(text.lower()) is not None and FIRST_PERSON.search(text) is None


def drop_profile_card(
    body: HtmlElement,
    core: HtmlElement | None,
    decisions: Decisions,
    tuning: Tuning,
    observer: Observer,
) -> bool:
    """Remove the writer's card (:func:`_cards`) the best-scored container ``core``
    stands in, when it is the only card around, so that the body is chosen again;
    whether one went. Read only when ``core`` holds at most ``author_bio_max_chars``:
    a page whose story the script draws holds no prose but the card, which the body
    choice then takes for the story."""
    if core is None or words_length(core) > tuning.author_bio_max_chars:
        return False  # most pages stop here
    most = words_length(core) + tuning.closing_bio_box_extra_chars
    parent = core.getparent()
    while parent is not None and parent is not body and words_length(parent) <= most:
        parent = parent.getparent()
    cards = _cards(parent if parent is not None else body, tuning)
    if len(cards) != 1 or not (cards[0] is core or is_below(core, cards[0])):
        return False
    remove_recorded(cards[0], PROFILE_CARDS, decisions, observer)
    return True
