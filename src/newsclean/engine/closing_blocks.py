"""The blocks that close the body: a comment section's heading and all after it, an
empty section, a dangling label. The closing section under a heading a closing rule
matches is in :mod:`.closing_sections`, the text holders the edges step through in
:mod:`.text_holders`."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any, cast

from lxml import etree

from ..dom.tags import HEADINGS, SECTION_HEADINGS
from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import is_below, next_element, remove_element
from ..render.clean_tree import EMBED_ATTRIBUTE
from ..rules.builtin.common import EDGE_BLOCKS
from ..settings import Tuning
from ..tuning.pruning import CLOSING_HEADINGS_MAX_RUN, DANGLING_LABEL_MIN_ICON_LINKS
from .edge_text import PADDING
from .score_headings import is_score
from .text_holders import last_text_holder, text_holder_before
from .widget_titles import section_headings, widget_titles

HtmlElement = Any


#: The blocks read as a field: a paragraph ending in a colon is the writer's pointer
#: ("Das Konzeptpapier finden Sie hier:", "See more photos:") and readers keep it, and
#: a heading left closing the body goes by ``closing-headings``.
_LABEL_ITEMS = frozenset(("li", "dd"))
#: The links a share bar's label stands over, showing no words (icons): a box holding
#: the label and ``DANGLING_LABEL_MIN_ICON_LINKS`` of them is that bar.
_ICON_LINKS = etree.XPath("descendant::a[not(normalize-space())]", regexp=False)
#: A label: a short text ending in a colon, with no sentence's end, no quotation mark
#: and no other colon before it (a line of the story ending "... said:" is longer).
_LABEL = re.compile(r"(?=[^:：]*\w)[^.!?:：\"“”„«»]+[:：]")
#: What stands for a section's content though it holds no text.
_MEDIA_TAGS = frozenset(("img", "picture", "figure", "video", "audio", "iframe"))
#: A list's items: a heading in one is the item's title, not the page's section.
_ITEMS = frozenset(("li", "dt", "dd"))
#: A section's content without text, after an element: a picture, a player, an embed.
_MEDIA_AFTER = etree.XPath(
    "following::*["
    + " or ".join(f"self::{tag}" for tag in sorted(_MEDIA_TAGS))
    + f" or @{EMBED_ATTRIBUTE}]",
    regexp=False,
)


def dangling_label(container: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """Remove and return the block holding the last text of ``container`` when that
    block is a list's item (:data:`_LABEL_ITEMS`) holding only a label ending in a colon
    (:data:`_LABEL`, at most ``dangling_label_max_chars``): a field whose value is empty
    or was taken out (a share tool's "Diese Seite:" above its icons, an empty "Credits:"
    closing a photo's details), or a div holding such a label beside links showing no
    words (a share bar's "Share this story:" over its icons). A label above a picture or
    an embed announces it and stays, as a closing heading does; and only below a story:
    a body with less than ``closing_heading_max_chars`` of text outside its headings
    keeps it."""
    block = last_text_holder(container)
    while block is not None and block is not container and block.tag not in EDGE_BLOCKS:
        block = block.getparent()
    if block is None or block is container:
        return None
    if block.tag not in _LABEL_ITEMS and not _icon_bar(block):
        return None
    most = tuning.dangling_label_max_chars
    raw = text_of(block)
    if len(raw) > most + PADDING:
        return None
    text = collapse_space(raw)
    if len(text) > most or _LABEL.fullmatch(text) is None:
        return None
    if _text_outside_headings(container) - len(text) < tuning.closing_heading_max_chars:
        return None
    if _media_after(block, container):
        return None  # "See more photos:" above the pictures it announces
    remove_element(block)
    return block


def _icon_bar(block: HtmlElement) -> bool:
    """Whether ``block`` is a div holding links showing no words, a share bar's icons
    (at least ``DANGLING_LABEL_MIN_ICON_LINKS``): its label is the bar's."""
    if block.tag != "div":
        return False
    links: list[Any] = cast(list[Any], _ICON_LINKS(block))
    return len(links) >= DANGLING_LABEL_MIN_ICON_LINKS


def closing_headings(container: HtmlElement, most: int) -> list[HtmlElement]:
    """Remove and return the headings left closing ``container``, last first: a heading
    opens a section, and one with no text or picture after it is the title of a
    section the rules took out (share buttons, related links, a comment form).

    Only short ones (at most ``most`` characters), at most ``CLOSING_HEADINGS_MAX_RUN`` of them: a
    longer run is the story's own list of headings whose pictures the text leaves out
    ("16. Stephen Fry", "17. ..."). And only below a story: a body with less text than
    ``most`` outside its headings keeps them. A review's score (:func:`is_score`) is
    the story's last line: it stays, with the headings before it."""
    run = _closing_run(container)
    first_score = next((at for at, heading in enumerate(run) if is_score(heading)), None)
    if first_score is not None:
        run = run[:first_score]
    if not run or len(run) > CLOSING_HEADINGS_MAX_RUN or any(words_length(h) > most for h in run):
        return []
    if _text_outside_headings(container) < most or _media_after(run[-1], container):
        return []
    for heading in run:
        remove_element(heading)
    return run


def empty_sections(
    container: HtmlElement, most: int, bared: Collection[HtmlElement] = ()
) -> list[HtmlElement]:
    """Remove and return the section headings of ``container`` (at most ``most``
    characters) whose next text is a heading of the same rank or higher, with no
    picture or embed between, when that heading has text of its own under it: a
    section with nothing in it, the title of a box the rules took out or of a widget.
    A heading set right before the next (a title and its subtitle, a kicker and its
    headline) is left, as are two empty sections in a row (the story's headings over
    pictures the text leaves out) and a heading over a list whose items open with
    headings (it titles that list). A heading of ``bared`` (its table left out at the
    user's request) now stands right before the next, or before another such one,
    and goes all the same: its section held that table only. A review's score set as a
    heading stays (:func:`is_score`). A widget's title repeated over each of its boxes
    goes too (:func:`widget_titles`)."""
    headings = section_headings(container)
    following: dict[HtmlElement, HtmlElement] = {}
    for heading in headings:
        after = _heading_after(heading, container)
        if after is not None:
            following[heading] = after
    ahead = set(following.values())
    empty = [
        heading
        for heading, after in following.items()
        if (
            heading in bared
            or (
                heading not in ahead
                and after not in following
                and next_element(heading) is not after
            )
        )
        and headings[heading] <= most
        and not _in_item(after, heading)
        and _next_text_holder(after, container) is not None
        and not is_score(heading)
    ]
    chosen = set(empty)
    empty += [title for title in widget_titles(container, most, headings) if title not in chosen]
    for heading in empty:
        remove_element(heading)
    return empty


def heading_over(table: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The section heading holding the last text before ``table`` in ``container``
    (the title of the table's section), or None when other text comes between."""
    holder = text_holder_before(table, container)
    while holder is not None and holder is not container:
        if holder.tag in SECTION_HEADINGS:
            return holder
        holder = holder.getparent()
    return None


def _heading_after(heading: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The heading holding the next text after ``heading`` when it is of the same
    rank or higher, else None."""
    after = _next_text_holder(heading, container)
    if after is None:
        return None
    while after is not container and after.tag not in HEADINGS:
        after = after.getparent()
    if after is container or int(after.tag[1]) > int(heading.tag[1]):
        return None
    return after


def _in_item(after: HtmlElement, heading: HtmlElement) -> bool:
    """Whether ``after`` sits in a list's item ``heading`` is not in."""
    around = set(heading.iterancestors())
    for ancestor in after.iterancestors():
        if ancestor in around:
            return False
        if ancestor.tag in _ITEMS:
            return True
    return False


def _next_text_holder(node: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The element holding the first text after ``node`` inside ``container``, or
    None when there is none or a picture or an embed comes first."""
    while node is not container:
        parent = node.getparent()
        if node.tail and node.tail.strip():
            return parent
        for sibling in node.itersiblings():
            if sibling.tag.__class__ is not str:
                if sibling.tail and sibling.tail.strip():
                    return parent
                continue
            for event, element in etree.iterwalk(sibling, events=("start", "end")):
                if element.tag.__class__ is not str:
                    continue
                if event == "start":
                    if element.tag in _MEDIA_TAGS or element.get(EMBED_ATTRIBUTE) is not None:
                        return None
                    if element.text and element.text.strip():
                        return element
                elif element is not sibling and element.tail and element.tail.strip():
                    return element.getparent()
            if sibling.tail and sibling.tail.strip():
                return parent
        node = parent
    return None


def _closing_run(container: HtmlElement) -> list[HtmlElement]:
    """The section headings (``h2``-``h6``) holding the last texts of ``container``,
    last first, up to the last text outside one (read back from the end, one text at
    a time: a run longer than ``CLOSING_HEADINGS_MAX_RUN`` is not read to its end)."""
    run: list[HtmlElement] = []
    holder = last_text_holder(container)
    while holder is not None and len(run) <= CLOSING_HEADINGS_MAX_RUN:
        while holder.tag not in SECTION_HEADINGS:
            if holder is container:
                return run
            holder = holder.getparent()
        run.append(holder)
        holder = text_holder_before(holder, container)
    return run


def _text_outside_headings(container: HtmlElement) -> int:
    return words_length(container) - sum(map(words_length, container.iter(*HEADINGS)))


def _media_after(heading: HtmlElement, container: HtmlElement) -> bool:
    """Whether a picture or an embed follows ``heading`` in ``container``."""
    found = _MEDIA_AFTER(heading)
    assert isinstance(found, list)
    return any(is_below(element, container) for element in found)
