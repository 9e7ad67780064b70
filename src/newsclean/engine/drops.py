"""Carrying out the DROP rules' decisions, before the body is chosen: the tag drops
(menus, footers, asides) before the rules' walk, then what the walk matched, each
weighed by the veto (:class:`~.veto.Veto`), strong drops first and the rest from the
smallest element up; and forgetting the BODY markers inside reader-comment sections."""

from __future__ import annotations

from typing import Any

from ..dom.text import text_length
from ..dom.tree import is_attached, remove_element
from ..rules.builtin.hidden import ARIA_HIDDEN
from ..rules.compiled import INLINE_TAGS, CompiledRules
from ..rules.model import Role, Rule
from ..rules.walk import Decisions, examine_vetoed, tag_drops
from ..settings import Options
from ..tuning.widgets import CLIP_LINE_RAW_MAX_CHARS
from .caption_headlines import CAPTION_HEADLINE, holds_headline
from .data_tables import CELLS, DATA_CELLS, data_cells
from .described_captions import DESCRIBED_CAPTION
from .hidden_stories import HIDDEN_STORY
from .observer import Observer
from .orphan_labels import BOX_TAGS
from .player_boxes import CLIP_TITLES, clip_title, running_time_line
from .prose_forms import PROSE_FORM_RULE, PROSE_FORMS, form_holds_prose
from .pull_quotes import PULL_QUOTE_RULE, PULL_QUOTES, PullQuotes
from .veto import Veto

HtmlElement = Any


def unmark_comments(decisions: Decisions) -> None:
    """Forget the generic BODY markers inside reader-comment sections (the elements of
    ``Role.COMMENTS`` drops): blog templates name each comment's text as they name the
    post's (``entry-content``), and such a marker must neither shield the comments
    from their drop nor offer a comment as the body. A site's own marker stays."""
    comments = {el for el, rule in decisions.drops if rule.role is Role.COMMENTS}
    if not comments:
        return
    decisions.body[:] = [
        (marked, rule)
        for marked, rule in decisions.body
        if rule.domain is not None
        or not (marked in comments or any(a in comments for a in marked.iterancestors()))
    ]


def drop_chrome(
    root: HtmlElement,
    body: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    veto: Veto,
    options: Options,
    observer: Observer,
    emptied: list[HtmlElement],
) -> list[HtmlElement]:
    """Remove what the tag DROP rules match (menus, footers, asides) before the walk,
    so that it never visits them; return the comment sections removed, and add to
    ``emptied`` the parent of each element with text removed after a sibling
    (:func:`_note_emptied`). One holding enough text that it might hold the article is
    weighed later with the other drops (:meth:`Veto.may_keep_later`)."""
    comment_sections: list[HtmlElement] = []
    is_pull_quote = PullQuotes(body) if rules.runs(PULL_QUOTE_RULE) else None
    prose_forms = rules.runs(PROSE_FORM_RULE)
    for element, rule in tag_drops(body, rules):
        if not is_attached(element, root):
            continue
        if element.tag == "aside" and is_pull_quote is not None and is_pull_quote(element):
            # a weak drop of it goes too: a pull quote repeats the story's line, so
            # pages hide it from screen readers (aria-hidden) and name it an embed
            veto.protected.add(element)
            observer.vetoed(element, rule.name, PULL_QUOTES)
            continue
        if _spared_caption(element, rule, veto, observer):
            continue
        if holds_headline(element, rule, veto.headline_holders):
            observer.vetoed(element, rule.name, CAPTION_HEADLINE)
            continue
        if element.tag == "form" and prose_forms and form_holds_prose(element, veto.tuning):
            observer.vetoed(element, rule.name, PROSE_FORMS)
            veto.protected.add(element)
            continue
        size = text_length(element)
        if veto.may_keep_later(element, rule, size):
            decisions.record(element, rule)
            continue
        if rule.role is Role.COMMENTS and options.include_comments:
            comment_sections.append(element)
        if size:
            _note_emptied(element, emptied)
        remove_element(element)
        decisions.note_removed(element, rule)
        veto.removed(element, size)
        observer.removed(element, rule.name)
    return comment_sections


