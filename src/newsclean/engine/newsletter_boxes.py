"""A newsletter's sign-up box in the body (``newsletter-boxes``): a short title ("Sign
up for our newsletter", "Coaching-Newsletter erhalten") over a few lines saying what the
newsletter sends, how often, that it is free and can be cancelled at any time, beside a
form, a button or a link to sign up. Class names and landmarks tell such a box on many
pages and are hashed or missing on others; what it says is the same everywhere
(:data:`.lexicon.newsletters.NEWSLETTER_CUES`). A box whose text names no newsletter
("Breaking news emails ... Subscribe") links to the site's newsletters' page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from lxml import etree

from ..dom.text import collapse_space, largest_box_around, stem_bytes, text_of, words_length
from ..dom.tree import is_below, remove_element, text_holder
from ..rules.builtin.lexicon.newsletters import NEWSLETTER_CUES
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a sign-up box (an engine rule, like ``wall-boxes``:
#: ``disable("newsletter-boxes")`` switches it off).
NEWSLETTER_BOXES = Rule(
    "newsletter-boxes",
    Tags("div section aside form"),
    Effect.DROP,
    description="A newsletter's sign-up box in the body: a short title over a few lines "
    "naming the newsletter and saying how it comes (by e-mail, free, weekly, cancelled at "
    "any time), with a way to sign up: a pitch, not the story.",
)

#: The text nodes naming a newsletter ("Newsletter", "newsletter", "Coaching-Newsletter"),
#: picked out in C.
_NAMED = b"ewsletter"
_NAMING = etree.XPath(".//text()[contains(., 'ewsletter')]")
#: A link to the site's newsletters' page ("/newsletters/daily"), read in a container
#: whose text names none but says a sign-up's word (:data:`_SIGN_UP`).
_LEADING = etree.XPath(".//a[contains(@href, 'ewsletter')]")
#: The words of a sign-up's button ("Subscribe", "SIGN UP"), as written and in capitals.
_SIGN_UP = tuple(stem for _word, stem in stem_bytes(("ubscri", "ign up", "ign Up")))
#: The cues, compiled.
_CUES = tuple(re.compile(cue) for cue in NEWSLETTER_CUES)
#: The blocks a box's title may be.
_TITLE_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b"))


def drop_newsletter_boxes(
    containers: Sequence[HtmlElement], texts: Sequence[bytes], tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the sign-up boxes (:func:`_box_around`) in the body's ``containers`` holding
    at most ``1 / teaser_cards_story_ratio`` of the body's text; return them, each with
    the rule's name. ``texts``: each container's text as bytes
    (:func:`.dom.text.text_bytes`): a container naming no newsletter is not read."""
    removed: list[tuple[HtmlElement, str]] = []
    total = -1  # the body's text, measured at the first box (most pages have none)
    for container, whole in zip(containers, texts, strict=True):
        for holder in _naming(container, whole):
            if any(is_below(holder, box) for box, _name in removed):
                continue
            box = _box_around(holder, container, tuning)
            if box is None:
                continue
            if total < 0:
                total = sum(map(words_length, containers))
            if tuning.teaser_cards_story_ratio * words_length(box) > total:
                continue
            remove_element(box)
            removed.append((box, NEWSLETTER_BOXES.name))
    return removed


def _naming(container: HtmlElement, whole: bytes) -> list[HtmlElement]:
    """The elements of ``container`` (its text ``whole``) naming a newsletter: those
    holding the word, else, when the text says a sign-up's word, the links to the
    site's newsletters' page. Most containers hold neither and are not searched."""
    if _NAMED in whole:
        return [text_holder(text) for text in cast(list[Any], _NAMING(container))]
    if any(stem in whole for stem in _SIGN_UP):
        return cast(list[HtmlElement], _LEADING(container))
    return []


def _box_around(holder: HtmlElement, container: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The sign-up box around ``holder`` (an element naming a newsletter): its largest
    ancestor below ``container`` holding at most ``newsletter_box_max_chars``, when that
    opens with a title (:func:`_titled`) and holds at least ``newsletter_box_min_cues``
    of the cues, the newsletter counted (its form is often gone by then, with the
    page's other forms). None for anything else: a story's paragraph about a
    newsletter is no box of its own."""
    most = tuning.newsletter_box_max_chars
    if words_length(holder) > most:
        return None
    box = largest_box_around(holder, (container,), most)
    if box is None or not _titled(box, tuning.closing_heading_max_chars):
        return None
    text = collapse_space(" ".join(box.itertext())).lower()
    cues = 1 + sum(1 for cue in _CUES if cue.search(text))
    return box if cues >= tuning.newsletter_box_min_cues else None


def _titled(box: HtmlElement, most: int) -> bool:
    """True when ``box``'s first block with text is a short line of at most ``most``
    characters (the box's title) and more text follows it."""
    for element in box.iter(*_TITLE_TAGS):
        if element is box or not (element.text or "").strip():
            continue
        title = len(collapse_space(text_of(element)))
        return 0 < title <= most and words_length(box) > title
    return False
