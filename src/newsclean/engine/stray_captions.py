"""Table captions outside any table read as the text they are in a browser.

A browser's HTML parser ignores a ``<caption>`` tag met outside a table: its words stay,
as part of the paragraph or box around them (a slideshow writes each slide's text as
``<p><caption>...</caption></p>``). libxml2 keeps the element instead, and closes the
paragraph before it, so the slide's text would sit in an element no paragraph count
sees and the caption rules would read as a picture's caption. Such a caption becomes
the plain box it is on screen; a table's own caption is left alone."""

from __future__ import annotations

from typing import Any

HtmlElement = Any

#: The tag a stray caption takes: a plain box, as a browser lays out its words.
STRAY_CAPTION_TAG = "div"


def open_stray_captions(captions: list[HtmlElement]) -> None:
    """Make each ``<caption>`` with no table above it a plain box (``captions``: the
    page's captions, in document order)."""
    for caption in captions:
        parent = caption.getparent()
        if parent is None or parent.tag == "table":
            continue
        if next(caption.iterancestors("table"), None) is None:
            caption.tag = STRAY_CAPTION_TAG
