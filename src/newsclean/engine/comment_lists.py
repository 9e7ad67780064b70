"""Readers' comments known by their shape, for pages whose markup names nothing: a run
of sibling items after the story, each carrying a date line ("3. Mai 2024 um 14:12",
"May 3, 2024 at 9:15 pm", "2 hours ago") or a ``<time>``, a short name line (the
commenter, often a link or in bold) and a short text of its own. A teaser list has the
dates too, but each teaser's title is a linked line of many words; a comment's name is
a few words and its text is not a link.

Read only when comments were asked for and the page's names found none: the items are
marked before the engine runs (the rules may take the section out, or leave it beside
the story), and those that come after the body's start and stayed out of the body are
the page's comments (:func:`comments_after`). What reads as a date line is
:mod:`.date_lines`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from typing import Any

import attrs

from ..dom.tags import HEADINGS
from ..dom.text import RAW_SLACK, collapse_space, short_text, text_of
from ..metadata.comment_lines import RECENT_COMMENTS, is_furniture, is_reply_control, name_text
from ..metadata.comment_parts import CommentParts
from ..rules.builtin.lexicon.comments import COMMENT_BUTTON, COMMENT_HEADING
from ..rules.compiled import CompiledRules
from ..rules.matchers import Tags
from ..rules.model import Effect, Role, Rule
from ..settings import Options, Tuning
from ..tuning.widgets import (
    COMMENT_ITEM_MAX_CHARS,
    COMMENT_LINE_MAX_CHARS,
    COMMENT_NAME_MAX_WORDS,
    COMMENT_TITLE_MAX_WORDS,
)
from .date_lines import DIGIT, date_search, is_short_date_line
from .extraction import Extraction
from .threads import is_control

HtmlElement = Any

#: Stands in for a rule on comments known by their shape (an engine rule, like
#: ``comment-threads``: ``disable("comment-lists")`` switches it off). It removes
#: nothing: it reads the comments into ``Article.comments``.
COMMENT_LISTS = Rule(
    "comment-lists",
    Tags("li article div section dl tr"),
    Effect.DROP,
    description="Readers' comments known by their shape when the page's names tell none "
    "(a run of items after the story, each with a name line, a date line and a short "
    "text, under a heading counting them or with 'Reply' links), read into "
    "Article.comments when comments are asked for.",
    role=Role.COMMENTS,
)

#: The elements a date line may be: short blocks and inline elements.
_LINE_TAGS = ("span", "a", "div", "p", "small", "abbr", "em", "i", "b", "strong", "cite", "dd")
#: The elements a commenter's name may be in.
_NAME_TAGS = ("a", "strong", "b", "cite", "span", "div", "p", "em", "dt", *HEADINGS)
#: How a sentence ends, and a name does not ("B." may end a name).
_SENTENCE_ENDS = ("...", "…", "!", "?")
#: Of those, the inline ones: a word of a sentence may be set so.
_INLINE_NAME_TAGS = frozenset(("a", "strong", "b", "cite", "span", "em"))
#: The elements an item may be.
_ITEM_TAGS = frozenset(("li", "article", "div", "section", "dl", "tr"))
#: How far above a date line its comment's item may be.
_ITEM_REACH = 6

#: A line naming a comment section: a heading's ("12 Kommentare", "Leave a reply") or a
#: button's or count's ("Show comments", "6 commentaires").
_HEADING = re.compile(rf"(?:{COMMENT_HEADING}|{COMMENT_BUTTON})", re.IGNORECASE)
#: Such a line holds at most this many characters ("3 thoughts on “...”" quotes a title)...
_HEADING_MAX_CHARS = 200
#: ... and is among this many siblings before the run's parent or an ancestor of it...
_HEADING_SIBLINGS = 3
#: ... this many levels up at most
_HEADING_LEVELS = 3


def _date_lines(body: HtmlElement) -> tuple[list[HtmlElement], set[HtmlElement]]:
    """The page's ``<time>`` elements and short lines holding a date; and the elements
    holding a comment's control ("Reply", "Antworten"), a few levels up from it."""
    found: list[HtmlElement] = []
    controlled: set[HtmlElement] = set()
    for element in body.iter("time", *_LINE_TAGS):
        if element.tag == "time":
            found.append(element)
            continue
        text = short_text(element, COMMENT_LINE_MAX_CHARS)
        if text is None:
            continue
        if DIGIT.search(text) and date_search(text):
            found.append(element)
        elif is_control(text) or is_reply_control(text):
            controlled.update(islice(element.iterancestors(), _ITEM_REACH))
    return found, controlled


