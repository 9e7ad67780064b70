"""A pitch for a product closing the body: a heading naming a kind of product ("Das
Buch zum Thema", "Our online course"), its blurb, its price and a link that is a call
to buy it and nothing else ("bestellen", "Order now"). Such a pitch runs longer than
the closing sections the closing rules take (a book's description over its details),
and is known by the three signals together: a story naming a book in a heading has no
order link under it, and a shop's page is mostly the pitch, not a story before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..dom.text import collapse_space, text_of
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from .offers import is_call_to_buy, names_amount
from .self_promos import heading_text

HtmlElement = Any

#: Stands in for a rule on a closing product pitch (the engine's own rule:
#: ``disable("product-pitch-sections")`` switches it off).
PRODUCT_PITCH_SECTION = Rule(
    "product-pitch-sections",
    Tags("p div h2 h3 h4 h5 h6"),
    Effect.DROP,
    description="A closing section under a heading naming a kind of product ('Das Buch "
    "zum Thema', 'Our online course') holding a price and a link that is a call to buy "
    "('bestellen', 'Order now'), after a longer story: the heading and everything after it.",
)

#: A kind of product a site sells under its story: a book (and German compounds of it:
#: "Sachbuch", "Hörbuch"), a course, a seminar, a workshop, in English, German, French,
#: Spanish and Italian, as a word of the heading.
_PRODUCT = re.compile(
    r"\b(?:[\w-]*(?:buch|bücher|lehrgang|lehrgänge|seminare?)|(?:online-)?kurse?"
    r"|e-?books?|books?|(?:online )?courses?|seminars?|webinar(?:e|s)?|workshops?"
    r"|masterclass(?:es)?|livres?|cours|formations?|libros?|cursos?|libri|libro|corsi|corso)\b",
    re.IGNORECASE,
)


def product_pitch(blocks: Sequence[HtmlElement], most: int, read: Sequence[str] = ()) -> int | None:
    """The index in ``blocks`` of the heading opening a product pitch closing them
    (:func:`_opens_pitch`), the blocks from it on holding at most ``most`` characters;
    or None. ``read``: the texts of the last blocks, last first, that the closing
    section's walk already read (reading one again serialises it again)."""
    texts = list(read)  # the texts of the last blocks, last first
    after = 0
    for index in range(len(blocks) - 1, 0, -1):
        back = len(blocks) - 1 - index
        if back == len(texts):
            texts.append(text_of(blocks[index]))
        raw = texts[back]
        heading = heading_text(blocks[index], raw)
        if heading is not None and _opens_pitch(blocks, index, heading, texts[:back]):
            return index
        after += len(raw)
        if after > most:
            break
    return None


def _opens_pitch(
    blocks: Sequence[HtmlElement], index: int, heading: str, texts: Sequence[str]
) -> bool:
    """True when ``heading`` (the text of ``blocks[index]``, set as a heading: see
    :func:`heading_text`) names a kind of product (:data:`_PRODUCT`), the blocks after it
    (their ``texts``, in any order) name a price and hold a link whose whole text is a
    call to buy, and hold less text than the blocks before it."""
    if _PRODUCT.search(heading) is None or not any(map(names_amount, texts)):
        return False
    section = blocks[index + 1 :]
    if not any(
        is_call_to_buy(collapse_space(text_of(link)))
        for block in section
        for link in block.iter("a")
    ):
        return False
    return sum(len(text_of(block)) for block in blocks[:index]) > sum(map(len, texts))
