"""Notes about the page's authors at the body's edges: an author's bio, a copy of a
bio the page's structured data gives, an italic pointer or note. The boxes holding
such a note (inside the body or closing it) are :mod:`.author_boxes`'."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..dom.text import collapse_space, text_of, words_length
from ..metadata.job_titles import JOB_WORDS
from ..rules.builtin.lexicon.contacts import EMAIL_ADDRESS
from ..settings import Tuning
from ..tuning.pruning import AUTHOR_NOTE_BIO_OPENING, AUTHOR_NOTE_MIN_BIO_COPY
from .edge_bylines import names_pattern
from .edge_text import PADDING, normal_text
from .links import SiteLinks

HtmlElement = Any


#: The jobs in journalism a note or a line about the writer names, in English: a
#: byline's (:data:`JOB_WORDS`), and a blogger's, who signs no byline with it.
JOURNALISM_JOBS = "|".join((*JOB_WORDS, "blogger"))
#: What follows the author's name in a note about them: "is a reporter for ...",
#: "(@handle) is an Ideas contributor at ...", perhaps after the full stop of a name
#: the metadata gives without it ("Jo Bacon Jr" writing "Jo Bacon Jr. is a ..."). A job
#: in journalism, not any "is a" (in English, German, French and Spanish): a note that
#: the writer is the author of a book, or a historian, goes with essays that readers keep
#: whole.
NOTE_AFTER_NAME = re.compile(
    r"\.?(?:\s*\(@\w+\))?,?\s+(?:(?:is|was|has been)\s+(?:an?|the|[\w.&-]+'s)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:" + JOURNALISM_JOBS + r"|(?:co-?)?founder)"
    # the site's own curator of deals or links ("is Example's deal curator"); a museum's
    # curator writing an essay keeps the note, as a historian does
    r"|(?:is|was)\s+[\w.&-]+'s\s+(?:[\w'-]+\s+){0,3}?curator"
    # in German, French and Spanish: "ist Redakteurin bei ...", "leitet das Ressort ...",
    # "est journaliste à ...", "es periodista de ..."
    r"|(?:ist|war)\s+(?:[\w-]+\s+){0,4}?(?:redakteur|korrespondent|journalist|volontär"
    r"|reporter|kolumnist|ressortleiter)(?:in)?|leitet\s+(?:das|die)\s+(?:ressort|redaktion)"
    r"|(?:est|était)\s+(?:[\w'-]+\s+){0,4}?(?:journaliste|rédact(?:eur|rice)|correspondante?"
    r"|chroniqueu(?:r|se)|reporter)"
    r"|(?:es|fue)\s+(?:[\w-]+\s+){0,4}?(?:periodista|redactora?|corresponsal|columnista"
    r"|reporter[oa])"
    # in German, French and Spanish also what the writer does rather than is:
    # "studierte ...", "schreibt seit/für/über ...", "écrit pour ...", "escribe sobre ..."
    # (an English note's "covers the White House" is left: some readers keep it)
    r"|studierte|schreibt\s+(?:seit|für|über)|arbeitet(?:e)?\s+(?:seit|als|bei|für)"
    r"|(?:ist|war)\s+(?:mit)?gründer(?:in)?|écrit\s+(?:pour|sur)|escribe\s+(?:para|sobre)"
    # a desk's head, in English or in the English German newsrooms use: "ist Head of ..."
    r"|(?:is|was|ist|war)\s+(?:the\s+)?head\s+of)\b"
)

#: One word of a person's name as written: a capital, letters, an apostrophe or a
#: hyphen, and an initial's full stop ("Ada", "O'Neill", "Jr.").
NAME_WORD = r"[A-Z][\w'’-]+\.?"

#: A person's name opening a line, as written: two to four words with capitals ("Ada
#: Lind", "Jo Bacon Jr.", "ADA LIND"), read where the page names no author.
_NAME_OPENING = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}")

#: The inline tags setting a whole closing line in italics, apart from the story.
ITALICS = frozenset(("em", "i"))

#: The verb after the author's name opening a personal bio ("Regan is ...", "Ada lives
#: ...", "Ada, a mother of two, ...").
BIO_AFTER_NAME = re.compile(r"\.?(?:\s*\(@\w+\))?,?\s+(?:is|was|has|lives|grew|loves|enjoys|a)\b")

#: What a blogger's bio tells of the writer's own life: where they live or come from,
#: their family, what they love. A note on a book or a historian's work tells none of
#: it, and at least ``author_bio_min_cues`` different cues are asked for.
_BIO_CUES = re.compile(
    r"\b(?:native|(?:lives|living|resides|grew up|born and raised)"
    r"(?= (?:in|on|near|with|outside)\b)|husband|wife|kids|children|sons?|daughters?"
    r"|(?:mom|mother|dad|father) of|cats?|dogs?|loves|enjoys|spare time|free time)\b"
)

#: An author box's title naming the writer ("About Ada Lind", "Über Ada", "À propos de
#: Ada Lind", "Sobre Ada Lind"): the name is read against the page's authors.
_ABOUT_NAME = re.compile(r"\W*(?:about|über|à propos de|sobre)\s+(.{2,60}?)[\W_]*")


#: An e-mail address: a line giving the author's is the site's, not the story's.
_EMAIL = re.compile(EMAIL_ADDRESS)


def names_author(raw: str, names: Sequence[str]) -> bool:
    """True when ``raw`` is an author box's title naming one of ``names`` ("About Ada
    Lind"): a heading about anyone else ("Über Berlin") opens a section of the story."""
    if len(raw) > PADDING:
        return False
    match = _ABOUT_NAME.fullmatch(normal_text(raw))
    return match is not None and match.group(1) in names


