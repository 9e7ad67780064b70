"""How far the article's body reaches past the container chosen: the siblings that look
like more of the same article (scoring nearly as well, prose paragraphs, boxes made like
it), and the twins of the row wrapping it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..dom.text import link_density, text_length, text_of, words_length
from ..settings import Tuning
from .link_lists import few_words_linked
from .note_boxes import note_box
from .scoring import PROSE_TAGS, Scores
from .sections import opening_heading, section_box, story_sections

HtmlElement = Any

#: The parts of a table, which stand for the whole table when chosen.
TABLE_PARTS = frozenset(("tbody", "thead", "tfoot"))


def few_links(element: HtmlElement, text: int | None, most: float, tuning: Tuning) -> bool:
    """True when less than ``most`` of ``element``'s text (``text`` characters, raw) is
    in links, or when it reads so as words, as the link-list rule reads a block
    (:func:`few_words_linked`): a story's box beside a list of topic links whose markup
    is indented inside the links (icon elements around each name) holds mostly
    indentation in its links."""
    return link_density(element, text) < most or few_words_linked(
        element, words_length(element), tuning
    )


def with_siblings(
    best: HtmlElement,
    core: HtmlElement,
    best_score: float,
    scores: Scores,
    tuning: Tuning,
    notes: list[HtmlElement] | None = None,
) -> list[HtmlElement]:
    """``best`` plus the siblings that look like more of the same article.

    First climb while ``best`` is an only child (a wrapper adds nothing) or a part of
    a table (its rows are the table's), then keep siblings that score nearly as well,
    or are prose paragraphs, or are made like ``best`` (same tag and class) and hold
    prose too deep to score, or hold a box made like ``core``, the best-scored container
    (:func:`_holds_twin`); one after ``best`` that is a heading, or a plain line read as
    one, over one paragraph at most (a notice, a post's footer:
    :func:`.note_boxes.note_box`) joins by its score no more (``notes`` gets those left
    out); when ``best``
    holds the headline (an h1), only those after it: a block before the headline is
    the page's (an edition banner), not the story.
    Then the twins of the row wrapping ``best`` beside empty boxes join too. The
    story's other sections join too (:func:`story_sections`), ``best`` taken from the
    section holding it (:func:`section_box`).
    """
    best = section_box(best, scores, tuning)
    sections = story_sections(best, tuning)
    while True:
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        # a table's rows are no block of their own: the table is (a caption, a head)
        if len(parent) != 1 and best.tag not in TABLE_PARTS:
            break
        best = parent
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = max(tuning.sibling_min_score, best_score * tuning.sibling_share)
    earlier = _after_headline(best)
    later = set(best.itersiblings())
    held: list[HtmlElement] = []  # note boxes scoring as the body's siblings must

    def joins(sibling: HtmlElement) -> bool:
        if not isinstance(sibling.tag, str):
            return False
        if _joins(sibling, threshold, scores, tuning, opening=sibling in earlier):
            if sibling not in later or not note_box(sibling, tuning):
                return True
            held.append(sibling)
        return (
            _twin(sibling, best, best_score, scores, tuning, sibling in earlier)
            or _holds_twin(sibling, core, threshold, scores, tuning)
            or sibling in sections
        )

    chosen = _with_cousins(best, _in_order(best, [best], joins, tuning), best_score, scores, tuning)
    if notes is not None:
        notes.extend(box for box in held if box not in chosen)
    return chosen


def _after_headline(best: HtmlElement) -> set[HtmlElement]:
    """The siblings before ``best`` back to the one that is or holds the headline (an
    h1): where the story's opening may stand, not the page's blocks above its title."""
    found = set()
    for sibling in best.itersiblings(preceding=True):
        if sibling.tag == "h1" or next(sibling.iter("h1"), None) is not None:
            break
        found.add(sibling)
    return found


def _in_order(
    anchor: HtmlElement,
    inside: list[HtmlElement],
    joins: Callable[[HtmlElement], bool],
    tuning: Tuning,
) -> list[HtmlElement]:
    """``inside`` in ``anchor``'s place among its siblings, with those ``joins`` accepts;
    when ``anchor`` holds the headline (an h1), only those after it: a block before the
    headline is the page's (an edition banner), not the story."""
    picked: list[tuple[HtmlElement, bool]] = []
    before = next(anchor.iter("h1"), None) is not None
    for sibling in anchor.getparent():
        if sibling is anchor:
            picked.append((sibling, True))
            before = False
        elif not before:
            picked.append((sibling, joins(sibling)))
    chosen = []
    for sibling in _between_parts(anchor, picked, tuning):
        if sibling is anchor:
            chosen.extend(inside)
        else:
            chosen.append(sibling)
    return chosen


def _between_parts(
    anchor: HtmlElement, picked: list[tuple[HtmlElement, bool]], tuning: Tuning
) -> list[HtmlElement]:
    """The siblings picked, with those standing between two picked parts (``anchor``,
    or a box that joined, no lone paragraph): a story whose rows joined around a row of
    another make (its data table, a short section under its own heading) holds that row
    too. One mostly links (a teaser box) stays out, and so does what stands before a
    paragraph that joined as prose only (a page's footer line after its last section)."""
    ends = [
        index
        for index, (sibling, joined) in enumerate(picked)
        if joined and (sibling is anchor or sibling.tag != "p")
    ]
    if len(ends) < 2:
        return [sibling for sibling, joined in picked if joined]
    first, last = ends[0], ends[-1]
    return [
        sibling
        for index, (sibling, joined) in enumerate(picked)
        if joined
        or (
            first < index < last
            and isinstance(sibling.tag, str)
            and few_links(sibling, None, tuning.sibling_link_density, tuning)
        )
    ]


def _twin(
    sibling: HtmlElement,
    best: HtmlElement,
    best_score: float,
    scores: Scores,
    tuning: Tuning,
    opening: bool = False,
) -> bool:
    """A sibling made like ``best`` (same tag and class: the next page of a document set
    in <pre> blocks, the next section) scoring a share of ``best_score`` with no absolute
    minimum, or holding prose too deep to score (``opening``: it stands between the
    headline and the body). Sharing a class name (a page builder's text block, set again
    after a picture's) it need only score the share a plain sibling must: a bare box is
    like any other, so it must score more."""
    if sibling.tag != best.tag or sibling.get("class") != best.get("class"):
        return False
    share = tuning.sibling_twin_share
    if (best.get("class") or "").strip():
        share = min(share, tuning.sibling_named_twin_share)
    return _joins(sibling, best_score * share, scores, tuning) or _deep_prose(
        sibling, scores, tuning, opening
    )


def _holds_twin(
    sibling: HtmlElement, core: HtmlElement, threshold: float, scores: Scores, tuning: Tuning
) -> bool:
    """Whether ``sibling`` holds a box made like ``core``, the best-scored container (same
    tag and class name), scoring ``threshold`` as a sibling must, with few links: a
    question set in the boxes its answers are, whose prose sits too deep in the
    question's own wrappers to score the box beside the answers. A bare box is like any
    other: it says nothing."""
    name = core.get("class")
    if not (name or "").strip():
        return False
    for box in sibling.iter(core.tag):
        if box.get("class") == name and scores.points.get(box, 0.0) >= threshold:
            return few_links(sibling, None, tuning.sibling_link_density, tuning)
    return False


def _with_cousins(
    best: HtmlElement,
    chosen: list[HtmlElement],
    best_score: float,
    scores: Scores,
    tuning: Tuning,
) -> list[HtmlElement]:
    """``chosen`` with the twins of the box wrapping ``best`` beside empty boxes only (a
    page builder's row: its picture column, its spacer), in document order: the story's
    next sections set in rows made alike, which are no siblings of ``best`` itself."""
    outer = best
    while True:
        parent = outer.getparent()
        if parent is None or parent.tag in ("body", "html") or not _wraps_only(parent, outer):
            break
        outer = parent
    holder = outer.getparent()
    if outer is best or holder is None:
        return chosen
    earlier = _after_headline(outer)
    twins = {
        sibling
        for sibling in holder
        if sibling is not outer
        and isinstance(sibling.tag, str)
        and _twin(sibling, outer, best_score, scores, tuning, sibling in earlier)
    }
    if not twins:
        return chosen
    return _in_order(outer, chosen, twins.__contains__, tuning)


def _wraps_only(parent: HtmlElement, inner: HtmlElement) -> bool:
    """Whether ``parent`` holds no text besides ``inner``'s: its other children are
    empty boxes (a picture's column, an ad's slot)."""
    if (parent.text or "").strip():
        return False
    for child in parent:
        if (child.tail or "").strip():
            return False
        if child is not inner and isinstance(child.tag, str) and words_length(child):
            return False
    return True


def _joins(
    sibling: HtmlElement, threshold: float, scores: Scores, tuning: Tuning, opening: bool = False
) -> bool:
    """True for a sibling scoring nearly as well as the body with few links, or for a
    prose paragraph (a short one only when it ends a sentence and links nowhere). One
    before the body (``opening``: the story's introduction, set in a table or a stack
    of boxes) holding a paragraph's worth of prose is read past the boxes wrapping
    its paragraphs' holder (a subheading line there is no opening)."""
    points = scores.points.get(sibling, 0.0)
    if opening and scores.paragraph_chars.get(sibling, 0) >= tuning.sibling_deep_prose_chars:
        points = _wrapped_points(sibling, scores)
    if points >= threshold:
        return few_links(sibling, None, tuning.sibling_link_density, tuning)
    if sibling.tag != "p":
        return False
    text = text_of(sibling).strip()
    density = link_density(sibling, len(text))
    long_enough = tuning.sibling_paragraph_chars
    return (len(text) > long_enough and density < tuning.sibling_paragraph_density) or (
        0 < len(text) <= long_enough and density == 0 and text.endswith((".", "!", "?", "。"))
    )


def _wrapped_points(box: HtmlElement, scores: Scores) -> float:
    """The points of ``box``, or of the box it wraps: a box holding one element and no
    text of its own (a ``<div>`` around a ``<table>``, its ``<tbody>``) adds nothing,
    and the points its paragraphs gave stop levels below it."""
    points = scores.points.get(box, 0.0)
    while len(box) == 1 and not (box.text or "").strip() and not (box[0].tail or "").strip():
        box = box[0]
        if not isinstance(box.tag, str):
            break
        points = max(points, scores.points.get(box, 0.0))
    return points


def _deep_prose(
    sibling: HtmlElement, scores: Scores, tuning: Tuning, opening: bool = False
) -> bool:
    """A twin box that earned no points, yet holds paragraphs (each more than three
    levels down: the story's next section wrapped in boxes like the body's) making up
    most of its text, with few links: more of the story, which scores could not see.
    One that earned too few to join counts when it opens with its heading, as a
    section of the story does; a note or a disclaimer set in the same boxes opens with
    none. Between the headline and the body (``opening``) a heading over one short
    paragraph will do, its share read on its words: the story's first section. After
    the body such a box is a closing one's (a newsletter's pitch under its heading)."""
    if sibling.tag in PROSE_TAGS:
        return False
    held = scores.paragraph_chars.get(sibling, 0)
    least = tuning.sibling_deep_prose_chars
    if held < (min(least, tuning.sibling_section_prose_chars) if opening else least):
        return False
    # a short section's share is read on its words: its boxes' indentation outweighs it
    short = held < least
    if (short or sibling in scores.points) and opening_heading(sibling) is None:
        return False
    text = words_length(sibling) if short else text_length(sibling)
    return held >= tuning.sibling_deep_prose_share * text and few_links(
        sibling, text, tuning.sibling_link_density, tuning
    )
