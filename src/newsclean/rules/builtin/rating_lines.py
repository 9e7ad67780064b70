"""A rating or voting tool's words left as lines once its stars and buttons went: the
bidding to rate the page, the thanks, the "Was this helpful?" question, the tool's state
and its tally. Listed in :data:`.lines.RULES` beside the star-count rule of
:mod:`.widget_lines`.
"""

from __future__ import annotations

from ..matchers import Text
from .common import LINE_BLOCKS, text_drop
from .lexicon.ratings import RATING_PROMPT, RATING_PROMPT_KEYWORDS

#: The longest such leftover: three of the tool's pieces side by side ("Jetzt bewerten!
#: Danke für die Bewertung!"); a longer block is prose that merely uses the words.
RATING_PROMPT_MAX_CHARS = 120

RATING_PROMPTS = text_drop(
    "rating-prompts",
    Text(
        pattern=RATING_PROMPT,
        tags=LINE_BLOCKS,
        max_length=RATING_PROMPT_MAX_CHARS,
        keywords=RATING_PROMPT_KEYWORDS,
    ),
    "A rating tool's words as the whole text of a block, anywhere in the body: its bidding "
    "('Rezept bewerten:', 'Rate this recipe'), thanks ('Danke für die Bewertung!'), "
    "helpfulness question ('Fandest du den Artikel hilfreich?', 'Was this article "
    "helpful?'), state ('Sie haben bereits abgestimmt.', 'Alle Bewertungen anzeigen') or "
    "tally ('5 from 13 votes', '4,53 bei 4394 Bewertungen'). It names the page, not a film "
    "or product the story rates.",
)
