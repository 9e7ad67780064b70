"""A ranked list told in figures: each item of a round-up ("1. ...", "2. ...") set as a
``<figure>`` (or any box holding a ``<figcaption>``: a page writing no ``<figure>``)
holding its numbered heading, its picture or embed, and its text as the figure's
caption. The caption is the item's text, not a picture's caption, and the
heading is the item's title, even when it links to the item's own page: they are read
as a story's blocks, not as a caption and a teaser."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from lxml import etree

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import collapse_space, text_of
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .link_parts import FULL_STOPS

HtmlElement = Any

#: Stands in for a rule on a round-up's figures read as its items (switched off by name).
RANKED_FIGURES = Rule(
    "ranked-figures",
    Tags("figure figcaption"),
    Effect.BODY,
    description="A ranked round-up told in figures (each a numbered heading, a picture "
    "and the item's text as its caption, ranks running in order): the figures are the "
    "story's blocks, their captions its text, not pictures' captions.",
)

#: A heading opening with its rank: "1. Title", "12) Title", "#3: Title".
_RANK = re.compile(r"#?(\d{1,3})\s*[.):]\s*\w")


def open_ranked_figures(captions: list[HtmlElement], tuning: Tuning) -> None:
    """Turn the figures of a ranked list into plain blocks: at least
    *ranked_figures_min* sibling figures whose headings (outside their captions) open
    with ranks running one by one, up or down, most captions holding a sentence of prose
    (*link_box_prose_chars* at least). A gallery's figures are titled, not ranked; a
    round-up's products named in captions have no ranked headings over them."""
    groups: dict[HtmlElement, dict[HtmlElement, None]] = {}
    for caption in captions:
        # a caption's holder is its figure, whatever its tag (a div where the page
        # writes no <figure>)
        figure = caption.getparent()
        if figure is not None and figure.getparent() is not None:
            groups.setdefault(figure.getparent(), {})[figure] = None  # once per figure
    for figures in groups.values():
        if len(figures) < tuning.ranked_figures_min:
            continue
        items = [(figure, item) for figure in figures if (item := _item(figure))]
        prose = sum(1 for _figure, (_rank, _heading, text) in items if _prose(text, tuning))
        if (
            len(items) >= tuning.ranked_figures_min
            and prose * 2 > len(items)
            and _in_sequence([rank for _figure, (rank, _heading, _text) in items])
        ):
            for figure, (_rank, heading, _text) in items:
                _open(figure, heading)


def _item(figure: HtmlElement) -> tuple[int, HtmlElement, str] | None:
    """The rank, heading and caption text of ``figure`` as an item of a ranked list."""
    heading = caption = None
    for element in figure.iter(*SECTION_HEADINGS, "figcaption"):
        if element.tag == "figcaption":
            caption = caption if caption is not None else element
        elif heading is None and (caption is None or element not in caption.iter()):
            heading = element
    if heading is None or caption is None:
        return None
    match = _RANK.match(collapse_space(text_of(heading)))
    if match is None:
        return None
    return int(match.group(1)), heading, collapse_space(text_of(caption))


def _prose(text: str, tuning: Tuning) -> bool:
    """Whether a caption's ``text`` reads as an item's prose: a sentence or more."""
    return len(text) >= tuning.link_box_prose_chars and text.endswith(FULL_STOPS)


def _in_sequence(ranks: list[int]) -> bool:
    """Whether ``ranks`` run in order, counting up or down, one by one but for an item
    passed over here and there (its figure made otherwise)."""
    if len(ranks) < 2:
        return False
    up = ranks[1] > ranks[0]
    steps = [b - a if up else a - b for a, b in pairwise(ranks)]
    return all(step >= 1 for step in steps) and sum(steps) < 2 * len(steps)


def _open(figure: HtmlElement, heading: HtmlElement) -> None:
    """Read ``figure`` as an item's block: its caption a block of text (its class names,
    which call it a caption, dropped), its heading's links (to the item's own page)
    dropped, their words kept."""
    for caption in figure.iter("figcaption"):
        caption.tag = "div"
        caption.attrib.pop("class", None)
    figure.tag = "div"
    etree.strip_tags(heading, "a")
