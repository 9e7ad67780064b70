"""The author boxes: a box of the author's name and a note about them standing inside
the body (between the standfirst and the story), and the box closing the body that
gives the author's name and job. The notes themselves are :mod:`.author_notes`'."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from lxml import etree

from ..dom.text import text_of
from ..dom.tree import is_below
from ..settings import Tuning
from .author_notes import BIO_AFTER_NAME, JOURNALISM_JOBS, NOTE_AFTER_NAME
from .edge_text import PADDING, normal_text

HtmlElement = Any

#: An author box's line giving the writer's job alone, under their name ("Senior editor
#: at the Harbour Times.", "Ideas Contributor"): a job in journalism and where, no verb.
_ROLE_LINE = re.compile(
    r"(?:[\w'&-]+\s+){0,3}?(?:"
    + JOURNALISM_JOBS
    + r")s?(?:\s+(?:at|for|of|with)\s+[^.!?]{1,60})?\.?"
)


def author_boxes(
    blocks: list[HtmlElement],
    containers: Sequence[HtmlElement],
    names: list[str],
    doomed: list[tuple[HtmlElement, str]],
    held: list[HtmlElement],
    tuning: Tuning,
) -> list[HtmlElement]:
    """The author boxes standing inside the body rather than closing it (between the
    standfirst and the story, or opening a second container): a box of a few blocks,
    all its text at most ``author_note_max_chars``, holding a note that opens with one
    of the page's author ``names`` and says what they do in journalism (a heading
    "About the author", a contact line and the author's links beside it). A paragraph
    about the writer among the story's own stands in a box with the story and stays,
    and so does a note about anyone the page does not name as its author (an
    interview's guest). Only with more than that limit of the story after the box
    (:func:`_story_after`): notes closing the body are the closing edge's, and some
    readers keep them; or when the box stands after the story's ``<article>``, outside
    it (:func:`_after_article`: a promo box may follow it and close the body). Blocks
    the edges already took (``doomed``, below ``held``) are passed over, and so is a
    box they took a part of, unless only its title (:func:`_only_title_gone`)."""
    limit = tuning.author_note_max_chars
    gone = {element for element, _name in doomed}
    initials = {name[0] for name in names}  # what a note's first letter must be
    boxes: list[HtmlElement] = []
    for index, element in enumerate(blocks):
        if element in gone or any(is_below(element, box) for box in boxes):
            continue
        raw = text_of(element)
        if len(raw) > limit + PADDING or raw.lstrip()[:1].lower() not in initials:
            continue
        box = element.getparent()
        while box is not None and box not in containers and len(box) < 2:
            box = box.getparent()  # a wrapper holding the note alone is not its box
        if box is None or box in containers:
            continue
        text = normal_text(raw)
        name = next((n for n in names if text.startswith(n)), None)
        if name is None or NOTE_AFTER_NAME.match(text, len(name)) is None:
            continue
        if len(text) > limit or len(normal_text(text_of(box))) > limit:
            continue
        if any(is_below(box, other) or is_below(other, box) for other in held):
            continue
        if not _only_title_gone(box, blocks, index, gone, tuning):
            continue
        if not _story_after(blocks, index, box, limit) and not _after_article(box, containers):
            continue  # notes closing the body are the closing edge's to judge
        boxes.append(box)
    return boxes


def _only_title_gone(
    box: HtmlElement,
    blocks: list[HtmlElement],
    index: int,
    gone: set[HtmlElement],
    tuning: Tuning,
) -> bool:
    """Whether the edges took nothing inside ``box`` but its title: short lines (at most
    ``closing_heading_max_chars``) above the note ``blocks[index]`` ("About the author"
    opening the body once the standfirst above it left the text). A box the edges
    took more of was judged by them."""
    for other in gone:
        if not is_below(other, box):
            continue
        if other not in blocks[:index]:
            return False
        if len(normal_text(text_of(other))) > tuning.closing_heading_max_chars:
            return False
    return True


#: The ``<article>`` before an element, not around it.
_ARTICLE_BEFORE = etree.XPath("preceding::article[1]", regexp=False)


def _after_article(box: HtmlElement, containers: Sequence[HtmlElement]) -> bool:
    """Whether ``box`` stands after the ``<article>`` marking up the story, outside it,
    inside the same body container (a ``<main>`` holding the story's ``<article>``,
    then the author box, then a video's promo): the page sets the box apart from the
    story. A note inside the story's ``<article>`` is the closing edge's to judge."""
    if any(ancestor.tag == "article" for ancestor in box.iterancestors()):
        return False
    found = _ARTICLE_BEFORE(box)
    assert isinstance(found, list)
    return bool(found) and any(is_below(found[0], container) for container in containers)


def closing_author_box(
    element: HtmlElement,
    containers: Sequence[HtmlElement],
    names: list[str],
    tuning: Tuning,
    holders: Collection[HtmlElement] = (),
) -> HtmlElement | None:
    """The author box closing the body around ``element`` (its last block the edge
    rules left): the largest box around it of at most ``author_note_max_chars`` that
    holds a line that is one of the page's author ``names`` and a line giving a job in
    journalism alone (:data:`_ROLE_LINE`: "Senior editor at the Harbour Times."),
    whatever else it holds (links, key fingerprints). A box that held a link naming the
    author which the pruning took (one of ``holders``, :func:`lost_name_holders`: a
    heading or a line of one link) counts as holding that line and that link. None when
    there is no such box, or when it holds a third of the body or more (a short page
    signed by its author)."""
    limit = tuning.author_note_max_chars
    box = None
    size = 0
    node = element.getparent()
    while node is not None and node not in containers:
        length = len(normal_text(text_of(node)))
        if length > limit:
            break
        box, size = node, length
        node = node.getparent()
    if box is None:
        return None
    lines = [normal_text(text_of(el)) for el in box.iter() if el.tag.__class__ is str]
    held = any(holder is box or is_below(holder, box) for holder in holders)
    if not held and not any(line in names for line in lines):
        return None
    if not any(line and _ROLE_LINE.fullmatch(line) for line in lines) and not _linked_name(
        box, names, lines, held
    ):
        return None
    if sum(len(normal_text(text_of(c))) for c in containers) < 3 * size:
        return None
    return box


def _linked_name(box: HtmlElement, names: list[str], lines: list[str], held: bool) -> bool:
    """Whether ``box`` holds (or ``held``, before the pruning took it) a link whose whole
    text is one of the author ``names`` (to the writer's page of posts): an author box's
    title, which a story's closing line signed by its writer is not. Not when one of its
    ``lines`` is a sentence opening with the name ("Ada Lind is the author of ..."):
    such a note is judged by its words (:func:`.author_notes.is_author_note`), and
    readers keep some."""
    if any(
        line.startswith(name) and BIO_AFTER_NAME.match(line, len(name))
        for line in lines
        for name in names
    ):
        return False
    return held or any(normal_text(text_of(link)) in names for link in box.iter("a"))


def name_links(
    containers: Sequence[HtmlElement], authors: Sequence[str]
) -> list[list[HtmlElement]]:
    """The links in the body whose whole text is one of the page's ``authors`` (as
    :func:`.edge_text.normal_text` reads it), each with its ancestors up to its
    container, nearest first: read before the pruning, which takes an author box's
    linked name as a link list or a link heading, and with it the box's sign of being
    one (:func:`lost_name_holders`)."""
    names = {normal_text(author) for author in authors} - {""}
    if not names:
        return []
    longest = max(map(len, names))
    found: list[list[HtmlElement]] = []
    for container in containers:
        for link in container.iter("a"):
            raw = text_of(link)
            if len(raw) > longest + PADDING or normal_text(raw) not in names:
                continue
            chain = [link]
            while chain[-1] is not container and chain[-1].getparent() is not None:
                chain.append(chain[-1].getparent())
            found.append(chain)
    return found


def lost_name_holders(chains: list[list[HtmlElement]]) -> set[HtmlElement]:
    """For each link of :func:`name_links` the pruning took out of the body (it, or a
    box around it, left the tree), the nearest element around it still in the body:
    the box that held the author's linked name."""
    holders: set[HtmlElement] = set()
    for chain in chains:
        cut = max((i for i, node in enumerate(chain) if node.getparent() is None), default=-1)
        if 0 <= cut < len(chain) - 2:  # not the container itself, nor above it
            holders.add(chain[cut + 1])
    return holders


def _story_after(blocks: list[HtmlElement], index: int, box: HtmlElement, most: int) -> bool:
    """Whether more than ``most`` characters of the body's blocks follow ``box`` (which
    holds ``blocks[index]``): the story goes on below it."""
    after = 0
    for element in blocks[index + 1 :]:
        if is_below(element, box):
            continue
        after += len(text_of(element).strip())
        if after > most:
            return True
    return False
