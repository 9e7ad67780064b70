"""A rating or voting tool's words left as lines once its stars and buttons went: the
bidding to rate the page, the thanks, the "Was this helpful?" question, the tool's state
and its tally. Listed in :data:`.lines.RULES` beside the star-count rule of
:mod:`.widget_lines`.
"""

from __future__ import annotations

from ..matchers import Text
from ..model import Effect, Rule
from .common import LINE_BLOCKS, text_drop
from .lexicon.ratings import RATING_PROMPT, RATING_PROMPT_KEYWORDS, RATING_TALLY

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


RATING_TALLY_SPANS = Rule(
    "rating-tally-spans",
    Text(
        pattern=RATING_TALLY,
        tags=("span",),
        max_length=RATING_PROMPT_MAX_CHARS,
        keywords=RATING_PROMPT_KEYWORDS,
    ),
    Effect.DROP,
    description="A rating plugin's box set as one span among the story's lines, its words "
    "and its tally loose text beside its star images ('War der Artikel nützlich? (95 "
    "Stimmen: 4,73 von 5)'), where rating-prompts does not see it standing alone.",
    # strong: an inline element is read only by a strong rule unless it stands alone; a
    # span whose whole text is a rating tool's words with a count is no piece of a sentence
    strong=True,
)
