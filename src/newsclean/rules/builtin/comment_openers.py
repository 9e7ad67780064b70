"""The line that opens a comment section below the story when the page set it in no
heading: a button, a bare label, the form's call or a hosted thread's credit. What
follows it in the body is the thread, its form or the empty shell a script fills."""

from __future__ import annotations

from ..matchers import Text
from ..model import Effect, Role, Rule
from .lexicon.comments import COMMENT_HOST_CREDIT, COMMENT_OPENER

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

#: The same credit as a link in no line of its own (inline text left after the story, a
#: sidebar between them): the link alone goes, wherever it stands in the body.
COMMENT_HOST_CREDITS = Rule(
    "comment-host-credits",
    Text(pattern=COMMENT_HOST_CREDIT, tags=("a",), max_length=60, keywords=("powered",)),
    Effect.DROP,
    description="A link crediting the service that hosts the comment thread ('blog "
    "comments powered by Disqus'), left where the thread's script would draw it.",
)

RULES: tuple[Rule, ...] = (COMMENT_OPENERS, COMMENT_HOST_CREDITS)
