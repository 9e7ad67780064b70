"""Picture galleries inside the body found by their slides' counters, whatever the
markup calls them: a run of sibling slides whose text each opens with "k/N" ("1/50
United goin down", "2/50 ...") for one N, k counting up. A story numbers no run of
its blocks that way; a gallery's slides are captions. A gallery set between two
paragraphs of the story goes (with its heading); one that is the page's story (an
introduction, then the slides) has no story after it and stays."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from lxml import etree

from ..dom.text import link_length, text_of
from ..dom.tree import remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Role, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .link_blocks import label_holder

HtmlElement = Any

#: Stands in for a rule on a gallery known by its counters (an engine rule, like
#: ``comment-threads``: ``disable("counted-slides")`` switches it off).
COUNTED_SLIDES = Rule(
    "counted-slides",
    Tags("div ul ol section"),
    Effect.DROP,
    description="A picture gallery known by its slides' counters ('1/50 Title', '2/50 "
    "...'), set between two paragraphs of the story: its slides, and the heading "
    "above them.",
    role=Role.CAPTION,
)

#: Elements with a slash in their own text (a counter's candidates), found in C.
_SLASHED = etree.XPath("descendant::*[text()[contains(., '/')]]", regexp=False)
#: A counter opening a line, "3/10" or "3 / 10" (not a date's "12/04/2020").
_COUNTER = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})(?![\d/.:])")
#: The number before a slash, and the one after it, in a text.
_BEFORE_SLASH = re.compile(r"(?<![\d/.:])(\d{1,3})\s*$")
_AFTER_SLASH = re.compile(r"\s*(\d{1,3})(?![\d/.:])")


def drop_galleries(
    containers: list[HtmlElement], decisions: Decisions, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove each gallery of counted slides set between paragraphs of the story
    (:func:`_galleries`); return what was removed, each with the rule's name."""
    removed: list[tuple[HtmlElement, str]] = []
    for container in containers:
        for gallery in _galleries(container, tuning):
            if not all(_prose_beside(gallery, container, after, tuning) for after in (False, True)):
                continue
            decisions.record(gallery, COUNTED_SLIDES)
            removed.append((gallery, COUNTED_SLIDES.name))
    for gallery, _name in removed:
        remove_element(gallery)
    return removed


def _galleries(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The galleries of ``container``: for each count N, the element holding the run
    of at least ``gallery_min_slides`` sibling slides, each opening with its counter
    k/N, k counting up by one (with its heading: :func:`label_holder`)."""
    if not _counts_up(text_of(container), tuning.gallery_min_slides):
        return []  # the common case, told by the text alone (the elements cost more)
    slashed = _SLASHED(container)
    assert isinstance(slashed, list)
    counters: dict[int, list[tuple[int, HtmlElement]]] = {}
    for element in slashed:
        found = _COUNTER.match(_first_text(element))
        if found is not None and 0 < int(found[1]) <= int(found[2]):
            counters.setdefault(int(found[2]), []).append((int(found[1]), element))
    found_galleries = []
    for count, run in counters.items():
        if len(run) < tuning.gallery_min_slides or count < len(run):
            continue
        slides = _slides([element for _k, element in run], container)
        if len(slides) < tuning.gallery_min_slides:
            continue
        ks = [k for k, _element in run]
        if any(b != a + 1 for a, b in pairwise(ks)):
            continue  # counted up by one, slide after slide
        if not all(
            _opens(slide, element) for slide, (_k, element) in zip(slides, run, strict=True)
        ):
            continue
        parent = slides[0].getparent()
        found_galleries.append(label_holder(parent, container, tuning))
    return found_galleries


def _first_text(element: HtmlElement) -> str:
    """The first piece of ``element``'s own text that is not blank, stripped."""
    for piece in (element.text, *(child.tail for child in element)):
        if piece and piece.strip():
            return str(piece).strip()
    return ""


def _counts_up(text: str, least: int) -> bool:
    """True when ``text`` holds a run of ``least`` counters k/N for one N, k counting
    up by one. Read slash by slash: a regular expression scanning the whole text for
    digits costs ten times more."""
    runs: dict[str, tuple[int, int]] = {}  # N -> (last k, run length)
    slash = text.find("/")
    while slash >= 0:
        before = _BEFORE_SLASH.search(text, max(0, slash - 8), slash)
        after = _AFTER_SLASH.match(text, slash + 1) if before else None
        if before and after:
            k, count = int(before[1]), after[1]
            last, length = runs.get(count, (-1, 0))
            length = length + 1 if k == last + 1 else 1
            if length >= least:
                return True
            runs[count] = (k, length)
        slash = text.find("/", slash + 1)
    return False


def _slides(counters: list[HtmlElement], container: HtmlElement) -> list[HtmlElement]:
    """The slides: the children of the counters' nearest common ancestor (inside
    ``container``), one for each counter; none when two counters share a child."""
    first = counters[0]
    common = None
    others = [set(c.iterancestors()) for c in counters[1:]]
    for ancestor in first.iterancestors():
        if all(ancestor in chain for chain in others):
            common = ancestor
            break
        if ancestor is container:
            return []
    if common is None or common is container:
        return []  # the body itself is the gallery's list: no story beside it
    slides: list[HtmlElement] = []
    for counter in counters:
        child = counter
        for ancestor in counter.iterancestors():
            if ancestor is common:
                break
            child = ancestor
        if slides and slides[-1] is child:
            return []
        slides.append(child)
    return slides


def _opens(slide: HtmlElement, counter: HtmlElement) -> bool:
    """True when ``counter`` opens ``slide``'s text: no text of the slide before it."""
    for node in slide.iter():
        if node is counter:
            return True
        if isinstance(node.tag, str) and (node.text or "").strip():
            return False
        if node is not slide and len(node) == 0 and (node.tail or "").strip():
            return False  # a leaf's tail comes before what follows it (a comment's too)
    return False


def _prose_beside(
    gallery: HtmlElement, container: HtmlElement, after: bool, tuning: Tuning
) -> bool:
    """True when a paragraph of the story stands before ``gallery`` (after it when
    ``after``) in ``container``: one of at least ``gallery_prose_chars``, mostly outside
    links."""
    least = tuning.gallery_prose_chars
    node = gallery
    while node is not container:
        for sibling in node.itersiblings(preceding=not after):
            if not isinstance(sibling.tag, str):
                continue
            for paragraph in sibling.iter("p"):
                text = text_of(paragraph).strip()
                if len(text) >= least and link_length(paragraph) < len(text) / 2:
                    return True
        parent = node.getparent()
        if parent is None:
            return False
        node = parent
    return False
