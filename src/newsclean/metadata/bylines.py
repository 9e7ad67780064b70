"""Turn byline text into author names.

"By A, B and C" gives three names; lead words ("By", "Von", "Par"...), job
titles, e-mail addresses, URLs, dates and prose are removed. Which of the lists a
page gives is the author's (values that are no names, "Staff", "Admin", the site's
own name, kept only when nothing better exists) is :mod:`.name_choice`'s.
"""

from __future__ import annotations

import re

from .agencies import UNNAMED_AGENCIES, agency_apart, beside_agencies, is_agency
from .dates import MONTH_NAMES, WRITTEN_DATE
from .job_titles import ROLE_QUALIFIERS, ROLE_TITLE_WORDS, ROLE_WORDS
from .name_tails import (
    AUTHOR_LABELS,
    COPYRIGHT_WORDS,
    LABEL_WORDS,
    agency_title,
    desk_phrase,
    leads_names,
    particle_inside,
    phrase,
    place_after_name,
    post_nominal,
    weak_handle,
    without_initials_tail,
    without_place,
    without_title_before,
)
from .organisations import name_parts, organisation_name

#: The words joining two labels before the names ("Text und Fotos:", "Text & Interview:").
_LABEL_JOIN = r"(?:und|and|&|et|y|e)"
#: Words that introduce a byline, in the languages newsclean reads.
BYLINE_WORDS = (
    r"(?:(?:posted|written|words|reporting|text|story|photos?|interview|article)\s+by|by|von|par|por|"
    r"di|door|escribe|bằng|بقلم|كتب|记者|記者|文|撰文|(?:authors?|autor(?:in|en)?|auteurs?"
    rf"|(?:text[eo]?|testo|tekst|текст|автор)(?:\s+{_LABEL_JOIN}\s+[^\W\d_]+)?)(?=\s*[:：]))"
)
#: "Author" without its colon before one short name: a label set in its own element
#: ("<span>Autor</span> jdoe"), not a company's name ("Authors Guild").
_BARE_AUTHOR_LABEL = r"(?:author|autor(?:in)?|auteur)(?=\s+\S+(?:\s\S+)?$)"
#: The lead word ends the word: "Diana", "Parker" and "Byron" are names, not "Di ana".
BYLINE = re.compile(
    rf"^\s*+(?:{BYLINE_WORDS}|{_BARE_AUTHOR_LABEL})(?-i:(?![a-zß-ÿ]))\s*[:：/]?\s*(?P<names>.+)$",
    re.IGNORECASE | re.S,
)
STARTS_WITH_BY = re.compile(rf"^[\s|·•—–/»›-]*+{BYLINE_WORDS}(?:\b|\s|[:：/]|$)", re.IGNORECASE)
_VON = re.compile(r"\W*von\s", re.IGNORECASE)
_INNER_BY = re.compile(r"\s(?:by|von|par|por)\s*[:：]?\s+", re.IGNORECASE)
#: Weekday names that open a date after a byline ("Jo Smith Monday, May 4, 2024").
_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)
#: The participle before a date ("published on", "publiziert am", "publié le").
_PUBLISHED = (
    r"(?:published|updated|posted|publiziert|veröffentlicht|aktualisiert|publiée?"
    r"|publicado|actualizado|pubblicato)"
)
#: "Jo Smith on 3 May" / "Jo Smith am Samstag, 3. Mai" / "Jo Smith Monday, May 4" / "Jo
#: Smith publiziert am 3. Mai": the date after a byline is cut off.
_DATE_TAIL = re.compile(
    rf"(?i)\s+(?:(?:(?:{_PUBLISHED}\s+)?(?:on|am|le|el|il|em|at)|{_PUBLISHED})(?:\s+{_WEEKDAYS},?)?"
    rf"|{_WEEKDAYS},?)"
    rf"\s+(?=\S*\d|(?:{MONTH_NAMES})\b)"
)
_WEEKDAY = re.compile(_WEEKDAYS, re.IGNORECASE)
#: An arrow or a chevron closing a text: a link to more ("Archive →"), never a name.
_ARROWS = re.compile(r"[→»›▶►]\s*$")
_WEEKDAY_END = re.compile(rf"(?i)(?:^|\s){_WEEKDAYS},?\s*$")
#: One word in small letters, all a byline names after its lead word: a handle.
_HANDLE = re.compile(r"[a-zß-ÿ][\w-]*[^\W_]")
#: Initials alone: one capital, or capitals each with its stop ("F", "J. R").
_INITIALS = re.compile(r"[^\W\d_a-zß-ÿ](?:\.\s?[^\W\d_a-zß-ÿ])*")
#: The Spanish "y" and the Portuguese or Italian "e" only in small letters and without a
#: stop: "Sarah E. Needleman" holds an initial.
#: Two or more full names set apart by slashes ("Ana Ruiz / Tomás Peña"), every part of
#: capitalised words only: a credit's "Text: A / Foto: B" and an agency's "A / dpa" are
#: no list of names.
_SLASHED_NAMES = re.compile(
    r"(?:[^\W\d_a-zß-ÿ][\w'’.-]*\s+)+[^\W\d_a-zß-ÿ][\w'’.-]*"
    r"(?:\s+/\s+(?:[^\W\d_a-zß-ÿ][\w'’.-]*\s+)+[^\W\d_a-zß-ÿ][\w'’.-]*)+"
)
#: The separators of a list of names, kept (:func:`.organisations.name_parts` joins an
#: organisation's name again).
_NAME_SPLIT = re.compile(
    r"(\s*(?:,|;|\band\b|\bund\b|\bet\b|(?-i:\b[ye]\b)(?!\.)|&|\|)\s*)", re.IGNORECASE
)
#: A name starts with a letter, upper case where the script has case.
_NAME_START = re.compile(r"^[^\W\d_]", re.UNICODE)
#: Values that are not names of a person or an organisation (nor is "Agencies").
NOT_NAMES = frozenset(
    [
        *("staff", "admin", "administrator", "editor", "editors", "redaktion", "rédaction"),
        *("redacción", "team", "guest", "anonymous", "unknown", "author", "user"),
        *("webmaster", "newsroom", "desk"),
        *UNNAMED_AGENCIES,
    ]
)
#: The words of a placeholder that names no one ("No Author", "Kein Autor").
_NO_ONE = frozenset(("no", "kein", "keine", "sans", "sin", "nessun"))
#: A German association's legal form after its name ("Rotes Kreuz e.V."): its "e" is no
#: "and".
ASSOCIATION = re.compile(r"\s+e\.\s?V\.?(?!\w)")
#: A noun written for both genders ("Autor/in", "Leser/innen"), no name.
_GENDERED = re.compile(r"\w/(?:in|innen|r|e)\b")
#: A year, which every written date holds: the cheap test before the date's pattern.
_YEAR = re.compile(r"(?:19|20)\d\d")
#: ... and a social network's handle after the name ("Jo Lind @jolind").
_EMAIL_OR_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|(?<!\S)@\w+")
#: The small words inside a name ("Ana de Souza", "Jan van Dijk", "Omar bin Said").
NAME_PARTICLES = frozenset(
    [
        *("de", "da", "das", "do", "dos", "del", "della", "di", "du", "der", "den", "van"),
        *("von", "zu", "la", "le", "bin", "ibn", "al", "el", "ten", "ter"),
    ]
)
#: The marks a byline's line may open with, set before its lead word ("| By Jo").
_LEAD_MARKS = "|·•—–-:/»› "
#: "(with B and C)" after a name: more writers, read as the list's names.
_WITH_NAMES = re.compile(r"\s*\((?:with|avec|mit|con|com)\s+([^()]+)\)", re.IGNORECASE)
#: A note in brackets after a name, before the list's next name or the line's end
#: ("Jo Lind (Sponsored Post), ..."); one inside a name stays ("Ana (Maria) Lopes").
#: A single word there is the writer's handle, kept ("Jo Lind (jolind)").
_NAME_NOTE = re.compile(r"(?<=\S)\s*\([^()\s]*\s[^()]*\)(?=\s*(?:[,;|]|$))")
#: An author's label inside a line of labelled rows ("Datum: <date> Autor: Jo"), and
#: the next row's label after the names ("Jo Lind Quelle: Ada").
_AUTHOR_ROW = re.compile(r"(?i)(?<=\s)(?:authors?|autor(?:in|en)?|auteurs?)\s?[:：]\s*(?=\S)")
_NEXT_LABEL = re.compile(r"\s[^\W\d_]+\s?[:：](?:\s|$)")
#: Another credit after the writer's names ("Written by Jo Lind Edited by Ana Ruiz",
#: "... Additional reporting by"): an editor's or a helper's, no writer.
_NEXT_CREDIT = re.compile(r"\s[^\W\d_a-zß-ÿ][^\W\d_]+(?:\s[a-zß-ÿ]+)?\sby\s")
#: A word and its colon before the names: their label in any language ("Text: Jo").
_LABEL = re.compile(rf"[^\W\d_]+(?:\s{_LABEL_JOIN}\s[^\W\d_]+)?\s?[:：]\s*(?=\S)")
#: Words of a site's controls, which no name holds: a link labelled "View my complete
#: profile" or "Ask Question" beside a date is no byline.
_CONTROL_WORDS = frozenset(
    [
        *("view", "profile", "question", "questions", "ask", "answer", "answers"),
        *("follow", "subscribe", "login", "register", "reply", "posts", "share"),
    ]
)
#: The outlet speaking of itself ("By Our Foreign Staff", "Unser Korrespondent"): a
#: desk, no person's name; such a byline names nobody.
_OUTLET_OWN = frozenset(("our", "unser", "unsere", "notre", "nos", "nuestro", "nuestra"))


