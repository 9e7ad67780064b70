"""Standfirsts the story's header gives: prose under the headline in the ``<header>``
of the ``<article>`` or ``<main>`` holding the body (or in a box holding the headline
and its dek alone, the tag gone), and the page's description printed word for word
after the headline."""

from __future__ import annotations

from typing import Any

from ..dom.tags import BLOCK_TAGS
from ..dom.text import collapse_space, text_of
from ..dom.tree import precedes
from ..settings import Tuning
from .headline_gap import header_line, reads_as_standfirst, within_reach

HtmlElement = Any


#: What such a standfirst is set in.
_DESCRIBED_TAGS = ("p", "h2", "h3")
#: What a story's own header belongs to (a <header> elsewhere is the page's).
_HEADED = frozenset(("article", "main"))


def is_description(text: str, wanted: str) -> bool:
    """True when ``text`` is the page's description ``wanted`` word for word, or the
    text the meta tag cut short mid-word (``wanted`` ends in a letter or digit and
    ``text`` goes on from it)."""
    return text == wanted or (wanted[-1:].isalnum() and text.startswith(wanted))


def described_block(
    container: HtmlElement, headline: HtmlElement, description: str, tuning: Tuning
) -> HtmlElement | None:
    """The block of ``container`` before its first paragraph of prose whose text is the
    page's ``description``, after the ``headline`` and in a box with it that holds
    none of the story's prose (the story's header). A first paragraph the description
    copies shares its box with the paragraphs after it, and stays."""
    wanted = collapse_space(description)
    if len(wanted) < tuning.lead_min_chars:
        return None
    least = tuning.lead_inside_before_chars
    found = None
    # from the headline on when it is inside the container, else from the start
    started = container not in set(headline.iterancestors())
    for element in container.iter():
        if not started:
            started = element is headline
            continue
        if element.tag not in _DESCRIBED_TAGS and not _bare_div(element):
            continue
        text = collapse_space(text_of(element))
        if found is None:
            if is_description(text, wanted):
                found = element
            elif element.tag != "div" and len(text) >= least:
                return None  # the story's prose came first
        elif element.tag == "p" and len(text) >= least:
            # a box of text set apart from the paragraphs (no <p> of its own) is the dek
            # wherever it stands; a paragraph, only in the story's header
            return found if found.tag == "div" or _shares_header(headline, found, element) else None
    return None


def _bare_div(element: HtmlElement) -> bool:
    """True for a ``<div>`` holding text and no block: text set as a box of its own."""
    return element.tag == "div" and not any(child.tag in BLOCK_TAGS for child in element)


def _shares_header(headline: HtmlElement, element: HtmlElement, prose: HtmlElement) -> bool:
    """Whether ``element`` follows ``headline`` in a box holding both but not ``prose``."""
    if not precedes(headline, element):
        return False
    above = set(headline.iterancestors())
    box = next((a for a in element.iterancestors() if a in above), None)
    return box is not None and box not in set(prose.iterancestors())


def in_own_header(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """Prose paragraphs after the headline (h1 or h2) in a ``<header>`` child of the
    ``<article>`` or ``<main>`` holding ``container``, set before it: the story's own
    header holds its headline and standfirst, whatever the page's first h1 is."""
    for holder in within_reach(container, tuning):
        if holder.tag not in _HEADED:
            continue
        found: list[HtmlElement] = []
        for header in holder.iterchildren("header"):
            if not precedes(header, container):
                break
            heading = next(header.iter("h1", "h2"), None)
            if heading is None:
                continue
            found.extend(
                p
                for p in header.iter("p")
                if precedes(heading, p) and reads_as_standfirst(p, heading, tuning)
            )
        return found
    return []


def headline_pair_deck(
    container: HtmlElement, headline: HtmlElement | None, tuning: Tuning
) -> HtmlElement | None:
    """The dek after the ``headline`` inside ``container`` in the story's header, its
    ``<header>`` tag gone: a box holding the headline, one block after it that reads as
    a standfirst, and besides only short lines (a kicker, a byline, a date: no sentence,
    ``lead_extra_max_chars`` at most) and boxes of no text (a logo, a spacer), no loose
    text. Found by its shape, so a page that marks up nothing has its dek all the same."""
    if headline is None or container not in set(headline.iterancestors()):
        return None
    box = headline.getparent()
    children = [child for child in box if isinstance(child.tag, str)]
    if (box.text or "").strip() or any((c.tail or "").strip() for c in children):
        return None
    at = children.index(headline)
    if any(not header_line(collapse_space(text_of(c)), tuning) for c in children[:at]):
        return None
    deck = None
    for child in children[at + 1 :]:
        text = collapse_space(text_of(child))
        if (
            deck is None
            and child.tag in _DESCRIBED_TAGS
            and text
            and reads_as_standfirst(child, headline, tuning)
        ):
            deck = child
        elif not header_line(text, tuning):
            return None
    return deck
