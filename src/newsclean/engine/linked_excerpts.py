"""A teaser card known by its links (``linked-excerpts``): a box under the story
around a blurb cut short ("...", "…"), whose links to other pages of the site all
lead to one page, twice at least (the headline's or the picture's link and a "more"
button, or a headline under its picture). :mod:`.excerpt_boxes` knows a lone card by
its heading and :mod:`.excerpts` a rail by three cards or more; a card whose
headline is a short name ("Project profile") or a plain line over a date, alone or
one of two, is known by its links. A story's paragraph ending in "..." is no box
leading twice to one other page, nor is its section's text, longer than a card."""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..dom.text import collapse_space, text_of, words_length
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from ..tuning.widgets import EXCERPT_CARD_MIN_LINKS
from .article_end import under_story
from .links import SiteLinks
from .teaser_boxes import address_of

HtmlElement = Any

#: Stands in for a rule on a teaser card known by its links (an engine rule, like
#: ``teaser-excerpts``: ``disable("linked-excerpts")`` switches it off).
LINKED_EXCERPTS = Rule(
    "linked-excerpts",
    Tags("div li td"),
    Effect.DROP,
    description="A box after the story's text around a blurb cut short ('...'), at most "
    "teaser_box_max_chars long, whose links to other pages of the site all lead to one, "
    "twice at least (headline or picture, and 'more'): another story's card.",
)

#: Where a blurb's text is the prose itself, no card around it (a story's paragraph
#: may link twice to one page in its sentences).
_PROSE = frozenset(("p", "blockquote", "dd", "h1", "h2", "h3", "h4", "h5", "h6"))
#: The blocks whose links may stand in a sentence.
_SENTENCES = frozenset(("p", "li", "blockquote", "dd", "td"))


def linked_excerpt_boxes(
    blurbs: list[HtmlElement],
    container: HtmlElement,
    body: list[HtmlElement],
    tuning: Tuning,
    links: SiteLinks,
) -> list[HtmlElement]:
    """The cards in ``container`` (one of the ``body`` containers) around one of
    ``blurbs`` (its blocks cut short, ``excerpt_min_chars`` of their text outside their
    links) known by their links (:func:`_card`), with at
    least ``teaser_cards_story_ratio`` times their text of the body before them: under
    the story, not the page's own opening (a standfirst cut short under its topic's
    link)."""
    found: list[HtmlElement] = []
    for blurb in blurbs:
        if _own_length(blurb) < tuning.excerpt_min_chars:
            continue  # a headline cut short, the link itself: a list's item, its rules'
        card = _card(blurb, container, tuning, links)
        if card is None or card in found:
            continue
        if under_story(card, body, tuning):
            found.append(card)
    return found


def _card(
    blurb: HtmlElement, container: HtmlElement, tuning: Tuning, links: SiteLinks
) -> HtmlElement | None:
    """The outermost box around ``blurb`` (itself included), inside ``container``, at
    most ``teaser_box_max_chars`` long, whose links to other pages of the site lead to
    one page ``EXCERPT_CARD_MIN_LINKS`` times at least, and else only once each to a
    page that is no story (the card's kicker: its topic, a tag); None when there is
    none. A box linking to a second story holds more than the card."""
    card = None
    for box in (blurb, *blurb.iterancestors()):
        if box is container or words_length(box) > tuning.teaser_box_max_chars:
            break
        counts = Counter(
            href
            for a in box.iter("a")
            if _elsewhere(href := address_of(a), links) and _card_link(a, box)
        )
        if not counts:
            continue
        (_, times), *others = counts.most_common()
        if any(twice > 1 or links.is_story(href) for href, twice in others):
            break  # a second story, or a page linked twice: more than the card
        if times >= EXCERPT_CARD_MIN_LINKS and box.tag not in _PROSE:
            card = box
    return card


def _card_link(link: HtmlElement, box: HtmlElement) -> bool:
    """True when ``link`` is one of the card's own (a headline, a picture, a "more"
    button), not a link in a sentence: outside the paragraphs of ``box``, or closing
    the paragraph it stands in ("... <a>Read more</a>"). A link the words run on after
    ("<a>A. Name</a> is a staff writer ...") stands in a sentence whatever its box."""
    if any(character.isalpha() for character in link.tail or ""):
        return False
    for above in link.iterancestors():
        if above.tag in _SENTENCES:
            label = collapse_space(text_of(link))
            return collapse_space(text_of(above)).endswith(label) if label else True
        if above is box:
            break
    return True


def _own_length(blurb: HtmlElement) -> int:
    """About how many characters of ``blurb``'s text stand outside its links."""
    return words_length(blurb) - sum(words_length(a) for a in blurb.iter("a"))


def _elsewhere(address: str, links: SiteLinks) -> bool:
    """True when ``address`` leads to another page of the site, not to a part of this
    one under its own path (a thread's post, "/thread-name/post-12": its permalink under
    the date and the "#4" beside it are the post's, not a card's)."""
    if not links.is_other_page(address):
        return False
    page = urlsplit(links.page_url or "").path.rstrip("/")
    if not page:
        return True
    path = urlsplit(urljoin(links.page_url or "", address)).path
    return not path.startswith(page + "/")
