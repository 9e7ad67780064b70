"""Readers' comment threads left in the body without a heading that names them, found
by their shape: a run of sibling items, each carrying a per-comment control ("Reply",
"Flag", "Report abuse", "回覆", "Antworten", ...) as a line of its own, or closing the
comment's "author + date, time" line. A story has no such controls; a thread has one
per comment, so a few of them under one parent, each in an item of its own, end the
article there."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, cast

from lxml import etree

from ..dom.text import collapse_space, short_text, text_of, words_length
from ..dom.tree import busiest_holder, is_below, remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from ..tuning.widgets import THREAD_CONTROL_MAX_CHARS
from .article_end import body_text_before, cut_after
from .comment_footers import is_comment_footer

HtmlElement = Any

#: Stands in for a rule on a comment thread found by its controls (an engine rule, like
#: ``page-address``: ``disable("comment-threads")`` switches it off).
COMMENT_THREAD = Rule(
    "comment-threads",
    Tags("div li p span a button"),
    Effect.DROP,
    description="A readers' comment thread with no heading naming it, found by the "
    "'Reply' / 'Flag' / 'Report abuse' control each comment carries: from its first item "
    "to the end of the body.",
)

#: The elements a control may be: short leaf blocks, links and buttons.
_CONTROL_TAGS = ("div", "li", "p", "span", "a", "button", "footer")


#: What a comment offers its readers: answer it, flag it, report it; in English,
#: German, French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Russian, Swedish,
#: Turkish, Chinese and Japanese. A bare "Report" is left out (a news site puts one
#: under each embedded post to report it), and so are "Like" and "Share" (an embedded
#: social post carries them). Where only members may answer, the control asks the
#: reader to log in first ("Log in to Reply", "Zum Antworten anmelden").
_CONTROL_WORD = (
    r"(?:reply|flag|flagged|report (?:abuse|(?:this )?comment)|antworten"
    r"|(?:log ?in|sign ?in|register) to reply|zum antworten (?:anmelden|einloggen)"
    r"|(?:connectez-vous|identifiez-vous) pour répondre"
    r"|(?:inicia sesión|regístrate) para responder|accedi per rispondere"
    r"|kommentar melden|répondre|signaler (?:un abus|ce commentaire)|responder"
    r"|denunciar (?:abuso|comentario)|rispondi|segnala (?:abuso|commento)"
    r"|reageer|beantwoorden|odpowiedz|odpowiedź|odpovědět|ответить|svara|yanıtla|回覆|回复|返信)"
)

#: A control standing alone ("Reply", "reply ↓"), or closing a comment's header line
#: whose last part is a time of day ("Ana 於 2021/03/04 10:28 回覆", "Ben, 4 May
#: 2022 at 9:15 pm | Reply").
_CONTROL = re.compile(
    r"(?:.{0,80}?\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?\s*[|·•–-]?\s*)?"
    + _CONTROL_WORD
    + r"(?:\s*[↓→»›])?",
    re.IGNORECASE,
)
#: The same without the header line, which holds a time of day and so a ":": a text
#: without one matches it exactly when it matches :data:`_CONTROL`, which would try the
#: header's time at each of its first 80 characters first (a third of the cost).
_CONTROL_ALONE = re.compile(_CONTROL_WORD + r"(?:\s*[↓→»›])?", re.IGNORECASE)


def _control_match(text: str) -> bool:
    """``_CONTROL.fullmatch(text)``, the header line tried only on a text holding ":"."""
    return (_CONTROL if ":" in text else _CONTROL_ALONE).fullmatch(text) is not None


#: Marks the holder of a comment's reply button and the box around it, read as the
#: comment's control: the buttons are stripped before the rules run, leaving the
#: holder's vote counts ("42 7"), which ``control-labels`` may take as a button's count.
REPLY_HOLDER_ATTRIBUTE = "data-newsclean-reply"
#: How many buttons are read for a reply control (a long thread's first ones tell it).
REPLY_BUTTONS_READ = 200
#: How many levels above a reply button are marked: its holder and the box around it.
REPLY_MARK_LEVELS = 2
#: Marks the page's root when some holder is marked: only then are the marks looked for.
REPLY_PAGE_ATTRIBUTE = "data-newsclean-replies"
#: The marked holders below an element.
_REPLY_HOLDERS = etree.XPath(f"descendant::*[@{REPLY_HOLDER_ATTRIBUTE}]", regexp=False)


def mark_reply_buttons(buttons: list[HtmlElement]) -> None:
    """Mark the holder of each of ``buttons`` whose text is a comment control ("Reply",
    "odpowiedz"), and the holder's parent, before the buttons are stripped
    (:data:`REPLY_HOLDER_ATTRIBUTE`), and the page's root when any is."""
    for button in buttons[:REPLY_BUTTONS_READ]:
        text = collapse_space(text_of(button))
        if len(text) > THREAD_CONTROL_MAX_CHARS or not _control_match(text):
            continue
        button.getroottree().getroot().set(REPLY_PAGE_ATTRIBUTE, "")
        holder = button.getparent()
        for _level in range(REPLY_MARK_LEVELS):
            if holder is None:
                break
            holder.set(REPLY_HOLDER_ATTRIBUTE, "")
            holder = holder.getparent()


