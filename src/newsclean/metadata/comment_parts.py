"""Reader comments known by their shape (the engine's ``comment_lists``), read as
(author, date, text): the engine tells each comment's item, its name line, its date
line and its controls ("Reply"); here the text is what is left of the item without
them and without the replies nested in it, one line per block."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ..dom.tags import LINE_BREAKS
from ..dom.text import collapse_space, text_of
from .comment_lines import is_date_line, is_furniture, name_text
from .comments import MAX_COMMENTS, Comment
from .dates import parse_date

HtmlElement = Any


@attrs.frozen
class CommentParts:
    """One comment's item and the lines of it that are no part of its text."""

    item: HtmlElement
    name: HtmlElement | None = None
    date: HtmlElement | None = None
    #: its controls and the replies nested in it
    skip: tuple[HtmlElement, ...] = ()
    #: the name read off the date line, when no line of its own holds it
    author: str | None = None


def read_comment_parts(found: Iterable[CommentParts]) -> tuple[Comment, ...]:
    """The comments of ``found``, in page order, those with no text left out."""
    comments: list[Comment] = []
    for parts in found:
        comment = _read(parts)
        if comment is not None:
            comments.append(comment)
        if len(comments) >= MAX_COMMENTS:
            break
    return tuple(comments)


def _read(parts: CommentParts) -> Comment | None:
    author = _name(parts.name) if parts.name is not None else parts.author
    date = None
    if parts.date is not None:
        date = parse_date(parts.date.get("datetime") or text_of(parts.date))
    skip = {*parts.skip, *(e for e in (parts.name, parts.date) if e is not None)}
    lines: list[str] = []
    line = [""]
    _collect(parts.item, skip, lines, line)
    _flush(lines, line)
    text = "\n\n".join(line for line in lines if line)
    if not text or is_date_line(text):
        return None  # an item of the date line alone, wrapping no comment
    return Comment(author=author, date=date, text=text)


def _name(element: HtmlElement) -> str | None:
    """The name line's name without a closing "says:" ("Ana says:", "Ana schrieb:",
    "Lenasagt") or profile controls glued to it."""
    words = collapse_space(text_of(element)).split()
    if len(words) > 1 and words[-1].endswith(":"):
        words = words[:-1]
    return name_text(" ".join(words))


def _collect(
    element: HtmlElement, skip: set[HtmlElement], lines: list[str], line: list[str]
) -> None:
    """Gather the text of ``element`` outside ``skip`` into ``lines``, a new line at
    each block (``line``: the line being written)."""
    if element.text:
        line[0] += element.text
    for child in element:
        if not isinstance(child.tag, str):
            pass
        elif child in skip:
            line[0] += " "
        else:
            block = child.tag in LINE_BREAKS
            if block:
                _flush(lines, line)
            _collect(child, skip, lines, line)
            if block:
                _flush(lines, line)
        if child.tail:
            line[0] += child.tail


def _flush(lines: list[str], line: list[str]) -> None:
    text = collapse_space(line[0])
    # a vote count, a control or a form's notice is no line of the comment
    if any(character.isalpha() for character in text) and not is_furniture(text):
        lines.append(text)
    line[0] = ""
