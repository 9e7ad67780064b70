"""Invisible characters that are only hints to the layout, dropped from plain text.

A page may carry characters a reader never sees, put there for the browser's line
breaking: a soft hyphen (where a word may be hyphenated), a zero-width space (where a
line may break), a word joiner (where it may not). In plain text they split words for
search, counting and comparison, so ``Article.text``, ``markdown`` and the metadata
strings leave them out. ``Article.html`` keeps them: there they still do their job.

The other invisible format characters change what a reader sees, or what the text
means, and stay: the zero-width joiner and non-joiner (emoji sequences, Persian and
Indic scripts), the direction marks, embeddings and isolates (how bidirectional text
is laid out), the variation selectors (a glyph's form), the combining grapheme joiner
(the order of accents), the Mongolian vowel separator and the Hangul fillers (shaping),
and the invisible operators of formulas (U+2061 to U+2064: "2x" read "2 times x").
"""

from __future__ import annotations

import re

#: The layout hints plain text drops: default-ignorable format characters (Unicode
#: category Cf) that only tell where a line may or may not break (UAX #14).
LAYOUT_HINTS = (
    "\u00ad"  # SOFT HYPHEN: where a word may be hyphenated, shown only at a line's end
    "\u200b"  # ZERO WIDTH SPACE: where a line may break
    "\u2060"  # WORD JOINER: where a line may not break
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE: a byte order mark, or the word joiner of old
)
_HINT = re.compile(f"[{LAYOUT_HINTS}]")


def without_hints(text: str) -> str:
    """``text`` without its :data:`LAYOUT_HINTS`. Most texts hold none: a lookup per
    hint finds that at a third of a regular expression's scan or less (a ``memchr`` for
    a byte no usual character ends in, none at all for a hint wider than the text's
    characters); ``str.translate`` would cost ten times the substitution, as it looks
    each character up in a dict."""
    if text.isascii():
        return text
    for hint in LAYOUT_HINTS:
        if hint in text:
            return _HINT.sub("", text)
    return text