def is_control(text: str) -> bool:
    """Whether ``text`` (collapsed) is wholly a comment's control ("Reply", "Antworten")."""
    return len(text) <= THREAD_CONTROL_MAX_CHARS and _control_match(text)


def end_thread(
    containers: list[HtmlElement],
    decisions: Decisions,
    tuning: Tuning,
    known: Mapping[HtmlElement, list[HtmlElement]] | None = None,
) -> list[tuple[HtmlElement, str]]:
    """Remove a comment thread and everything after it in its container: the first
    item of a run of at least ``thread_min_items`` siblings each holding a comment
    control (:data:`_CONTROL`), once ``ending_min_chars_before`` of the body's text
    comes before it (a thread set above the story does not end it). Return what was
    removed, each with the rule's name. ``known``: the items of containers already
    read (:func:`thread_items`)."""
    for container in containers:
        items = known.get(container) if known is not None else None
        if items is None or (items and not is_below(items[0], container)):
            items = thread_items(container, tuning)  # not read yet, or taken out since
        if not items:
            continue
        first = items[0]
        if body_text_before(first, containers) < tuning.ending_min_chars_before:
            continue
        removed = [first, *cut_after(first, container)]
        remove_element(first)
        for element in removed:
            decisions.record(element, COMMENT_THREAD)
        return [(element, COMMENT_THREAD.name) for element in removed]
    return []


def thread_items(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The items of a comment thread in ``container``, when it holds at least
    ``thread_min_items`` of them: the children of the controls' nearest common parent,
    one comment each, or one branch of replies each; a single comment's "Reply" and
    "Report" share an item and count once. Empty when there is no such thread."""
    controls = _controls(container)
    if len(controls) < tuning.thread_min_items:
        return []
    items = _items(controls, container)
    return items if len(items) >= tuning.thread_min_items else []


def thread_body(
    container: HtmlElement, items: list[HtmlElement], tuning: Tuning
) -> HtmlElement | None:
    """The readers' thread that ``container`` (the first body container) is, when it is
    one (``items``: its thread's items, :func:`thread_items`): the thread starts before
    ``ending_min_chars_before`` of its text and holds most of it (a blog's comments,
    longer than its post, scored above it). The engine takes it out and chooses the
    body again."""
    if not items or body_text_before(items[0], [container]) >= tuning.ending_min_chars_before:
        return None
    if sum(map(words_length, items)) * 2 < words_length(container):
        return None
    parent: HtmlElement | None = items[0].getparent()
    return parent


def _controls(container: HtmlElement) -> list[HtmlElement]:
    """The elements of ``container`` whose whole text is a comment control, or that
    held a reply button (:func:`mark_reply_buttons`: the innermost of those marked, a
    holder or its box when a rule took the holder); of controls nested in one another
    the outermost, so that each comment counts one."""
    found = []
    marked: set[HtmlElement] = set()
    if container.getroottree().getroot().get(REPLY_PAGE_ATTRIBUTE) is not None:
        marked = set(cast(list[HtmlElement], _REPLY_HOLDERS(container)))
        above = {up for element in marked for up in element.iterancestors() if up in marked}
        marked -= above
    for element in container.iter(*_CONTROL_TAGS):
        if element is container:
            continue
        if marked and element in marked:
            found.append(element)
            continue
        text = short_text(element, THREAD_CONTROL_MAX_CHARS)
        if text and (_control_match(text) or is_comment_footer(element, text)):
            found.append(element)
    inner = set(found)
    return [el for el in found if not any(a in inner for a in el.iterancestors())]


def _items(controls: list[HtmlElement], container: HtmlElement) -> list[HtmlElement]:
    """The items of the thread: the children of one ancestor of the controls (within
    ``container``) that hold a control, in document order; of all such ancestors the
    one with the most of them (a "Reply" under the story itself is not a thread's)."""
    found = busiest_holder(controls, container)
    return [] if found is None else list(found[1])
