"""A bio of the writer closing the body that the page's author names cannot find: the
page names no author (in its metadata or byline), or the bio calls the writer by a
first name alone. Read by its shape (a person's name, a verb, the third person after
it), where it stands (the closing walk reached it: only furniture below it) and its
size (a box of its own, small beside the story). Also the short labels the closing
walk passes on its way up to such a note (a comment widget's title over its empty
box). Notes found by the page's author names are :mod:`.author_notes`'."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from lxml import etree

from ..dom.text import collapse_space, largest_box_around, text_of, words_length
from ..dom.tree import is_below
from ..settings import Tuning
from ..tuning.pruning import CLOSING_LABELS_MAX_RUN
from .author_notes import NAME_WORD, NOTE_AFTER_NAME

HtmlElement = Any

#: A picture or a link in a box (an introduction's photo, the link to the About page),
#: or an element holding nothing (the photo's box the pruning emptied; no line break).
_PICTURE_OR_LINK = etree.XPath(
    "boolean(.//img | .//picture | .//svg | .//a[@href]"
    " | .//*[not(self::br or self::hr)][not(*)][not(normalize-space())])",
    regexp=False,
)

#: A person's name opening a bio, as written: one to four words with capitals ("Ada",
#: "Ada Lind", "Jo Bacon Jr.").
_NAME = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}")

#: The verb after the name in a bio told in the third person ("Ada has worked as ...",
#: "Ada Lind is ...", "Jo lives in ..."), read on the normalised text.
_BIO_VERB = re.compile(r"\.?(?:\s*\(@\w+\))?,?\s+(?:is|was|has|have|lives|writes|works|worked)\b")

#: A later sentence about the same person in the third person, read in lower case
#: after a sentence's end: "... . She has been ...", "... . Er interessiert sich ...",
#: "... . Elle écrit" (bios here, profile cards in :mod:`.profile_cards`).
THIRD_PERSON = re.compile(r"[.!?]\s+(?:he|she|his|her|er|sie|sein\w*|ihr\w*|il|elle|él|ella)\b")

#: The opening of a blogger's introduction of themselves, as written: a greeting or a
#: welcome ("Hi!", "Willkommen auf ..."), the writer naming themselves ("I'm Ada",
#: "Ich bin Ada", "Mein Name ist Ada"), or a first name with an age ("Ada, 27, ...").
_INTRO_OPENING = re.compile(
    r"(?i:hi|hey|hello|hallo|servus|moin|welcome|(?:herzlich\s+)?willkommen)\b"
    r"|(?i:i'm|i\s+am|my\s+name\s+is|ich\s+bin|ich\s+heiße|mein\s+name\s+ist)\s+[A-Z]"
    r"|[A-Z][\w'’-]+,\s+\d{2}\b"
)

#: The first person after the opening of such an introduction ("... my blog", "... meine
#: Leidenschaft"): a greeting over a notice speaks to the reader, not of the writer.
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|[Mm]y|[Mm]e|[Ii]ch|[Mm]ein\w*|[Mm]ir|[Mm]ich)\b")

#: What a closing label ends in when it is a sentence, not a widget's title.
_SENTENCE_END = ".!?:;,\"'”)"


def anonymous_bio_box(
    element: HtmlElement,
    text: str,
    containers: list[HtmlElement],
    tuning: Tuning,
    link_holders: Collection[HtmlElement] = (),
) -> HtmlElement | None:
    """The author box around ``element`` when the closing walk reached it (only
    furniture below it) and it is a bio (:func:`_bio_shaped`): the largest box around
    it holding at most ``author_bio_max_chars``, and at most
    ``closing_bio_box_extra_chars`` beside the bio (``element`` in a box of its own,
    not among the story's paragraphs), holding more than the bio (a photo, a link, the
    name on a line of its own) and at most a ``closing_bio_story_ratio``-th of the
    body. ``text`` is the element's normalised text. None for anything else: a
    paragraph of a profile wrapped alone stays. ``link_holders``: the boxes whose links
    the pruning took (:func:`_intro_box`)."""
    most = tuning.author_bio_max_chars
    if len(text) > most or not text[:1].isalpha():
        return None
    if not _bio_shaped(element, text):
        return _intro_box(element, containers, tuning, link_holders)
    box = largest_box_around(
        element, containers, min(most, len(text) + tuning.closing_bio_box_extra_chars)
    )
    if box is None or not _furnished(box, element):
        return None
    body = sum(map(words_length, containers))
    return box if body >= tuning.closing_bio_story_ratio * words_length(box) else None


def _bio_shaped(element: HtmlElement, text: str) -> bool:
    """True when ``element`` opens with a person's name (:data:`_NAME`) followed by a
    job in journalism (:data:`.author_notes.NOTE_AFTER_NAME`, after two names or more),
    or by a verb (:data:`_BIO_VERB`) with a later sentence in the third person ("Ada
    has worked as a developer since 2007. She ..."): a bio, which a story's last line
    about someone it quotes rarely is, set apart in a box of its own."""
    name = _NAME.match(collapse_space(text_of(element)))
    if name is None:
        return False
    end = name.end()
    if " " in name.group() and NOTE_AFTER_NAME.match(text, end) is not None:
        return True
    return _BIO_VERB.match(text, end) is not None and THIRD_PERSON.search(text, end) is not None


def _intro_box(
    element: HtmlElement,
    containers: list[HtmlElement],
    tuning: Tuning,
    link_holders: Collection[HtmlElement] = (),
) -> HtmlElement | None:
    """The box of a blogger's introduction of themselves around ``element``, the
    block the closing walk reached: the largest box around it, below the body's
    containers, holding at most ``author_bio_max_chars``, that is no paragraph of the
    post (not a ``p``), opens as an introduction (:data:`_INTRO_OPENING`), speaks in
    the first person after that (:data:`FIRST_PERSON`), holds a picture or a link
    (the photo, the About page; :data:`_PICTURE_OR_LINK`), or held a link the pruning
    took (one of ``link_holders`` in it: "More about me" on a line of its own, a
    pointer to more reading), and at most a ``closing_bio_story_ratio``-th of the
    body. A post opening "Hi, I'm Ada" is no box of its own below the post."""
    box = largest_box_around(element, containers, tuning.author_bio_max_chars)
    if box is None or box.tag == "p":
        return None
    furnished = bool(_PICTURE_OR_LINK(box))
    if not furnished and not link_holders:
        return None
    text = collapse_space(text_of(box))
    if not self_introduction(text):
        return None
    if not furnished and not any(h is box or is_below(h, box) for h in link_holders):
        return None
    body = sum(map(words_length, containers))
    return box if body >= tuning.closing_bio_story_ratio * len(text) else None


def self_introduction(text: str) -> bool:
    """True when ``text`` (whitespace collapsed, case kept) opens as a blogger's
    introduction of themselves (:data:`_INTRO_OPENING`) and speaks in the first person
    after that (:data:`FIRST_PERSON`): "Hallo! Ich bin Ada ...", "Welcome to ...! I
    write about ...". Read on a box set apart from the post; a post may open so too."""
    opening = _INTRO_OPENING.match(text)
    return opening is not None and FIRST_PERSON.search(text, opening.end()) is not None


def _furnished(box: HtmlElement, element: HtmlElement) -> bool:
    """True when ``box`` holds more than the bio ``element``: text beside it (the name,
    the job), or an element outside it and its wrappers (a picture, a link, the photo's
    box the pruning emptied). A paragraph wrapped alone holds nothing more."""
    if words_length(box) > words_length(element):
        return True
    return any(
        node is not box
        and isinstance(node.tag, str)
        and not is_below(node, element)
        and not is_below(element, node)
        and node is not element
        for node in box.iter()
    )


def closing_label(text: str, passed: int, tuning: Tuning) -> bool:
    """True when ``text`` (normalised), closing the body, reads as a widget's title
    rather than the story's last line: at most ``closing_heading_max_chars``, ending
    in no sentence's mark and opening with a letter ("Reader conversations", "Share";
    not a rule of underscores), with fewer than ``CLOSING_LABELS_MAX_RUN`` such labels
    ``passed`` below it. The closing walk passes it, and takes it only with a note on
    the author it finds right above it; else it ends there, as before."""
    return (
        passed < CLOSING_LABELS_MAX_RUN
        and 0 < len(text) <= tuning.closing_heading_max_chars
        and text[0].isalpha()
        and text[-1] not in _SENTENCE_END
    )