def is_author_note(
    element: HtmlElement, text: str, names: list[str], below_note: bool, tuning: Tuning
) -> bool:
    """True when ``text`` (normalised) is a note about one of the page's authors: it
    opens with the author's name and says what they do in journalism, or tells of their
    own life (:func:`_is_bio`), and it stands in a box of its own (its parent holds at
    most ``author_note_max_chars``), as author boxes do; a line about the writer inside
    the story's own paragraphs stays. Also true of the author's name alone right above
    such a note (``below_note``), and of a short line naming the author with an e-mail
    address (a contact line, in a box of its own or not)."""
    if below_note and text in names:
        return True
    limit = tuning.author_note_max_chars
    if (
        len(text) <= tuning.author_contact_max_chars
        and _EMAIL.search(text) is not None
        and any(names_pattern((name,)).search(text) for name in names)
    ):
        return True
    parent = element.getparent()
    most = max(limit, tuning.author_bio_max_chars)
    if len(text) > most or parent is None:
        return False
    for name in names:  # the box is measured last: most closing blocks name no author
        if not text.startswith(name):
            continue
        note = len(text) <= limit and NOTE_AFTER_NAME.match(text, len(name)) is not None
        if note and words_length(parent) <= limit:  # the markup's indentation aside
            return True
        if _is_bio(text, name, tuning) and words_length(parent) <= most:
            return True
    return False


def described_author(element: HtmlElement, text: str, names: list[str], tuning: Tuning) -> bool:
    """True when ``element``, closing the body, is (or is inside) the microdata
    ``description`` of the element marked as the page's ``author``: the author box's
    bio, a self-introduction too ("Johanna Brink, Fotografin aus ..."). Not when it
    opens with one of the author ``names`` ("Ada Lind is the author of ..."): such a
    note is judged by its words (:func:`is_author_note`), and readers keep some.
    ``text`` is the normalised text, at most ``author_bio_max_chars``."""
    if len(text) > tuning.author_bio_max_chars or any(text.startswith(n) for n in names):
        return False
    described = False
    for node in (element, *element.iterancestors()):
        props = (node.get("itemprop") or "").split()
        if "author" in props:
            return described
        described = described or "description" in props
    return False


