"""Share, save, print, follow and reaction tools."""

from __future__ import annotations

from ..model import Effect, Pattern, Rule
from .common import word_drop

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


RULES: tuple[Rule, ...] = (SHARE_TOOLS, TEXT_SIZE_TOOLS)
