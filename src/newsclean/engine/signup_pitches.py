"""A sign-up box whose pitch runs past a heading and a line: a list of what the reader
gets ("Weekly tips", "Unsubscribe at any time"), a privacy note, the "thanks, check
your inbox" message the form shows once sent. The box around a form asking for an email
address (``form-boxes``) holds at most ``form_box_max_chars`` besides the form; above
that a wrapper is still the sign-up's box when its text stays short lines: a paragraph
or two, none of a story's length, ``signup_pitch_max_chars`` in all. A comment form's
wrapper holds its thread (many short lines), so only sign-ups, forms without a text
area, grow so."""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..settings import Tuning

HtmlElement = Any

#: More paragraphs (or quotes) below the box than ``$count``, or one longer than
#: ``$most`` characters, whitespace collapsed: asked in C, so a box of a thousand empty
#: paragraphs costs no walk.
_STORY_PARAGRAPHS = etree.XPath(
    "count(descendant::p | descendant::blockquote) > $count"
    " or boolean(descendant::p[string-length(normalize-space()) > $most]"
    " | descendant::blockquote[string-length(normalize-space()) > $most])",
    smart_strings=False,
    regexp=False,
)


def is_pitch_box(wrapper: HtmlElement, extra: int, tuning: Tuning) -> bool:
    """True when ``wrapper``, holding ``extra`` characters besides its sign-up form
    (more than ``form_box_max_chars``), is still the sign-up's box: at most
    ``signup_pitch_max_chars`` of them, at most ``signup_pitch_max_paragraphs``
    paragraphs, none longer than ``signup_pitch_line_chars`` (a story's short
    paragraphs around a form set among them stop the climb)."""
    if extra > tuning.signup_pitch_max_chars:
        return False
    return not _STORY_PARAGRAPHS(
        wrapper,
        count=tuning.signup_pitch_max_paragraphs,
        most=tuning.signup_pitch_line_chars,
    )