def _after_lead(text: str) -> tuple[str, bool]:
    """The text after its lead word or label ("By", "Autor:", "Text:", "... words by"),
    and whether one opened it; in a line of labelled rows, the author's row alone
    ("Datum: 19.11.2021 Autor: Jo Lind Quelle: Ada" gives "Jo Lind")."""
    text = " ".join(text.split()).lstrip(_LEAD_MARKS)
    match = BYLINE.match(text) or _AUTHOR_ROW.search(text) or _LABEL.match(text)
    if match:
        names = match.group("names") if match.re is BYLINE else text[match.end() :]
        return _NEXT_CREDIT.split(_NEXT_LABEL.split(names, maxsplit=1)[0], maxsplit=1)[0], True
    inner = _INNER_BY.search(text)  # "Photographs and words by A", not "Jo von Lind"
    if inner and particle_inside(text[: inner.start()], text[inner.end() :], NAME_PARTICLES):
        inner = None
    return (text[inner.end() :] if inner and len(text) < 120 else text), False


def lone_lead(text: str) -> bool:
    """True for a byline's lead word alone ("By", "| von", "Escribe"): its names stand in
    the next element."""
    text = " ".join(text.split()).lstrip(_LEAD_MARKS)
    return STARTS_WITH_BY.match(text) is not None and BYLINE.match(text) is None


