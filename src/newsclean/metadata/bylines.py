"""Turn byline text into author names.

"By A, B and C" gives three names; lead words ("By", "Von", "Par"...), job
titles, e-mail addresses, URLs, dates and prose are removed. Values that are
not names of people or organisations ("Staff", "Admin", the site's own name)
are kept only when nothing better exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..dom.tags import PHRASING_TAGS
from ..dom.text import text_of
from ..tuning.metadata import BYLINE_MAX_CHARS
from .dates import MONTH_NAMES, WRITTEN_DATE
from .jsonld import text_values
from .meta_tags import AUTHOR_KEYS
from .microdata import Itemprops
from .nearby import in_comments, texts_after

HtmlElement = Any

#: Words that introduce a byline, in the languages newsclean reads.
BYLINE_WORDS = (
    r"(?:(?:posted|written|words|reporting|text|story|photos?|interview)\s+by|by|von|par|por|"
    r"di|door|texto|bằng|بقلم|كتب|记者|記者|文|撰文)"
)
#: The lead word ends the word: "Diana", "Parker" and "Byron" are names, not "Di ana".
BYLINE = re.compile(
    rf"^\s*+{BYLINE_WORDS}(?-i:(?![a-zß-ÿ]))\s*[:：/]?\s*(?P<names>.+)$", re.IGNORECASE | re.S
)
STARTS_WITH_BY = re.compile(rf"^\s*+{BYLINE_WORDS}(?:\b|\s|[:：/]|$)", re.IGNORECASE)
_INNER_BY = re.compile(r"\s(?:by|von|par|por)\s+", re.IGNORECASE)
#: Weekday names that open a date after a byline ("Jo Smith Monday, May 4, 2024").
_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)
#: "Jo Smith on 3 May" / "Jo Smith am Samstag, 3. Mai" / "Jo Smith Monday, May 4": the
#: date after a byline is cut off.
_DATE_TAIL = re.compile(
    rf"(?i)\s+(?:(?:on|am|le|el|il|em|at|published|updated)(?:\s+{_WEEKDAYS},?)?"
    rf"|{_WEEKDAYS},?)"
    rf"\s+(?=\S*\d|(?:{MONTH_NAMES})\b)"
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\be\b|&|\|)\s*", re.IGNORECASE)
#: A name starts with a letter, upper case where the script has case.
_NAME_START = re.compile(r"^[^\W\d_]", re.UNICODE)
#: The jobs in journalism a byline or a note on the writer names, in English: read here
#: and by the engine's notes on the writer (``engine.author_notes.JOURNALISM_JOBS``).
JOB_WORDS = (
    *("reporter", "correspondent", "writer", "editor", "contributor", "columnist"),
    *("journalist", "producer"),
)
#: Job titles that follow or replace a name in a byline...
_ROLE_WORDS = frozenset(
    [
        *JOB_WORDS,
        *(f"{job}s" for job in JOB_WORDS),
        "staff",
        "photographer",
        "photographers",
        "author",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "autor",
        "autorin",
        "journaliste",
        "rédacteur",
        "rédactrice",
        "correspondant",
        "correspondante",
        "envoyé",
        "envoyée",
        "periodista",
        "redactor",
        "redactora",
        "corresponsal",
    ]
)
#: ... and the words that qualify them ("Senior Political Correspondent").
_ROLE_QUALIFIERS = frozenset(
    [
        "senior",
        "chief",
        "deputy",
        "managing",
        "political",
        "science",
        "health",
        "business",
        "sports",
        "technology",
        "tech",
        "national",
        "foreign",
        "international",
        "investigative",
        "features",
        "news",
        "associate",
        "assistant",
        "special",
        "digital",
        "video",
        "data",
        "staff",
        "contributing",
        "executive",
        "spécial",
        "spéciale",
    ]
)
#: Values that are not names of a person or an organisation.
_NOT_NAMES = frozenset(
    [
        "staff",
        "admin",
        "administrator",
        "editor",
        "editors",
        "redaktion",
        "rédaction",
        "redacción",
        "team",
        "guest",
        "anonymous",
        "unknown",
        "author",
        "user",
        "webmaster",
        "newsroom",
        "desk",
    ]
)
_EMAIL_OR_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


def split_names(text: str) -> tuple[str, ...]:
    """``"By A, B and C"`` -> ``("A", "B", "C")``: strip the lead word and split the list."""
    text = " ".join(text.split())
    match = BYLINE.match(text)
    if match:
        text = match.group("names")
    else:
        inner = _INNER_BY.search(text)  # "Photographs and words by A"
        if inner and len(text) < 120:
            text = text[inner.end() :]
    text = _EMAIL_OR_URL.sub(" ", text)
    text = re.split(r"\s[|·•—–-]\s|\n", text)[0]
    text = _DATE_TAIL.split(text)[0]
    names: list[str] = []
    for part in _NAME_SPLIT.split(text):
        part = " ".join(part.split()).strip(" .:()[]")
        if not part or "@" in part or "://" in part or WRITTEN_DATE.search(part):
            continue
        part = _without_role(_once(part))
        if names and _job_description(part):
            break  # "A, Senior Staff Technologist, Privacy Project": the rest is A's job
        if not part or any(char.isdigit() for char in part) or STARTS_WITH_BY.fullmatch(part):
            continue
        if len(part.split()) > 5 or len(part) > 60:
            continue
        first = part[0]
        if not _NAME_START.match(part) or (first.isalpha() and first.islower()):
            continue  # "by a rota of volunteers" is prose, not a byline
        names.append(part)
    return tuple(dict.fromkeys(names))


#: What :func:`site_key` drops after a leading ``www.``: a domain ending, and runs of
#: punctuation and space (``(?:\.[a-z]{2,6}){1,2}$|[\W_]+``), written to start with the
#: character class both start with, so that the regex engine skips letters in C.
_DOMAIN_ENDING = re.compile(r"[\W_](?:(?<=\.)[a-z]{2,6}(?:\.[a-z]{2,6})?$|[\W_]*)")
_DOMAIN = re.compile(r"(?:[\w-]++\.)++[a-z]{2,6}", re.IGNORECASE)


def site_key(name: str) -> str:
    """A site's name as compared with a title's part or an author: no case,
    punctuation, ``www.`` or domain ending ("Vegolosi.it" is the site "Vegolosi")."""
    return _DOMAIN_ENDING.sub("", name.casefold().removeprefix("www."))


def best_names(
    candidates: Iterable[tuple[tuple[str, ...], bool]], not_names: Iterable[str]
) -> tuple[str, ...]:
    """The first candidate list made of real names; else the first non-empty one.

    Each candidate comes with whether its source says it is a person (a JSON-LD
    ``Person``): such names are kept even when they equal one of ``not_names``,
    the site's or publisher's name (a personal blog is named after its author).
    """
    rejected = {site_key(name) or name for name in not_names if name}
    fallback: tuple[str, ...] = ()
    for names, person in candidates:
        if not names:
            continue
        real = tuple(name for name in names if _is_name(name, set() if person else rejected))
        if real:
            return real
        if not fallback:
            fallback = names
    return fallback


def _is_name(name: str, rejected: set[str]) -> bool:
    """Not a site's name (``rejected``, as :func:`site_key`s), a domain or a bare role."""
    lowered = name.lower()
    if lowered in _NOT_NAMES or (site_key(name) or name) in rejected or _DOMAIN.fullmatch(name):
        return False
    roles = _ROLE_WORDS | _ROLE_QUALIFIERS
    return not all(word in roles for word in lowered.split())