def find_comment_items(body: HtmlElement, min_items: int) -> list[list[HtmlElement]]:
    """The runs of comment-shaped items in ``body``: for each parent holding children
    that each hold a date line and are shaped like a comment (:func:`_is_comment`),
    those children in page order, when they are readers' comments (:func:`_is_thread`)."""
    held: dict[HtmlElement, dict[HtmlElement, None]] = {}
    lines, controlled = _date_lines(body)
    for line in lines:
        child = line
        for _level, ancestor in zip(range(_ITEM_REACH), line.iterancestors(), strict=False):
            if child.tag in _ITEM_TAGS:
                held.setdefault(ancestor, {})[child] = None
            if ancestor is body:
                break
            child = ancestor
    runs = []
    for parent, children in held.items():
        controls = [child for child in children if child in controlled]
        if len(children) < min_items and not controls and not _under_comment_heading(parent):
            continue
        items = [child for child in children if _is_comment(child)]
        controlled_run = any(item in controlled for item in items)
        if items and _is_thread(parent, items, controlled_run, min_items):
            runs.append(items)
    return runs


def _is_thread(
    parent: HtmlElement, items: list[HtmlElement], controlled: bool, min_items: int
) -> bool:
    """Whether ``items``, the comment-shaped children of ``parent``, are readers'
    comments: under a line naming a comment section, however few; or at least
    ``min_items`` of them, most of ``parent``'s children, with a "Reply" in one of them
    (``controlled``); never under a heading of the latest comments (a sidebar's list)."""
    heading = _comment_heading(parent)
    if heading is not None:
        return heading
    return controlled and len(items) >= min_items and len(items) * 2 >= _text_children(parent)


def _under_comment_heading(parent: HtmlElement) -> bool:
    return _comment_heading(parent) is True


def _comment_heading(parent: HtmlElement) -> bool | None:
    """True when a line naming a comment section ("12 Kommentare", "Leave a reply",
    "3 thoughts on ...") opens ``parent`` or stands a little before it, a few siblings
    back from it or from one of its nearest ancestors; False when the nearest such line
    heads a sidebar's list of the latest comments ("Recent comments"); else None."""
    first = next((child for child in parent if isinstance(child.tag, str)), None)
    looked = [first] if first is not None else []
    for holder in (parent, *islice(parent.iterancestors(), _HEADING_LEVELS)):
        looked.extend(islice(holder.itersiblings(preceding=True), _HEADING_SIBLINGS))
    for element in looked:
        if not isinstance(element.tag, str):
            continue
        text = short_text(element, _HEADING_MAX_CHARS)
        if text is None:
            continue
        if RECENT_COMMENTS.fullmatch(text):
            return False
        if _HEADING.fullmatch(text):
            return True
    return None


def comment_parts(items: list[HtmlElement]) -> list[CommentParts]:
    """Each of ``items`` (in page order) with its name line, its date line and what is
    no part of its text: its controls ("Reply") and the items nested in it."""
    chosen = set(items)
    found = []
    for item in items:
        nested = tuple(e for e in item.iterdescendants() if e in chosen)
        inside = {e for n in nested for e in n.iter()}
        lines = [e for e in item.iter("time", *_LINE_TAGS) if e not in inside and e is not item]
        dates = [e for e in lines if e.tag == "time" or _is_date(e)]
        date = dates[0] if dates else None
        controls = tuple(e for e in lines if _is_furniture(e))
        controls += tuple(dates[1:])
        if date is None and comment_name(item, inside, strict=True) is None:
            continue  # a wrapper of the comments, none itself
        name = comment_name(item, inside, strict=True, reading=True)
        author = _name_before(date) if name is None and date is not None else None
        found.append(CommentParts(item, name, date, (*nested, *controls), author))
    return found


def _name_before(date: HtmlElement) -> str | None:
    """The commenter's name set before the date on the date line ("Ana 3. Mai 2024
    um 9:15 - Antworten", "Comment by Ben — 17.07.2011")."""
    if date.tag == "time":
        return None
    text = collapse_space(text_of(date))
    found = date_search(text)
    if found is None or found.start() == 0 or DIGIT.search(text[: found.start()]):
        return None  # no name before the date, or a part of the date ("Jun 20th at")
    return name_text(text[: found.start()])


def _is_furniture(element: HtmlElement) -> bool:
    """Whether ``element`` is a comment's control, a form's notice or a vote count."""
    text = collapse_space(text_of(element))
    return is_control(text) or is_furniture(text)


def _is_date(element: HtmlElement) -> bool:
    return is_short_date_line(text_of(element))


def _text_children(parent: HtmlElement) -> int:
    """How many children of ``parent`` hold text."""
    return sum(1 for child in parent if isinstance(child.tag, str) and text_of(child).strip())


def _is_comment(item: HtmlElement) -> bool:
    """A comment's shape: a short text, mostly not links, with a name line of a few
    words that is no date and no control, and no linked title of many words."""
    text = short_text(item, COMMENT_ITEM_MAX_CHARS)
    if text is None:
        return False
    for heading in item.iter(*HEADINGS):
        title = collapse_space(text_of(heading))
        if len(title.split()) > COMMENT_NAME_MAX_WORDS:
            return False  # a teaser's title
        if RECENT_COMMENTS.fullmatch(title):
            return False  # a sidebar's box of the latest comments
    linked = 0
    for link in item.iter("a"):
        words = collapse_space(text_of(link)).split()
        if len(words) > COMMENT_TITLE_MAX_WORDS:
            return False  # a teaser's linked title
        linked += len(" ".join(words))
    if linked * 2 > len(text):
        return False
    return comment_name(item) is not None


