"""The article's text as the page's structured data gives it: a JSON-LD ``articleBody``,
or a ``HowTo``'s or ``Recipe``'s description and steps.

Some pages show their story only to scripts (the markup holds a log-in box, a paywall's
offer or an "update your browser" notice, the text sits in JSON-LD); the engine falls
back on this text when the body it found is short and this is several times longer
(``Tuning.structured_body_*``). HTML inside the values is read as text, never kept as
markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from lxml import etree

from ..dom.hints import without_hints
from ..dom.tags import HEADINGS
from .jsonld import types_of

#: The types whose description and steps are the page's text.
STEP_TYPES = frozenset(("HowTo", "Recipe"))
#: How deep steps may nest (a section's steps' directions), and how many pieces are
#: read at most: a page's data is not walked without bound.
MAX_DEPTH = 4
MAX_PIECES = 400
#: The elements that end a line when HTML inside a value is read as text.
_BLOCK_TAGS = ("p", "div", "br", "li", *HEADINGS, "blockquote", "tr", "ul", "ol")
_DROPPED_TAGS = ("script", "style", "template", "noscript", "iframe", "object")


def body_fragments(
    objects: Iterable[dict[str, Any]], articles: Iterable[dict[str, Any]]
) -> tuple[str | None, tuple[str, ...]]:
    """Where the structured text comes from (``"JSON-LD articleBody"``, ``"JSON-LD
    HowTo"``...) and its raw pieces (each may hold HTML), or ``(None, ())``."""
    bodies = [item.get("articleBody") for item in articles]
    longest = max((b for b in bodies if isinstance(b, str)), key=len, default="")
    if longest.strip():
        return "JSON-LD articleBody", (longest,)
    for item in objects:
        kinds = STEP_TYPES.intersection(types_of(item))
        if not kinds:
            continue
        pieces: list[str] = []
        _add(pieces, item.get("description"))
        _add(pieces, item.get("recipeIngredient"))
        _steps(pieces, item.get("step"), 0)
        _steps(pieces, item.get("recipeInstructions"), 0)
        if pieces:
            return f"JSON-LD {min(kinds)}", tuple(pieces)
    return None, ()


def _add(pieces: list[str], value: Any) -> None:
    if len(pieces) >= MAX_PIECES:
        return
    if isinstance(value, str):
        if value.strip():
            pieces.append(value)
    elif isinstance(value, list):
        for item in value[:MAX_PIECES]:
            if isinstance(item, str) and item.strip() and len(pieces) < MAX_PIECES:
                pieces.append(item)


def _steps(pieces: list[str], value: Any, depth: int) -> None:
    """A step list's text: strings, ``HowToStep``s (name, text, directions) and
    ``HowToSection``s (name, steps)."""
    if depth > MAX_DEPTH or len(pieces) >= MAX_PIECES or value is None:
        return
    if isinstance(value, str):
        _add(pieces, value)
    elif isinstance(value, list):
        for item in value[:MAX_PIECES]:
            _steps(pieces, item, depth + 1)
    elif isinstance(value, dict):
        name, text = value.get("name"), value.get("text")
        if isinstance(name, str) and not (isinstance(text, str) and name.strip() in text):
            _add(pieces, name)
        _add(pieces, text)
        _steps(pieces, value.get("itemListElement"), depth + 1)


def plain_paragraphs(pieces: Iterable[str]) -> list[str]:
    """The pieces as paragraphs of plain text: HTML read as text (its block elements
    end lines, scripts and styles dropped), entities decoded, whitespace collapsed, the
    layout's hints dropped (``dom.hints``)."""
    paragraphs: list[str] = []
    for piece in pieces:
        text = without_hints(_as_text(piece) if "<" in piece else html.unescape(piece))
        for line in text.splitlines():
            line = " ".join(line.split())
            if line:
                paragraphs.append(line)
    return paragraphs


def _as_text(markup: str) -> str:
    """``markup``'s text, a line per block element (never serialised again)."""
    root = etree.fromstring(f"<div>{markup}</div>", etree.HTMLParser(no_network=True))
    if root is None:
        return ""
    etree.strip_elements(root, *_DROPPED_TAGS, etree.Comment, with_tail=False)
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    return "".join(str(text) for text in root.itertext())
