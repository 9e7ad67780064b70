"""Whether a line closes a picture's own box: the test `boxed-captions` makes of
the line after an image (kept apart from the rules reading lines after images)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...dom.text import text_of
from .caption_markup import CAPTION_TAGS, NOT_IN_CAPTION, SPACE, next_significant, normal
from .picture_credits import CREDIT_END_CHARS, is_credit_line
from .picture_names import named_by_picture

HtmlElement = Any

#: The fewest words a boxed caption holds: a caption says what the picture shows.
BOXED_CAPTION_MIN_WORDS = 4
#: The longest credit a caption opens with again (:func:`credit_and_caption`): a
#: photographer's or agency's name, not a sentence.
REPEATED_CREDIT_MAX_CHARS = 60


def closes_box(line: HtmlElement, read_text: Callable[[], str], image: HtmlElement) -> bool:
    """Whether the line is the last of two elements in a plain ``div``, holds text but
    no link, heading or paragraph (a profile's or review's box has those), is no
    picture credit nor a label of a word or two, and no text runs on after it. A
    paragraph, or a line of fewer words, is one when the picture names it
    (:func:`named_by_picture`): a person's name under a portrait; a paragraph is one
    too when the box is set apart in a wrapper of its own (:func:`set_apart`)."""
    if line.getnext() is not None or (line.tail and line.tail.strip(SPACE)):
        return False
    box = line.getparent()
    if box is None or box.tag != "div" or (box.text and box.text.strip(SPACE)):
        return False
    if sum(1 for child in box if child.tag.__class__ is str) != 2:
        return False
    if next(line.iterdescendants(*NOT_IN_CAPTION), None) is not None:
        return False
    paragraph = line.tag == "p"  # the only caption tag that may be one of those
    # a credit alone is the credit rules', and the evidence for the caption above it
    text = read_text()  # read once the shape holds
    few = len(text.split(None, BOXED_CAPTION_MIN_WORDS)) < BOXED_CAPTION_MIN_WORDS
    if (
        (few or paragraph)
        and not (paragraph and set_apart(box))
        and not named_by_picture(image, line, text)
    ):
        return False  # an icon's label, a gallery's "View photos" control
    return not (len(text.strip(SPACE)) <= CREDIT_END_CHARS and is_credit_line(text))


def set_apart(box: HtmlElement) -> bool:
    """Whether the picture's ``box`` is all its wrapper holds, and that wrapper stands
    beside paragraphs: a picture's module set among the story's paragraphs, whose closing
    paragraph is its caption, however few its words (a script writing no spaces between
    them). A paragraph beside a picture in the story's own flow has no such wrapper."""
    wrapper = box.getparent()
    if wrapper is None or (box.tail and box.tail.strip(SPACE)):
        return False
    if wrapper.text and wrapper.text.strip(SPACE):
        return False
    if sum(1 for child in wrapper if child.tag.__class__ is str) != 1:
        return False
    around = wrapper.getparent()
    return around is not None and next(around.iterchildren("p"), None) is not None


def credit_and_caption(line: HtmlElement, picture: HtmlElement) -> list[HtmlElement]:
    """``line`` and the caption after it when ``line`` is a short credit that the caption
    opens with again, in an element of its own (the credit written twice, once over the
    picture, once in the caption's line), and the three make the picture's whole box:
    ``picture`` (the image or its wrapper) first, the caption last. Neither line holds a
    link or a heading, nor stands in a link: a card's title is a link."""
    if line.tag not in CAPTION_TAGS or line.getprevious() is not picture:
        return []  # most pictures: the line is no caption's tag, or not right after it
    if picture.getprevious() is not None:
        return []
    caption = next_significant(line)
    if caption is None or caption.tag not in CAPTION_TAGS:
        return []  # no second line after the first
    if caption.getnext() is not None or (caption.tail and caption.tail.strip(SPACE)):
        return []
    if (caption.text and caption.text.strip(SPACE)) or not len(caption):
        return []  # the caption opens with an element: the credit's again
    opening = caption[0]
    credit = normal(text_of(line))
    if not 0 < len(credit) <= REPEATED_CREDIT_MAX_CHARS or opening.tag.__class__ is not str:
        return []
    if normal(text_of(opening)) != credit:
        return []
    box = line.getparent()
    if box is None or (box.text and box.text.strip(SPACE)):
        return []
    if next(line.iter(*NOT_IN_CAPTION, "img", "picture"), None) is not None:
        return []
    if next(caption.iterdescendants(*NOT_IN_CAPTION, "img", "picture"), None) is not None:
        return []
    if len(normal(text_of(caption))) <= len(credit) + 1:
        return []  # the credit alone again: no caption
    return [line, caption] if next(box.iterancestors("a"), None) is None else []
