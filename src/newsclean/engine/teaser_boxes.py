"""A teaser's card: the box around a headline linking to another story whose every
link leads to that story (or, below the story, a box the headline opens over its
blurb and date line), and boxes made alike (a list of cards, left to the list
rules). Also read by :mod:`.label_cards` and :mod:`.card_rows`."""

from __future__ import annotations

from typing import Any

from ..dom.tags import custom_tag
from ..dom.text import collapse_space, text_of, words_length
from ..settings import Tuning
from .article_end import body_text_before
from .links import SiteLinks

HtmlElement = Any


#: What a teaser's card is built of around its headline (and a site's own custom
#: elements: :func:`~newsclean.dom.tags.custom_tag`).
_CARD_BOXES = frozenset(("div", "section", "article", "aside", "figure", "li"))


def teaser_box(
    teaser: HtmlElement,
    container: HtmlElement,
    tuning: Tuning,
    links: SiteLinks,
    story: list[HtmlElement] | None = None,
) -> HtmlElement:
    """The outermost box around ``teaser`` (a headline linking to another story of the
    site), inside ``container``, that is its card: at most ``teaser_box_max_chars`` of
    text, and every link in it (two at least: the picture's, a "more" after the blurb)
    leading to that one story; a control's link leading nowhere (a close or play
    button's "#") does not count. The card's kicker and blurb go with its headline; a
    box with any other link, or longer, holds more than the card. Below the story (the
    body's containers ``story``, in order) a box whose one link is the headline opening
    it is the card too (:func:`_opened_card`: the blurb and date line under a "Top
    stories" label). A card among cards made alike (a round-up's entries) is left to the
    list rules."""
    box = opened = teaser
    opened_length = words_length(teaser)
    targets = {address_of(a) for a in teaser.iter("a")}
    if len(targets) != 1 or not links.is_story(next(iter(targets))):
        return teaser
    for ancestor in teaser.iterancestors():
        if ancestor is container or not (ancestor.tag in _CARD_BOXES or custom_tag(ancestor.tag)):
            break
        anchors = [
            address for a in ancestor.iter("a") if not leads_nowhere(address := address_of(a))
        ]
        length = words_length(ancestor)
        if set(anchors) != targets or length > tuning.teaser_box_max_chars:
            break
        if len(anchors) >= 2:
            box = ancestor
        elif length > opened_length:
            opened, opened_length = ancestor, length  # the least box with all its words
    if box is teaser and opened is not teaser and _opened_card(teaser, opened, story, tuning):
        box = opened
    if box is not teaser and made_alike(box):
        return teaser
    return box


def _opened_card(
    teaser: HtmlElement, box: HtmlElement, story: list[HtmlElement] | None, tuning: Tuning
) -> bool:
    """True when ``box``, holding no link but the headline ``teaser``, is the card of a
    teaser below the story (``story``): it opens with the headline, holds words beside
    it (a blurb, a date line, a count) and comes after ``teaser_cards_story_ratio``
    times its text of the body. Among the story's paragraphs such a box is a section
    opening with a pointer, and stays."""
    headline = collapse_space(text_of(teaser))
    text = collapse_space(text_of(box))
    if story is None or not headline or text == headline or not text.startswith(headline):
        return False
    return body_text_before(box, story) >= tuning.teaser_cards_story_ratio * len(text)


def leads_nowhere(address: str) -> bool:
    """True for a link leading nowhere, a control's ("#", a script, none): a card's close
    or play button, which makes it hold no other story."""
    return address in ("", "#") or address[:11].lower() == "javascript:"


def address_of(link: HtmlElement) -> str:
    """Where ``link`` leads, as its ``href`` gives it (trimmed; empty when it has none)."""
    return (link.get("href") or "").strip()


def made_alike(box: HtmlElement) -> bool:
    """True when a sibling of ``box`` is made like it (:func:`same_make`): one of a list
    of cards."""
    previous = box.getprevious()
    if previous is not None and same_make(previous, box):
        return True
    following = box.getnext()
    return following is not None and same_make(following, box)


def same_make(one: HtmlElement, other: HtmlElement) -> bool:
    """True when ``one`` and ``other`` have the same tag and class: boxes made alike."""
    return bool(one.tag == other.tag and one.get("class") == other.get("class"))
