"""The jobs a byline names beside or instead of a writer's name ("Senior Political
Correspondent", "Redakteurin") and the professions written before one ("Rechtsanwalt Jo
Lind"): :mod:`.bylines` drops them from names, and the engine's notes on the writer read
the journalism jobs."""

from __future__ import annotations

#: The jobs in journalism a byline or a note on the writer names, in English: read here
#: and by the engine's notes on the writer (``engine.author_notes.JOURNALISM_JOBS``).
JOB_WORDS = (
    *("reporter", "correspondent", "writer", "editor", "contributor", "columnist"),
    *("journalist", "producer"),
)
#: Job titles that follow or replace a name in a byline...
ROLE_WORDS = frozenset(
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
ROLE_QUALIFIERS = frozenset(
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
#: A job title's words, its roles and their qualifiers: a byline made of these alone
#: names nobody.
ROLE_TITLE_WORDS = ROLE_WORDS | ROLE_QUALIFIERS
#: Professions written before a name ("Rechtsanwalt Jo Lind", "Attorney Jo Lind"), beside
#: the jobs in journalism: :func:`.name_tails.without_title_before` drops them (the last
#: part of a compound counts, "Online-Experte").
TITLES_BEFORE_NAME = frozenset(
    [
        *("rechtsanwalt", "rechtsanwältin", "anwalt", "anwältin", "attorney", "lawyer"),
        *("experte", "expertin", "expert", "avocat", "avocate", "abogado", "abogada"),
    ]
)