def handle(text: str) -> tuple[str, ...]:
    """A link's text that is one word in small letters ("freeman1984", "jolind"): the
    writer's handle a ``rel=author`` link shows, unless a desk's or an account's."""
    text = text.strip()
    return (text,) if _HANDLE.fullmatch(text) and not weak_handle(text) else ()


def split_names(text: str) -> tuple[str, ...]:
    """``"By A, B and C"`` -> ``("A", "B", "C")``: strip the lead word and split the list
    (a news agency beside people is their source, no writer)."""
    von = _VON.match(text) is not None  # a German heading may open with "Von" too
    text, led = _after_lead(text)
    if led and _HANDLE.fullmatch(text):
        # "Autor: jdoe", "Article by news-desk": a writer's handle (no domain); "von red",
        # "by jdadmin": a desk's abbreviation or the site's account, nobody's name
        return () if weak_handle(text) else (text,)
    if leads_names(text):
        return ()  # "Published by", "Veröffentlicht von": a label, the names follow it
    listed = _list_text(text)
    if listed is None:
        return ()
    names: list[str] = []
    agencies: list[str] = []
    for part in name_parts(listed, _NAME_SPLIT):
        part = _trim(part)
        if not part or "@" in part or "://" in part or WRITTEN_DATE.search(part):
            continue
        if is_agency(part):
            agencies.append(part)  # "dpa", "AFP": the wire's credit, even in small letters
            continue
        if _GENDERED.search(part) or _not_a_name(part) or (names and post_nominal(part)):
            continue  # "Autor/in" (a noun for both genders), "Posted", "Jo Lind, PhD"
        if names and agency_title(part, ROLE_WORDS):
            break  # "TOM LIND, AP Auto Writer": his title at a wire service
        part = without_place(_without_role(_once(part)))
        if _sentence_part(part) and _no_full_name(names):
            # "By clicking Submit, you agree to the Terms", "Von den Höfen kaufte er Speck,
            # Brot und Käse", "Von Gästen, Wirten und ganz viel Kühen": a sentence
            return ()
        if names and (_job_description(part) or _described(part)):
            break  # "A, Senior Staff Technologist, Privacy Project": the rest is A's job
        if not part or any(char.isdigit() for char in part) or STARTS_WITH_BY.fullmatch(part):
            continue
        if (len(part.split()) > 5 or len(part) > 60) and not organisation_name(part):
            continue
        first = part[0]
        if (
            not _NAME_START.match(part)
            or (first.isalpha() and first.islower())
            or (von and phrase(part, NAME_PARTICLES))
        ):
            if not names and " " in part:
                # a part opening with no letter, or a particle after "Von" (one opening
                # with a small letter returned above, as a sentence): no byline
                return ()
            continue  # "by a rota of volunteers" is prose, not a byline
        if names and _INITIALS.fullmatch(part):
            names[-1] += f", {part}"  # "Kooman, F.": a surname, then its initials
            continue
        if place_after_name(part, names, NAME_PARTICLES):
            continue  # "Jo Lind, Berlin": the dateline's place
        names.append(part)
    return beside_agencies(tuple(dict.fromkeys(names)), tuple(dict.fromkeys(agencies)))