def _taken_clip_title(element: HtmlElement, rule: Rule, size: int) -> HtmlElement | None:
    """The title of the clip whose running-time line ``element`` is, when a caption
    rule takes that line (a credit's name): the title goes too."""
    caption = rule.role is Role.CAPTION and size <= CLIP_LINE_RAW_MAX_CHARS
    return clip_title(element) if caption and running_time_line(element, "") else None


def carry_out_drops(
    root: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    veto: Veto,
    options: Options,
    observer: Observer,
    emptied: list[HtmlElement],
) -> list[HtmlElement]:
    """Remove what the DROP rules matched unless vetoed; return the comment sections
    removed, and add to ``emptied`` the parent of each element with text removed after
    a sibling (:func:`_note_emptied`).

    Strong drops go first, then the others from the smallest element up, so that a
    large element is weighed against the article text the page has left once its
    smaller boilerplate is gone. The inside of a vetoed drop is examined for the
    rules it holds, and the drops found there are weighed in turn. One loop over a work
    list that grows as it goes (a state machine of batches), kept whole.
    """
    comment_sections: list[HtmlElement] = []
    resumed: set[HtmlElement] = set()
    clips = rules.runs(CLIP_TITLES)
    quotes = PullQuotes(root) if rules.runs(PULL_QUOTE_RULE) else None
    done = 0
    while done < len(decisions.drops):  # grows as vetoed subtrees are examined
        batch = decisions.drops[done:]
        done = len(decisions.drops)
        # measured once each: an element matched by several rules comes once per rule
        sizes = {element: text_length(element) for element in dict.fromkeys(e for e, _r in batch)}
        # the elements that held a drop removed since their size was measured
        touched: set[HtmlElement] = set()
        batch.sort(key=lambda drop: (not drop[1].strong, sizes[drop[0]]))
        evidence = _weak_evidence(decisions.drops, sizes)
        _weigh_batch(batch, sizes, (veto, rules, decisions, observer), quotes)
        for element, rule in batch:
            if not is_attached(element, root):
                continue
            size = sizes[element]
            headline = holds_headline(element, rule, veto.headline_holders)
            if not headline and not veto.keeps(
                element, rule, evidence.get(element, 1), size, exact=element not in touched
            ):
                if rule.role is Role.COMMENTS and options.include_comments:
                    comment_sections.append(element)
                parent = element.getparent()
                if size:
                    _note_emptied(element, emptied)
                title = _taken_clip_title(element, rule, size) if clips else None
                # an inline element's tail may be the space between two words
                remove_element(element, keep_space=element.tag in INLINE_TAGS)
                if title is not None:
                    decisions.record(title, CLIP_TITLES)
                # measured again when a drop inside it has gone since (counted then)
                if element in touched:
                    size = text_length(element)
                veto.removed(element, size)
                _touch(parent, touched)
                observer.removed(element, rule.name)
                continue
            observer.vetoed(element, rule.name, *((CAPTION_HEADLINE,) if headline else ()))
            if element not in resumed:
                resumed.add(element)
                examine_vetoed(element, rules, decisions)
    return comment_sections


