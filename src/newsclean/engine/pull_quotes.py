"""Pull quotes: a line of the story set again, larger, in an ``<aside>`` between its
paragraphs. The tag drop of asides (``chrome-tags``) would take it with the sidebars;
the story's annotated text keeps it where it stands, so the drop spares it."""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..dom.text import text_of
from ..settings import PULL_QUOTE_MAX_CHARS, PULL_QUOTE_MIN_WORDS, PULL_QUOTE_PROSE_CHARS

HtmlElement = Any

#: Why ``explain()`` says the drop of an aside kept as a pull quote was vetoed.
PULL_QUOTES = "pull-quotes: a line of the story set again beside it"
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


def is_pull_quote(aside: HtmlElement) -> bool:
    """True when ``aside`` is one short unlinked line standing beside a paragraph of
    prose: it, or the wrappers holding only it, follow or precede a ``<p>`` of the
    story."""
    if aside.tag != "aside":
        return False
    text = text_of(aside)
    if len(text) > 2 * PULL_QUOTE_MAX_CHARS:
        return False
    words = text.split()
    if len(words) < PULL_QUOTE_MIN_WORDS or len(" ".join(words)) > PULL_QUOTE_MAX_CHARS:
        return False
    if _NOT_A_QUOTE(aside):
        return False
    box = aside
    parent = box.getparent()
    while parent is not None and len(parent) == 1:
        box, parent = parent, parent.getparent()
    return any(
        beside is not None and beside.tag == "p" and len(text_of(beside)) >= PULL_QUOTE_PROSE_CHARS
        for beside in (box.getprevious(), box.getnext())
    )