def _once(part: str) -> str:
    """``"Jo Marsh Jo Marsh"`` -> ``"Jo Marsh"``: a name shown twice (beside its
    avatar, or for screen readers) that the line's text runs together."""
    words = part.split()
    half = len(words) // 2
    if half > 1 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


def _job_description(part: str) -> bool:
    """True for a job title that goes on past the role words ("Senior Staff
    Technologist", "Chief Correspondent for a magazine"): not a name."""
    lowered = part.lower().split()
    roles = _ROLE_WORDS | _ROLE_QUALIFIERS
    return bool(lowered) and lowered[0] in roles and not all(word in roles for word in lowered)


def _without_role(part: str) -> str:
    """``"Jane Doe Senior Correspondent"`` -> ``"Jane Doe"``; a bare role gives ``""``."""
    words = part.split()
    popped = False
    while len(words) > 1 and words[-1].lower() in _ROLE_WORDS:
        words.pop()
        popped = True
    while popped and len(words) > 1 and words[-1].lower() in _ROLE_QUALIFIERS:
        words.pop()
    lowered = [word.lower() for word in words]
    if all(w in _ROLE_WORDS | _ROLE_QUALIFIERS for w in lowered) and lowered[0] not in _NOT_NAMES:
        return ""
    return " ".join(words)


