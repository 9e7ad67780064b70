"""A dek set in the stretch between the story's headline and its first paragraph,
inside the body, when no markup tells it: the headline's box (the headline and a byline
or a date) is closed before the dek, which stands beside it or in a box of its own
with short lines (a share row, a "save" control). A page whose names and semantic tags
say nothing has that shape too, so the dek is found by it: the stretch holds short
lines (one at least: a byline, a date), boxes of no text and one block that reads as a
standfirst, nothing else."""

from __future__ import annotations

from typing import Any, cast

from ..dom.tags import BLOCK_TAGS, UNSHOWN_TAGS
from ..dom.text import collapse_space, text_of
from ..rules.builtin.appeals import AFFILIATE_NOTICES
from ..rules.matchers import Tags, Text
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .headline_gap import header_line, reads_as_standfirst

HtmlElement = Any


#: Stands in for a rule on the dek in the stretch between the headline and the story.
DECK_UNDER_HEADER = Rule(
    "deck-under-header",
    Tags("p h2 h3 div"),
    Effect.LEAD,
    description="The one block reading as a standfirst between the headline and the "
    "story's first paragraph inside the body, outside the paragraphs' box, among short "
    "lines only (a byline or a date at least, a share row) and boxes of no text: the "
    "dek, however the header is marked up (a copy of it there goes too).",
)
#: What such a dek is set in.
_DECK_TAGS = frozenset(("p", "h2", "h3", "div"))
#: Boxes whose text is never the dek: a quote or a note, a list, a table, a form, a
#: picture's box, a link (a teaser's card).
_NOT_DECKS = frozenset(("blockquote", "li", "table", "form", "figure", "figcaption", "a"))
#: The site's affiliate disclosure, set where a dek goes: a notice, never the summary.
_DISCLOSURE = cast(Text, AFFILIATE_NOTICES.match)
#: Headings that open a section of the story: one in the stretch makes it the story's.
_SECTION_HEADINGS = frozenset(("h2", "h3"))


def decks_under_header(
    container: HtmlElement, headline: HtmlElement | None, tuning: Tuning
) -> list[HtmlElement]:
    """The dek between the story's headline inside ``container`` and the story's first
    paragraph (:func:`_first_paragraph`), with its copies there, or nothing: see the
    module. The story's headline is the page's ``headline`` when the body holds it,
    else the body's first h1 when it reads as it (the page's copy in a sticky bar)."""
    h1 = _story_headline(container, headline)
    if h1 is None:
        return []
    first = _first_paragraph(container, h1, tuning)
    if first is None:
        return []
    found = _stretch(h1, first, container)
    if found is None:
        return []
    stretch, story_box = found
    run = _Run(h1, tuning)
    for index, element in enumerate(stretch):
        if not run.read_item(element, inside_story=index >= story_box):
            return []
    if not run.decks or not run.lines or run.decks[0].getparent() is first.getparent():
        return []  # no header line beside it, or set among the paragraphs: the story's
    return run.decks


def _story_headline(container: HtmlElement, headline: HtmlElement | None) -> HtmlElement | None:
    """The h1 heading the story inside ``container`` (see :func:`decks_under_header`)."""
    if headline is None:
        return None
    if container in set(headline.iterancestors()):
        return headline
    own = next(container.iter("h1"), None)
    if own is None or collapse_space(text_of(own)) != collapse_space(text_of(headline)):
        return None
    return own


def _first_paragraph(container: HtmlElement, h1: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The story's first paragraph after ``h1``: the first paragraph of prose (as
    :func:`.headline_gap.prose_paragraphs` reads one) with another after it in its box
    (a dek set as a long paragraph stands alone in its box), or the first one when none
    is. Read in document order, stopping there: most pages' is near the top."""
    least = tuning.lead_inside_before_chars
    first = None
    started = False
    for element in container.iter("h1", "p"):
        if not started:
            started = element is h1
            continue
        if element.tag != "p" or len(text_of(element).strip()) < least:
            continue
        if first is None:
            first = element
        for sibling in element.itersiblings("p"):
            if len(text_of(sibling).strip()) >= least:
                return element
    return first


def _stretch(
    h1: HtmlElement, first: HtmlElement, container: HtmlElement
) -> tuple[list[HtmlElement], int] | None:
    """The elements between ``h1`` and ``first`` (the story's first paragraph), none
    holding another of them: the siblings after the h1 and after each of its boxes up to
    the story's box (the one holding ``first``), then down to it, the boxes before it at
    each level; and the index of the first element inside the story's box. None when
    loose text stands between them (the story's own, unboxed)."""
    above = {first, *first.iterancestors()}
    found: list[HtmlElement] = []
    node = h1
    while node is not container:
        if (node.tail or "").strip():
            return None
        for sibling in node.itersiblings():
            if sibling in above:
                story_box = len(found)
                inside = _down(sibling, first, above, found)
                return None if inside is None else (inside, story_box)
            found.append(sibling)
        node = node.getparent()
    return None


def _down(
    box: HtmlElement, first: HtmlElement, above: set[HtmlElement], found: list[HtmlElement]
) -> list[HtmlElement] | None:
    """``found`` and the elements of ``box`` before ``first``, level by level."""
    while box is not first:
        if (box.text or "").strip():
            return None
        for child in box:
            if child in above:
                box = child
                break
            found.append(child)
    return found


class _Run:
    """What the stretch under the headline holds: its short lines and its deks (one,
    and its copies)."""

    def __init__(self, h1: HtmlElement, tuning: Tuning) -> None:
        self.h1 = h1
        self.tuning = tuning
        self.lines = 0
        self.decks: list[HtmlElement] = []
        #: the element read is inside the story's box, or follows a line in its item
        self._placed_after = False

    def read_item(self, element: HtmlElement, *, inside_story: bool) -> bool:
        """Read one element of the stretch; a dek is the first text of its element (a
        line before it labels a box of its own: "Author" over a bio, a byline over the
        story's first paragraph), outside the story's box (``inside_story``: a box
        there, a prompt or a player, is the story's; only a copy of the dek goes)."""
        self._placed_after = inside_story
        return self.read(element)

    def read(self, element: HtmlElement) -> bool:
        """Read ``element`` into the run; False when it holds what no header does."""
        if (element.tail or "").strip():
            return False
        if not isinstance(element.tag, str) or element.tag in UNSHOWN_TAGS:
            return True
        text = collapse_space(text_of(element))
        if header_line(text, self.tuning):
            self.lines += bool(text)
            self._placed_after |= bool(text)
            return not (text and element.tag in _SECTION_HEADINGS)
        if element.tag in _NOT_DECKS:
            return False
        if any(child.tag in BLOCK_TAGS for child in element):
            if (element.text or "").strip():
                return False
            return all(self.read(child) for child in element)
        return self._deck(element, text)

    def _deck(self, element: HtmlElement, text: str) -> bool:
        """Take ``element`` (a block of no block, its ``text`` given) as the dek or its
        copy; False when it is none, or a second one."""
        if self.decks:  # a second block: the dek's copy (another screen's), or prose
            if collapse_space(text_of(self.decks[0])) != text:
                return False
            self.decks.append(element)
            return True
        if self._placed_after or element.tag not in _DECK_TAGS:
            return False
        if len(text) >= self.tuning.header_deck_max_chars:
            return False
        if not reads_as_standfirst(element, self.h1, self.tuning):
            return False
        if _DISCLOSURE.matches_text(text.lower()):
            return False  # the site's notice under the header: the page's, as it stands
        self.decks.append(element)
        return True
