"""The body chosen, and chosen again when what won was no story: a page's notice
(``page-notices``), a writer's profile card (``profile-cards``) or a thread of readers'
comments (``comment-thread``) that scored above it goes, and the paragraphs are scored
again without it."""

from __future__ import annotations

from typing import Any

from ..dom.page_tags import PageTags
from ..dom.tree import remove_element
from ..rules.compiled import CompiledRules
from ..rules.walk import Decisions
from ..settings import Tuning
from .body import choose_body
from .headed_body import page_headlines, site_label
from .note_boxes import NOTE_BOXES
from .notices import PAGE_NOTICES, drop_page_notice
from .observer import Observer
from .profile_cards import PROFILE_CARDS, drop_profile_card
from .scoring import Scores, score_paragraphs
from .threads import COMMENT_THREAD, thread_body, thread_items

HtmlElement = Any


def choose_story_body(
    body: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    tuning: Tuning,
    observer: Observer,
    tags: PageTags,
    headline: str | None,
) -> tuple[list[HtmlElement], HtmlElement | None, int, dict[HtmlElement, list[HtmlElement]]]:
    """Score the paragraphs and choose the body (:func:`choose_body`), again without a
    page's notice (``page-notices``) or a thread of readers' comments that scored above
    the story; return the body's containers, the best-scored one (the core) and its
    paragraph text, and the comment thread's items found in the first container (empty
    when it was chosen again)."""
    headlines = page_headlines(list(tags.headlines_in(body)), body, headline)
    site = site_label(tags.title, headline, headlines, tuning)
    notes: list[HtmlElement] = []  # the note boxes left out of the last body chosen

    def choose() -> tuple[Scores, list[HtmlElement], HtmlElement | None]:
        """Score the paragraphs as the tree stands now and choose the body from them."""
        scores = score_paragraphs(body, decisions.scores, tuning)
        observer.scored(scores)
        notes.clear()
        chosen = choose_body(body, decisions, scores, tuning, headlines, site, headline, notes)
        return scores, *chosen

    scores, containers, core = choose()
    if rules.runs(PAGE_NOTICES) and drop_page_notice(body, core, decisions, tuning, observer):
        scores, containers, core = choose()  # without the notice
    if rules.runs(PROFILE_CARDS) and drop_profile_card(body, core, decisions, tuning, observer):
        scores, containers, core = choose()  # without the writer's card
    known: dict[HtmlElement, list[HtmlElement]] = {}
    if rules.runs(COMMENT_THREAD):
        known[containers[0]] = thread_items(containers[0], tuning)
        thread = thread_body(containers[0], known[containers[0]], tuning)
        if thread is not None:  # readers' comments scored above the story
            decisions.record(thread, COMMENT_THREAD)
            remove_element(thread)
            observer.removed(thread, COMMENT_THREAD.name)
            scores, containers, core = choose()
            known = {}
    for note in notes:
        observer.left_out(note, NOTE_BOXES)
    core_chars = scores.paragraph_chars.get(core, 0) if core is not None else 0
    return containers, core, core_chars, known
