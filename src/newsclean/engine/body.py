"""Choose the article's body: a BODY marker holding a fair share of the text, else the
best-scored container, widened to the ancestors whose extra text is prose, and joined
by the siblings that look like more of the same article."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import link_density, text_length, text_of, words_length
from ..dom.tree import is_attached
from ..rules.walk import Decisions
from ..settings import Tuning
from .dialogs import in_account_box, in_dialog
from .link_blocks import few_words_linked
from .scoring import PROSE_TAGS, Scores, best_candidates

HtmlElement = Any

#: The parts of a table, which stand for the whole table when chosen.
TABLE_PARTS = frozenset(("tbody", "thead", "tfoot"))


def choose_body(
    body: HtmlElement, decisions: Decisions, scores: Scores, tuning: Tuning
) -> tuple[list[HtmlElement], HtmlElement | None]:
    """The body containers, in document order, and the best-scored container they were
    widened from (None for a body the page marks, or the page's whole body)."""
    ranked = _candidates(scores, tuning)
    chars = scores.paragraph_chars
    best = ranked[0][1] if ranked else None
    best_chars = chars.get(best, 0) if best is not None else 0
    marked = _marked_body(body, decisions, chars, best_chars, tuning)
    if marked:
        return marked, None
    if best is None:
        return [body], None
    best_score = ranked[0][0]
    final = {id(el): value for value, el in ranked}
    for ancestor in best.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        value = final.get(id(ancestor))
        if (
            value is not None
            and value >= tuning.climb_score_share * best_score
            and chars.get(ancestor, 0) >= tuning.climb_chars_ratio * chars.get(best, 0)
        ):
            best, best_score = ancestor, value
    core = best
    best = _widen(best, chars, tuning)
    stocked = _better_stocked(best, best_score, ranked, chars, tuning)
    if stocked is not None:
        core, best, best_score = stocked
    return _with_siblings(best, core, best_score, scores, tuning), core


def _candidates(scores: Scores, tuning: Tuning) -> list[tuple[float, HtmlElement]]:
    """The best-scored containers, less those leading the list from a pop-up dialog or
    a log-in box; when every one of them does (a dialog's many panels), the next ones.
    Teaser cards leading it go too (:func:`_past_cards`)."""
    limit = tuning.candidates
    passed: set[HtmlElement] = set()
    while True:
        ranked = [item for item in best_candidates(scores, limit) if item[1] not in passed]
        # read for the few candidates taken
        while ranked and (in_dialog(ranked[0][1]) or in_account_box(ranked[0][1])):
            passed.add(ranked.pop(0)[1])
        if ranked or not passed or limit >= len(scores.points):
            return _past_cards(ranked, tuning)
        limit += tuning.candidates


def _marked_body(
    body: HtmlElement,
    decisions: Decisions,
    chars: dict[HtmlElement, int],
    best_chars: int,
    tuning: Tuning,
) -> list[HtmlElement]:
    """The outermost BODY-marked elements, when the largest holds a fair share of the
    best container's paragraph text (else none)."""
    root = body.getroottree().getroot()
    marked = [el for el, _rule in decisions.body if is_attached(el, root)]
    if not marked:
        return []
    marked_set = set(marked)
    outermost = [el for el in marked if not any(a in marked_set for a in el.iterancestors())]
    outermost = list(dict.fromkeys(outermost))
    main = max(outermost, key=lambda el: chars.get(el, 0))
    biggest = chars.get(main, 0)
    if biggest >= tuning.marker_min_chars and biggest >= tuning.marker_share * best_chars:
        least = tuning.marker_sibling_share * biggest
        return [el for el in outermost if chars.get(el, 0) >= least]
    return []


def _better_stocked(
    best: HtmlElement,
    best_score: float,
    ranked: list[tuple[float, HtmlElement]],
    chars: dict[HtmlElement, int],
    tuning: Tuning,
) -> tuple[HtmlElement, HtmlElement, float] | None:
    """A runner-up elsewhere on the page with several times the paragraph text of
    ``best`` (already widened) and a comparable score, when there is one (class words
    lifted ``best``, a teaser's text; the page's ``<main>`` needs ``stocked_main_ratio``
    times when ``best`` lies outside it: a modal's notice): the runner-up, widened, and
    its score."""
    held = chars.get(best, 0)
    around = {best, *best.iterancestors()}
    # a page's <main> is where it says its content is: it needs fewer times the text
    outside_main = not any(element.tag == "main" for element in around)
    for value, candidate in ranked:
        if value < tuning.stocked_score_share * best_score:
            break
        if candidate in around or best in candidate.iterancestors():
            continue
        ratio = tuning.stocked_ratio
        if outside_main and candidate.tag == "main":
            ratio = tuning.stocked_main_ratio
        if chars.get(candidate, 0) >= max(ratio * held, tuning.stocked_min_chars) and (
            not in_dialog(candidate)
        ):
            return candidate, _widen(candidate, chars, tuning), value
    return None


def _widen(best: HtmlElement, chars: dict[HtmlElement, int], tuning: Tuning) -> HtmlElement:
    """Climb to ancestors whose extra text is mostly prose.

    An ancestor is taken when it adds a good deal of paragraph text, or when
    most of the text it adds is paragraph text, and links stay rare.
    """
    current = chars.get(best, 0)
    current_text = text_length(best)
    for ancestor in best.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        more = chars.get(ancestor, 0)
        if more <= current:
            continue
        text = text_length(ancestor)
        added_prose = more - current
        added_text = max(text - current_text, 1)
        if (
            more >= tuning.widen_gain * current
            or (
                added_prose >= tuning.widen_min_prose
                and added_prose >= tuning.widen_quality * added_text
            )
        ) and _few_links(ancestor, text, tuning.widen_density, tuning):
            best, current, current_text = ancestor, more, text
    return best


def _few_links(element: HtmlElement, text: int | None, most: float, tuning: Tuning) -> bool:
    """True when less than ``most`` of ``element``'s text (``text`` characters, raw) is
    in links, or when it reads so as words, as the link-list rule reads a block
    (:func:`few_words_linked`): a story's box beside a list of topic links whose markup
    is indented inside the links (icon elements around each name) holds mostly
    indentation in its links."""
    return link_density(element, text) < most or few_words_linked(
        element, words_length(element), tuning
    )


def _with_siblings(
    best: HtmlElement, core: HtmlElement, best_score: float, scores: Scores, tuning: Tuning
) -> list[HtmlElement]:
    """``best`` plus the siblings that look like more of the same article.

    First climb while ``best`` is an only child (a wrapper adds nothing) or a part of
    a table (its rows are the table's), then keep siblings that score nearly as well,
    or are prose paragraphs, or are made like ``best`` (same tag and class) and hold
    prose too deep to score, or hold a box made like ``core``, the best-scored container
    (:func:`_holds_twin`); when ``best`` holds the headline (an h1), only those after it:
    a block before the headline is the page's (an edition banner), not the story.
    Then the twins of the row wrapping ``best`` beside empty boxes join too.
    """
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
    chosen = _in_order(
        best,
        [best],
        lambda sibling: (
            isinstance(sibling.tag, str)
            and (
                _joins(sibling, threshold, scores, tuning, opening=sibling in earlier)
                or _twin(sibling, best, best_score, scores, tuning)
                or _holds_twin(sibling, core, threshold, scores, tuning)
            )
        ),
    )
    return _with_cousins(best, chosen, best_score, scores, tuning)


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
    anchor: HtmlElement, inside: list[HtmlElement], joins: Callable[[HtmlElement], bool]
) -> list[HtmlElement]:
    """``inside`` in ``anchor``'s place among its siblings, with those ``joins`` accepts;
    when ``anchor`` holds the headline (an h1), only those after it: a block before the
    headline is the page's (an edition banner), not the story."""
    chosen = []
    before = next(anchor.iter("h1"), None) is not None
    for sibling in anchor.getparent():
        if sibling is anchor:
            chosen.extend(inside)
            before = False
        elif not before and joins(sibling):
            chosen.append(sibling)
    return chosen


