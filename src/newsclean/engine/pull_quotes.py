"""Pull quotes: a line of the story set again, larger, in an ``<aside>`` between its
paragraphs. The tag drop of asides (``chrome-tags``) would take it with the sidebars;
the story's annotated text keeps it where it stands, so the drop spares it. What tells
it from a sidebar's pitch or note is that it repeats the story's own words."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any, cast

from lxml import etree

from ..dom.text import RAW_SLACK, collapse_space, text_of
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import (
    PULL_QUOTE_MAX_CHARS,
    PULL_QUOTE_MAX_ELEMENTS,
    PULL_QUOTE_MIN_WORDS,
    PULL_QUOTE_PROSE_CHARS,
    PULL_QUOTE_REPEAT_SHARE,
)
from ..tuning.pruning import PULL_QUOTE_WORD_RUN

HtmlElement = Any

#: Stands in for a rule on the asides kept as pull quotes (switched off by name: the
#: tag drop of asides takes them, as Readability's output leaves them out).
PULL_QUOTE_RULE = Rule(
    "pull-quotes",
    Tags("aside"),
    Effect.BODY,
    description="A short unlinked line in an aside beside a paragraph of the story, "
    "repeating the story's own words: a pull quote, spared the drop of asides.",
)
#: Why ``explain()`` says the drop of an aside kept as a pull quote was vetoed.
PULL_QUOTES = f"{PULL_QUOTE_RULE.name}: a line of the story set again beside it"
#: What a pull quote never holds: a link, a picture or player (or the ``<noscript>``
#: standing in for one, or the empty box a script fills with one), a control, a
#: heading, a list or table (a sidebar's, a teaser's or a sign-up box's parts), or a
#: script.
_NOT_A_QUOTE = etree.XPath(
    "boolean(.//*[self::a or self::img or self::picture or self::video or self::iframe"
    " or self::form or self::input or self::button or self::h1 or self::h2 or self::h3"
    " or self::h4 or self::h5 or self::h6 or self::ul or self::ol or self::table"
    " or self::figure or self::svg or self::script or self::noscript or self::audio"
    " or self::object or self::embed or self::canvas or self::div[not(normalize-space())]])",
    regexp=False,
)
#: The story's paragraphs, those of asides and of boxes hidden from screen readers left
#: out (a quote is not its own source).
_STORY_PARAGRAPHS = etree.XPath(
    ".//p[not(ancestor::aside)][not(ancestor::*[@aria-hidden='true'])]", regexp=False
)
_WORD = re.compile(r"\w+")


class PullQuotes:
    """Tells the pull quotes among a page's asides; reads the story's text once, at
    the first aside that passes the cheap tests (most pages have none)."""

    def __init__(self, body: HtmlElement) -> None:
        self.body = body
        self._story: str | None = None

    def __call__(self, aside: HtmlElement) -> bool:
        """True when ``aside`` is one short unlinked line beside a paragraph of prose
        that repeats the story's words: ``PULL_QUOTE_REPEAT_SHARE`` of its runs of
        four words, as written (the marks between them too), are found in the story's
        paragraphs."""
        runs = _quote_runs(aside)
        if not runs or not _beside_prose(aside):
            return False
        if self._story is None:
            paragraphs = cast(list[HtmlElement], _STORY_PARAGRAPHS(self.body))
            self._story = collapse_space(" ".join(text_of(p) for p in paragraphs)).lower()
        found = sum(1 for run in runs if run in self._story)
        return found >= PULL_QUOTE_REPEAT_SHARE * len(runs)


def _quote_runs(aside: HtmlElement) -> list[str]:
    """The runs of four words of ``aside``'s text, lowercased, as written, when it is
    short and holds nothing a pull quote never holds, else none. Its elements are
    counted first: a sidebar has many, and its text is not read."""
    if next(islice(aside.iter(), PULL_QUOTE_MAX_ELEMENTS, None), None) is not None:
        return []
    text = text_of(aside)
    if len(text) > RAW_SLACK * PULL_QUOTE_MAX_CHARS:
        return []
    text = collapse_space(text).lower()
    if len(text) > PULL_QUOTE_MAX_CHARS or len(text.split()) < PULL_QUOTE_MIN_WORDS:
        return []
    if _NOT_A_QUOTE(aside):
        return []
    spans = [word.span() for word in _WORD.finditer(text)]
    return [
        text[spans[i][0] : spans[i + PULL_QUOTE_WORD_RUN - 1][1]]
        for i in range(len(spans) - PULL_QUOTE_WORD_RUN + 1)
    ]


def _beside_prose(aside: HtmlElement) -> bool:
    """Whether ``aside``, or the wrappers holding only it, follow or precede a ``<p>``
    of prose (a story's paragraph, not a label)."""
    box = aside
    parent = box.getparent()
    while parent is not None and len(parent) == 1:
        box, parent = parent, parent.getparent()
    return any(
        beside is not None and beside.tag == "p" and len(text_of(beside)) >= PULL_QUOTE_PROSE_CHARS
        for beside in (box.getprevious(), box.getnext())
    )
