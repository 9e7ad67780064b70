"""Cards offering to follow a topic or a writer, inside the body (``follow-cards``): a
small box around a button whose whole text is the verb "Follow" ("Folgen",
"Abonnieren", "Suivre", "Obserwuj"), with the topic's title, a line on it and its count
of followers ("Top tours / News on the big tours / 1,110 members follow this topic").
Known by the button, read before the buttons are stripped: once it goes, its card reads
as a few short lines after the story, which nothing else tells from the story's. A
story has no button; a sign-up's box is a form's (``form-boxes``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.text import collapse_space, text_of, words_length
from ..rules.builtin.lexicon.follows import FOLLOW_CONTROLS
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..tuning.pruning import FOLLOW_CARD_LEVELS, FOLLOW_CARD_MAX_CHARS

HtmlElement = Any

#: Stands in for a rule on a follow card (an engine rule, like ``dismissible-boxes``:
#: ``disable("follow-cards")`` switches it off).
FOLLOW_CARDS = Rule(
    "follow-cards",
    Tags("div section aside li"),
    Effect.DROP,
    description="A small box around a button saying only 'Follow' ('Folgen', 'Abonnieren', "
    "'Suivre'): a card offering to follow a topic or a writer, with its title and count of "
    "followers, not the story.",
)

#: How many buttons are read for a follow control (a page has a few, not thousands).
FOLLOW_BUTTONS_READ = 40
#: What a card is built as (a paragraph holding a button is a line of the story's).
_CARD_TAGS = frozenset(("div", "section", "aside", "li"))
#: What a button's text may hold besides the verb: an icon's sign.
_SIGNS = "+✓✔•·|"


def follow_cards(buttons: Sequence[HtmlElement]) -> list[HtmlElement]:
    """The card around each follow button among ``buttons`` (:data:`FOLLOW_CONTROLS`),
    read before the buttons are stripped: the largest box up to ``FOLLOW_CARD_LEVELS``
    above it holding at most ``FOLLOW_CARD_MAX_CHARS`` and no ``h1``, when it holds more
    text than the button."""
    cards: list[HtmlElement] = []
    for button in buttons[:FOLLOW_BUTTONS_READ]:
        if not _follows(button):
            continue
        own = words_length(button)
        card = None
        box = button.getparent()
        for _level in range(FOLLOW_CARD_LEVELS):
            if box is None or box.tag in ("body", "html") or box.tag == "form":
                break
            size = words_length(box)
            if size > FOLLOW_CARD_MAX_CHARS or next(box.iter("h1"), None) is not None:
                break
            if size > own and box.tag in _CARD_TAGS:
                card = box
            box = box.getparent()
        if card is not None:
            cards.append(card)
    return cards


def _follows(button: HtmlElement) -> bool:
    """Whether ``button``'s whole text is the verb "Follow" in a language of
    :data:`FOLLOW_CONTROLS`, perhaps with an icon's sign ("+ Follow")."""
    text = collapse_space(text_of(button)).strip(_SIGNS + " ").casefold()
    return text in FOLLOW_CONTROLS