def _twin(
    sibling: HtmlElement,
    best: HtmlElement,
    best_score: float,
    scores: Scores,
    tuning: Tuning,
) -> bool:
    """A sibling made like ``best`` (same tag and class: the next page of a document set
    in <pre> blocks, the next section) scoring a share of ``best_score`` with no absolute
    minimum, or holding prose too deep to score. Sharing a class name (a page builder's
    text block, set again after a picture's) it need only score the share a plain
    sibling must: a bare box is like any other, so it must score more."""
    if sibling.tag != best.tag or sibling.get("class") != best.get("class"):
        return False
    share = tuning.sibling_twin_share
    if (best.get("class") or "").strip():
        share = min(share, tuning.sibling_named_twin_share)
    return _joins(sibling, best_score * share, scores, tuning) or _deep_prose(
        sibling, scores, tuning
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
            return _few_links(sibling, None, tuning.sibling_link_density, tuning)
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
    twins = {
        sibling
        for sibling in holder
        if sibling is not outer
        and isinstance(sibling.tag, str)
        and _twin(sibling, outer, best_score, scores, tuning)
    }
    if not twins:
        return chosen
    return _in_order(outer, chosen, twins.__contains__)


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
        return _few_links(sibling, None, tuning.sibling_link_density, tuning)
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


def _deep_prose(sibling: HtmlElement, scores: Scores, tuning: Tuning) -> bool:
    """A twin box that earned no points, yet holds paragraphs (each more than three
    levels down: the story's next section wrapped in boxes like the body's) making up
    most of its text, with few links: more of the story, which scores could not see.
    One that earned too few to join counts when it opens with its heading, as a
    section of the story does (one short paragraph under it); a note or a disclaimer
    set in the same boxes opens with none."""
    if sibling.tag in PROSE_TAGS:
        return False
    if sibling in scores.points and not _opens_with_heading(sibling):
        return False
    held = scores.paragraph_chars.get(sibling, 0)
    if held < tuning.sibling_deep_prose_chars:
        return False
    text = text_length(sibling)
    return held >= tuning.sibling_deep_prose_share * text and _few_links(
        sibling, text, tuning.sibling_link_density, tuning
    )


def _opens_with_heading(box: HtmlElement) -> bool:
    """Whether the first text inside ``box`` is a section heading's (h2 to h6)."""
    if (box.text or "").strip():
        return False
    for element in box.iterdescendants():
        if isinstance(element.tag, str) and (element.text or "").strip():
            while element is not box:
                if element.tag in SECTION_HEADINGS:
                    return True
                element = element.getparent()
            return False
        if (element.tail or "").strip():
            return False
    return False


def _past_cards(
    ranked: list[tuple[float, HtmlElement]], tuning: Tuning
) -> list[tuple[float, HtmlElement]]:
    """``ranked`` from its first container outside a card link: a box whose whole text
    (headline, excerpt) is one link to another page, at most
    ``teaser_excerpt_max_chars`` long, is a teaser, never the article, however well its
    excerpt scores. When every candidate is in one, the list stays whole."""
    for index, (_value, element) in enumerate(ranked):
        if not _in_card_link(element, tuning):
            return ranked[index:] if index else ranked
    return ranked


def _in_card_link(element: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``element`` sits inside a link to a page (a card; see :func:`_past_cards`)."""
    for ancestor in element.iterancestors("a"):
        if ancestor.get("href") and text_length(ancestor) <= tuning.teaser_excerpt_max_chars:
            return True
    return False
