"""Bylines and credits: who wrote the piece (bylines, author labels and boxes, a line of
names) and whose the pictures and the reporting are (agency, outlet and wire credits,
credited captions, a credit's opening words).
"""

from __future__ import annotations

import re

from .base import HOLDING_DIGIT
from .dates import DATE_LINE

#: A pattern's sign: what ends the plain words opening it.
_PATTERN_SIGN = re.compile("[^a-z ]")

#: Picture agencies and wires whose name makes a short line a photo credit, each as
#: the pattern of its spellings; the plain words opening it ("picture" for
#: "picture[ -]alliance", "istock" for "istock(?:photo)?") every spelling holds.
_AGENCIES = (
    *("getty images", "afp", "reuters", "dpa", "ap photo", "associated press"),
    *("picture[ -]alliance", "imago", "istock(?:photo)?", "shutterstock", "epa", "keystone"),
    *("bloomberg", "anadolu", "xinhua", "efe", "ansa", "belga", "sipa", "abaca", "alamy"),
    *("unsplash", "pexels"),
)
#: Agencies whose names are words too ("Pap test"): read only beside a slash or in
#: brackets, "mk/PAP".
_WORD_AGENCIES = ("pap", "epd", "kna")
_WORD_AGENCY = "(?:" + "|".join(_WORD_AGENCIES) + ")"
#: Any of the agencies, the name a photo credit holds.
PICTURE_AGENCIES = (
    "(?:" + "|".join(_AGENCIES) + rf"|(?<=[/(])\s*{_WORD_AGENCY}|{_WORD_AGENCY}(?=\s*[/)]))"
)
AGENCY_CREDIT = (
    # no sentence punctuation anywhere, then an agency name somewhere (cheap to reject)
    rf"(?=[^.!?]*$).*?\b{PICTURE_AGENCIES}\b.*"
)
#: What each such credit holds, one at least (``Text(keywords=...)``): the plain words
#: opening each agency's pattern in :data:`PICTURE_AGENCIES`, which all its spellings hold.
AGENCY_KEYWORDS = (*(_PATTERN_SIGN.split(name, 1)[0] for name in _AGENCIES), *_WORD_AGENCIES)

#: What may follow a byline's names: the outlet the writer works for ("By Ada Lind for
#: The Harbour Times"), more writers in brackets, perhaps with their place ("By Ada Lind
#: (with Jo Berg in Paris)", "Par A (avec B et C)", "By A (additional reporting by B)"),
#: then a role after a bar or the date and time, perhaps the outlet after them ("... 3:46
#: PM Harbour Morning Show", whole words only).
_BYLINE_TAIL = (
    r"(?:(?:for|für|pour|para|per|voor)\s++(?:[\w'’&-]++\.?\s*+){1,4})?"
    r"(?:\((?:with|avec|mit|con|com|additional|reporting)\s[^()]{1,60}\)\s*+)?"
    rf"(?:[|·•—–-]\s*[\w .:/,-]{{0,30}}|(?:[|·•,—–@-]|at\s)?\s*{DATE_LINE}(?:\s*\([^()]{{1,20}}\))?"
    r"(?:\s*[|·•—–-]?\s*(?:[\w'’&-]++\s*+){1,4})?)?"
)
#: The date before a byline, tried only where a digit follows (most lines have none).
_DATE_BEFORE = rf"(?:{HOLDING_DIGIT}{DATE_LINE}\s*[|·•—–-]?\s*)?"

#: The words of a publisher's name, not a person's ("Penguin Press", "Harbour Books",
#: "Ada Verlag", "Oxford University Press"), and the article opening a body's name ("the
#: city council"): a line of them after "Published by" names who published a book, a
#: report or a study.
_PUBLISHER_WORDS = (
    r"press|books?|publish\w*|house|verlag\w*|editions?|éditions|edizioni|ediciones"
    r"|editorial|editora|universit\w*|media|group|ltd|inc|gmbh|ag|llc|the|der|die|das|le|la"
    r"|les|el|los|las|il|lo"
)
#: A person's name after "Published by": words of letters only (no page count, price or
#: year), none of them a publisher's word.
_PERSON_NAME = rf"(?!(?:{_PUBLISHER_WORDS})\b)[^\W\d_][^\W\d_'’-]*+(?:['’-][^\W\d_]++)*+\.?\s*+"

