"""The article a page carries only for its scripts.

Some pages send no story in their markup: a script writes it in from data the page
also carries, and the JSON-LD ``articleBody`` is then the one copy of the article.
It stands in for the body when the body shows little of it (``script_body_share``)
and none of its opening: a paywalled page shows its story's opening, and its hidden
rest is not revealed (nor an ``articleBody`` on a page that says it is not free to
read, see :func:`~..metadata.jsonld.free_article_body`). An ``articleBody`` of more
than :data:`MAX_PARAGRAPHS` lines is no story a script shows, and is not used: each
paragraph becomes an element, beyond the page's own ``max_nodes``.
"""

from __future__ import annotations

import html
import re
from typing import Any

import lxml.html
from lxml import etree

from ..settings import Tuning

HtmlElement = Any

#: Words of the ``articleBody``'s opening looked for, a run of :data:`RUN_WORDS` at a
#: time, in the body the page shows (a byline or a quote mark may differ at the start).
OPENING_WORDS = 40
RUN_WORDS = 8
#: Characters of a paragraph enough for its first :data:`OPENING_WORDS` words.
OPENING_CHARS = 1000
#: The most paragraphs an ``articleBody`` may have to stand in for the body.
MAX_PARAGRAPHS = 2000
#: Where markup written into an ``articleBody`` breaks a line...
_BREAKS = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote)\s*>", re.IGNORECASE)
#: ... what is no text at all...
_CODE = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
#: ... and any other tag, dropped (a "<" before a letter: "x < 10" is text).
_TAGS = re.compile(r"</?[A-Za-z][^<>]*>")
#: What an XML text may not hold (lxml refuses it): controls, lone surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
#: What separates the words compared (case and punctuation aside).
_NOT_WORD = re.compile(r"\W+")


def script_article(article_body: str | None, shown: str, tuning: Tuning) -> HtmlElement | None:
    """A ``div`` of the paragraphs of ``article_body`` when it stands in for the body
    whose text is ``shown`` (see the module), else None.

    The body may be as long as the page: it is measured before it is split, and split
    into its paragraphs only, never into words (its opening words come from its first
    paragraphs)."""
    if not article_body or len(shown) >= tuning.script_body_share * len(article_body):
        return None  # the raw length is at least the text's: nothing to split
    if article_body.count("\n") > 2 * MAX_PARAGRAPHS:
        return None
    paragraphs = _paragraphs(article_body)
    length = sum(map(len, paragraphs)) + len(paragraphs) - 1
    if (
        len(paragraphs) > MAX_PARAGRAPHS
        or length < tuning.script_body_min_chars
        or len(shown) >= tuning.script_body_share * length
        or _shows_opening(paragraphs, shown)
    ):
        return None
    container = lxml.html.Element("div")
    for paragraph in paragraphs:
        etree.SubElement(container, "p").text = paragraph
    return container


def _paragraphs(article_body: str) -> list[str]:
    """The paragraphs of an ``articleBody``: its lines, or those of the markup a
    site wrote into it (escaped or not), as plain text."""
    text = article_body
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAGS.sub("", _BREAKS.sub("\n", _CODE.sub("", text)))
    text = _NOT_XML.sub("", text)
    # a regex, not split(): a line may be megabytes long, and never a list of its words
    return [
        _SPACES.sub(" ", line).strip() for line in text.splitlines() if line and not line.isspace()
    ]


def _shows_opening(paragraphs: list[str], shown: str) -> bool:
    """True when ``shown`` holds a run of :data:`RUN_WORDS` words of the first
    :data:`OPENING_WORDS` of ``paragraphs`` (case and punctuation aside)."""
    words: list[str] = []
    for paragraph in paragraphs:
        words += _NOT_WORD.sub(" ", paragraph[:OPENING_CHARS].lower()).split()[:OPENING_WORDS]
        if len(words) >= OPENING_WORDS:
            break
    if not shown or not words:
        return False
    page = f" {_NOT_WORD.sub(' ', shown.lower())} "
    runs = (words[start : start + RUN_WORDS] for start in range(max(1, len(words) - RUN_WORDS + 1)))
    return any(f" {' '.join(run)} " in page for run in runs)