def _weigh_batch(
    batch: list[tuple[HtmlElement, Rule]],
    sizes: dict[HtmlElement, int],
    stage: tuple[Veto, CompiledRules, Decisions, Observer],
    quotes: PullQuotes | None,
) -> None:
    """Before a batch of drops is carried out: spare the cells of data tables from the
    weak drops (:func:`.data_tables.data_cells`), weigh its drops together, reveal what
    its strong drops of hidden elements hold, mark the hidden stories, and spare the
    pull quotes set in a box hidden from screen readers that is no ``<aside>`` (a
    ``<div aria-hidden="true">`` between the story's paragraphs; ``quotes``: None when
    ``pull-quotes`` is off): ``aria-hidden`` would take the line the story sets again."""
    veto, rules, decisions, observer = stage
    weak_cells = [(el, rule) for el, rule in batch if el.tag in CELLS and not rule.strong]
    if weak_cells:  # a data table's cells named after their column
        spared = set(data_cells(dict.fromkeys(el for el, _rule in weak_cells), veto.tuning))
        for element, rule in weak_cells:
            if element in spared:
                veto.protected.add(element)
                observer.vetoed(element, rule.name, DATA_CELLS)
    for element, rule in batch:
        _spared_caption(element, rule, veto, observer)
    veto.weigh_together(batch, sizes)
    veto.reveal([el for el, rule in batch if rule.strong and rule.role is Role.HIDDEN])
    _mark_hidden_stories(veto, rules, decisions)
    if quotes is None:
        return
    for element, rule in batch:
        if rule.name == ARIA_HIDDEN.name and element.tag != "aside" and quotes(element):
            veto.protected.add(element)
            observer.vetoed(element, rule.name, PULL_QUOTES)


def _spared_caption(element: HtmlElement, rule: Rule, veto: Veto, observer: Observer) -> bool:
    """True, and the veto told to ``observer``, when ``rule`` is a caption rule and
    ``element`` the caption printing the page's description (the summary), which the
    caption rules leave (``described-caption``)."""
    if rule.role is Role.CAPTION and element in veto.spared:
        observer.vetoed(element, rule.name, DESCRIBED_CAPTION.name)
        return True
    return False


def _mark_hidden_stories(veto: Veto, rules: CompiledRules, decisions: Decisions) -> None:
    """Mark as the body the hidden stories revealed beside a notice (``hidden-story``),
    once each: the notice and its offers beside them are not the story. With the rule
    switched off they stay hidden, so they go."""
    found = veto.standing_in & veto.revealed
    if not found:
        return
    veto.standing_in -= found
    if not rules.runs(HIDDEN_STORY):
        veto.revealed -= found
        return
    for element in found:
        decisions.record(element, HIDDEN_STORY)


def _note_emptied(element: HtmlElement, emptied: list[HtmlElement]) -> None:
    """Add ``element``'s parent, a box that may hold a label (``BOX_TAGS``), to
    ``emptied`` (the caller removes ``element``, which is not empty: an empty icon or a
    hidden indicator labels nothing) when something stands before ``element`` in it:
    what a label introduces comes after it (a picture or a quantity removed before a
    line leaves a caption or an ingredient, no label)."""
    parent = element.getparent()
    if parent is None or parent.tag not in BOX_TAGS:
        return
    if element.getprevious() is not None or (parent.text or "").strip():
        emptied.append(parent)


def _touch(parent: HtmlElement | None, touched: set[HtmlElement]) -> None:
    """Add ``parent`` and its ancestors to ``touched``, up to the first already there:
    its ancestors are too (they went in with it), and the drops of a page mostly share
    their upper ancestors (about 150 read a page, 22 of them new)."""
    while parent is not None and parent not in touched:
        touched.add(parent)
        parent = parent.getparent()


def _weak_evidence(
    drops: list[tuple[HtmlElement, Rule]], sizes: dict[HtmlElement, int]
) -> dict[HtmlElement, int]:
    """How many distinct weak DROP rules speak against each element of this batch (a
    rule whose ``max_chars`` the element exceeds says nothing about it)."""
    names: dict[HtmlElement, set[str]] = {}
    for element, rule in drops:
        size = sizes.get(element)
        if size is None or rule.strong:
            continue
        if rule.max_chars is None or size <= rule.max_chars:
            names.setdefault(element, set()).add(rule.name)
    return {element: len(found) for element, found in names.items()}
