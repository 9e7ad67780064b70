"""The site's pitch for itself closing the body: a short heading naming the site (the
name its address gives: "Gut versorgt mit energiehoch3" on energiehoch3.de) or calling
the reader to contact it ("Fragen? Dann kontaktiere uns einfach!"), over a section
speaking to the reader ("... versorgt Dich zuverlässig. Solltest Du noch kein Kunde
sein, ..."). Neither signal is enough alone: stories address their readers, and a story
may name the site it runs on; a page naming its site above that heading too (a
company's page on its own services) is about the site, and keeps it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import RAW_SLACK, collapse_space, text_of
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..tuning.pruning import SELF_PROMO_HEADING_MAX_CHARS, SELF_PROMO_SITE_NAME_MIN_CHARS

HtmlElement = Any

#: Stands in for a rule on the site's closing pitch for itself (the engine's own rule:
#: it needs the page's address; ``disable()`` switches it off by name).
SELF_PROMO_SECTION = Rule(
    "self-promo-sections",
    Tags("p div h2 h3 h4 h5 h6"),
    Effect.DROP,
    description="A short closing section under a heading naming the site itself ('Gut "
    "versorgt mit example', on example.de; the site named nowhere above) or calling the "
    "reader to contact it ('Fragen? Dann kontaktiere uns einfach!'), whose text speaks to "
    "the reader ('... versorgt Dich zuverlässig. Solltest Du noch kein Kunde sein, ...'): "
    "the site's pitch for its service, the heading and everything after it.",
)

#: How much longer a heading's raw text may be than ``RAW_SLACK`` times
#: ``SELF_PROMO_HEADING_MAX_CHARS`` and still be collapsed and measured: the whitespace of indented
#: markup around a short line.
_RAW_HEADING_SLACK = 40
#: The longest a heading's raw text may be (see ``_RAW_HEADING_SLACK``).
_HEADING_MAX_RAW = RAW_SLACK * SELF_PROMO_HEADING_MAX_CHARS + _RAW_HEADING_SLACK

#: The reader addressed in the second person: "dich", "dein", "euch" in German, and
#: "du" beside its verb ("du kannst", "Solltest Du": French "du" is an article); the
#: polite "Sie", "Ihr", "Ihnen" in capitals inside a sentence; "you", "vous", "votre",
#: "usted", "jij", "jouw".
_SECOND_PERSON = re.compile(
    r"(?i:\b(?:dich|dir|dein\w*|euch|eu(?:er|re)\w*|you|your\w*|vous|votre|vos"
    r"|usted(?:es)?|jij|jouw|du(?= \w+st\b)|(?<=st )du)\b)"
    r"|(?<=[\w,;:] )(?:Sie|Ihnen|Ihre?[mnrs]?)\b"
)


#: A heading asking the reader to get in touch with the site, perhaps after a question
#: ("Fragen? Dann kontaktiere uns einfach!", "Questions? Get in touch with us"), read
#: in lower case: the call to act and the site's "us" together.
_CONTACT_CALL = re.compile(
    r"(?:(?:noch |haben sie |hast du )?fragen\?|(?:any |have )?questions\?)?\s*"
    r"(?:dann |then )?(?:kontaktiere|kontaktieren sie|schreib|schreibe|schreiben sie"
    r"|ruf|rufen sie|contact|write to|call|get in touch with) (?:uns|us)(?: an)?"
    r"(?: einfach| gerne| gern| jetzt| today| now)*\W*"
)


def addresses_reader(text: str) -> bool:
    """True when ``text`` speaks to the reader in the second person."""
    return _SECOND_PERSON.search(text) is not None


def site_names(site: str | None) -> tuple[str, ...]:
    """The forms of the site's name as its address gives it, in lower case: its hyphens
    read as spaces and as nothing ("heizwerk nord", "heizwerknord" of heizwerk-nord.de);
    none when the site is unknown or its name too short. Plain strings, no pattern: a
    pattern compiled for each page's site costs more than the whole rule."""
    if not site:
        return ()
    name = site.split(".", 1)[0].lower()
    joined = name.replace("-", "")
    if len(joined) < SELF_PROMO_SITE_NAME_MIN_CHARS:
        return ()
    spaced = " ".join(part for part in name.split("-") if part)
    return (spaced,) if spaced == joined else (spaced, joined)


def mentions_site(text: str, names: Sequence[str]) -> bool:
    """True when ``text`` holds one of the site's ``names`` (:func:`site_names`) as a
    word, in any case, its hyphens read as spaces."""
    folded = " ".join(text.lower().replace("-", " ").split())
    for name in names:
        start = folded.find(name)
        while start >= 0:
            end = start + len(name)
            if (start == 0 or not folded[start - 1].isalnum()) and (
                end == len(folded) or not folded[end].isalnum()
            ):
                return True
            start = folded.find(name, start + 1)
    return False


def heading_text(element: HtmlElement, raw: str) -> str | None:
    """The text ``raw`` of ``element`` with its whitespace collapsed, when the element is
    set as a heading (an ``h2``-``h6``, or a line wholly in bold: an address or a rating
    line set upright is no section's title) and at most ``SELF_PROMO_HEADING_MAX_CHARS`` long."""
    if len(raw) > _HEADING_MAX_RAW or not _set_as_heading(element):
        return None
    text = collapse_space(raw)
    return text if 0 < len(text) <= SELF_PROMO_HEADING_MAX_CHARS else None


def names_site(heading: str, names: Sequence[str]) -> bool:
    """True when ``heading`` (:func:`heading_text`) names the site (one of its ``names``)
    and ends no sentence."""
    return heading[-1] not in ".!?" and mentions_site(heading, names)


def calls_to_contact(heading: str) -> bool:
    """True when ``heading`` (:func:`heading_text`) asks the reader to get in touch with
    the site ("Fragen? Dann kontaktiere uns einfach!", "Questions? Contact us"): the
    call to act and the site's "us" in one line."""
    return _CONTACT_CALL.fullmatch(heading.lower()) is not None


def _set_as_heading(element: HtmlElement) -> bool:
    """True for a heading's tag or a line wholly in bold (``<p><b>...</b></p>``)."""
    if element.tag in SECTION_HEADINGS:
        return True
    if (element.text or "").strip() or len(element) != 1:
        return False
    bold = element[0]
    return bold.tag in ("b", "strong") and not (bold.tail or "").strip()


def opens_self_promo(
    blocks: Sequence[HtmlElement], index: int, raw: str, names: Sequence[str]
) -> bool:
    """True when ``blocks[index]`` (its text ``raw``) opens the site's pitch for itself
    closing the story: a heading naming the site (:func:`names_site`, by its ``names``)
    when no block before it does, or calling the reader to contact the site
    (:func:`calls_to_contact`); the first block after it speaks to the reader (a box
    under the site's name sending to another of its services, "Example News empfiehlt"
    over a film's blurb, is no pitch to the reader); and the blocks after it hold less
    text than those before it."""
    heading = heading_text(blocks[index], raw)
    if heading is None:
        return False
    named = bool(names) and names_site(heading, names)
    if not named and not calls_to_contact(heading):
        return False
    texts = [text_of(block) for block in blocks[index + 1 :]]
    first = next((text for text in texts if text.strip()), "")
    if not addresses_reader(first):
        return False
    before = [text_of(block) for block in blocks[:index]]
    if sum(map(len, before)) < sum(map(len, texts)):
        return False
    # a page on the site itself names it above the heading too
    return not named or not any(mentions_site(text, names) for text in before)
