"""The article a page carries only for its scripts.

Some pages send no story in their markup: a script writes it in from data the page
also carries, and the JSON-LD ``articleBody`` is then the one copy of the article.
It stands in for the body when the body shows little of it
(``script_body_share``) and not its opening words: a paywalled page shows its
story's opening, and its hidden rest is not revealed (nor an ``articleBody`` the
page marks as not free to read, see :func:`~..metadata.jsonld.free_article_body`).
"""

from __future__ import annotations

import html
import re
from typing import Any

import lxml.html
from lxml import etree

from ..settings import Tuning

HtmlElement = Any

#: Words of the ``articleBody``'s opening looked for in the body the page shows.
OPENING_WORDS = 12
#: Where markup written into an ``articleBody`` breaks a line...
_BREAKS = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote)\s*>", re.IGNORECASE)
#: ... and any other tag, dropped.
_TAGS = re.compile(r"<[^<>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def script_article(article_body: str | None, shown: str, tuning: Tuning) -> HtmlElement | None:
    """A ``div`` of the paragraphs of ``article_body`` when it stands in for the body
    whose text is ``shown`` (see the module), else None."""
    if not article_body:
        return None
    paragraphs = _paragraphs(article_body)
    words = " ".join(paragraphs)
    if len(words) < tuning.script_body_min_chars:
        return None
    if len(shown) >= tuning.script_body_share * len(words):
        return None
    opening = " ".join(words.split()[:OPENING_WORDS])
    if opening in " ".join(shown.split()):
        return None
    container = lxml.html.Element("div")
    for paragraph in paragraphs:
        etree.SubElement(container, "p").text = paragraph
    return container


def _paragraphs(article_body: str) -> list[str]:
    """The paragraphs of an ``articleBody``: its lines, or those of the markup a
    site wrote into it, as plain text."""
    text = article_body
    if "<" in text:
        text = _TAGS.sub("", _BREAKS.sub("\n", text))
    text = _CONTROL.sub("", html.unescape(text))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
