"""Contact cards outside the story's box (``contact-boxes``): the site's or the
office's card (a name or an organisation over its street, its postcode and town, a
phone number, an e-mail address) set in a box of its own after the story, which a body
widened over the page keeps whatever the names. It is known by its make, not its words:
short lines only (none of ``contact_line_max_chars`` or more), few characters in all
(``contact_box_max_chars``), at least ``contact_card_min_lines`` of them, and two kinds
of contact detail at least among a postcode with its town ending a line, a phone or fax
number, an e-mail address (a ``mailto:`` or ``tel:`` link counts). Its place: after the
story's box (the lowest box around the best-scored container holding the page's
``h1``, else the body container holding it), as a later sibling of that box or of a box
around it, or as a later body container. A fact box inside the story's box (an office's
address the story is about) stays; so does a card whose lines run on as prose.

:func:`holds_contact_card` is what ``page-footers`` reads as the site's footer too."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import precedes, remove_element, text_lines
from ..rules.builtin.lexicon.contacts import EMAIL_LINE, PHONE_LINE, POSTAL_LINE
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

_PHONE = re.compile(PHONE_LINE, re.IGNORECASE | re.MULTILINE)
_EMAIL = re.compile(EMAIL_LINE)
_POSTAL = re.compile(POSTAL_LINE, re.MULTILINE)
#: The boxes a card is set in, and those searched for one inside a page's footer.
_CARD_BOXES = frozenset(("div", "section", "aside", "address", "p", "ul", "footer"))

#: Stands in for a rule on a contact card (an engine rule, like ``page-footers``:
#: ``disable("contact-boxes")`` switches it off).
CONTACT_BOXES = Rule(
    "contact-boxes",
    Tags("div section aside address p ul"),
    Effect.DROP,
    description="A box of short lines after the story's box giving a name or an "
    "organisation with two kinds of contact detail (a postcode and town, a phone "
    "number, an e-mail address): the site's or an office's contact card.",
)


def drop_contact_boxes(
    containers: list[HtmlElement], core: HtmlElement, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the contact cards after the story's box (see the module's docstring), a
    body container among them leaving ``containers``; return what went, with the
    rule's name."""
    gone = [box for box in _after_story(containers, core) if is_contact_card(box, tuning)]
    for box in gone:
        if any(box is container for container in containers):
            containers.remove(box)
        remove_element(box)
    return [(box, CONTACT_BOXES.name) for box in gone]


def _after_story(containers: Sequence[HtmlElement], core: HtmlElement) -> Iterator[HtmlElement]:
    """The boxes after the story's box: the later siblings of that box and of each box
    around it below its body container, then the later body containers."""
    path = [core, *core.iterancestors()]
    home = next((box for box in path if any(box is c for c in containers)), None)
    if home is None:
        return
    below = path[: path.index(home)]
    headed = {box for headline in home.iter("h1") for box in headline.iterancestors()}
    story = next((box for box in below if box in headed), home)
    if story is not home:
        for box in below[below.index(story) :]:
            yield from (s for s in box.itersiblings() if isinstance(s.tag, str))
    yield from (c for c in containers if c is not home and precedes(home, c))


def is_contact_card(box: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``box`` is a contact card: few characters in short lines, at least
    ``contact_card_min_lines`` of them, giving two kinds of contact detail."""
    if box.tag not in _CARD_BOXES or words_length(box) > tuning.contact_box_max_chars:
        return False
    lines = [line for line in map(collapse_space, text_lines(box)) if line]
    if len(lines) < tuning.contact_card_min_lines:
        return False
    if max(map(len, lines)) >= tuning.contact_line_max_chars:
        return False
    return _contact_kinds(box, "\n".join(lines)) >= 2


def holds_contact_card(boxes: Sequence[HtmlElement], tuning: Tuning) -> bool:
    """Whether one of ``boxes``, or a box inside one, is a contact card: the site's
    address in its footer. A card gives a phone number or an e-mail address (two kinds
    of detail, a postcode only one): their text and links are read first, once."""
    text = "\n".join(map(text_of, boxes))
    if not _PHONE.search(text) and not _EMAIL.search(text) and not _links_to_reach(boxes):
        return False
    return any(
        is_contact_card(inner, tuning)
        for box in boxes
        for inner in box.iter(*_CARD_BOXES)
        if words_length(inner) <= tuning.contact_box_max_chars
    )


def _contact_kinds(box: HtmlElement, text: str) -> int:
    """How many kinds of contact detail ``text`` (``box``'s lines, one a line) gives:
    a postcode with its town, a phone number, an e-mail address."""
    hrefs = _links_to_reach([box])
    phone = _PHONE.search(text) is not None or any(h.startswith("tel:") for h in hrefs)
    email = _EMAIL.search(text) is not None or any(h.startswith("mailto:") for h in hrefs)
    return int(phone) + int(email) + int(_POSTAL.search(text) is not None)


def _links_to_reach(boxes: Sequence[HtmlElement]) -> list[str]:
    """The ``tel:`` and ``mailto:`` addresses the links in ``boxes`` lead to, lower-cased."""
    hrefs = ((link.get("href") or "").strip().lower() for box in boxes for link in box.iter("a"))
    return [href for href in hrefs if href.startswith(("tel:", "mailto:"))]