#: A short line that is only a byline, with perhaps a date before it or after it ("By
#: A and B Monday, May 4, 2024, 04:05 pm PT (07:05 pm ET)", "May 4, 2024 7:45 am PST by
#: A", "By A | Staff writer", "Posted by A @ 12:00 am"), perhaps naming the outlet ("By A
#: for The Harbour Times") or more writers in brackets ("By A (with B)"). After the word
#: for its publishing ("Published by Ada Lind", "Veröffentlicht von Jo Berg", "Publié
#: par A") only a person's names (:data:`_PERSON_NAME`): a book review's "Published by
#: Penguin Press, 320 pages" names its publisher and is the story's.
#: Names are matched whole (possessively): were a name free to split across the repeats,
#: a near miss would take exponential time (found by fuzzing: 43 s for 88 characters).
BYLINE_LINE = (
    _DATE_BEFORE + r"(?:(?:(?:written|posted|erstellt|verfasst|geschrieben|gepostet|eingestellt"
    r"|écrit|escrito) )?"
    r"(?:by|von|par|por|di|door):?\s+(?:[\w'’-]++\.?\s*+){1,4}"
    r"(?:(?:,|and|und|et|y|&)\s*+(?:[\w'’-]++\.?\s*+){1,4}){0,3}"
    r"|(?:published|veröffentlicht|publié|publiée|publicado|publicada) "
    rf"(?:by|von|par|por):?\s+(?:{_PERSON_NAME}){{1,4}}"
    rf"(?:(?:,|and|und|et|y|&)\s*+(?:{_PERSON_NAME}){{1,4}}){{0,3}})" + _BYLINE_TAIL
)

#: The author's name after its label, a line of its own opening or closing the body:
#: "Autorin: Ada Lind", "Author: Ada Lind", "Auteur : Ada Lind", "Text: Ada Lind und Jon
#: Berg". Read at the body's edges only: inside the story the same line is a book's or a
#: study's data ("Titel: ... / Autorin: ... / Verlag: ..." in a review). Names are matched
#: whole, as in ``BYLINE_LINE``.
AUTHOR_LABEL_LINE = (
    r"(?:autor(?:in|en|innen)?|authors?|auteur|autore|autora|text|texte)\s?:\s+"
    r"(?:[\w'’-]++\.?\s*+){1,4}(?:(?:,|and|und|et|y|&)\s*+(?:[\w'’-]++\.?\s*+){1,4}){0,2}"
)

#: A line of names: words each opening with a capital letter, perhaps joined by short
#: lowercase words ("and", "und", "de"), initials with their full stop; no digit, no
#: sentence's punctuation ("Ada Lind and Jo Bacon", "ADA LIND"). Matched on the line as
#: written, not lower-cased.
NAMES_LINE = (
    r"[^\W\d_a-z][^\W\d_]*\.?"
    r"(?:[\s,|·/–-]+(?:[^\W\d_a-z][^\W\d_]*\.?|[^\W\d_A-Z][^\W\d_A-Z]{0,2}|&))+"
)

#: The heading of an author box closing the page: "Autoreninfo", "Zur Autorin", "Der
#: Autor", "Autor" or "Author" alone, "L'auteur", "O autorze": what follows it is the
#: writer's bio and contact line, not the story. ("About the author" and "Über den
#: Autor" are engagement prompts already, taken out wherever they stand.)
AUTHOR_BOX_HEADING = (
    r"\W*(?:autoreninfo|autorinfo|autorinneninfo|autorinfos|autoreninfos"
    r"|(?:(?:zum|zur|der|die) )?(?:autor|autorin|autoren|autorinnen)|author"
    r"|l'aut(?:eur|rice)|(?:el|la) aut(?:or|ora)|o autorze|o autorce"
    # the box's title with the writer's count of articles ("Über Ada Lind 257 Artikel")
    r"|(?:über|about|à propos de|sobre)\s++(?:[\w.'’-]++\s*+){1,4}"
    r"\d+ (?:artikel|beiträge|posts|articles|artículos))\W*"
)

#: The heading of the site's own box about itself closing the page (a footer's or a side
#: column's last widget): "About us", "About me", "Über uns", "Über mich", "À propos",
#: "Sobre nosotros", "Quiénes somos", "Wer wir sind", "Chi siamo": what follows it is the
#: site's blurb ("We are your partner for ..."), not the story. "About <a name>" is a
#: press release's company profile or a story's heading, and is not read so.
ABOUT_SITE_HEADING = (
    r"\W*(?:about us|about me|über uns|über mich|à propos|a propos|sobre nosotros|sobre mí"
    r"|quiénes somos|wer wir sind|chi siamo)\W*"
)

#: What an author box closes with: the link to the writer's other posts ("A professor
#: at ... View all posts by Ada Lind", "Zeige alle Beiträge von Ada Lind", "Voir tous les
#: articles de ...") after their bio, or the box's title with their count of articles
#: ("Über Ada Lind 257 Artikel"). Names are matched whole (possessively), so that a near
#: miss fails at once.
AUTHOR_BOX_LINE = (
    r"(?:.{0,400}?\b(?:view all (?:posts|articles|stories) by|zeige alle beiträge von"
    r"|alle beiträge von|voir tous les articles de|ver todas las entradas de"
    r"|ver todos los artículos de)\s++(?:[\w.'’-]++\s*+){1,4}"
    r"|\W*(?:über|about|à propos de|sobre)\s++(?:[\w.'’-]++\s*+){1,4}"
    r"\d+ (?:artikel|beiträge|posts|articles|artículos))\W*"
)
#: What each such line holds, one at least (``Text(keywords=...)``): the link's words
#: ("beiträge" for both German links, "articles" for the French one), or the word after
#: the count of articles.
AUTHOR_BOX_KEYWORDS = (
    "view all",
    "beiträge",
    "ver todas",
    "artículos",
    "artikel",
    "posts",
    "articles",
)

