"""A byline closing the story ("Posted by Jo Lind." in the article's footer, "Author: Jo
Lind" in the author's box after the text), past the texts the walk under the headline
reads. Read last, only when no other source names anyone (:mod:`.authors`), and only
as people's full names: a name alone down the page is a related story's, a forum
thread's or a menu's as often.

Cheap by design: the footers come from the one pass over the page's tags, the author's
boxes are looked for by class in C inside the headline's box only (not down the whole
page), and only each box's first few texts are read (a byline opens its box; the
site's footer, long, is a list of links and credits after them).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Any, cast

from lxml import etree

from ..dom.tags import UNSHOWN_TAGS
from ..dom.text import text_of
from ..dom.tree import line_block, precedes
from ..tuning.metadata import BYLINE_MAX_CHARS, CLOSING_BOX_LEVELS, CLOSING_BOX_TEXTS
from .above_bylines import in_other_link, menu_item
from .bylines import NAME_PARTICLES, STARTS_WITH_BY, split_names
from .nearby import in_comments, in_figure, texts_after
from .person_bylines import in_card
from .visible_bylines import CREDIT, WALK_TEXTS

HtmlElement = Any
Names = tuple[tuple[str, ...], bool]

#: The boxes after the headline a closing byline stands in, besides the page's footers
#: (:attr:`.PageTags.footers`, collected in the pass over the page's tags): a box
#: whose class names the author or the byline, found in C by its class attribute (an
#: element without one costs no string), inside the headline's box only.
_CLASS_BOXES = etree.XPath(
    "descendant::*/@class[contains(., 'author') or contains(., 'byline')]/..", regexp=False
)
#: Roots of the page: never the headline's box searched (the whole page).
_PAGE_ROOTS = frozenset(("body", "html"))


def closing_byline(h1: HtmlElement, footers: Sequence[HtmlElement]) -> Iterator[Names]:
    """The names of the first line opening with a lead word ("Posted by", "Written by",
    "Auteur:") among the first ``CLOSING_BOX_TEXTS`` texts of a box after ``h1``: one
    of ``footers`` or an author's box (:func:`_boxes`), past the texts the walk under
    it reads (``WALK_TEXTS``): its whole line short and opening so, outside a picture,
    the comments, a teaser card, a menu and a link to another page, each name a
    person's full name. The first such line decides: a later one is other stories'."""
    walked: set[HtmlElement] | None = None
    read: set[HtmlElement] = set()  # a box inside one read before was read with it
    for box in _boxes(h1, footers):
        if any(node in read for node in box.iterancestors()):
            continue
        read.add(box)
        for text, holder in itertools.islice(_texts(box), CLOSING_BOX_TEXTS):
            if holder.tag in UNSHOWN_TAGS or not STARTS_WITH_BY.match(text.lstrip()):
                continue
            if walked is None:
                walked = {node for _, node in texts_after(h1, WALK_TEXTS)}
            if holder in walked:
                continue
            names = _line_names(holder)
            if names is not None:
                if all(_full_name(name) for name in names):
                    yield names, False
                return


def _boxes(h1: HtmlElement, footers: Sequence[HtmlElement]) -> list[HtmlElement]:
    """The footers after ``h1`` and the author's boxes after it inside its box (its
    ancestor ``CLOSING_BOX_LEVELS`` up, or the highest below the page's body), in the
    page's order; neither holding ``h1`` nor held by it (:func:`.dom.tree.precedes`)."""
    scope = h1
    for node in itertools.islice(h1.iterancestors(), CLOSING_BOX_LEVELS):
        if node.tag in _PAGE_ROOTS:
            break
        scope = node
    found = cast(list[HtmlElement], _CLASS_BOXES(scope)) if scope is not h1 else []
    after = [box for box in dict.fromkeys((*footers, *found)) if precedes(h1, box)]
    return sorted(after, key=_place)


def _place(element: HtmlElement) -> tuple[int, ...]:
    """Where ``element`` stands in the page: each ancestor's index in its parent, from
    the root down (compared as tuples, in the page's order)."""
    path = []
    node = element
    parent = node.getparent()
    while parent is not None:
        path.append(parent.index(node))
        node, parent = parent, parent.getparent()
    return tuple(reversed(path))


def _line_names(holder: HtmlElement) -> tuple[str, ...] | None:
    """The names of the byline line ``holder`` opens, () for a line naming none, or
    None for no byline (a long line, a credit, a line aside from the story)."""
    block = line_block(holder)
    line = " ".join(text_of(block).split())
    if len(line) > BYLINE_MAX_CHARS or not STARTS_WITH_BY.match(line):
        return None  # "Made with love by Ada Studio": a credit inside a line, no byline
    if CREDIT.match(line) or _aside(holder, block):
        return None
    return split_names(line) or None


def _texts(box: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """The non-blank texts inside ``box``, each with the element holding it."""
    for element in box.iter(etree.Element):
        if element.text and element.text.strip():
            yield element.text, element
        if element is not box and element.tail and element.tail.strip():
            yield element.tail, element.getparent()


def _aside(holder: HtmlElement, block: HtmlElement) -> bool:
    """True for a line in the comments, a picture, a teaser card, a menu or a link to
    another page: another story's byline or no byline."""
    if in_comments(holder) or in_figure(holder) or in_card(holder):
        return True
    return in_other_link(holder, block) or menu_item(block)


def _full_name(name: str) -> bool:
    """True for a name of two capitalised words or more besides its particles ("Ana de
    Souza"), none in capitals only: a forum's "Ada im Forum News" holds a small word that
    is no particle, a desk's "NEWS TEAM" is capitals."""
    words = [word for word in name.split() if word not in NAME_PARTICLES]
    return len(words) > 1 and all(
        word[:1].isupper() and not (len(word) > 2 and word.isupper()) for word in words
    )