def italic_pointer(element: HtmlElement, text: str, links: SiteLinks, tuning: Tuning) -> bool:
    """True when ``element``, closing the body, holds at most ``teaser_box_max_chars``
    of text, most of it (``italic_pointer_share``) in italics, its links aside (a site's
    name may stand upright among them), and a headline (``teaser_headline_words``)
    linking to another story of the site: the editor's pointer to a story of a series or
    on a related subject, set apart from the story's prose ("Originally published on
    <a>Live Science</a>" names no story but the source)."""
    if len(text) > tuning.teaser_box_max_chars or (element.text or "").strip():
        return False
    italic = sum(len(text_of(child)) for child in element if child.tag in ITALICS)
    linked = sum(len(text_of(child)) for child in element if child.tag == "a")
    if italic < tuning.italic_pointer_share * (len(text_of(element)) - linked):
        return False
    return any(
        len(text_of(link).split()) >= tuning.teaser_headline_words
        and links.is_story(link.get("href") or "")
        for link in element.iter("a")
    )


def opens_author_note(text: str, names: Sequence[str]) -> bool:
    """True when ``text`` (normalised) opens with one of the author ``names`` and says
    what they do in journalism ("ada lind is example's deal curator and ...")."""
    return any(
        text.startswith(name) and NOTE_AFTER_NAME.match(text, len(name)) is not None
        for name in names
    )


def italic_note(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``element``, closing the body, is set whole in italics and opens with a
    person's name (:data:`_NAME_OPENING`) saying what they do (:data:`NOTE_AFTER_NAME`:
    "Ada Lind is the founder of ...", "Jon Berg ist Redakteur ..."): the writer's
    tagline under the story, though the page names no author. ``text`` is the element's
    normalised text, at most ``author_bio_max_chars``."""
    if len(text) > tuning.author_bio_max_chars or not text[:1].isalpha():
        return False
    if (element.text or "").strip() or len(element) != 1:
        return False
    italic = element[0]
    if italic.tag not in ITALICS or (italic.tail or "").strip():
        return False
    match = _NAME_OPENING.match(collapse_space(text_of(italic)).lstrip())
    return match is not None and NOTE_AFTER_NAME.match(text, match.end()) is not None


def bio_copies(
    blocks: list[HtmlElement], bios: list[str], names: Sequence[str]
) -> tuple[set[HtmlElement], list[str]]:
    """The ``blocks`` anywhere in the body that copy one of the authors' ``bios``
    (:func:`copies_bio`) without opening with one of their ``names``: a writer's
    self-introduction ("Hi, I'm Ada ...", "Als Redakteurin betreue ich ...") is the
    site's author box, wherever it stands. A note opening with the name ("Ada Lind is a
    producer for ...") goes only closing the body (some readers keep it as the story's
    last line). Also the ``bios`` the edges may read: none when the body is not more
    than twice the longest bio (an author's own profile page is that bio), and then no
    copies either."""
    longest = max(map(len, bios))
    copies: set[HtmlElement] = set()
    total = 0
    for element in blocks:
        text = normal_text(text_of(element))
        total += len(text)
        if not AUTHOR_NOTE_MIN_BIO_COPY <= len(text) <= longest + PADDING:
            continue
        if copies_bio(text, bios) and not any(text.startswith(name) for name in names):
            copies.add(element)
    if total <= 2 * longest:
        return set(), []
    return copies, bios


def copies_bio(text: str, bios: list[str]) -> bool:
    """True when ``text`` (normalised) copies one of the authors' ``bios`` (normalised):
    at least ``AUTHOR_NOTE_MIN_BIO_COPY`` characters inside a bio, or a bio's opening with at most
    ``PADDING`` more (the writer's name before it). The page's structured data names
    that text the writer's bio, so the block is their author box, a first-person one
    too ("Als Redakteurin betreue ich ...")."""
    return len(text) >= AUTHOR_NOTE_MIN_BIO_COPY and any(
        text in bio or (bio[:AUTHOR_NOTE_BIO_OPENING] in text and len(text) <= len(bio) + PADDING)
        for bio in bios
    )


def _is_bio(text: str, name: str, tuning: Tuning) -> bool:
    """True when ``text``, opening with the author's ``name``, is a personal bio: a verb
    after the name and at least ``author_bio_min_cues`` different cues of the writer's
    own life (home, family, what they love)."""
    if BIO_AFTER_NAME.match(text, len(name)) is None:
        return False
    cues = {match.group() for match in _BIO_CUES.finditer(text)}
    return len(cues) >= tuning.author_bio_min_cues