#: A credit without "By", a line of its own where the byline stands: the outlet's wire
#: or agency label ("Metro Daily wire services", "Agencies", "News Service", "Staff
#: reports") or the writer's role alone ("Ideas Contributor"), after a few words naming
#: the outlet or desk, perhaps closed by a separator. "With Post wires" closing a story
#: is the writer's own note, and readers keep it: not matched.
OUTLET_CREDIT = (
    r"(?!with\b)(?:[\w.&'-]++\s++){0,4}"
    r"(?:wire services?|news services?|news agencies|agencies|staff reports?|contributor)"
    r"\s*[|·•]?"
)

#: The word "Source" in the languages a source line is read in; each such line holds
#: one (``Text(keywords=...)``).
SOURCE_LINE_KEYWORDS = (
    *("source", "quelle", "źródło", "fuente", "fonte", "bron", "kilde", "källa", "lähde"),
    *("zdroj", "forrás", "sursa", "kaynak", "источник", "джерело", "πηγή"),
)
#: The source a story came from, closing it as a line of its own: the word "Source" in
#: one of many languages, then the outlet's name in one to five words (several joined by
#: "/", ",", "&" or "+"), no sentence's end ("Quelle der Sorge bleibt der Damm." is the
#: story's). The colon may be missing: a page that sets the label in an element of its
#: own writes none ("Źródło" beside "Gazeta Lipowska"); "Source: ..." anywhere is
#: ``credit-lines``'s already. "Source code ..." names no outlet.
SOURCE_LINE = (
    rf"\W*(?!source\s+code\b)(?:{'|'.join(SOURCE_LINE_KEYWORDS)})\s*[:：]?\s+"
    r"(?:[\w.&'’@-]++\s*+(?:[,/&+|]\s*+)?){1,5}(?<![.!?…])"
)

#: A wire or staff credit closing a story: "(Reporting by A; editing by B)", its names
#: after a label ("Contributing: A, B"); a Chinese story's editor, perhaps after a
#: bracketed link label: "【纠错】 【责任编辑:A 】", "（编辑：B）".
WIRE_CREDIT = (
    r"\W*(?:additional |with )?(?:reporting|writing|editing|compiled|research|translation"
    r"|translated|produced|graphics|mitarbeit|redaktion)(?: and (?:editing|writing|reporting))?"
    r" (?:by|von)\b.*"
    # (behind a lookahead for the word: a scan in C, which fails most lines at once, where
    # ".*\b" tries the rest at every position of the line: a fifth of the cost)
    r"|(?=.*contributed ).*\bcontributed (?:reporting|to this (?:report|story|article))\b.*"
    # the same credit as a label and its names: "Contributing: A, B, Associated Press.",
    # "Contributors: A and B", "Additional reporting: A", "Mitarbeit: A"
    # (one sentence at most, its full stops an initial's: names, not a paragraph)
    r"|\W*(?:contributing|contributors?|additional reporting|mitarbeit)\s?:\s*"
    r"\w(?:[^.!?]|(?<=\b\w)\.){0,150}\.?"
    r"|(?:【[^】]{1,8}】\s*)?[\[(（【]?\s*(?:责任|責任)?(?:编辑|編輯)\s*[:：].*"
)

#: A caption ending in its picture's credit: a description, then the copyright sign and
#: the agency or photographer (with perhaps a download note), no sentence after it. Its
#: spelling "(c)" closes a story's paragraph too ("... said. (c)AFP"): after that one,
#: only a description with no sentence's end ("The picket line in the hall / (c) A. B").
CREDITED_CAPTION = (
    r"(?:[^©]{8,240}©|[^©.!?。]{8,240}\(c\))\s*[^©.!?]{2,80}"
    r"(?:\(\w+,?\s*[\d.,]+\s*[km]b\))?"
)
#: The sign each such caption holds (``Text(keywords=...)``).
CREDITED_CAPTION_KEYWORDS = ("©", "(c)")

CREDIT_PREFIXES = (
    "фото:",
    "photo:",
    "photos:",
    "photo by",
    "photograph by",
    "photography by",
    "credit:",
    "credits:",
    "image:",
    "image credit",
    "image source",
    "picture:",
    "foto:",
    "fotos:",
    "bild:",
    "bildquelle",
    "titelbild:",
    "beitragsbild",
    "quelle:",
    "crédit photo",
    "crédits photo",
    "crédit :",
    "crédits :",
    # French sets a space before the colon: "Photo : AFP", "Image : Jo Doe"
    "photo :",
    "photos :",
    "image :",
    "illustration :",
    "illustration:",
    "image illustrative",
    "image d'illustration",
    "photo d'illustration",
    "fuente:",
    "foto de",
    "©",
    "(c)",
    "copyright ©",
    "quellenangaben",
    "sources:",
    "source:",
    "abbildung:",
    "fot.",
    "fot:",
    "źródło:",
    "zdjęcie:",
    "责任编辑",
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "编辑：",
    "編集：",
)
