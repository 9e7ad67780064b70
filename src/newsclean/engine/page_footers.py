"""The page's footer inside the body (``page-footers``): a page that marks no
``<footer>`` (which ``chrome-tags`` removes; the engine runs this rule only on a page
holding none) may have its body widened to the box wrapping the whole page, when the
footer's lines (the club's "About us", an address, the legal links) read as short
paragraphs. Whatever the names, that box is known by holding nearly all the page's
text (with the page's header inside), or by closing the page (no text follows it) under
a header standing before it, when what follows the story holds the copyright sign (the
site's notice) or a contact card (the site's address, :mod:`.contact_boxes`); and
its footer by where it stands: after the branch holding the best-scored container, at
the wrapper's top level.

The branches go when the page before the story's branch (the wrapper's boxes before
that branch; for a wrapper closing the page, what stands before it too) holds
``page_header_min_links`` links (the page's header, its menu; for a wrapper holding
nearly all the page, a box right after the story's branch opening with the site's
dated notice, "© 2004 - 2024 Ada Lind", does as well: the menu may have gone before),
none of the branches
holds an ``h1`` and, outside their links, they hold together at most
``page_footer_max_share`` of the best-scored container's text (a story told in many
boxes holds more in those after its best one) and at most ``page_footer_max_prose``
paragraphs of ``page_footer_prose_chars`` or more (a story's further part, set after a
box of its own, runs on for several). A body that is the story's own box (not the
page's wrapper) keeps what follows its container."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

from ..dom.text import text_length, text_of, unlinked_words, words_length
from ..dom.tree import remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .contact_boxes import holds_contact_card

HtmlElement = Any

#: Links before a box anywhere in the page (its header and menu, outside the wrapper).
_LINKS_BEFORE = etree.XPath("count(preceding::a)")
#: Whether any text follows a box in the page.
_TEXT_AFTER = etree.XPath("boolean(following::text()[normalize-space()])")
#: A site's notice: the copyright sign, or the span of years it has been run ("© 2024
#: Acme", "2009–2024 by Ada Lind").
_NOTICE = re.compile(r"©|\b(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d\b(?! ?[-–])")
#: The site's notice opening a text: the copyright sign or word, then a year within a
#: few characters ("© 2004 - 2024 Ada Lind", "Copyright (c) 2024 Acme").
_DATED_NOTICE = re.compile(r"\s*(?:©|\(c\)|copyright)[^\d\n]{0,15}\b(?:19|20)\d\d\b", re.I)

#: Stands in for a rule on a page's footer (an engine rule, like ``search-columns``:
#: ``disable("page-footers")`` switches it off).
PAGE_FOOTERS = Rule(
    "page-footers",
    Tags("div section aside nav header footer ul ol table p"),
    Effect.DROP,
    description="A branch of the page's wrapper, chosen as the body, after the branch "
    "holding the story's container: the page's footer the body was widened over.",
)


def drop_page_footers(
    containers: Sequence[HtmlElement], core: HtmlElement, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the branches of the page's wrapper after the story's (see the module's
    docstring); return what went, with the rule's name."""
    wrapper, branch = _wrapper_branch(containers, core)
    if wrapper is None:
        return []
    later = [element for element in branch.itersiblings() if isinstance(element.tag, str)]
    if not _footed(wrapper, branch, later, tuning):
        return []
    if any(next(element.iter("h1"), None) is not None for element in later):
        return []
    if sum(map(unlinked_words, later)) > tuning.page_footer_max_share * words_length(core):
        return []
    if long_paragraphs(later, tuning) > tuning.page_footer_max_prose:
        return []
    for element in later:
        remove_element(element)
    return [(element, PAGE_FOOTERS.name) for element in later]


def _footed(
    wrapper: HtmlElement, branch: HtmlElement, later: Sequence[HtmlElement], tuning: Tuning
) -> bool:
    """Whether ``wrapper`` is the page's, with its header before the story's branch:
    holding nearly all the page with its menu inside, or closing the page (no text
    follows it) under a menu anywhere before, when ``later`` holds a site's notice
    (the copyright sign or a span of years) or its contact card (its address: a story's
    own box closing the page ends on its own text)."""
    if _wraps_page(wrapper, tuning):
        return _headed(branch, 0, tuning) or (bool(later) and _opens_with_notice(later[0]))
    if not later or _TEXT_AFTER(wrapper):
        return False
    noticed = any(_NOTICE.search(text_of(element)) for element in later)
    if not noticed and not holds_contact_card(later, tuning):
        return False
    before = _LINKS_BEFORE(wrapper)
    return _headed(branch, int(before) if isinstance(before, float) else 0, tuning)


def _opens_with_notice(box: HtmlElement) -> bool:
    """Whether the first text of ``box`` opens with the copyright sign (or the word) and
    names a year soon after: the site's notice opening its footer right after the story
    ("© 2004 - 2024 Ada Lind | Imprint"), there even when the page's menu went before
    the body was chosen. A picture's credit names no year ("© Reuters"); a story's
    further part, or its writer's box, comes before a notice closing the story."""
    first = next((text for text in box.itertext() if not text.isspace()), "")
    return _DATED_NOTICE.match(first) is not None


def _headed(branch: HtmlElement, links: int, tuning: Tuning) -> bool:
    """Whether ``links`` and the boxes before ``branch`` holding no ``h1`` hold at
    least ``page_header_min_links`` links: the page's header and menu over its story
    (a story's own box opens on its headline, its byline, its text)."""
    if links >= tuning.page_header_min_links:
        return True
    for element in branch.itersiblings(preceding=True):
        if isinstance(element.tag, str) and next(element.iter("h1"), None) is None:
            links += sum(1 for _link in element.iter("a"))
            if links >= tuning.page_header_min_links:
                return True
    return False


def _wrapper_branch(
    containers: Sequence[HtmlElement], core: HtmlElement
) -> tuple[HtmlElement | None, HtmlElement]:
    """The body container holding ``core`` (below it, not ``core`` itself) and, at the
    wrapper's top level (the first box down from it holding more than one box), the
    branch holding ``core``; None when there is no such container."""
    below = [core]  # core and its ancestors below the container, innermost first
    for ancestor in core.iterancestors():
        if any(ancestor is container for container in containers):
            parent = ancestor
            for branch in reversed(below):
                if sum(1 for child in parent if isinstance(child.tag, str)) > 1:
                    return ancestor, branch
                parent = branch
            return None, core
        below.append(ancestor)
    return None, core


def long_paragraphs(branches: Sequence[HtmlElement], tuning: Tuning) -> int:
    """How many paragraphs of ``page_footer_prose_chars`` or more ``branches`` hold: a
    footer's prose is a line or two about the site (its pitch, its licence), a story's
    further part runs on for several."""
    least = tuning.page_footer_prose_chars
    return sum(
        1
        for branch in branches
        for paragraph in branch.iter("p")
        if words_length(paragraph) >= least
    )


def _wraps_page(wrapper: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``wrapper`` holds ``page_wrapper_share`` of the text of the page's
    ``<body>``: the box around the page's header, story and footer, not the story's."""
    body = next(wrapper.iterancestors("body"), None)
    if body is None:
        return False
    return text_length(wrapper) >= tuning.page_wrapper_share * text_length(body)