_AUTHOR_CLASS = re.compile(r"author|byline|writer|autor|auteur", re.IGNORECASE)
#: A link to a writer's own page: a path part that names writers and the writer's slug
#: last ("/author/jo-smith", "/autoren/jo", "/people/jo-smith/"; not "/people/news/..."
#: nor the "/people/" section), the byline of a page that marks up nothing else.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|es|i)?|auteurs?|people|staff|bylines?|bio|profiles?"
    r"|journalists?|contributors?|writers?|redakteure?)/[^/?#]+/?(?:[?#]|$)",
    re.IGNORECASE,
)


def _author_class(names: str) -> bool:
    """``_AUTHOR_CLASS.search(names)``, ruled out first by a look in C for how its words
    start: the regex, case-blind, tries every position of long class lists. (Those letters
    match only themselves in either case, so lowering keeps every match.)"""
    lowered = names.lower()
    if "aut" not in lowered and "byl" not in lowered and "wr" not in lowered:
        return False
    return _AUTHOR_CLASS.search(names) is not None


def author_candidates(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    itemprops: Itemprops,
    root: HtmlElement,
    headline: Callable[[], HtmlElement | None],
) -> Iterator[tuple[tuple[str, ...], bool]]:
    """Name lists from each source, most trusted first, each with whether the source
    says they are people; read only as far as needed (``headline`` finds the h1 the
    visible byline follows, only when the sources before it gave nothing)."""
    for item in articles:
        for key in ("author", "creator"):
            value = item.get(key)
            found = [n for raw in text_values(value) for n in split_names(raw)]
            if found:
                yield tuple(dict.fromkeys(found)), "Person" in str(value)
    for key in AUTHOR_KEYS:
        value = metas.get(key)
        if value and not value.startswith("@"):
            yield split_names(value), False
    for element in itemprops.named("author", "creator"):
        name = element.find(".//*[@itemprop='name']")
        text = element.get("content") or text_of(name if name is not None else element)
        yield split_names(text), False
    links = itemprops.author_links()
    linked = [n for link in links[:6] for n in split_names(text_of(link))]
    yield tuple(dict.fromkeys(linked)), False
    h1 = headline()
    if h1 is not None:
        yield from _visible_byline(h1)


def _visible_byline(h1: HtmlElement) -> Iterator[tuple[tuple[str, ...], bool]]:
    """The names of the first byline after the headline: a line starting "By", an
    element marked as the author's, or the first link to a writer's page (its own
    text only: "more" or "More posts" beside the name is no byline). The texts after
    the headline share their holders and parents: each element is read once
    (``marks``, which also keeps lxml from building the element again)."""
    linked = False
    marks: dict[HtmlElement, tuple[bool, bool]] = {}
    for text, holder in texts_after(h1, 60):
        parent = holder.getparent()
        own = _marks(holder, marks)
        above = _marks(parent, marks) if parent is not None else (False, False)
        if STARTS_WITH_BY.match(text) or own[0] or above[0]:
            # "By" may stand alone with the names in a sibling link: try the parent too
            nodes = (holder, parent)
        elif not linked and (own[1] or above[1]):
            link = holder if own[1] else parent
            if _in_prose(link):
                continue
            linked = True
            nodes = (link, None)
        else:
            continue
        if in_comments(holder):
            continue
        for node in nodes:
            line = _line_text(node) if node is not None else ""
            names = split_names(line) if len(line) <= BYLINE_MAX_CHARS else ()
            if names:
                yield names, False
                return


def _marks(node: HtmlElement, marks: dict[HtmlElement, tuple[bool, bool]]) -> tuple[bool, bool]:
    """Whether ``node``'s class or rel says it holds an author, and whether it is a link
    to a writer's own page; read once per element (``marks``)."""
    found = marks.get(node)
    if found is None:
        author = _author_class(node.get("class") or "") or node.get("rel") == "author"
        writer = node.tag == "a" and _AUTHOR_PATH.search(node.get("href") or "") is not None
        found = marks[node] = (author, writer)
    return found


def _in_prose(link: HtmlElement) -> bool:
    """True for a link inside a longer line, a sentence of the story ("<a
    href=/topics/people/...>a minister</a> said"), not a byline."""
    block = link.getparent()
    while block is not None and block.tag in PHRASING_TAGS:
        block = block.getparent()
    return block is not None and len(" ".join(text_of(block).split())) > BYLINE_MAX_CHARS


def _line_text(element: HtmlElement) -> str:
    """The byline's text on one line. Texts of separate elements that touch are spaced
    where a small letter meets a capital: the style sheet sets "Meg James" and "Staff
    Writer" apart, and glued they would read "JamesStaff"."""
    line = ""
    for piece in element.itertext():
        if line and piece and line[-1].islower() and piece[0].isupper():
            line += " "
        line += piece
    return " ".join(line.split())
