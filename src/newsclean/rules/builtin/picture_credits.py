"""What a picture's credit looks like: a credit closing a caption's line ("(Photo: Getty)",
"... in 2019. Jo Doe, AP") or standing as a line of its own ("Photo: Jo Doe", "DCV /
Oppitz"), told apart from a byline and the site's copyright notice.
"""

from __future__ import annotations

import re
from typing import Any

from ...dom.text import text_of, words_length
from .caption_markup import NOT_IN_CAPTION, SPACE, next_significant, normal
from .lexicon.credits import BYLINE_LINE, CREDIT_PREFIXES, PICTURE_AGENCIES

HtmlElement = Any

#: How much of a line's end is read for a picture credit (and how long a credit line
#: standing alone may be).
CREDIT_END_CHARS = 100
#: ... and how much of it holds the agency's name of a credit after its last sentence.
AGENCY_END_CHARS = 50
#: The longest caption a credit vouches for (an agency's two or three sentences, which
#: ``image-captions``' 200 characters cut short): ``credited-image-captions``' limit.
CREDITED_CAPTION_MAX_CHARS = 600
#: A picture credit closing a line, whatever the line looks like: in brackets, "(Image:
#: Getty)", "[Photo by A. Lee]", "(J. Doe/AP)"; after the caption's last sentence,
#: "... in 2019. Jo Doe, AP", "... in 2019. © Reuters / Jo Doe"; or a copyright sign.
#: Searched in a line's lowercased end (case-sensitive matching is twice as fast).
_AGENCY_NAME = rf"\b(?:ap|{PICTURE_AGENCIES})\b"
_CREDIT_END = re.compile(
    r"[(\[]\s*(?:image|images|photo|photos|picture|pic|foto|fotos|bild|credit|ap photo"
    r"|photograph)\b[^()\[\]]{0,80}[)\]]\s*$"
    rf"|[(\[][^()\[\]]{{0,60}}{_AGENCY_NAME}[^()\[\]]{{0,30}}[)\]]\s*$"
    rf"|[.!?][\"”’]?\s*[^.!?]{{0,60}}{_AGENCY_NAME}[^!?]{{0,30}}$"
    r"|©\s*[^©.!?]{2,80}$"
)
#: The credit-lines prefixes that credit a picture ("Photo: ", "Bild: ", "© "), not a
#: story's reporting or sources ("Reporting by", "Source:"), which may close a story.
_PICTURE_WORDS = (
    *("фото", "photo", "foto", "image", "picture", "bild", "titelbild", "beitragsbild"),
    *("abbildung", "credit", "crédit", "©", "(c)", "copyright"),
)
_PICTURE_CREDIT_PREFIXES = tuple(p for p in CREDIT_PREFIXES if p.startswith(_PICTURE_WORDS))
_BYLINE = re.compile(BYLINE_LINE, re.IGNORECASE)
#: A credit of names alone, the agency's and the photographer's, set apart by a slash:
#: "DCV / Oppitz", "Stadt Ulm/Jo Doe" (each a capitalised name of one to three words).
_CREDIT_NAME = r"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?: [A-ZÀ-ÖØ-Þ][\w.'’-]*){0,2}"
SLASH_CREDIT = re.compile(rf"{_CREDIT_NAME} ?/ ?{_CREDIT_NAME}")
#: A year, which a site's copyright notice names and a picture's credit does not.
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
#: What each credit holds: a closing bracket, a copyright sign or an agency's name near
#: the end (a test many times cheaper than the search, which most lines fail).
_AGENCY = re.compile(_AGENCY_NAME)


def credit_after(line: HtmlElement) -> HtmlElement | None:
    """The picture's credit line (:func:`is_credit_line`) right after ``line``. One of
    names alone ("Agency / Name") goes with the caption it vouches for: the credit
    rules know the others by their words ("Photo:", "©"), but not this one."""
    following = next_significant(line)
    return following if following is not None and credit_element(following) else None


def credit_element(element: HtmlElement) -> bool:
    """Whether ``element`` is a picture's credit line (:func:`is_credit_line`): at most
    ``CREDIT_END_CHARS``, with no picture of its own (that would be the next picture's)."""
    return (
        words_length(element) <= CREDIT_END_CHARS
        and next(element.iter("img", "picture"), None) is None
        and is_credit_line(text_of(element))
    )


def opens_with_credit(line: HtmlElement) -> bool:
    """Whether ``line`` is a box whose first line is a picture's credit, an element of its
    own with the caption's after it ("Photo: Jo Doe" over "The mayor (left) ..."), and
    that holds no link, heading, list or paragraph past the credit: a story's
    paragraphs are not boxed under a credit."""
    if not len(line):
        return False  # a leaf: no box (most lines)
    first = line
    text = first.text
    while not (text and text.strip(SPACE)):
        if not len(first):
            return False
        first = first[0]
        if first.tag.__class__ is not str:
            return False
        text = first.text
    if (
        first is line
        or len(first)
        or len(text) > CREDIT_END_CHARS
        or (first.tail and first.tail.strip(SPACE))
        or (caption := first.getnext()) is None
        or caption.tag in NOT_IN_CAPTION
    ):
        return False  # a credit is a short leaf, a line of its own: most boxes fail here
    return is_credit_line(text) and all(block is first for block in line.iter(*NOT_IN_CAPTION))


def is_credit_line(text: str) -> bool:
    """Whether ``text`` is a picture's credit standing alone: "Photo: Jo Doe", "Jo Doe,
    AP", "Jo Doe | Reuters" (the credit after a caption's last sentence, as
    :func:`ends_in_credit` reads it). Not a teaser's byline ("By AP", under its
    headline) nor the site's notice ("© 2024 Example News", under the footer's links),
    which look alike. The shapes of a credit are tested first: most lines read here
    have none, and the byline's expression costs many times more than they do."""
    line = normal(text)
    return (
        bool(line)
        and (
            line.lower().startswith(_PICTURE_CREDIT_PREFIXES)
            or ends_in_credit(". " + line)
            or SLASH_CREDIT.fullmatch(line) is not None
        )
        and _BYLINE.fullmatch(line) is None
        and _YEAR.search(line) is None
    )


def ends_in_credit(text: str) -> bool:
    """Whether ``text`` closes with a picture's credit (:data:`_CREDIT_END`). Without a
    closing bracket or a copyright sign, only an agency's name after a sentence's end
    can be one: most lines hold no ``.!?`` in their end, and the name is not looked for."""
    end = text[-CREDIT_END_CHARS:].lower().rstrip()
    if not (
        end.endswith((")", "]"))
        or "©" in end
        or (
            ("." in end or "!" in end or "?" in end)
            and _AGENCY.search(end, max(0, len(end) - AGENCY_END_CHARS))
        )
    ):
        return False
    return _CREDIT_END.search(end) is not None


def closes_with_credit_line(text: str) -> bool:
    """Whether ``text``'s last sentence is a picture's credit line standing alone
    (:func:`is_credit_line`): "... drives its victim into a corner. Photo: Jo Doe/Theatre"
    (the credit's own full stops, "St. Gallen", are not a sentence's end).
    Only a credit's prefix after a sentence's end is looked for."""
    end = text[-CREDIT_END_CHARS:]
    lowered = end.lower()
    for prefix in _PICTURE_CREDIT_PREFIXES:
        at = lowered.rfind(" " + prefix)
        if at > 0 and end[:at].rstrip('"”’').endswith((".", "!", "?")):
            return is_credit_line(end[at + 1 :])
    return False