def comment_name(
    item: HtmlElement,
    inside: set[HtmlElement] | frozenset[HtmlElement] = frozenset(),
    *,
    strict: bool = False,
    reading: bool = False,
) -> HtmlElement | None:
    """The first line of ``item`` (``inside``: the replies in it, passed over) that may
    be its commenter's name: a few words, no date, no control ("Reply"), not the whole
    item's text; ``strict``: not a word set in bold or italics inside a longer block
    (the item's shape allows it, the author is not read from it); ``reading``: no
    greeting ("Liebe Grüße"), no part of a control's line (the author is read from it)."""
    whole = collapse_space(text_of(item))
    for element in item.iter(*_NAME_TAGS):
        if element is item or element in inside:
            continue
        raw = text_of(element)
        if len(raw) > COMMENT_LINE_MAX_CHARS * RAW_SLACK:
            continue
        text = collapse_space(raw).strip(" :,")
        words = text.split()
        if not words or len(words) > COMMENT_NAME_MAX_WORDS or text == whole:
            continue
        if DIGIT.search(text) and date_search(text):
            continue
        if is_control(text) or not any(ch.isalpha() for ch in text):
            continue
        if reading and (
            name_text(text) is None or text.startswith("@") or _in_furniture(element, item)
        ):
            continue  # a greeting ("Liebe Grüße"), whom it answers ("@Ana"), a control
        if text.endswith(_SENTENCE_ENDS):
            continue  # a status line ("Your comment is being saved..."), not a name
        if strict and _in_prose(element, item):
            continue  # a word set in bold or italics in the comment's text
        return element
    return None


def _in_furniture(element: HtmlElement, item: HtmlElement) -> bool:
    """Whether ``element`` is a part of a control's or a count's line ("Liked by <a>21
    people</a>")."""
    parent = element.getparent()
    return (
        parent is not None and parent is not item and is_furniture(collapse_space(text_of(parent)))
    )


def _in_prose(element: HtmlElement, item: HtmlElement) -> bool:
    """Whether ``element`` stands inside a longer block of ``item`` (its nearest block
    around it holds more than a line's text)."""
    if element.tag not in _INLINE_NAME_TAGS:
        return False
    for ancestor in element.iterancestors():
        if ancestor is item or ancestor.tag not in _INLINE_NAME_TAGS:
            return short_text(ancestor, COMMENT_LINE_MAX_CHARS) is None
    return False


def outermost(runs: Iterable[list[HtmlElement]]) -> list[HtmlElement]:
    """The items of ``runs`` in page order, each once."""
    seen: dict[HtmlElement, None] = {}
    for run in runs:
        for item in run:
            seen[item] = None
    return list(seen)


class ShapedComments:
    """The comment-shaped runs of a page found before the engine runs, with where each
    element stood then; :meth:`after` tells which of them were the readers' comments
    once the body is chosen."""

    def __init__(self, body: HtmlElement, tuning: Tuning) -> None:
        self.runs = find_comment_items(body, tuning.comment_list_min_items)
        self.order: dict[HtmlElement, int] = (
            {element: number for number, element in enumerate(body.iter())} if self.runs else {}
        )
        # read now: the engine may take a comment's name or date line out of it
        items = sorted(outermost(self.runs), key=lambda item: self.order.get(item, 0))
        self.parts = comment_parts(items)

    def after(self, containers: list[HtmlElement]) -> list[CommentParts]:
        """The comments of the runs that start after the body's start and that the body
        holds neither as itself nor in it (taken out by a rule, or beside the story)."""
        starts = [self.order[c] for c in containers if c in self.order]
        if not self.runs or not starts:
            return []
        start = min(starts)
        held = set(containers)
        kept = {
            item
            for run in self.runs
            if self.order.get(run[0], -1) > start
            and not any(a in held for item in run for a in (item, *item.iterancestors()))
            for item in run
        }
        return [parts for parts in self.parts if parts.item in kept]


def find_shaped(body: HtmlElement, rules: CompiledRules, options: Options) -> ShapedComments | None:
    """The comments known by their shape (``comment-lists``), looked for only when
    comments are asked for, before the engine takes anything out."""
    if not options.include_comments or not rules.runs(COMMENT_LISTS):
        return None
    return ShapedComments(body, options.tuning)


def with_shaped(
    found: Extraction, shaped: ShapedComments | None, containers: list[HtmlElement]
) -> Extraction:
    """``found`` with the comments known by their shape (``shaped``: found before the
    engine ran) that stayed out of the body (``containers``), when the page's names
    found no comment section."""
    if shaped is None or found.comment_sections:
        return found
    return attrs.evolve(found, comment_items=tuple(shaped.after(containers)))
