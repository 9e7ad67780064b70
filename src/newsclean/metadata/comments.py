"""Reader comments: the sections the comment rules drop, read as (author, date, text).

A comment section is found by the engine's rules (it is boilerplate for the
body); here each comment inside it is read: the author from a name-like class or
``itemprop``, the date from ``<time>`` or a date-like class, the text from its
paragraphs (replies nested inside are comments of their own).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import islice
from typing import Any

import attrs

from ..dom.text import collapse_space, text_of
from ..tuning.metadata import (
    COMMENT_AUTHOR_MAX_WORDS,
    RECENT_COMMENTS_HEADING_MAX_CHARS,
    RECENT_COMMENTS_LEVELS,
    RECENT_COMMENTS_SIBLINGS,
)
from .comment_lines import (
    RECENT_COMMENTS,
    is_date_line,
    is_furniture,
    name_text,
    without_furniture,
)
from .dates import parse_date

HtmlElement = Any

#: One word of a class or id naming a single comment: ``comment``, ``comment-item``,
#: ``js-comment-body``, ``comment-101``, ``reply``... (not ``comments`` or
#: ``comment-list``, which name the section, nor ``comment-author``, a part of one).
_ITEM_WORD = re.compile(
    r"(?:^|[_-])(?:comment|reply|review)(?:[_-](?:item|body|wrap|container|\d+))?$", re.I
)
_AUTHOR = re.compile(r"author|user(?:name)?|commenter|\bname\b|\bfn\b|nickname", re.I)
_DATE = re.compile(r"date|time|when|posted|published", re.I)
_SKIP = re.compile(r"reply-link|comment-reply|actions|meta-links|vote|like|share|report", re.I)
MAX_COMMENTS = 500


@attrs.frozen
class Comment:
    """One reader comment: who wrote it, when, and what."""

    author: str | None = None
    date: dt.datetime | dt.date | None = None
    text: str = ""


def read_comments(sections: Iterable[HtmlElement]) -> tuple[Comment, ...]:
    """The comments inside ``sections`` (outermost comment containers), in page order."""
    comments: list[Comment] = []
    for section in sections:
        if _is_recent_list(section):
            continue
        for item in _items(section):
            comment = _read(item)
            if comment is not None:
                comments.append(comment)
            if len(comments) >= MAX_COMMENTS:
                return tuple(comments)
    return tuple(comments)


def _is_recent_list(section: HtmlElement) -> bool:
    """A sidebar's list of the latest comments (each item a name and a link to the post
    commented on), under a heading "Recent comments" opening it or standing just before
    it: no comment section."""
    first = next((child for child in section if isinstance(child.tag, str)), None)
    looked = [first] if first is not None else []
    for holder in (section, *islice(section.iterancestors(), RECENT_COMMENTS_LEVELS)):
        looked.extend(islice(holder.itersiblings(preceding=True), RECENT_COMMENTS_SIBLINGS))
    return any(
        isinstance(element.tag, str)
        and len(text_of(element)) <= RECENT_COMMENTS_HEADING_MAX_CHARS
        and RECENT_COMMENTS.fullmatch(collapse_space(text_of(element))) is not None
        for element in looked
    )


def _names(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _is_item(element: HtmlElement) -> bool:
    """Named like one comment: word by word, so that ``class="comment"`` (the commonest
    markup) and ``class="comment even depth-1" id="c1"`` both count."""
    return any(_ITEM_WORD.search(word) for word in _names(element).split())


def _items(section: HtmlElement) -> list[HtmlElement]:
    """Elements that hold one comment each (li/article/div named like a comment)."""
    found = [
        element
        for element in section.iter("li", "article", "div")
        if element is not section and _is_item(element)
    ]
    if not found:
        found = [li for li in section.iter("li") if len(text_of(li).strip()) >= 20]
    # a "comment-body" inside a "comment" is the same comment: keep the outer one
    chosen = set(found)
    return [
        item
        for item in found
        if not any(a in chosen for a in item.iterancestors()) or _is_reply_container(item)
    ]


def _is_reply_container(item: HtmlElement) -> bool:
    """A nested comment (a reply) rather than a part of its parent comment."""
    parent_item = next((a for a in item.iterancestors() if _is_item(a)), None)
    if parent_item is None:
        return True
    return item.tag in ("li", "article") and item.tag == parent_item.tag


def _read(item: HtmlElement) -> Comment | None:
    author = date_text = author_line = None
    date = None
    for element in item.iter():
        if not isinstance(element.tag, str) or _inside_reply(element, item):
            continue
        if element is not item and _is_reply(element, item):
            continue  # a reply (marked "bypostauthor" when the post's author wrote it)
        names = _names(element) + " " + (element.get("itemprop") or "")
        if author is None and element is not item and _AUTHOR.search(names):
            line = text_of(element)
            author = _author(line)
            author_line = line if author is not None else None
        if date is None and (
            element.tag == "time" or (_DATE.search(names) and element is not item)
        ):
            date_text = element.get("datetime") or text_of(element)
            date = parse_date(date_text) if date_text else None
    paragraphs = [
        collapse_space(text_of(p))
        for p in item.iter("p")
        if not _inside_reply(p, item) and not _SKIP.search(_names(p))
    ]
    kept = (p for p in paragraphs if p and not is_furniture(p) and not is_date_line(p))
    text = without_furniture("\n\n".join(kept))
    if not any(paragraphs):  # (paragraphs all furniture: a form's notices, no comment)
        text = without_furniture(_own_text(item, author_line, date_text))
    if not text or is_furniture(text):
        return None
    return Comment(author=author, date=date, text=text)


def _author(text: str) -> str | None:
    """The commenter's name in a name-like element's ``text``; None when it is no name
    (a greeting, a control, a text of many words)."""
    name = name_text(text)
    if name is None or len(name.split()) > COMMENT_AUTHOR_MAX_WORDS:
        return None
    return name


def _inside_reply(element: HtmlElement, item: HtmlElement) -> bool:
    """True when ``element`` belongs to a comment nested inside ``item``."""
    for ancestor in element.iterancestors():
        if ancestor is item:
            return False
        if ancestor.tag in ("li", "article") and _is_item(ancestor):
            return True
    return False


def _own_text(item: HtmlElement, author: str | None, date_text: str | None) -> str:
    """The text of ``item`` without its author, its date and the replies nested in it."""
    parts: list[str] = []
    _gather(item, item, parts)
    text = collapse_space("".join(parts))
    for known in (author, date_text):
        if known:
            text = text.replace(" ".join(known.split()), " ")
    return " ".join(text.split())


def _gather(element: HtmlElement, item: HtmlElement, parts: list[str]) -> None:
    """The text of ``element`` into ``parts``, passing over the comments nested in
    ``item``: a reply is a comment of its own, an item like ``item`` (an ``li`` in an
    ``li``), where an ``article`` in an ``li`` is its body."""
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and not _is_reply(child, item):
            _gather(child, item, parts)
        if child.tail:
            parts.append(child.tail)


def _is_reply(element: HtmlElement, item: HtmlElement) -> bool:
    """A comment nested in ``item``: an ``li`` in an ``li``, an ``article`` in an
    ``article``, named like a comment (a ``div`` so named is a part of its comment)."""
    return element.tag in ("li", "article") and element.tag == item.tag and _is_item(element)
