"""A person's byline over an account's name. A page's structured author may be the
account that posted the story ("JDTEAM", "Newsdesk1", a first name alone), while the
story itself opens with "By Jo Lind:": the reader is told a person wrote it, and that
person is the author."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..dom.tags import UNSHOWN_TAGS
from ..tuning.metadata import (
    BYLINE_MAX_CHARS,
    PERSON_BYLINE_CARD_LEVELS,
    PERSON_BYLINE_LONG_TEXTS,
    PERSON_BYLINE_TEXTS,
)
from .authors import CREDIT
from .bylines import STARTS_WITH_BY, lone_lead, split_names
from .nearby import in_comments, in_figure, texts_after

HtmlElement = Any

#: A teaser card: a box holding a section heading in a link, or a link in one, and not
#: the page's h1 (a box around the story's own headline holds the story's links too).
_CARD = etree.XPath(
    "not(descendant::h1) and (descendant::a[descendant::h2 or descendant::h3"
    " or descendant::h4 or descendant::h5 or descendant::h6] or descendant::*[self::h2"
    " or self::h3 or self::h4 or self::h5 or self::h6][descendant::a])"
)


def one_word_name(names: tuple[str, ...]) -> bool:
    """True for a single name of one word: an account's handle or a first name alone,
    never a person's full name."""
    return len(names) == 1 and len(names[0].split()) == 1


def person_byline(h1: HtmlElement | None) -> tuple[str, ...]:
    """The names of the first text under ``h1`` that opens with a lead word ("By",
    "Por") and names people only, each by two words or more; a lone lead word takes
    the next text's names. Read among the first ``PERSON_BYLINE_TEXTS`` texts, before
    the story's ``PERSON_BYLINE_LONG_TEXTS``-th long one; a picture's credit line, a
    caption and the comments are passed over."""
    if h1 is None:
        return ()
    texts = _shown(texts_after(h1, PERSON_BYLINE_TEXTS))
    for text, holder in texts:
        if not STARTS_WITH_BY.match(text) or CREDIT.match(text):
            continue
        if in_figure(holder) or in_comments(holder) or in_card(holder):
            continue
        if lone_lead(text):
            text = next(texts, ("", holder))[0]
        names = split_names(text) if len(text) <= BYLINE_MAX_CHARS else ()
        if names and all(len(name.split()) > 1 for name in names):
            return names
    return ()


def in_card(holder: HtmlElement) -> bool:
    """True when ``holder`` stands in a teaser card (:data:`_CARD`), its parent or
    grandparent (``PERSON_BYLINE_CARD_LEVELS``). A related story listed above the text
    ("Sur le même sujet") carries its own "Par" line; the story's byline sits by its own,
    unlinked, headline."""
    for level, box in enumerate(holder.iterancestors()):
        if level >= PERSON_BYLINE_CARD_LEVELS:
            return False
        if _CARD(box):
            return True
    return False


def _shown(texts: Iterator[tuple[str, HtmlElement]]) -> Iterator[tuple[str, HtmlElement]]:
    """The shown texts of ``texts``, up to the story's ``PERSON_BYLINE_LONG_TEXTS``-th
    long one."""
    long_texts = 0
    for text, holder in texts:
        if holder.tag in UNSHOWN_TAGS:
            continue
        if len(text) > BYLINE_MAX_CHARS and len(" ".join(text.split())) > BYLINE_MAX_CHARS:
            long_texts += 1
            if long_texts >= PERSON_BYLINE_LONG_TEXTS:
                return
            continue
        yield text, holder
