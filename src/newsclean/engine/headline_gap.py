"""Prose between the headline and the body: the page's headline (an h1, or an h2
reading as the page's title), the paragraphs after it and before the body that may be a
standfirst, the story itself when there are many, and a picture's caption left out.
Also how far above the body the standfirst checks look (:func:`within_reach`) and what
they read as prose, shared with :mod:`.leads` and :mod:`.header_standfirsts`."""

from __future__ import annotations

from typing import Any

from ..dom.tags import BLOCK_TAGS, HEADINGS, PHRASING_TAGS
from ..dom.text import (
    collapse_space,
    link_density,
    text_of,
    words_length,
    words_link_density,
)
from ..dom.tree import precedes
from ..rules.builtin.credit_captions import between_picture_and_credit
from ..settings import Tuning
from .scoring import SENTENCE_ENDS

HtmlElement = Any


#: A picture, whose caption may follow it.
_PICTURES = frozenset(("img", "picture"))
#: Headings under the headline heading a box of their own (a notice, a teaser).
_MINOR_HEADINGS = frozenset(("h3", "h4", "h5", "h6"))


def within_reach(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The ancestors of ``container`` up to ``lead_reach`` levels above it, where a box
    holding nothing but the one below (its only child element) counts no level: page
    builders wrap a story in a stack of such boxes, which puts its header no farther
    from it."""
    found = []
    levels = 0
    for ancestor in container.iterancestors():
        found.append(ancestor)
        if sum(1 for child in ancestor if isinstance(child.tag, str)) > 1:
            levels += 1
            if levels >= tuning.lead_reach:
                break
    return found


def prose_paragraphs(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The body's paragraphs of prose: a standfirst inside the body comes before them."""
    least = tuning.lead_inside_before_chars
    return [p for p in container.iter("p") if len(text_of(p).strip()) >= least]


def between_headline_and(
    container: HtmlElement, tuning: Tuning, title: str | None = None
) -> list[HtmlElement]:
    """Prose paragraphs (or divs set as paragraphs) after the nearest preceding h1 and
    before ``container`` that read as a standfirst (:func:`reads_as_standfirst`): none
    when the h1's holder is farther than ``lead_reach`` levels (reached past wrappers)
    and several blocks of text stand there, whatever they read as: those are the page's
    (an abstract and its paywall notice, the authors' notes), not a standfirst (a
    picture's caption over its credit counts none: it is the picture's). With no
    h1 near (the page's is a hidden site title, or there is none), or only the body's
    own (a page heading each box of the story with an h1: a "read also" box), an h2
    reading as the page's ``title`` is the headline."""
    for level, holder in enumerate(within_reach(container, tuning)):
        h1 = next(holder.iter("h1"), None)
        if h1 is None:
            h1 = _titled_h2(holder, container, title)
        if h1 is None:
            continue
        if container in set(h1.iterancestors()):
            if not _subhead(h1, container, tuning):
                return []
            # the body's sections are headed with h1s: its headline is above, an h2
            # reading as the title when the page sets one before the body
            h1 = _titled_h2(holder, container, title)
            if h1 is None:
                continue
        if not precedes(h1, container):
            return []
        blocks = []
        started = False
        for element in holder.iter():
            if element is h1:
                started = True
                continue
            if element is container:
                break
            if (
                started
                and (
                    element.tag in ("p", "h2")
                    or _text_div(element, tuning)
                    or bullet_deck(element, tuning)
                )
                and len(text_of(element).strip()) >= tuning.headline_gap_chars
            ):
                blocks.append(element)
        if level >= tuning.lead_reach and len(blocks) > 1:
            # a picture's caption (over its credit) is the picture's, not the page's
            blocks = [element for element in blocks if not between_picture_and_credit(element)]
            if len(blocks) > 1:
                return []  # several blocks far from the body, whatever they read as: the page's
        return [element for element in blocks if reads_as_standfirst(element, h1, tuning)]
    return []


def _titled_h2(
    holder: HtmlElement, container: HtmlElement, title: str | None
) -> HtmlElement | None:
    """The first h2 in ``holder`` before ``container`` whose text is the page's
    ``title``: the story's headline, set as an h2 where the page's h1 is hidden."""
    if not title:
        return None
    wanted = collapse_space(title)
    for h2 in holder.iter("h2"):
        if not precedes(h2, container):
            return None  # the body's own heading, or one after it
        if collapse_space(text_of(h2)) == wanted:
            return h2
    return None


def end_heading(container: HtmlElement) -> None:
    """Close a heading holding ``container``: a heading left open (its end tag
    misspelt) takes in all that follows, the story included, where a browser ends it
    at the next heading's end tag. The heading keeps its own text (a standfirst set as
    a heading) and the blocks from its first one on move out after it."""
    heading = next((a for a in container.iterancestors() if a.tag in HEADINGS), None)
    if heading is None:
        return
    blocks = [child for child in heading if child.tag in BLOCK_TAGS]
    if not blocks:
        return
    moved = list(heading)[heading.index(blocks[0]) :]
    for child in reversed(moved):
        heading.addnext(child)


def _subhead(h1: HtmlElement, container: HtmlElement, tuning: Tuning) -> bool:
    """True when ``h1``, inside ``container``, follows a paragraph of its prose: it
    heads a section of the story (a site setting its subheads as h1s), not the story."""
    first = next(iter(prose_paragraphs(container, tuning)), None)
    return first is not None and precedes(first, h1)


def story_above(gap: list[HtmlElement], tuning: Tuning) -> set[HtmlElement]:
    """The story itself among the paragraphs between headline and body: more prose
    paragraphs in one box than a standfirst has (a body chosen below the story, a small
    block near its end). Prose in other boxes there (a side column's blurbs) is not."""
    boxes: dict[HtmlElement, set[HtmlElement]] = {}
    for paragraph in gap:
        if reads_as_prose(paragraph, text_of(paragraph).strip(), tuning):
            boxes.setdefault(paragraph.getparent(), set()).add(paragraph)
    story = max(boxes.values(), key=len, default=set())
    return story if len(story) > tuning.headline_gap_most else set()


def reads_as_prose(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``element`` (its ``text`` given) ends a sentence with few links: prose,
    not a script's text or a list of links."""
    return text.endswith(SENTENCE_ENDS) and (
        link_density(element, len(text)) < tuning.sibling_link_density
    )


def reads_as_standfirst(element: HtmlElement, headline: HtmlElement, tuning: Tuning) -> bool:
    """True when ``element``, a block under the ``headline``, may be the standfirst:
    ``headline_gap_chars`` long (a paragraph in its words: the layout's indentation
    counts none, and a price with its terms set on lines of their own is short; a dek
    set as a heading as the page sets it), mostly outside links (not a line of topics)
    and in no link (a teaser's card, a picture's link holding its caption), not a
    picture's caption nor the text of a box under a heading of its own."""
    words = words_length(element)
    length = len(text_of(element).strip()) if element.tag in HEADINGS else words
    if length < tuning.headline_gap_chars:
        return False
    if words_link_density(element, words) > tuning.lead_link_density:
        return False
    return not (_after_picture(element) or in_link(element) or _headed(element, headline))


def _headed(element: HtmlElement, headline: HtmlElement) -> bool:
    """True when a minor heading (``<h3>`` to ``<h6>``) after the ``headline`` comes
    before ``element`` in its box: the box's own heading over its text (a notice, a
    review's verdict, a teaser), not the headline's standfirst."""
    return any(
        sibling.tag in _MINOR_HEADINGS and precedes(headline, sibling)
        for sibling in element.itersiblings(preceding=True)
    )


def in_link(element: HtmlElement) -> bool:
    """True when ``element`` sits inside a link: a teaser's card, or a picture's link to
    its full size holding its caption, never the standfirst (the summary links nowhere
    as a whole)."""
    return any(a.tag == "a" and a.get("href") is not None for a in element.iterancestors())


def _after_picture(element: HtmlElement) -> bool:
    """True when ``element`` comes right after a picture in its box, no text between:
    the picture's caption (kept when captions are asked for), not a standfirst. A link
    of no text counts as one: a picture opening its full size, the link all that is
    left of it once the pictures the output leaves out are taken out."""
    before = element.getprevious()
    if before is None or (before.tail or "").strip():
        return False
    if before.tag == "a":  # a link of no text; an anchor (no target) is a mark only
        return before.get("href") is not None and not text_of(before).strip()
    return before.tag in _PICTURES


def bullet_deck(element: HtmlElement, tuning: Tuning) -> bool:
    """True for a ``<ul>`` of two or more items of plain text, each of at least
    ``deck_point_min_words`` words: the deck written as bullet points. Not a list with a
    link (topics, teasers), a picture or a block in it (a gallery, its captions), nor
    the post's fields set as a list (a byline, a date, a reading time: a word or three)."""
    if element.tag != "ul":
        return False
    items = [child for child in element if isinstance(child.tag, str)]
    if len(items) < 2 or any(item.tag != "li" for item in items):
        return False
    if any(
        isinstance(inner.tag, str) and (inner.tag == "a" or inner.tag not in PHRASING_TAGS)
        for item in items
        for inner in item.iterdescendants()
    ):
        return False
    return min(len(text_of(item).split()) for item in items) >= tuning.deck_point_min_words


def decks_before(
    box: HtmlElement, inner: HtmlElement, chars: dict[HtmlElement, int], tuning: Tuning
) -> int:
    """The paragraph characters (``chars``) of ``box`` in bullet decks (:func:`bullet_deck`)
    standing before ``inner``, the box below it holding the story: a summary set as
    bullet points right above the story ("Key points"), no text between them, is the
    standfirst, not more of the body (a list of tips further up a recipe is not). Only
    lists holding prose are read (most boxes hold none)."""
    return sum(
        chars[listed]
        for listed in box.iter("ul")
        if listed in chars
        and precedes(listed, inner)
        and bullet_deck(listed, tuning)
        and _right_above(listed, inner)
    )


def _right_above(listed: HtmlElement, inner: HtmlElement) -> bool:
    """True when nothing holding text stands after ``listed`` and before ``inner``
    (``listed`` before ``inner``, neither holding the other)."""
    above = set(inner.iterancestors())
    node = listed
    while node.getparent() not in above:
        if any(text_of(after).strip() for after in node.itersiblings()):
            return False
        node = node.getparent()
    for after in node.itersiblings():
        if after is inner or after in above:
            return True
        if text_of(after).strip():
            return False
    return False


def _text_div(element: HtmlElement, tuning: Tuning) -> bool:
    """True for a ``<div>`` set as a paragraph of prose: no block inside, at least a
    prose paragraph's length, ending a sentence (a standfirst written straight into a
    div; a byline, date line or caption there is short or ends otherwise)."""
    if element.tag != "div" or any(child.tag in BLOCK_TAGS for child in element):
        return False
    text = text_of(element).strip()
    return len(text) >= tuning.lead_inside_before_chars and text.endswith(SENTENCE_ENDS)


def too_long(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``element`` (its ``text`` given) is longer than any standfirst: past
    ``lead_max_chars``, or a heading past ``lead_heading_max_chars`` (a dek set as a
    heading is a line or two; a paragraph's worth in one is the story's opening)."""
    limit = tuning.lead_heading_max_chars if element.tag in HEADINGS else tuning.lead_max_chars
    return len(text) > limit


def header_line(text: str, tuning: Tuning) -> bool:
    """True for ``text`` a story's header sets beside its headline and summary: none (a
    logo, a spacer), or a line ending no sentence, ``lead_extra_max_chars`` at most (a
    kicker, a byline, a date line, a reading time)."""
    return len(text) <= tuning.lead_extra_max_chars and not text.endswith(SENTENCE_ENDS)
