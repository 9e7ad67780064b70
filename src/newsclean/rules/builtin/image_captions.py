"""Captions set outside ``<figcaption>``: a short line in italics or small print right
after an image, or right after the wrapper holding only the image.

Read from each image with a few lxml calls, where the same test written as one XPath
path cost libxml2 four times as much: it evaluated the "next sibling that is not a line
break or blank text" test on every following sibling of the image's wrappers (all the
story's paragraphs, for an image inside the story) before taking the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ...dom.text import text_of, words_length
from ...dom.tree import next_element
from ..matchers import Nearby
from ..model import Effect, Role, Rule
from .alt_text import ALT_MIN_CHARS, is_short_alt, repeats_alt
from .caption_markup import (
    CAPTION_TAGS,
    FIGURE_CAPTION_HEADINGS,
    ITALIC_TAGS,
    NOT_IN_CAPTION,
    SPACE,
    WRAPPER_LEVELS,
    closes_with,
    holds_text,
    next_significant,
    normal,
    opens_page,
    small_print,
    sole_chain_top,
    sole_italic,
)
from .picture_boxes import closes_box, credit_and_caption
from .picture_credits import (
    CREDIT_END_CHARS,
    CREDITED_CAPTION_MAX_CHARS,
    SLASH_CREDIT,
    credit_after,
    ends_in_credit,
    opens_with_credit,
)

HtmlElement = Any

#: What a boxed caption (:func:`boxed_captions`) may be set in besides the
#: ``CAPTION_TAGS``: a bold wrapper around the caption's spans.
BOXED_CAPTION_TAGS = CAPTION_TAGS | frozenset(("strong", "b"))
#: ... and what an alt-text caption may be set in besides those (a heading inside a
#: ``<figure>``, :func:`repeats_alt`), as may a credited caption (a heading closing with
#: its credit in brackets).
ALT_CAPTION_TAGS = CAPTION_TAGS | FIGURE_CAPTION_HEADINGS
_NEAR_TAGS = BOXED_CAPTION_TAGS | FIGURE_CAPTION_HEADINGS
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
#: What a caption set as a heading closes with: its credit's bracket.
_BRACKETS = (")", "]")
#: Runs of markup whitespace.
_SPACES = re.compile("[ \t\r\n]+")
#: A line's credit not looked for yet (None: there is none).
_UNREAD: Any = object()


class _Line:
    """A line after an image or a wrapper (``deep``: past ``WRAPPER_LEVELS``), read once."""

    __slots__ = ("_credit", "_text", "_wrapper_text", "deep", "line", "wrapper")

    def __init__(self, line: HtmlElement, wrapper: HtmlElement, deep: bool = False) -> None:
        self.line = line
        self.wrapper = wrapper
        self.deep = deep
        self._text: str | None = None
        self._credit: HtmlElement | None = _UNREAD
        self._wrapper_text: bool | None = None

    def text(self) -> str:
        """The line's text (:func:`~newsclean.dom.text.text_of`)."""
        if self._text is None:
            self._text = text_of(self.line)
        return self._text

    def credit(self) -> HtmlElement | None:
        """The picture's credit line right after the line (:func:`credit_after`)."""
        if self._credit is _UNREAD:
            self._credit = credit_after(self.line)
        return self._credit

    def wrapper_holds_text(self) -> bool:
        """Whether the wrapper holds text (:func:`holds_text`): then it is not the
        image's alone."""
        if self._wrapper_text is None:
            self._wrapper_text = holds_text(self.wrapper)
        return self._wrapper_text


class _Near:
    """What the caption rules read after one image: the lines after it and after its
    wrappers, nearest first, each set in a tag some caption rule takes."""

    __slots__ = ("image", "lines")

    def __init__(self, image: HtmlElement) -> None:
        self.image = image
        self.lines: list[_Line] = []
        node = image
        for _level in range(WRAPPER_LEVELS):
            line = next_significant(node)
            if line is not None and line.tag in _NEAR_TAGS:
                self.lines.append(_Line(line, node))
            node = node.getparent()
            if node is None:
                return
        if not self.lines:  # a picture nested in a chain of wrappers has none so near
            top = sole_chain_top(image)
            line = None if top is None else next_significant(top)
            if line is not None and line.tag in _NEAR_TAGS:
                self.lines.append(_Line(line, top, True))


def image_captions(image: HtmlElement) -> list[HtmlElement]:
    """The captions after ``image`` or after its wrappers, nearest first."""
    return _captions(_Near(image))


def credited_image_captions(image: HtmlElement) -> list[HtmlElement]:
    """The captions after ``image`` or after its wrappers that a picture credit vouches
    for, nearest first: the line closes with a credit (:func:`ends_in_credit`), or
    the line after it is a credit (:func:`is_credit_line`).

    A caption a news agency writes runs to two or three sentences (who, where, when,
    why), longer than a line in italics needs to be; a story's paragraph after a
    picture is as long, and only the credit tells them apart.
    """
    return _credited_captions(_Near(image))


