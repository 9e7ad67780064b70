"""Share, save, print, follow and reaction tools."""

from __future__ import annotations

import re
from typing import Any

from ...dom.text import collapse_space, text_of
from ..matchers import Pattern, Predicate
from ..model import Effect, Rule
from .common import word_drop

HtmlElement = Any

SHARE_TOOLS = word_drop(
    "share-tools",
    "share shares sharing sharebar share-tools sharetools social socials social-links "
    "social-media social-bar social-icons social-share social-buttons addthis sharethis "
    "shariff a2a email-this email-share "
    "print-this print-button bookmark save-button save-article follow-us follow-button "
    "reactions rating vote voting likes claps article-tools story-tools",
    "Share, save, print, follow and reaction buttons.",
    max_chars=400,
)


#: Longest text of a text size control ("Text size: A A A", with the markup's
#: whitespace between its buttons, which ``max_chars`` counts).
TEXT_SIZE_MAX_CHARS = 200

#: Whole class or id names of a text size control (``text_size``, ``font-resize-buttons``;
#: ``font-size-1`` or ``text-size-lg`` is a style): looked up as a set by the walk.
TEXT_SIZE_NAMES = [
    f"{what}{joint}{change}{part}"
    for what in ("text", "font")
    for joint in ("-?", "_")
    for change in ("size", "resize", "sizer", "zoom")
    for part in ("", "-?tool", "-?tools", "-?control", "-?controls", "-?buttons", "-?switcher")
] + ["resize-?text", "resize-?font"]

TEXT_SIZE_TOOLS = Rule(
    "text-size-tools",
    Pattern(rf"(?:^|\s)(?:{'|'.join(TEXT_SIZE_NAMES)})(?:\s|$)", ("class", "id")),
    Effect.DROP,
    description="Text size controls (the reader's A- A+ buttons).",
    max_chars=TEXT_SIZE_MAX_CHARS,
)


#: What a tool's label says it does: share, print, save, comment, resize the text.
TOOL_ACTIONS = frozenset(
    (
        *("share", "tweet", "email", "e-mail", "mail", "print", "save", "bookmark", "like"),
        *("comment", "comments", "text", "text size", "font size", "copy link", "gift"),
        *("teilen", "drucken", "merken", "speichern", "kommentieren", "kommentare"),
        *("partager", "imprimer", "enregistrer", "commenter", "compartir", "imprimir"),
        *("guardar", "comentar", "condividi", "stampa", "salva"),
        *("分享", "打印", "收藏", "评论", "シェア", "印刷"),
    )
)
#: Where a tool shares to: a label that may stand beside the actions.
TOOL_PLATFORMS = frozenset(
    (
        *("facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit"),
        *("telegram", "flipboard", "messenger", "threads", "bluesky", "xing"),
        *("微信", "微博", "qq", "qq空间", "line"),
    )
)
#: The longest label of a tool ("Copy link", "Text size").
TOOL_LABEL_MAX_CHARS = 20
#: A counter beside a tool ("16" comments, "1.2k" shares).
_COUNTER = re.compile(r"\d[\d.,]*[km]?")


def _tool_list(element: HtmlElement) -> bool:
    """A list each of whose items is a tool's label ("Share", "Print", "Text"), a
    platform or a counter, one of them an action at least: a toolbar whose class names
    say nothing. A story's list of platforms ("Facebook", "WhatsApp") names no action."""
    acted = False
    items = 0
    for item in element:
        if item.tag.__class__ is not str:
            continue
        if item.tag != "li":
            return False
        label = collapse_space(text_of(item)).lower()
        if len(label) > TOOL_LABEL_MAX_CHARS:
            return False
        if label in TOOL_ACTIONS:
            acted = True
        elif label and label not in TOOL_PLATFORMS and _COUNTER.fullmatch(label) is None:
            return False
        items += 1
    return acted and items >= 2


TOOL_LISTS = Rule(
    "tool-lists",
    Predicate(_tool_list, ("ul", "ol")),
    Effect.DROP,
    description="Lists of tools known by their labels: 'Share', 'Print', 'Text', a count.",
)


RULES: tuple[Rule, ...] = (SHARE_TOOLS, TEXT_SIZE_TOOLS, TOOL_LISTS)
