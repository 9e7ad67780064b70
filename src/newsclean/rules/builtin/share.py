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

TEXT_SIZE_TOOLS = Rule(
    "text-size-tools",
    # a whole class or id name: ``font-size-1`` or ``text-size-lg`` is a style
    Pattern(
        r"(?:^|\s)[\w-]*(?:text|font)[-_]?(?:size|resize|sizer|zoom)"
        r"(?:[-_]?(?:tools?|controls?|buttons?|switcher|changer|widget))?(?:\s|$)",
        ("class", "id"),
    ),
    Effect.DROP,
    description="Text size controls (the reader's A- A+ buttons).",
    max_chars=TEXT_SIZE_MAX_CHARS,
)


RULES: tuple[Rule, ...] = (SHARE_TOOLS, TEXT_SIZE_TOOLS)
