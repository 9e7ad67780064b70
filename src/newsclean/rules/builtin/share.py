"""Share, save, print, follow and reaction tools."""

from __future__ import annotations

from ..model import Rule
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


RULES: tuple[Rule, ...] = (SHARE_TOOLS,)
