"""One spelling per character: text composed (Unicode NFC) as the output is written.

A decomposed accent (an ``e`` and a combining acute, common in copy-pasted text) and
its composed form read alike but compare unequal. The renderer writes every text
composed, and explain() composes what it compares with that text, through this one
function, so that the two never disagree on a spelling.
"""

from __future__ import annotations

import unicodedata


def composed(text: str) -> str:
    """``text`` in NFC. Most texts are composed already: that is checked first, at a
    fraction of the cost of composing them."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
