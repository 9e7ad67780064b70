"""The rules standing for how the engine found and judged each standfirst candidate.

No rule of the rule set marks these: the engine finds them by their place and shape
(:mod:`.leads`). Each still gets a rule of its own so that explain() can name what
decided, as it names the rules of the rule set.
"""

from __future__ import annotations

from ..rules.matchers import Tags
from ..rules.model import Effect, Rule

#: Stands in for a rule on paragraphs found between the headline and the body.
HEADLINE_GAP = Rule(
    "headline-gap",
    Tags("p"),
    Effect.LEAD,
    description="Prose (or a deck set as bullet points) between the headline and the body.",
)
#: Stands in for a rule on paragraphs under the headline in an article's own header.
HEADER_STANDFIRST = Rule(
    "header-standfirst",
    Tags("p"),
    Effect.LEAD,
    description="Prose after the headline in the <header> of the <article> or <main> "
    "holding the body, or after it inside the body in a box holding besides only short lines.",
)
#: Stands in for a rule on the page's description printed under the headline in the body.
DESCRIBED_STANDFIRST = Rule(
    "described-standfirst",
    Tags("p h2 h3"),
    Effect.LEAD,
    description="The page's own description (its meta summary) printed word for word "
    "after the headline, in a box with it that holds none of the story's prose: the "
    "standfirst, inside the body chosen.",
)
#: Stands in for a rule on prose set where a standfirst goes but too long for one.
OPENING_PROSE = Rule(
    "opening-prose",
    Tags("p div h2"),
    Effect.BODY,
    description="Prose set where a standfirst goes (a marked summary, or between the "
    "headline and the body) but longer than any standfirst: the story's opening "
    "paragraph, joined to the body before it. So is a box there of several lines, most "
    "ending no sentence (a description made of selling points): the page's own text.",
)
#: Stands in for a rule on the one block of prose under a headline far above the body.
HEADLINE_DECK = Rule(
    "headline-deck",
    Tags("p h2 h3 div"),
    Effect.LEAD,
    description="The one block of prose between the headline (read as the page's title) "
    "and the body when the headline stands in a box of its own far above it (a hero "
    "banner): the standfirst, when nothing nearer is one.",
)
#: Stands in for a rule on what was found with the standfirst but reads as none.
STANDFIRST_EXTRAS = Rule(
    "standfirst-extras",
    Tags("p div h2 h3"),
    Effect.DROP,
    description="A block found with the standfirst that ends no sentence (a byline, a "
    "reading time, a picture's caption and credit, a pointer to a series) beside one "
    "that does: the summary is the prose, not the lines set around it.",
)
#: The rules standing for prose found by its place (looked for past wrappers).
FOUND_BY_PLACE = (HEADLINE_GAP, HEADER_STANDFIRST, HEADLINE_DECK)
