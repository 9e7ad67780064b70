"""Captions set outside ``<figcaption>``: a short line in italics or small print right
after an image, or right after the wrapper holding only the image.

The lines after each image are read with a few lxml calls (:mod:`.image_lines`), where
the same test written as one XPath path cost libxml2 four times as much: it evaluated
the "next sibling that is not a line break or blank text" test on every following
sibling of the image's wrappers (all the story's paragraphs, for an image inside the
story) before taking the first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...dom.text import text_of, words_length
from ..matchers import Nearby
from ..model import Effect, Role, Rule
from .alt_text import ALT_MIN_CHARS, is_short_alt, repeats_alt
from .caption_lines import credited, reads_as_caption
from .caption_markup import (
    CAPTION_TAGS,
    NOT_IN_CAPTION,
    SPACE,
    next_significant,
    normal,
    opens_page,
)
from .image_lines import ALT_CAPTION_TAGS, BOXED_CAPTION_TAGS, LineAfter, LinesAfter, lines_after
from .picture_boxes import closes_box, credit_and_caption
from .picture_credits import (
    CREDIT_END_CHARS,
    CREDITED_CAPTION_MAX_CHARS,
    SLASH_CREDIT,
)

HtmlElement = Any

#: The children of a picture's box holding its caption over a second line: the
#: picture (or its wrapper), the caption and that line.
CLOSED_BOX_CHILDREN = 3
#: What a caption's second line never holds: what a boxed caption never holds, but a
#: paragraph (it may be one itself).
_NOT_IN_SECOND_LINE = tuple(tag for tag in NOT_IN_CAPTION if tag != "p")
#: The longest line taken for repeating the picture's alt text (:func:`repeats_alt`;
#: measured untrimmed inside, as the veto measures: a caption box holding the caption
#: twice, full and cut short, in indented markup).
ALT_CAPTION_MAX_CHARS = 1000


def image_captions(image: HtmlElement) -> list[HtmlElement]:
    """The captions after ``image`` or after its wrappers, nearest first."""
    return _captions(LinesAfter(image))


def credited_image_captions(image: HtmlElement) -> list[HtmlElement]:
    """The captions after ``image`` or after its wrappers that a picture credit vouches
    for, nearest first: the line closes with a credit (:func:`ends_in_credit`), or
    the line after it is a credit (:func:`is_credit_line`).

    A caption a news agency writes runs to two or three sentences (who, where, when,
    why), longer than a line in italics needs to be; a story's paragraph after a
    picture is as long, and only the credit tells them apart.
    """
    return _credited_captions(LinesAfter(image))


def alt_captions(image: HtmlElement) -> list[HtmlElement]:
    """The lines after ``image`` or after its wrappers that start with the image's alt
    text: its caption written twice, once for screen readers, whatever classes or
    styles the line has. A line holding a headline (the story under a hero image
    whose alt is the headline) is not one, unless a ``<figure>`` holds it (a caption
    set as a heading), and neither is a line inside a link: a teaser card's title,
    which the teaser rules weigh with the rest of its list."""
    return _alt_captions(LinesAfter(image))


def boxed_captions(image: HtmlElement) -> list[HtmlElement]:
    """The line closing a box that holds only ``image`` (or the wrapper holding only
    it) and that line: a figure built of plain divs, whose caption has no italics, no
    credit and no caption class to tell it by. A picture linking to a page, or a line
    holding a link, makes a card, whose title the teaser rules weigh with its list."""
    return _boxed_captions(LinesAfter(image))


def picture_captions(root: HtmlElement) -> set[HtmlElement]:
    """Every line the caption rules above read as the caption of a picture under
    ``root``, whether or not they run (``include_captions`` switches them off to keep
    the captions)."""
    found: set[HtmlElement] = set()
    for image in root.iter("img", "picture"):
        near = LinesAfter(image)
        found.update(_captions(near), _credited_captions(near), _boxed_captions(near))
        if image.tag == "img":
            found.update(_alt_captions(near))
    return found


def _captions(near: LinesAfter) -> list[HtmlElement]:
    return _with_closing_lines(_lines_after(near, reads_as_caption))


def _credited_captions(near: LinesAfter) -> list[HtmlElement]:
    captions = _lines_after(near, credited, ALT_CAPTION_TAGS, True)
    if not captions:  # most pictures: no credited line to pair with its credit
        return captions
    credits = [
        credit
        for after in near.lines
        if after.line in captions
        and (credit := after.credit()) is not None
        and SLASH_CREDIT.fullmatch(normal(text_of(credit))) is not None
    ]
    return captions + credits


def _alt_captions(near: LinesAfter) -> list[HtmlElement]:
    raw = near.image.get("alt")
    if not raw or not near.lines:  # most pictures: no alt text, or no line after them
        return []
    alt = normal(raw)
    if not alt:
        return []
    if len(alt) < ALT_MIN_CHARS:  # too short to tell by its opening: the whole line is it
        folded = alt.casefold()
        return _with_closing_lines(
            _lines_after(near, lambda line: is_short_alt(folded, line.line, line.text()))
        )
    return _with_closing_lines(
        _lines_after(near, lambda line: repeats_alt(alt, line.line), ALT_CAPTION_TAGS)
    )


def _with_closing_lines(captions: list[HtmlElement]) -> list[HtmlElement]:
    """``captions`` and the short line closing each one's box when the box holds
    nothing else but the picture: the caption's second line, its credit or the place
    it was taken ("Jo Doe, Harbour Road, Oslo."), in the caption's style but with
    nothing a rule can tell it by."""
    found = list(captions)
    for caption in captions:
        line = next_significant(caption)
        box = caption.getparent()
        if (
            line is not None
            and line.getnext() is None
            and not (line.tail and line.tail.strip(SPACE))
            and line.tag in CAPTION_TAGS
            and box is not None
            and not (box.text and box.text.strip(SPACE))
            and _picture_box(box, caption)
            and 0 < words_length(line) <= CREDIT_END_CHARS
            and next(line.iter(*_NOT_IN_SECOND_LINE, "img", "picture"), None) is None
        ):
            found.append(line)
    return found


def _boxed_captions(near: LinesAfter) -> list[HtmlElement]:
    found = _lines_after(
        near, lambda after: closes_box(after.line, after.text, near.image), BOXED_CAPTION_TAGS
    )
    if found and any(opens_page(link) for link in near.image.iterancestors("a")):
        found = []  # a card: its picture and title lead to another page
    first = near.lines[0] if near.lines else None
    if first is not None and not first.deep:  # a credit, then the caption opening with it
        credited = credit_and_caption(first.line, first.wrapper)
        if credited and not first.wrapper_holds_text():
            found.extend(credited)
    return found


def _picture_box(box: HtmlElement, caption: HtmlElement) -> bool:
    """Whether ``box`` holds the picture itself, then ``caption``, then one more line,
    and nothing else: the picture's own box (a caption found past the picture's
    wrappers has the story's blocks beside it)."""
    children = [child for child in box if child.tag.__class__ is str]
    return (
        len(children) == CLOSED_BOX_CHILDREN
        and children[0].tag in ("img", "picture")
        and children[1] is caption
    )


