"""What the body was widened over beside the story's branch, known by the page's make
whatever its names: a side column holding the site's search (``search-columns``), the
page's footer (``page-footers``, on a page marking none), a contact card after the
story's box (``contact-boxes``) and a side column of titled widgets
(``side-columns``). Run in that order: each reads the body the one before it left."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.page_tags import PageTags
from ..rules.compiled import CompiledRules
from ..rules.walk import Decisions
from ..settings import Tuning
from .contact_boxes import CONTACT_BOXES, drop_contact_boxes
from .observer import Observer, record_removed
from .page_footers import PAGE_FOOTERS, drop_page_footers
from .search_columns import SEARCH_COLUMNS, drop_search_columns
from .side_columns import SIDE_COLUMNS, drop_side_columns

HtmlElement = Any


def drop_columns(
    containers: list[HtmlElement],
    core: HtmlElement,
    tags: PageTags,
    rules: CompiledRules,
    decisions: Decisions,
    observer: Observer,
    tuning: Tuning,
    authors: Sequence[str] = (),
) -> None:
    """Remove the side columns and the page's footer from the body's ``containers``
    around ``core`` (the best-scored container), each rule when it runs (``authors``:
    the page's, whose own box beside the story is the side column's)."""
    if rules.runs(SEARCH_COLUMNS):
        record_removed(
            drop_search_columns(containers, core, tags.searches, tuning),
            SEARCH_COLUMNS,
            decisions,
            observer,
        )
    if not tags.footer_marked and rules.runs(PAGE_FOOTERS):
        record_removed(
            drop_page_footers(containers, core, tuning), PAGE_FOOTERS, decisions, observer
        )
    if rules.runs(CONTACT_BOXES):
        record_removed(
            drop_contact_boxes(containers, core, tuning), CONTACT_BOXES, decisions, observer
        )
    if rules.runs(SIDE_COLUMNS):
        record_removed(
            drop_side_columns(containers, core, tuning, authors), SIDE_COLUMNS, decisions, observer
        )
