"""Render an element tree as plain text: one block per paragraph, blank line between.

The text is serialised once by lxml (in C). Before that, block elements get a
private-use marker around them and ``<br>`` another, so that the Python side
only splits and tidies strings instead of walking the tree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from lxml import etree

HtmlElement = Any

#: Elements that start a new text block.
BLOCK_TAGS = (
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
    "legend",
)
_CELL_TAGS = ("td", "th")
_BLOCK = "\ue000"  # private-use characters never found in page text we keep
_BREAK = "\ue001"
_PRE = "\ue002"
#: A block boundary: block markers, or two line breaks, with only space between.
_BLOCKS = re.compile(f"(?:{_BLOCK}|{_BREAK}[ \\t\\r\\n]*{_BREAK})[\\s{_BLOCK}{_BREAK}]*")


def render_text(roots: Iterable[HtmlElement]) -> str:
    """The text of ``roots`` in document order, blocks separated by a blank line.

    The elements are marked up in place: render a tree only once.
    """
    blocks: list[str] = []
    for root in roots:
        _mark(root)
        raw = etree.tostring(root, method="text", encoding="unicode", with_tail=False)
        for chunk in _BLOCKS.split(raw):
            if _PRE in chunk:
                block = chunk.replace(_PRE, "").replace(_BREAK, "\n").strip("\n")
                if block.strip():
                    blocks.append(block)
                continue
            if _BREAK in chunk:
                lines = [" ".join(line.split()) for line in chunk.split(_BREAK)]
                block = "\n".join(line for line in lines if line)
            else:
                block = " ".join(chunk.split())
            if block:
                blocks.append(block)
    text = "\n\n".join(blocks)
    # one spelling per character: decomposed accents (common in copy-pasted text) composed
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _set(element: HtmlElement, field: str, value: str) -> None:
    """Set text or tail; lxml refuses control characters that HTML parsing let through."""
    try:
        setattr(element, field, value)
    except ValueError:
        setattr(element, field, _NOT_XML.sub("", value))


def _mark(root: HtmlElement) -> None:
    for element in root.iter(*BLOCK_TAGS):
        _set(element, "text", _BLOCK + (element.text or ""))
        if element is not root:
            _set(element, "tail", _BLOCK + (element.tail or ""))
    for element in root.iter("br"):
        _set(element, "tail", _BREAK + (element.tail or ""))
    for element in root.iter(*_CELL_TAGS):
        _set(element, "text", " " + (element.text or ""))
        if element is not root:
            _set(element, "tail", " " + (element.tail or ""))
    for element in root.iter("pre"):
        # keep the layout of preformatted text: mark every text piece inside
        for inner in element.iter():
            if inner.text:
                _set(inner, "text", inner.text.replace("\n", _BREAK + _PRE))
            if inner is not element and inner.tail:
                _set(inner, "tail", inner.tail.replace("\n", _BREAK + _PRE))
        _set(element, "text", _PRE + (element.text or ""))
