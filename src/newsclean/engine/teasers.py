"""A teaser line: a short block or link that is a headline of another story of the
site, perhaps after a label ("SEE MORE:", a bold "Related"), and the headlines and
cut-short excerpts the teaser checks read. Lists of teasers are in :mod:`.teaser_lists`,
a teaser's card in :mod:`.teaser_boxes`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..dom.text import collapse_space, text_of
from ..settings import Tuning
from .link_parts import (
    continues_sentence,
)
from .links import SiteLinks

HtmlElement = Any


#: How a label before a teaser's link ends.
_LABEL_ENDS = (":", "|", "»", ">", "-", "–", "—", "•")
#: An ellipsis closing a text, or followed by a few words only (a "Read more" link).
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)(?:\s*[\w'’]+){0,3}\W*$")
#: Tags of a bold label opening a block.
_BOLD = frozenset(("strong", "b"))
#: Tags of italics holding a whole block.
_ITALIC = frozenset(("em", "i"))


def reads_as_teaser(
    element: HtmlElement, length: int, density: float, tuning: Tuning, links: SiteLinks
) -> bool:
    """A short block that is mostly a link to another story of the site, with at most a
    label before it ("SEE MORE:", "RELATED"): words of a sentence before the link make
    it a sentence that links. A block set wholly in italics may give more words to its
    label, when the headline closes it ("<em>The general who led the fleet: <a>Russia is
    a threat</a></em>"): the site's pointer, styled apart from the story's prose."""
    if length > tuning.teaser_max_chars:
        return False
    italic = density < tuning.teaser_link_share
    if italic and not _set_in_italics(element):
        return False
    text = collapse_space(text_of(element))
    for headline in story_headlines(element, tuning, links):
        start = max(text.find(headline), 0)
        after = text[start + len(headline) :]
        if continues_sentence(after) or (italic and after.strip()):
            continue  # "<a>Jo Doe</a> has been eliminated from ...": a sentence that links
        before = text[:start].strip()
        if (
            not before
            or before.endswith(_LABEL_ENDS)
            or before.isupper()
            or bold_label(element, before)
        ):
            return True
    return False


def _set_in_italics(element: HtmlElement) -> bool:
    """True when ``element``'s text is all in the one italic element it holds."""
    children = [child for child in element if isinstance(child.tag, str)]
    return (
        len(children) == 1
        and children[0].tag in _ITALIC
        and not (element.text or "").strip()
        and not (children[0].tail or "").strip()
    )


def bold_label(element: HtmlElement, before: str) -> bool:
    """True when ``before`` is a bold label opening ``element`` ("<b>Related</b><br>"):
    a box's title, however worded, in a script without capitals or a label without a
    colon."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return (
        first is not None
        and first.tag in _BOLD
        and not (element.text or "").strip()
        and collapse_space(text_of(first)) == before
    )


def teaser_card(link: HtmlElement, length: int, tuning: Tuning, links: SiteLinks) -> bool:
    """A link standing between the story's blocks, with ``length`` characters of text,
    that is a teaser: a headline of another story of the site, perhaps after a label
    ("Also on ...", "READ MORE")."""
    return reads_as_teaser(link, length, 1.0, tuning, links)


def cut_short(text: str) -> bool:
    """True when ``text`` ends in an ellipsis, perhaps before a link's few words ("...
    Read more"): an excerpt, not the whole of what it says."""
    return _CUT_SHORT.search(text) is not None


def story_headlines(element: HtmlElement, tuning: Tuning, links: SiteLinks) -> Iterator[str]:
    """The text of each link in ``element`` that reads as a headline (a few words at
    least) and leads to another story of the site, in document order."""
    for link in element.iter("a"):
        headline = collapse_space(text_of(link))
        if len(headline.split()) < tuning.teaser_headline_words:
            continue  # looked at first: judging the address costs more
        if links.is_story(link.get("href") or ""):
            yield headline
