"""A metadata title that is the visible h1 with short labels glued on: a section's
name or kicker before it ("Opinion | Story", "Analysis: Story") or after it
("Story - Auto News", "Story | Site Politics"). Pages that mark up no JSON-LD headline
often give only such an ``og:title``; the h1 is what the reader sees as the headline."""

from __future__ import annotations

import re

from ..tuning.metadata import TITLE_LABEL_WORDS

#: What a label before the headline ends with: a title separator or a colon, then space.
_BEFORE = re.compile(r"(?:^|\s)[|\-–—·•»/\\_:]\s*$|:\s*$")
#: What a label after the headline starts with: a title separator (a colon after a
#: headline opens its subtitle, not a label).
_AFTER = re.compile(r"^\s+[|\-–—·•»/\\_](?:\s|$)")
#: The separators and colons between a side's labels.
_PIECES = re.compile(r"(?:^|\s)[|\-–—·•»/\\_](?:\s|$)|:")
#: Typographic quotes read as the plain ones ('Story' in one source, ‘Story’ in another).
PLAIN_QUOTES = str.maketrans("‘’‚‛“”„‟", "''''\"\"\"\"")


def labelled_headline(h1_text: str, title: str) -> bool:
    """True when ``title`` is ``h1_text`` (quotes read alike) with only labels beside it:
    the text on each side starts (after) or ends (before) with a separator, and each of
    its pieces is at most :data:`TITLE_LABEL_WORDS` words. An h1 of that few words may be a
    label itself and decides nothing."""
    heading, whole = h1_text.translate(PLAIN_QUOTES), title.translate(PLAIN_QUOTES)
    if heading == whole or len(heading.split()) <= TITLE_LABEL_WORDS:
        return False
    before, found, after = whole.partition(heading)
    if not found or heading in after:
        return False
    if before and not _BEFORE.search(before):
        return False
    if after and not _AFTER.match(after):
        return False
    return all(
        len(piece.split()) <= TITLE_LABEL_WORDS for piece in _PIECES.split(f"{before} {after}")
    )
