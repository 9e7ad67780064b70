"""Choose the article's body: a BODY marker holding a fair share of the text, else the
best-scored container (or a runner-up holding far more of the text), widened to the
ancestors whose extra text is prose, and joined by the siblings that look like more of
the same article (:mod:`.siblings`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..dom.text import collapse_space, link_density, text_length, text_of
from ..dom.tree import is_attached
from ..rules.walk import Decisions
from ..settings import Tuning
from .dialogs import in_account_box, in_dialog
from .feed_widgets import feed_story
from .headed_body import headed_story
from .nested_posts import outermost_post
from .scoring import Scores, best_candidates
from .siblings import with_siblings
from .widening import widen

HtmlElement = Any

#: A citation's year (a letter may tell two of one author's works apart).
CITED_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d[a-z]?\b")
#: A citation opening on its first author's surname and initials ("Lind KT,",
#: "Marsh, P. J."), after a number or mark listing it.
CITED_AUTHOR = re.compile(
    r"\W*(?:\d+\.?\s*)?(?:[a-z]{2,3}\s)?[A-Z][\w'’-]+,?\s(?:[A-Z]\.?-?\s?){1,3}[,.\s]"
)
#: Where a cited work sits: volume and pages ("12(4):301", "2019;12:301", "7(2), 45"),
#: a DOI, a page (a bare "2:1" is a score or a time).
CITED_PLACE = re.compile(
    r"\d\(\w+\)\s*[:,]\s*[eE]?\d|;\s*\d+\s*:\s*[eE]?\d|\b10\.\d{4,}/|\bpp?\.\s?\d"
)
#: The blocks a bibliography's entries are written in.
ENTRY_TAGS = ("p", "li", "dd", "blockquote")


def choose_body(
    body: HtmlElement,
    decisions: Decisions,
    scores: Scores,
    tuning: Tuning,
    headlines: Sequence[HtmlElement] = (),
    site: str = "",
    headline: str | None = None,
    notes: list[HtmlElement] | None = None,
) -> tuple[list[HtmlElement], HtmlElement | None]:
    """The body containers, in document order, and the best-scored container they were
    widened from (None for a body the page marks, or the page's whole body);
    ``headlines``: the page's h1s in document order (with none, an h2 repeating its
    title: :func:`.headed_body.page_headlines`); ``site``: the site's name as the
    page's title gives it (:func:`.headed_body.site_label`); ``headline``: the one read
    (:func:`.feed_widgets.feed_story`); ``notes`` gets the note boxes left out
    (:func:`.siblings.with_siblings`)."""
    chars = scores.paragraph_chars
    ranked = _past_bibliography(_candidates(scores, tuning), chars, tuning)
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
    best = outermost_post(widen(best, chars, tuning), tuning)
    named = _named_content(core, best, decisions)
    least = tuning.stocked_min_chars
    if chars.get(best, 0) <= tuning.thin_best_max_chars and not named:
        least = tuning.thin_stocked_min_chars  # thin-best
    stocked = _better_stocked(best, best_score, ranked, chars, tuning, least)
    if stocked is None and not named:
        stocked = _agreed(best, best_score, scores, tuning)
    if stocked is None:
        headed = headed_story(best, best_score, ranked, chars, headlines, tuning, site, core)
        if headed is not None:  # widened short of the box it was chosen over
            stocked = headed, widen(headed, chars, tuning, best), final[id(headed)]
    if stocked is None and not named:
        story = feed_story(best, headline, tuning)
        if story is not None:  # feed-widget: a one-line post beside a news feed
            stocked = story, widen(story, chars, tuning, best), best_score
    if stocked is not None:
        core, best, best_score = stocked
    return with_siblings(best, core, best_score, scores, tuning, notes), core


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


def _past_bibliography(
    ranked: list[tuple[float, HtmlElement]], chars: dict[HtmlElement, int], tuning: Tuning
) -> list[tuple[float, HtmlElement]]:
    """``ranked`` less its leader when that is a list (only lists are read: reading every
    leader costs) and a bibliography (:func:`_cites`), with the containers inside it
    and the ones around it holding little prose besides: each
    entry is a long item ending in a full stop, so a reference list outscores the
    paper it closes. The article's own text, widened, takes the list in again when it
    is the paper's. When nothing else is left, the list stays whole."""
    if (
        not ranked
        or ranked[0][1].tag not in ("ol", "ul")
        or not _cites(ranked[0][1], chars, tuning)
    ):
        return ranked
    listed = ranked[0][1]
    held = chars.get(listed, 0)
    above = set(listed.iterancestors())
    kept = [
        (value, element)
        for value, element in ranked
        if element is not listed
        and listed not in element.iterancestors()
        and not (element in above and chars.get(element, 0) < tuning.cited_outside_ratio * held)
    ]
    return kept or ranked


