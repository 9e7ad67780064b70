"""The headline inside the body: it is ``Article.title``, not a body block, so it goes,
with a copy of the title opening the body and the labels set above it (a kicker, the
section's name, a date line). Finding and removing the headline and what stands over it
goes here."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import HEADINGS, PHRASING_TAGS, SECTION_HEADINGS
from ..dom.text import collapse_space, text_of
from ..dom.tree import precedes, remove_element
from ..metadata.title import headline_agrees
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .line_position import in_sentence, outer_wrapper

HtmlElement = Any


#: A bare stop ending a sentence anywhere in a text: ".", "!", "?" or "。" right before a
#: space or the end. Narrower than label cards' (engine/label_cards.py): a stop inside
#: quotes or an ellipsis is not read as one, so a quoted line or a trailing "…" over
#: a headline stays a label; sharing theirs would change which lines go with it.
_BARE_STOP = re.compile(r"[.!?。](?:\s|$)")


#: A word of a headline, compared with the title's.
_WORD = re.compile(r"\w+")


#: Where a body that opens with its headline has it.
_HEADLINE_TAGS = frozenset((*HEADINGS, "p", "div", "b", "strong", "font", "span"))


#: A lead picture's elements: a box above the headline holding one is the story's.
_PICTURES = ("img", "picture", "figure", "video")


#: Stands in for a rule on the label set above the headline inside the body.
HEADLINE_LABELS = Rule(
    "headline-labels",
    Tags("p div span a h2 h3 h4 h5 h6 time ul"),
    Effect.DROP,
    description="What stands before the headline inside the body when it is short and "
    "no sentence ('Politik', 'News', a back link to the section, '04.02.2022 | 13:10'): "
    "the kicker and the section's name, which the title does not carry either.",
)


def drop_headline(
    container: HtmlElement, title: str | None, tuning: Tuning, labels_too: bool = True
) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The headline is ``Article.title``; it is not repeated as the first body block.

    That is an h1 agreeing with the title, else an h1 opening the body (the visible
    headline may be worded otherwise than the page's title), else a heading opening it
    whose text the title holds (the heading "Story" under the title "Story (Issue 5)").
    A block opening the body whose text is the title goes too, also when a headline went
    before it: many pages set the title twice, a hidden or printed copy beside the h1;
    so do headings opening the body that split the title between them
    (:func:`_split_title`). With ``labels_too``, an h1 agreeing with the title takes
    with it what stands before it in ``container`` (see :func:`_labels_above`). Returns
    the headlines removed and those labels.
    """
    wanted = collapse_space(title or "")
    removed: list[HtmlElement] = []
    labels: list[HtmlElement] = []
    for h1 in container.iter("h1"):
        if wanted and headline_agrees(collapse_space(text_of(h1)), wanted):
            labels = _labels_above(container, h1, tuning) if labels_too else []
            removed.append(h1)
            break
    opening = _opening_block(container) if not removed else None
    if opening is not None:
        text = collapse_space(text_of(opening))
        if opening.tag == "h1" or (
            opening.tag in SECTION_HEADINGS and text in wanted and headline_agrees(text, wanted)
        ):
            removed.append(opening)
    for element in removed:
        remove_element(element)
    copy = _title_copy(container, wanted)
    if copy is not None:
        remove_element(copy)
        removed.append(copy)
    else:
        for heading in _split_title(container, wanted, tuning):
            remove_element(heading)
            removed.append(heading)
    return removed, labels


def _split_title(container: HtmlElement, wanted: str, tuning: Tuning) -> list[HtmlElement]:
    """The run of two or more headings opening ``container`` that set the title
    ``wanted`` in parts (a name over the rest: "Mayor Jones" then "Resigns ... at
    last!"): every word of theirs is the title's, and they hold at least
    *split_title_min_share* of its words. A section's heading opening the body says
    other words."""
    first = _opening_block(container)
    if not wanted or first is None or first.tag not in SECTION_HEADINGS:
        return []
    run = [first]
    for sibling in first.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag not in SECTION_HEADINGS:
            break
        run.append(sibling)
    if len(run) < 2 or any((heading.tail or "").strip() for heading in run[:-1]):
        return []
    title_words = set(_WORD.findall(wanted.casefold()))
    words = set(_WORD.findall(" ".join(text_of(heading) for heading in run).casefold()))
    if not words <= title_words or len(words) < tuning.split_title_min_share * len(title_words):
        return []
    return run


