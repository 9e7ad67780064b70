"""How a line repeating a picture's ``alt`` text is told (``alt-captions``): the caption
written twice, once for screen readers, and not a headline or a teaser's title.
"""

from __future__ import annotations

from typing import Any

from .caption_markup import FIGURE_CAPTION_HEADINGS, opening_text

HtmlElement = Any

#: The shortest alt text a caption repeating it is recognised by, and how much of the
#: two is compared: a caption the site also wrote into the image's ``alt`` (or a teaser's
#: title under its thumbnail) starts with the same words, however it is styled.
ALT_MIN_CHARS = 30
ALT_COMPARED_CHARS = 60


def repeats_alt(alt: str, line: HtmlElement) -> bool:
    """Whether ``line`` starts with the ``alt`` text. A heading outside a ``<figure>``
    is a headline: told by its ancestors before its words are read (a teaser card's
    title under its thumbnail repeats the alt text too)."""
    heading = line.tag in FIGURE_CAPTION_HEADINGS
    if heading and next(line.iterancestors("figure"), None) is None:
        return False
    text = opening_text(line, ALT_COMPARED_CHARS)
    compared = min(len(alt), len(text), ALT_COMPARED_CHARS)
    return (
        compared >= ALT_MIN_CHARS
        and text[:compared] == alt[:compared]
        and (
            heading
            or next(line.iter("h1", "h2"), None) is None
            or next(line.iterancestors("figure"), None) is not None
        )
        and next(line.iterancestors("a"), None) is None
    )