def _lines_after(
    near: LinesAfter,
    test: Callable[[LineAfter], bool],
    tags: frozenset[str] = CAPTION_TAGS,
    deep: bool = False,
) -> list[HtmlElement]:
    """The lines passing ``test`` right after the image or its wrappers (``deep``: all).

    A wrapper holding text is not the image's alone, and neither is any wrapper
    around it, so the first one found holding text ends the search.
    """
    found = []
    for after in near.lines:
        line = after.line
        if after.deep and not deep:
            break
        if line.tag in tags and test(after):
            if after.wrapper_holds_text():
                break
            if next(line.iter("img", "picture"), None) is None:
                found.append(line)
    return found


IMAGE_CAPTIONS = Rule(
    "image-captions",
    Nearby(_captions, around="img picture", shared=lines_after),
    Effect.DROP,
    max_chars=200,
    description="A short italic or small-print line right after an image.",
    role=Role.CAPTION,
)


CREDITED_IMAGE_CAPTIONS = Rule(
    "credited-image-captions",
    Nearby(_credited_captions, around="img picture", shared=lines_after),
    Effect.DROP,
    max_chars=CREDITED_CAPTION_MAX_CHARS,
    description="A caption right after an image, longer than image-captions takes, that "
    "closes with the picture's credit or stands over a credit line.",
    role=Role.CAPTION,
)


ALT_CAPTIONS = Rule(
    "alt-captions",
    Nearby(_alt_captions, around="img", shared=lines_after),
    Effect.DROP,
    max_chars=ALT_CAPTION_MAX_CHARS,
    description="A line right after an image that starts with the image's alt text: the "
    "caption the site wrote twice, or a teaser's title under its thumbnail.",
    role=Role.CAPTION,
)


BOXED_CAPTIONS = Rule(
    "boxed-captions",
    Nearby(_boxed_captions, around="img picture", shared=lines_after),
    Effect.DROP,
    max_chars=200,
    description="A short line closing a box that holds only an image and that line: a "
    "figure built of divs, its caption unmarked; or a credit line and the caption after "
    "it that opens with the same credit.",
    role=Role.CAPTION,
)