def _sentence_part(part: str) -> bool:
    """True for words of prose: a small letter opens them, another word follows."""
    return part[:1].isalpha() and part[:1].islower() and " " in part


def _no_full_name(names: list[str]) -> bool:
    """True when no name was read yet, or several and none of two words: single words
    listed before prose ("Speck, Brot und ganz viel Käse") are a sentence's nouns, no
    writers ("Staff and news service reports" keeps its one word)."""
    return not names or (len(names) > 1 and not any(" " in name for name in names))


def _list_text(text: str) -> str | None:
    """The byline's list of names alone: no e-mail or web address, note in brackets,
    association's legal form, role after a bar, date after the names; an agency beside
    the names set apart as one of them ("Jo Lind / dpa" -> "Jo Lind, dpa"). None for a
    date's label ("Last Updated: <date>")."""
    text = agency_apart(_EMAIL_OR_URL.sub(" ", text))
    if "(" in text:
        text = _NAME_NOTE.sub("", _WITH_NAMES.sub(r", \1", text))
    if " e." in text:
        text = ASSOCIATION.sub("", text)
    text = re.split(r"\s[|·•—–-](?:\s|$)|\n", text)[0]
    text = _DATE_TAIL.split(text)[0]
    date = WRITTEN_DATE.search(text) if _YEAR.search(text) else None
    if date and date.start() > 0:
        # "By Jo Smith March 25, 2015 3:46 PM": a date line run in; "Last Updated: <date>"
        # is the date's label, no name
        text = text[: date.start()]
        if text.rstrip().endswith((":", "：")):
            return None
        # "Monday, February 29, 2016": the date's weekday, no name
        text = _WEEKDAY_END.sub("", text)
    if " / " in text and _SLASHED_NAMES.fullmatch(text.strip()):
        text = text.replace(" / ", ", ")
    return text


