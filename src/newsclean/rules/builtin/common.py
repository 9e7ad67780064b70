"""What the built-in rule families share: the naming attributes, the blocks text rules
read, and rule builders."""

from __future__ import annotations

from ..matchers import Text, Words
from ..model import Effect, Role, Rule

#: Attributes that name an element's role in the page (``data-test`` as well as
#: ``data-testid``: pages whose class names are hashed by their CSS tooling often keep
#: readable test hooks, ``data-test="newsletter-signup"``).
NAMING = ("class", "id", "data-testid", "data-test", "data-component", "data-module", "data-role")
#: Headings are never page chrome by their class alone: ids like "nav_section_2" are
#: anchors of an in-page table of contents.
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

#: Elements inside the body that text rules look at.
TEXT_BLOCKS = (
    *("p", "div", "h2", "h3", "h4", "h5", "h6", "li", "section", "span", "strong", "b", "em"),
    *("a", "time"),
)
#: The same without links: pattern rules (dates, bylines, credits) never look at a link.
LINE_BLOCKS = tuple(tag for tag in TEXT_BLOCKS if tag != "a")


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
