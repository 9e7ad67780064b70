"""Render an element tree as plain text: one block per paragraph, blank line between."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml import etree

HtmlElement = Any

#: Elements that start a new text block.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "summary table tbody thead tfoot tr ul html caption legend".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_SPACE = re.compile(r"\s+")


class _Blocks:
    """Collects inline text and cuts it into normalised blocks."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.parts: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def flush(self, preformatted: bool = False) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        if preformatted:
            text = raw.strip("\n")
            if text.strip():
                self.blocks.append(text)
            return
        lines = [_SPACE.sub(" ", line).strip() for line in raw.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(text)


def render_text(roots: Iterable[HtmlElement]) -> str:
    """The text of ``roots`` in document order, blocks separated by a blank line."""
    out = _Blocks()
    for root in roots:
        _render(root, out)
        out.flush()
    return "\n\n".join(out.blocks)


def _render(root: HtmlElement, out: _Blocks) -> None:
    pre_depth = 0
    breaks = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag == "br":
                breaks += 1
                if breaks >= 2:
                    out.flush(pre_depth > 0)
                else:
                    out.add("\n")
                continue
            breaks = 0
            if tag in BLOCK_TAGS:
                out.flush(pre_depth > 0)
                if tag == "pre":
                    pre_depth += 1
            elif tag in _CELL_TAGS:
                out.add(" ")
            out.add(element.text)
        else:
            if tag == "br":
                if element is not root:
                    tail = element.tail
                    if tail and tail.strip():
                        breaks = 0
                    out.add(tail)
                continue
            if tag in BLOCK_TAGS:
                out.flush(pre_depth > 0)
                if tag == "pre":
                    pre_depth -= 1
            elif tag in _CELL_TAGS:
                out.add(" ")
            if element is not root:
                tail = element.tail
                if tail and tail.strip():
                    breaks = 0
                out.add(tail)