def copyright_owners(notice: str | None) -> tuple[str, ...]:
    """The owners a copyright notice names: the site's company, which a page naming it
    as the author names as its publisher, not as a writer."""
    return split_names(COPYRIGHT_WORDS.sub(" ", notice)) if notice else ()


def _once(part: str) -> str:
    """``"Jo Marsh Jo Marsh"`` -> ``"Jo Marsh"``: a name shown twice (beside its
    avatar, or for screen readers) that the line's text runs together."""
    words = part.split()
    half = len(words) // 2
    if half > 1 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


def _trim(part: str) -> str:
    """The part without spaces, stops, colons, stray brackets and a desk's initials around
    it; a note's closing bracket stays ("Jo Lind (jolind)")."""
    part = without_initials_tail(" ".join(part.split())).strip(" .:[]")
    if part.endswith(")") and part.count("(") == part.count(")"):
        return part.lstrip("(")
    return part.strip(" .:()[]")


def _not_a_name(part: str) -> bool:
    """True for a control's label ("View my complete profile", "Archive →", a call
    closing with "!" or a question with "?"), an outlet's desk ("Our Foreign Staff") or
    a weekday: words no name of a person or an organisation holds."""
    words = part.lower().split()
    if not words or words[0] in _OUTLET_OWN or _ARROWS.search(part) or part[-1] in "!?":
        return True
    if len(words) == 1 and words[0] in AUTHOR_LABELS:
        return True  # "Author" alone: the label of a name set in the next element
    if any(w in _CONTROL_WORDS or w in LABEL_WORDS for w in words):
        return True  # "View my complete profile", "Posted", "Eingetragen"
    return _WEEKDAY.fullmatch(part) is not None


def _described(part: str) -> bool:
    """True for a text with a small word that is no name's particle ("Speaker at
    example.com", "Landesamt für Umwelt"): after a name, its job or its place of work."""
    return any(word[0].islower() and word not in NAME_PARTICLES for word in part.split())


def _job_description(part: str) -> bool:
    """True for a job title that goes on past the role words ("Senior Staff
    Technologist", "Chief Correspondent for a magazine"): not a name."""
    lowered = part.lower().split()
    roles = ROLE_TITLE_WORDS
    return bool(lowered) and lowered[0] in roles and not all(word in roles for word in lowered)


def _without_role(part: str) -> str:
    """``"Jane Doe Senior Correspondent"`` -> ``"Jane Doe"``, ``"Reporter Jane Doe"`` too;
    a bare role or a desk's phrase ("Letters to the Editor") gives ``""``."""
    words = without_title_before(part.split(), ROLE_WORDS)
    popped = False
    while len(words) > 1 and words[-1].lower() in ROLE_WORDS:
        words.pop()
        popped = True
    if popped and desk_phrase(words):
        return ""
    if popped and len(words) == 1 and words[0].lower() not in ROLE_QUALIFIERS:
        # "Rasender Reporter": one word and a role is a pen name, no name and a job;
        # "No Author" is a placeholder, no name at all
        return "" if words[0].lower() in _NO_ONE else part
    while popped and len(words) > 1 and words[-1].lower() in ROLE_QUALIFIERS:
        words.pop()
    lowered = [word.lower() for word in words]
    if all(w in ROLE_TITLE_WORDS for w in lowered) and lowered[0] not in NOT_NAMES:
        return ""
    return " ".join(words)
