"""The line that opens a comment section below the story when the page set it in no
heading: a button, a bare label, the form's call or a hosted thread's credit. What
follows it in the body is the thread, its form or the empty shell a script fills."""

from __future__ import annotations

from ..matchers import Text
from ..model import Effect, Role, Rule
from .lexicon.comments import COMMENT_OPENER

COMMENT_OPENERS = Rule(
    "comment-openers",
    Text(pattern=COMMENT_OPENER, tags="p div li", max_length=60, at_edges=True),
    Effect.DROP,
    description="A line opening a comment section ('Kommentare', 'Kommentar hinzufügen', "
    "'Schreib den ersten Kommentar!', 'comments powered by Disqus') after the story: it "
    "and everything after it in the body. With more of the story after it than before "
    "it (a share bar's 'Kommentieren' above the story) it stays.",
    role=Role.ENDING,
)

RULES: tuple[Rule, ...] = (COMMENT_OPENERS,)