def _title_copy(container: HtmlElement, wanted: str) -> HtmlElement | None:
    """The block opening ``container`` whose whole text is the title ``wanted`` (case
    aside): the opening element itself, or the innermost box around it, inside
    ``container``, holding that text and nothing else; not a phrase opening a sentence
    (a bold title the sentence goes on after is the sentence's)."""
    element = _opening_block(container)
    if not wanted or element is None:
        return None
    wanted = wanted.casefold()
    while element is not None and element is not container:
        text = collapse_space(text_of(element)).casefold()
        if text == wanted:
            inline = element.tag in PHRASING_TAGS
            return None if inline and in_sentence(outer_wrapper(element), text) else element
        if len(text) > len(wanted):
            return None
        element = element.getparent()
    return None


def _labels_above(
    container: HtmlElement, headline: HtmlElement, tuning: Tuning
) -> list[HtmlElement]:
    """Remove and return the elements before ``headline`` in ``container`` when all
    they hold is at most ``headline_label_max_chars`` with no sentence's end (a kicker,
    the section's name, a back link, a date line set above the headline), or when the
    story below the headline outweighs them (:func:`_story_below`: a side column's
    widgets or a fact box set above the story) and they hold no picture (a lead
    picture, its caption asked for). Nothing goes when text stands loose in a box
    around the headline (it is not set apart from it)."""
    before: list[HtmlElement] = []
    node = headline
    while node is not container:
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return []
        before.extend(e for e in node.itersiblings(preceding=True) if e.tag.__class__ is str)
        node = parent
    text = " ".join(collapse_space(text_of(e) + " " + (e.tail or "")) for e in before).strip()
    if not text:
        return []
    label = len(text) <= tuning.headline_label_max_chars and not _BARE_STOP.search(text)
    if not label and (
        any(next(e.iter(*_PICTURES), None) is not None for e in before)
        or not _story_below(container, headline, _once_each(before), tuning)
    ):
        return []  # a lead picture set above the headline, with its caption, stays
    for element in before:
        element.tail = None
        remove_element(element)
    return before


def _once_each(elements: list[HtmlElement]) -> int:
    """The length of the text of ``elements`` (with their tails), each piece of text
    counted once: a slider sets its slides again and again (copies for its loop), and
    a slogan standing five times over the headline is one slide's text."""
    pieces: set[str] = set()
    for element in elements:
        pieces.update(collapse_space(piece) for piece in (*element.itertext(), element.tail or ""))
    pieces.discard("")
    return sum(map(len, pieces)) + len(pieces) - 1 if pieces else 0


def _story_below(container: HtmlElement, headline: HtmlElement, above: int, tuning: Tuning) -> bool:
    """Whether the story after ``headline`` in ``container`` outweighs the ``above``
    characters before it: ``headline_boxes_story_ratio`` times as long, with a paragraph
    of prose (``lead_inside_before_chars``) after the headline. The story is the text
    after the headline inside the innermost box holding both: a side column's boxes
    beside that box, below the story in the page's order, are no part of it."""
    least = tuning.lead_inside_before_chars
    prose = next(
        (
            paragraph
            for paragraph in container.iter("p")
            if len(text_of(paragraph).strip()) >= least and precedes(headline, paragraph)
        ),
        None,
    )
    if prose is None:
        return False
    holding = set(prose.iterancestors())
    after: list[str] = []
    node = headline
    while node is not container and node not in holding:
        after.append(node.tail or "")
        after.extend(
            text_of(e) + " " + (e.tail or "") for e in node.itersiblings() if isinstance(e.tag, str)
        )
        node = node.getparent()
    return len(collapse_space(" ".join(after))) >= tuning.headline_boxes_story_ratio * above


def _opening_block(container: HtmlElement) -> HtmlElement | None:
    """The first block of ``container`` holding text, when nothing precedes it."""
    for element in container.iter():
        if element is container or not isinstance(element.tag, str):
            continue
        if (element.text or "").strip():
            return element if element.tag in _HEADLINE_TAGS else element.getparent()
    return None
