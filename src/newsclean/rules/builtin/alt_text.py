"""How a line repeating a picture's ``alt`` text is told (``alt-captions``): the caption
written twice, once for screen readers, and not a headline or a teaser's title.
"""

from __future__ import annotations

from typing import Any

from ...dom.text import text_of
from .caption_markup import FIGURE_CAPTION_HEADINGS, normal, opening_text
from .picture_credits import CREDITED_CAPTION_MAX_CHARS, closes_with_credit_line

HtmlElement = Any

#: The shortest alt text a caption repeating it is recognised by, and how much of the
#: two is compared: a caption the site also wrote into the image's ``alt`` (or a teaser's
#: title under its thumbnail) starts with the same words, however it is styled.
ALT_MIN_CHARS = 30
ALT_COMPARED_CHARS = 60
#: The longest line (untrimmed, with its markup's whitespace) read for being a short
#: alt text again (:func:`is_short_alt`): the alt is shorter than ``ALT_MIN_CHARS``.
ALT_SHORT_LINE_MAX_CHARS = 200


def repeats_alt(alt: str, line: HtmlElement) -> bool:
    """Whether ``line`` starts with the ``alt`` text. A heading outside a ``<figure>``
    is a headline (a teaser card's title under its thumbnail repeats the alt text too),
    unless it closes with the picture's credit
    (:func:`_credited_heading`): a caption set as a heading in a figure built of divs."""
    heading = line.tag in FIGURE_CAPTION_HEADINGS
    outside = heading and next(line.iterancestors("figure"), None) is None
    if outside and _linked(line):
        return False  # a card's title: told before its words are read
    text = opening_text(line, ALT_COMPARED_CHARS)
    compared = min(len(alt), len(text), ALT_COMPARED_CHARS)
    if compared < ALT_MIN_CHARS or text[:compared] != alt[:compared]:
        return False
    if outside:
        return _credited_heading(line)
    return _placed_as_caption(line, heading)


def is_short_alt(folded_alt: str, line: HtmlElement, text: str) -> bool:
    """Whether ``line`` (its ``text``) is the short ``alt`` text again, word for word
    (whitespace closed up, case folded: ``folded_alt``): a caption too short to be
    told by its opening (``ALT_MIN_CHARS``), told by being the whole alt text. A line
    set as a heading or in bold never is (a subheading may name what the picture above
    it shows), nor one holding a link or inside one (a card's title, a gallery's link)."""
    if line.tag in FIGURE_CAPTION_HEADINGS or len(text) > ALT_SHORT_LINE_MAX_CHARS:
        return False
    if normal(text).casefold() != folded_alt or next(line.iter("a"), None) is not None:
        return False
    bold = next(line.iter("b", "strong"), None)
    if bold is not None and normal(text_of(bold)).casefold() == folded_alt:
        return False  # a name set in bold: a roundup's item, the story's subheading
    return _placed_as_caption(line, False)


def _credited_heading(line: HtmlElement) -> bool:
    """Whether a heading outside a ``<figure>`` that repeats its picture's alt text is
    the caption: it closes with the picture's credit too (no headline does), and holds
    no link nor stands in one (a card's title: :func:`repeats_alt` tells that first)."""
    text = text_of(line)
    return len(text) <= CREDITED_CAPTION_MAX_CHARS and closes_with_credit_line(normal(text))


def _linked(line: HtmlElement) -> bool:
    """Whether ``line`` holds a link or stands in one."""
    return next(line.iter("a"), None) is not None or next(line.iterancestors("a"), None) is not None


def _placed_as_caption(line: HtmlElement, heading: bool) -> bool:
    """Whether the line holds no headline (unless a ``<figure>`` holds it) and stands
    outside a link: a teaser card's title repeats its thumbnail's alt text too."""
    return (
        heading
        or next(line.iter("h1", "h2"), None) is None
        or next(line.iterancestors("figure"), None) is not None
    ) and next(line.iterancestors("a"), None) is None