def _cites(element: HtmlElement, chars: dict[HtmlElement, int], tuning: Tuning) -> bool:
    """Whether ``element`` is a bibliography: ``cited_share`` of its paragraph text, in
    at least ``cited_min_entries`` blocks, is citations, each naming a year and either
    its first author by initials or where the work sits (volume and pages, a DOI)."""
    total = chars.get(element, 0)
    allowed = (1.0 - tuning.cited_share) * total
    missed = 0
    entries = 0
    for block in element.iter(*ENTRY_TAGS):
        if block.tag == "li" and block.find("p") is not None:
            continue  # its paragraphs are the entry
        text = collapse_space(text_of(block))
        if len(text) < tuning.min_paragraph_chars:
            continue
        if CITED_YEAR.search(text) and (CITED_AUTHOR.match(text) or CITED_PLACE.search(text)):
            entries += 1
        else:
            missed += len(text)
            if missed > allowed:
                return False
    return entries >= tuning.cited_min_entries


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
    least: int,
) -> tuple[HtmlElement, HtmlElement, float] | None:
    """A runner-up elsewhere on the page with several times the paragraph text of
    ``best`` (already widened), at least ``least``, and a comparable score, when there
    is one (class words lifted ``best``, a teaser's text; the page's ``<main>`` needs
    ``stocked_main_ratio`` times when ``best`` lies outside it: a modal's notice; a
    ``best`` holding at most ``thin_best_max_chars`` that no SCORE rule lifted, one
    short line such as a date or a copyright notice its box's tag weight alone lifted,
    gives way to ``thin_stocked_min_chars``: a short story's one paragraph): the
    runner-up, widened, and its score."""
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
        if chars.get(candidate, 0) >= max(ratio * held, least) and (not in_dialog(candidate)):
            return candidate, widen(candidate, chars, tuning), value
    return None


def _named_content(core: HtmlElement, best: HtmlElement, decisions: Decisions) -> bool:
    """Whether a SCORE rule lifted ``core`` or a box above it up to ``best``: the page
    names it its content, which the agreement of boxes elsewhere (:func:`_agreed`),
    read when no name speaks, does not overrule."""
    lifted = decisions.scores
    element = core
    while element is not None:
        if lifted.get(element, 0.0) > 0:
            return True
        if element is best:
            return False
        element = element.getparent()
    return False


def _agreed(
    best: HtmlElement, best_score: float, scores: Scores, tuning: Tuning
) -> tuple[HtmlElement, HtmlElement, float] | None:
    """The container elsewhere holding ``stocked_agree_boxes`` scored boxes (each a
    ``stocked_score_share`` of ``best_score``, none holding another) and
    ``stocked_agree_ratio`` times the paragraph text of ``best`` (already widened),
    with links rarer than ``stocked_agree_density``: a story told in many boxes (a
    recipe's steps, each in its own) against one dense box (a contact notice). A
    stream of teasers links each box to its story; a log-in dialog's panels or a
    pop-up's are none. The deepest such container, widened, and its best box's score."""
    around = {best, *best.iterancestors()}
    least = tuning.stocked_score_share * best_score
    boxes = {
        element: value
        for element, value in scores.points.items()
        if value >= least and element not in around and element.tag not in ("body", "html")
    }
    leaves = {element for element in boxes if best not in element.iterancestors()}
    for element in boxes:
        leaves.difference_update(element.iterancestors())
    if len(leaves) < tuning.stocked_agree_boxes:
        return None
    counts: dict[HtmlElement, list[HtmlElement]] = {}
    for leaf in leaves:
        for ancestor in leaf.iterancestors():
            if ancestor in around:
                break
            counts.setdefault(ancestor, []).append(leaf)
    chars = scores.paragraph_chars
    held = max(tuning.stocked_agree_ratio * chars.get(best, 0), tuning.stocked_min_chars)
    found = [
        (holder, held_leaves)
        for holder, held_leaves in counts.items()
        if len(held_leaves) >= tuning.stocked_agree_boxes and chars.get(holder, 0) >= held
    ]
    if not found:
        return None
    holder, held_leaves = max(found, key=lambda item: sum(1 for _ in item[0].iterancestors()))
    if link_density(holder) >= tuning.stocked_agree_density or any(
        in_dialog(leaf) or in_account_box(leaf) for leaf in held_leaves
    ):
        return None
    value = max(boxes[leaf] for leaf in held_leaves)
    return holder, widen(holder, chars, tuning), value


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
