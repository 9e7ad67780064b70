"""A tool's label left as a line of its own inside the body, read by its words alone:
the markup that told a button (its role, its name) is gone on many pages, and the
label ("Bild anzeigen", "Read later", "Mehr erfahren") stands between the story's
paragraphs. Listed in :data:`.lines.RULES`.
"""

from __future__ import annotations

from ..matchers import Text
from .common import TEXT_BLOCKS, text_drop
from .lexicon.controls import CONTROL_LABEL_PHRASES

#: The longest label with its marks ("» listen to this article ...").
CONTROL_LINE_MAX_CHARS = 40
#: The blocks read: any text block but a heading (a heading "Download" or "Teilen"
#: titles a section of a how-to).
_CONTROL_LINE_TAGS = tuple(tag for tag in TEXT_BLOCKS if not tag.startswith("h"))

CONTROL_LABEL_LINES = text_drop(
    "control-label-lines",
    Text(CONTROL_LABEL_PHRASES, tags=_CONTROL_LINE_TAGS, max_length=CONTROL_LINE_MAX_CHARS),
    "A reader's tool's label as the whole text of a block, anywhere in the body, its "
    "button's markup gone: a picture's zoom ('Bild anzeigen Bild schließen'), read later "
    "('Merken', 'Read later'), read aloud ('Artikel anhören'), share ('Teilen auf'), print "
    "('Drucken'), a teaser's link on ('Mehr erfahren', 'Read more'), a download button. "
    "Words a heading or a program's code may be alone ('Print', 'Copy', 'Next') are not "
    "read.",
)
