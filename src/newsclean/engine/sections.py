"""The story's own sections beside the container chosen (``story-sections``): a page that
marks no article sets a recipe's or a how-to's parts (its ingredients, its steps, its
facts) each under a heading of one level, either a heading then a box or a box opening
with its heading. The best-scored box is one section; the others, under headings of the
same level and made alike, with few links, are more of the same story."""

from __future__ import annotations

from typing import Any

from ..dom.tags import HEADINGS, SECTION_HEADINGS
from ..dom.text import words_length
from ..settings import Tuning
from .scoring import Scores

HtmlElement = Any


def section_box(best: HtmlElement, scores: Scores, tuning: Tuning) -> HtmlElement:
    """``best``, or the box at most ``section_climb`` levels above it that is one of the
    story's sections (:func:`story_sections` finds another beside it) while ``best``
    holds ``section_core_share`` of its paragraph text: the section's heading and its
    short facts (a recipe's times) sit beside the steps that scored."""
    held = scores.paragraph_chars.get(best, 0)
    box = best
    for _level in range(tuning.section_climb + 1):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return best
        if held < tuning.section_core_share * scores.paragraph_chars.get(box, 0):
            return best
        if story_sections(box, tuning):
            return box
        box = parent
    return best


def story_sections(box: HtmlElement, tuning: Tuning) -> set[HtmlElement]:
    """The siblings of ``box`` that are the story's other sections, when ``box`` is one:
    it opens with a section heading (then so do its twins: same tag and first class
    name, links rare), or a section heading stands right before it (then the headings
    of that tag and first class name and the boxes under each, links rare, up to the
    next heading), each telling more than its headings. Empty
    when no other section stands beside it, or when ``box`` holds more headings of
    that level beside its own (its own sections: a column of the page beside
    another; those nested deeper are a box's inside it, a teaser list's)."""
    heading = opening_heading(box)
    if heading is not None:
        if len(heading.getparent().findall(heading.tag)) > 1:
            return set()  # it holds sections of its own: a column of the page, not one
        found = {
            sibling
            for sibling in box.itersiblings()
            if _made_like(sibling, box) and _like_heading(opening_heading(sibling), heading)
        } | {
            sibling
            for sibling in box.itersiblings(preceding=True)
            if _made_like(sibling, box) and _like_heading(opening_heading(sibling), heading)
        }
        return {sibling for sibling in found if _told(sibling) and _few_links(sibling, tuning)}
    heading = _heading_before(box)
    if heading is None or box.find(heading.tag) is not None:
        return set()
    return _under_headings(box, heading, tuning)


def _under_headings(box: HtmlElement, heading: HtmlElement, tuning: Tuning) -> set[HtmlElement]:
    """The headings like ``heading`` beside ``box`` and the boxes under each up to the
    next one (all but ``box``'s own), each section's links rare and its boxes not all
    made like ``box`` (those join as its twins, when they score: a document's sections
    set alike); empty when only ``box``'s heading stands there."""
    found: set[HtmlElement] = set()
    current: list[HtmlElement] = []
    sections: list[list[HtmlElement]] = []
    for sibling in box.getparent():
        if not isinstance(sibling.tag, str):
            continue
        if _like_heading(sibling, heading):
            current = [sibling]
            sections.append(current)
        elif current:
            current.append(sibling)
    others = [part for part in sections if heading not in part]
    if not others:
        return found
    found.add(heading)
    for part in others:
        boxes = [element for element in part[1:] if _told(element)]
        if (
            boxes
            and not all(_made_like(element, box) for element in boxes)
            and all(_few_links(element, tuning) for element in part[1:])
        ):
            found.update(part)
    return found


def opening_heading(box: HtmlElement) -> HtmlElement | None:
    """The section heading (h2 to h6) holding the first text inside ``box`` (not a
    heading itself), if one does."""
    if not isinstance(box.tag, str) or box.tag in SECTION_HEADINGS or (box.text or "").strip():
        return None
    for element in box.iterdescendants():
        if isinstance(element.tag, str) and (element.text or "").strip():
            while element is not box:
                if element.tag in SECTION_HEADINGS:
                    return element
                element = element.getparent()
            return None
        if (element.tail or "").strip():
            return None
    return None


def _heading_before(box: HtmlElement) -> HtmlElement | None:
    """The section heading standing right before ``box`` among its siblings (past
    empty boxes), if one does."""
    for sibling in box.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in SECTION_HEADINGS:
            return sibling
        if words_length(sibling):
            return None
    return None


def _like_heading(element: HtmlElement | None, heading: HtmlElement) -> bool:
    """Whether ``element`` is a heading of ``heading``'s level and kind."""
    return element is not None and _made_like(element, heading)


def _made_like(sibling: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``sibling`` has ``box``'s tag and first class name (or neither names
    one): a page sets its sections in one kind of box, each told apart by a second name
    (a modifier)."""
    return sibling.tag == box.tag and _kind(sibling) == _kind(box)


def _kind(element: HtmlElement) -> str:
    """The first class name of ``element`` ("" for none)."""
    names = (element.get("class") or "").split()
    return names[0] if names else ""


def _told(element: HtmlElement) -> bool:
    """Whether ``element`` holds words outside its headings: a section left holding
    headings only (a review form's, the form stripped) tells nothing of the story."""
    if not isinstance(element.tag, str):
        return False
    words = words_length(element)
    return words > sum(words_length(heading) for heading in element.iter(*HEADINGS))


def _few_links(element: HtmlElement, tuning: Tuning) -> bool:
    """Whether less than ``section_link_density`` of ``element``'s words are in links."""
    if not isinstance(element.tag, str):
        return True
    words = words_length(element)
    if not words:
        return True
    linked = sum(words_length(link) for link in element.iter("a"))
    return linked < tuning.section_link_density * words
