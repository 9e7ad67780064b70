"""Take the standfirsts found above the chosen body: keep the summary, join the story's
opening to the body, remove the lines set with the summary and its copies.

:mod:`.leads` judges the candidates without changing the page; this is where its verdicts
change the tree and are reported.
"""

from __future__ import annotations

from typing import Any

from ..dom.page_tags import PageTags
from ..dom.tree import remove_element
from ..rules.model import Effect
from ..rules.walk import Decisions
from ..settings import Options
from .described_captions import DESCRIBED_CAPTION
from .header_runs import DECK_UNDER_HEADER
from .lead_rules import (
    DESCRIBED_STANDFIRST,
    HEADER_STANDFIRST,
    HEADLINE_DECK,
    HEADLINE_GAP,
    OPENING_PROSE,
)
from .leads import leads_before
from .observer import Observer, record_removed, remove_recorded
from .standfirst_checks import STANDFIRST_DATE, edge_dates

HtmlElement = Any

#: The standfirsts the engine took by their place or shape, and its verdicts on what it
#: took (the story's opening): recorded when taken, as the walk records the standfirsts a
#: rule of the set marks, so that explain() names the rule that decided for each.
_ENGINE_VERDICTS = (
    HEADLINE_GAP,
    HEADER_STANDFIRST,
    DESCRIBED_STANDFIRST,
    HEADLINE_DECK,
    DECK_UNDER_HEADER,
    DESCRIBED_CAPTION,
    OPENING_PROSE,
)


def place_leads(
    containers: list[HtmlElement],
    root: HtmlElement,
    tags: PageTags,
    decisions: Decisions,
    options: Options,
    description: str | None,
    printed: HtmlElement | None,
    headline: str | None,
    observer: Observer,
) -> list[HtmlElement]:
    """Find the standfirsts above the chosen body (:func:`leads_before`; ``printed``:
    the element of the caption printing the page's ``description``, spared by the
    caption rules) and return them; prose too long for one joins the body
    (``containers``) as its opening, a line set with them and a copy of one go, and so
    does a date set apart at their edge."""
    found = leads_before(
        containers, decisions, root, tags, options.tuning, description, headline, printed
    )
    leads = [
        element
        for element, rule in found
        if rule is not OPENING_PROSE and rule.effect is not Effect.DROP
    ]
    for element, rule in found:
        if rule.effect is Effect.DROP:  # a line set with the standfirst, none itself, or its copy
            remove_recorded(element, rule, decisions, observer)
        elif rule in _ENGINE_VERDICTS:  # no rule of the set marked it: explain() names this one
            decisions.record(element, rule)
    # prose too long for a standfirst is the story's opening: the body's, before it
    containers[:0] = [element for element, rule in found if rule is OPENING_PROSE]
    for lead in leads:
        if any(container in lead.iterancestors() for container in containers):
            remove_element(lead)  # a standfirst opening the body is not the body
    dates = edge_dates(leads)
    record_removed(
        ((date, STANDFIRST_DATE.name) for date in dates), STANDFIRST_DATE, decisions, observer
    )
    return leads
