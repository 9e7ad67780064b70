"""What the built-in rule families share: the naming attributes, the blocks text rules
read (inside the body and at its edges), and rule builders."""

from __future__ import annotations

from ...dom import tags
from ..matchers import Text, Words
from ..model import Effect, Role, Rule

#: Attributes that name an element's role in the page (``data-test`` as well as
#: ``data-testid``: pages whose class names are hashed by their CSS tooling often keep
#: readable test hooks, ``data-test="newsletter-signup"``).
NAMING = ("class", "id", "data-testid", "data-test", "data-component", "data-module", "data-role")
#: Headings are never page chrome by their class alone: ids like "nav_section_2" are
#: anchors of an in-page table of contents.
HEADINGS = tuple(sorted(tags.HEADINGS))

#: Elements inside the body that text rules look at.
TEXT_BLOCKS = (
    *("p", "div", "h2", "h3", "h4", "h5", "h6", "li", "section", "span", "strong", "b", "em"),
    *("a", "time"),
)
#: The same without links: pattern rules (dates, bylines, credits) never look at a link.
LINE_BLOCKS = tuple(tag for tag in TEXT_BLOCKS if tag != "a")
#: The blocks the rules at the body's edges read (whole blocks, never a piece of one).
EDGE_BLOCKS = ("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "section", "center")
#: The blocks that may open a closing section (its heading, or a line set as one).
_SECTION_OPENERS = ("h2", "h3", "h4", "h5", "h6", "p", "div")


def word_drop(
    name: str,
    words: str,
    description: str,
    max_chars: int | None = None,
    skip_tags: tuple[str, ...] = (),
    role: Role | None = None,
) -> Rule:
    """A DROP rule on words of the naming attributes."""
    return Rule(
        name,
        Words(words, NAMING, skip_tags=skip_tags),
        Effect.DROP,
        description=description,
        max_chars=max_chars,
        role=role,
    )


def text_drop(name: str, match: Text, description: str) -> Rule:
    """A DROP rule on the text of blocks inside the body."""
    return Rule(name, match, Effect.DROP, description=description)


def edge_drop(
    name: str, pattern: str, max_length: int, description: str, keywords: tuple[str, ...] = ()
) -> Rule:
    """A DROP rule on whole blocks at the body's edges whose text ``pattern`` matches
    (and holds one of ``keywords``, when given: the quick test before the pattern)."""
    match = Text(
        pattern=pattern,
        tags=EDGE_BLOCKS,
        max_length=max_length,
        keywords=keywords,
        at_edges=True,
    )
    return Rule(name, match, Effect.DROP, description=description)


def closing_section(name: str, heading: str, max_length: int, description: str) -> Rule:
    """A DROP rule on a short closing section: the heading ``heading`` matches at the
    body's end (at most ``max_length`` long), and everything after it."""
    match = Text(pattern=heading, tags=_SECTION_OPENERS, max_length=max_length, at_edges=True)
    return Rule(name, match, Effect.DROP, description=description, role=Role.CLOSING)