def alt_captions(image: HtmlElement) -> list[HtmlElement]:
    """The lines after ``image`` or after its wrappers that start with the image's alt
    text: its caption written twice, once for screen readers, whatever classes or
    styles the line has. A line holding a headline (the story under a hero image
    whose alt is the headline) is not one, unless a ``<figure>`` holds it (a caption
    set as a heading), and neither is a line inside a link: a teaser card's title,
    which the teaser rules weigh with the rest of its list."""
    return _alt_captions(_Near(image))


def boxed_captions(image: HtmlElement) -> list[HtmlElement]:
    """The line closing a box that holds only ``image`` (or the wrapper holding only
    it) and that line: a figure built of plain divs, whose caption has no italics, no
    credit and no caption class to tell it by. A picture linking to a page, or a line
    holding a link, makes a card, whose title the teaser rules weigh with its list."""
    return _boxed_captions(_Near(image))


def picture_captions(root: HtmlElement) -> set[HtmlElement]:
    """Every line the caption rules above read as the caption of a picture under
    ``root``, whether or not they run (``include_captions`` switches them off to keep
    the captions)."""
    found: set[HtmlElement] = set()
    for image in root.iter("img", "picture"):
        near = _Near(image)
        found.update(_captions(near), _credited_captions(near), _boxed_captions(near))
        if image.tag == "img":
            found.update(_alt_captions(near))
    return found


def _captions(near: _Near) -> list[HtmlElement]:
    return _with_closing_lines(_lines_after(near, _reads_as_caption))


def _credited_captions(near: _Near) -> list[HtmlElement]:
    captions = _lines_after(near, _credited, ALT_CAPTION_TAGS, True)
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


def _alt_captions(near: _Near) -> list[HtmlElement]:
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


def _boxed_captions(near: _Near) -> list[HtmlElement]:
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
    near: _Near,
    test: Callable[[_Line], bool],
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


def _reads_as_caption(after: _Line) -> bool:
    """Italics or small print: by tag, by a ``caption``/``credit``/``small`` class, by a
    single italic child holding all its text, or by an inline font size smaller than
    that of the element after it (a page styling every paragraph alike is not). Or a
    line closing with a picture's credit (:func:`ends_in_credit`)."""
    line = after.line
    if line.tag in ITALIC_TAGS:
        return True
    names = line.get("class")
    if names is not None and (
        "caption" in names or "credit" in names or "small" in _SPACES.split(names)
    ):
        return True
    style = line.get("style")
    if style is not None:
        following = next_element(line)
        if following is not None and style != following.get("style") and small_print(style):
            return True
    italic = sole_italic(line)
    if italic is not None and normal(text_of(italic)) == normal(after.text()):
        return True
    return ends_in_credit(after.text())


def _credited(after: _Line) -> bool:
    """Whether the line closes with a picture's credit (read with the markup's whitespace
    closed up), the line after it is one, or it opens with one; a heading, by its own in
    brackets only (no headline ends with one: told before it is read). A credit holding
    a picture is the next picture's, under which the line is story. A line longer than
    the rule takes (measured as the engine measures it), or a following one longer than
    a credit, is not read."""
    line = after.line
    heading = line.tag in FIGURE_CAPTION_HEADINGS
    if heading and not closes_with(line, _BRACKETS):
        return False
    text = after.text().strip()
    if len(text) > CREDITED_CAPTION_MAX_CHARS:
        return False
    if ends_in_credit(normal(text)):
        return not heading or text.endswith(_BRACKETS)
    return not heading and (after.credit() is not None or opens_with_credit(line))


IMAGE_CAPTIONS = Rule(
    "image-captions",
    Nearby(_captions, around="img picture", shared=_Near),
    Effect.DROP,
    max_chars=200,
    description="A short italic or small-print line right after an image.",
    role=Role.CAPTION,
)


CREDITED_IMAGE_CAPTIONS = Rule(
    "credited-image-captions",
    Nearby(_credited_captions, around="img picture", shared=_Near),
    Effect.DROP,
    max_chars=CREDITED_CAPTION_MAX_CHARS,
    description="A caption right after an image, longer than image-captions takes, that "
    "closes with the picture's credit or stands over a credit line.",
    role=Role.CAPTION,
)


ALT_CAPTIONS = Rule(
    "alt-captions",
    Nearby(_alt_captions, around="img", shared=_Near),
    Effect.DROP,
    max_chars=ALT_CAPTION_MAX_CHARS,
    description="A line right after an image that starts with the image's alt text: the "
    "caption the site wrote twice, or a teaser's title under its thumbnail.",
    role=Role.CAPTION,
)


BOXED_CAPTIONS = Rule(
    "boxed-captions",
    Nearby(_boxed_captions, around="img picture", shared=_Near),
    Effect.DROP,
    max_chars=200,
    description="A short line closing a box that holds only an image and that line: a "
    "figure built of divs, its caption unmarked; or a credit line and the caption after "
    "it that opens with the same credit.",
    role=Role.CAPTION,
)
