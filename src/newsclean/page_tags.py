"""The few kinds of elements the pipeline reads before cleaning, found in one pass.

Each ``iter(tag)`` over a whole page costs about as much as the next, so the
metadata's ``<meta>``, ``<script>``, ``<link>``, ``<title>`` and ``<base>``, and
the embeds and ``<noscript>`` fallbacks the structured outputs need, are
collected together.
"""

from __future__ import annotations

from typing import Any

HtmlElement = Any

EMBED_TAGS = ("iframe", "video", "audio", "embed", "object")


class PageTags:
    """Elements of one page, by kind, in document order."""

    def __init__(self, root: HtmlElement) -> None:
        self.metas: list[HtmlElement] = []
        self.scripts: list[HtmlElement] = []
        self.links: list[HtmlElement] = []
        self.embeds: list[HtmlElement] = []
        self.noscripts: list[HtmlElement] = []
        self.title: HtmlElement | None = None
        self.base: HtmlElement | None = None
        for element in root.iter(
            "meta", "script", "link", "title", "base", "noscript", *EMBED_TAGS
        ):
            tag = element.tag
            if tag == "meta":
                self.metas.append(element)
            elif tag == "script":
                self.scripts.append(element)
            elif tag == "link":
                self.links.append(element)
            elif tag == "title":
                if self.title is None:
                    self.title = element
            elif tag == "base":
                if self.base is None and element.get("href"):
                    self.base = element
            elif tag == "noscript":
                self.noscripts.append(element)
            else:
                self.embeds.append(element)
