"""The lines of a comment section that are no comment and no part of one: a comment's
controls ("Reply", "Antwort ↓", "Löschen"), the comment form's notices ("Click here to
cancel reply", "Kommentar hinzufügen", "Load more..."), a vote widget's count ("+3 Gut");
the lines that are no commenter's name (a greeting closing or opening the comment: "Liebe
Grüße", "Hallo Moritz"); the name's glued tail ("Lenasagt", "timgrayProfileFollow"); and
the heading of a sidebar list of the latest comments, which is no comment section.

Read by both comment readers: the one of the sections the page's names mark
(:mod:`.comments`) and the one of comments known by their shape (:mod:`.comment_parts`).
"""

from __future__ import annotations

import re

from ..dom.text import collapse_space
from ..tuning.metadata import (
    COMMENT_DATE_LINE_MAX_CHARS,
    COMMENT_FURNITURE_MAX_CHARS,
    COMMENT_HEADER_MAX_WORDS,
)

#: What a comment offers its reader, as a line of its own: answer, quote, edit, delete,
#: report, like it; in English, German, French, Spanish, Italian and Dutch. Perhaps with
#: an arrow ("Antwort ↓", "Reply →") or a count ("Like (3)").
_CONTROL = (
    r"(?:reply|replies|antwort|antworten|beantworten|répondre|responder|rispondi|reageer"
    r"|quote|zitieren|citer|edit|bearbeiten|delete|löschen|supprimer|eliminar|elimina"
    r"|report|melden|signaler|report abuse|kommentar melden|flag|permalink|link"
    r"|like|liked|liken|gefällt mir|aufklappen|zuklappen|expand|collapse|j'aime|me gusta"
    r"|mi piace|share|teilen|partager|back to top|nach oben|haut de page|volver arriba"
    r"|(?:sign in|log in|anmelden|einloggen) (?:to|um zu) (?:reply|antworten)"
    r"|(?:show|hide|view|load|more|weitere|mehr) (?:\d+ )?(?:replies|answers|antworten)"
    r"|(?:\d+ )?(?:replies|antworten) (?:anzeigen|ausblenden|laden))"
    r"(?:\s*\(\d+\))?(?:\s*[↓→»›⤵↩])?"
)

#: The comment form's and list's notices: "Click here to cancel reply.", "Hier klicken,
#: um das Antworten abzubrechen.", "Cancel reply", "Kommentar hinzufügen", "Add comment",
#: "Load more...", "Weitere laden...", "Liked by 6 people".
_NOTICE = (
    r"(?:click here|hier klicken),? (?:to cancel (?:the )?reply|um (?:das )?antworten"
    r" abzubrechen)"
    r"|(?:leave|post|write) a (?:reply|comment)(?: cancel reply)?"
    # the form's notes on the address and the browser's memory, in English and German
    r"|(?:your|deine|ihre) e-?mail(?:-| )?ad(?:d)?ress(?:e)? (?:will not|wird nicht)"
    r" (?:be published|veröffentlicht)\b.*"
    r"|(?:save my name|meinen namen, meine e-mail-adresse)\b.*"
    # the spam filter's note under a blog's form, in English and German
    r"|this (?:site|blog) uses akismet to reduce spam\b.*"
    r"|diese (?:website|seite|webseite) verwendet akismet\b.*"
    r"|(?:hinterlasse|schreibe) einen kommentar(?: antworten abbrechen)?"
    r"|cancel reply|antworten abbrechen|annuler la réponse|cancelar respuesta"
    r"|(?:add|post|write) (?:a |your )?comment|kommentar (?:hinzufügen|schreiben|posten)"
    r"|ajouter un commentaire|añadir (?:un )?comentario|aggiungi (?:un )?commento"
    r"|(?:load|show|view) more(?: comments)?|weitere (?:laden|anzeigen|kommentare(?: laden)?)"
    r"|mehr (?:laden|anzeigen|kommentare(?: laden)?)|charger plus|cargar más|carica altri"
    r"|(?:like)?liked by \d+ (?:people|persons?|bloggers?)|gefällt \d+ (?:personen|leuten)"
    r"|(?:your|ihr|dein) (?:comment|kommentar) (?:is awaiting moderation|wartet auf"
    r" (?:die )?freischaltung|muss noch freigeschaltet werden)"
)

#: A vote widget's count, alone or with its label: "+3", "+3 Gut", "-1 Schlecht", "12
#: Likes", "5 points", "👍 4".
_VOTES = (
    r"(?:[+−–-]?\s?\d+\s?(?:gut|schlecht|top|flop|likes?|dislikes?|votes?|upvotes?|downvotes?"
    r"|points?|punkte|stimmen|👍|👎)?|(?:👍|👎)\s?\d+)"
)

#: Of those, the one that answers a comment, which a story's share bar has not: "Reply",
#: "Antwort ↓", "Beantworten".
_REPLY_LINE = re.compile(
    r"(?:reply|antwort|antworten|beantworten|répondre|responder|rispondi|reageer)"
    r"(?:\s*[↓→»›⤵↩])?",
    re.I,
)
#: A name line left in the comment's text: "Sybille sagt:", "Ben Lee says:".
_SAYS_LINE = (
    r"[^\s:]+(?: [^\s:]+){0,3} (?:says|said|sagt|schrieb|schreibt|wrote|meint|dijo|dice"
    r"|a écrit|écrit|disse|scrive):"
)
_FURNITURE = re.compile(
    rf"\W*(?:(?:{_CONTROL}|{_NOTICE}|{_VOTES})[\s.…:!|·•–-]*)+|{_SAYS_LINE}", re.I
)

#: A greeting closing or opening a comment, which is no name: "Liebe Grüße", "LG
#: Steffi", "Viele Grüße, Ana", "Best regards", "Cheers", "Hallo Moritz", "Guten Morgen
#: Martina", "Dear Tom", "Hi all".
_GREETING = re.compile(
    r"(?:(?:ganz |viele |liebe |herzliche |beste |schöne |sonnige |freundliche |ganz liebe )*"
    r"(?:grüße|grüsse|gruß|gruss)|lg|vg|mfg|glg|kind regards|best regards|regards|best wishes"
    r"|cheers|thanks|thank you|danke|vielen dank|merci|xoxo|bises|bisous|saludos|herzlichst"
    r"|hallo|hallöchen|huhu|hi|hey|hello|liebe|lieber|dear|sehr geehrte[rs]?"
    r"|guten (?:morgen|tag|abend)"
    r"|moin|servus|bonjour|salut|hola|ciao)\b.*",
    re.I,
)

#: A name's glued tail: the verb of "Ana says:" or a profile's controls set right after
#: it with no space ("Lenasagt", "timgrayProfileFollowUnfollow", "Ana sagt:").
_NAME_TAIL = re.compile(
    r"(?:(?<=[a-zäöüß0-9)])|\s|^)(?:says|said|wrote|sagt|sagte|schreibt|schrieb|meint|dit|a dit"
    r"|écrit|dice|dijo|scrive|ha scritto|zegt)\s*:?$"
    r"|(?:profile|follow|following|unfollow|folgen|entfolgen|reply|antworten|mention|block)+$"
    # the badge of the post's own author: "Martina BergAutor", "Ana Author"
    r"|(?:(?<=[a-zäöüß])|\s)(?:autor|author|autorin|admin|moderator|verfasser)$",
    re.I,
)
#: A date after the name on the name's line: "Steffi 23. Juni 2018 um 15:09 Uhr".
_NAME_DATE = re.compile(
    r"(?:^|\s+)(?:am |on |le |el )?(?:\d{1,2}(?:\.|/|-| )\s?(?:\d{1,2}|[^\W\d_]{3,}\.?)"
    r",?(?:\.|/|-| )\s?\d{2,4}|[^\W\d_]{3,}\.? \d{1,2},? \d{4}|vor \d+ \w+|\d+ \w+ ago)\b",
    re.I,
)
#: A weekday after a comma closing a name before its date ("Hella, Sa 12.03.2020").
_NAME_WEEKDAY = re.compile(
    r",\s*(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.?$",
    re.I,
)
#: The words that open a date line, no name: "Am 3. Mai", "On May 3", "Le 17 février".
_DATE_WORDS = frozenset(
    ("am", "on", "at", "um", "le", "à", "el", "il", "op", "posted", "veröffentlicht")
)
#: What a name's line may say before the name: "Comment by Ana", "geschrieben von Ben".
_NAME_LEAD = re.compile(
    r"^(?:comment(?:ed)? by|posted by|written by|(?:geschrieben|kommentar|kommentiert) von"
    r"|commentaire de|comentario de|commento di)\s+",
    re.I,
)
#: The name after a date opening its line: "Am 29. Mai 2017 um 14:38 von Hugo".
_NAME_AFTER = re.compile(r".*?\b(?:von|by|par|di)\s+(.+)$", re.I)
#: The verb of "Ana says: ..." and what follows it.
_NAME_SAYS = re.compile(r"\s+(?:says|said|wrote|sagt|sagte|schreibt|schrieb|meint)\s*:.*$", re.I)

#: The heading of a sidebar list of the latest comments, each item linking to the post
#: commented on ("Ana bei Mein Bild ...", "Ben on How to ..."): "Recent comments",
#: "Latest comments", "Letzte Kommentare", "Neueste Kommentare", "Zuletzt kommentiert",
#: "Derniers commentaires", "Últimos comentarios", "Ultimi commenti".
RECENT_COMMENTS = re.compile(
    r"\W*(?:(?:recent|latest|newest|last) (?:comments|replies)|recently commented"
    r"|(?:letzte|neueste|aktuelle|jüngste) kommentare|zuletzt kommentiert"
    r"|(?:derniers|commentaires) (?:commentaires|récents)|últimos comentarios"
    r"|comentarios recientes|ultimi commenti|commenti recenti)\W*",
    re.I,
)

#: A reply control closing a comment's last line ("... xD Antworten", "... m( Antwort ↓").
_CLOSING_CONTROL = re.compile(
    r"(?:(?<=\S)\s+|(?<=[.!?…]))(?:Antworten|Antwort|Reply|Répondre|Responder)(?:\s*[↓→»›])?$"
)


def is_furniture(text: str) -> bool:
    """Whether the line ``text`` is wholly a comment's control, a form's notice or a
    vote count: never a comment, nor a part of one."""
    line = collapse_space(text)
    return len(line) <= COMMENT_FURNITURE_MAX_CHARS and _FURNITURE.fullmatch(line) is not None


def is_reply_control(text: str) -> bool:
    """Whether the line ``text`` is wholly a comment's reply control ("Antwort ↓")."""
    line = collapse_space(text)
    return len(line) <= COMMENT_FURNITURE_MAX_CHARS and _REPLY_LINE.fullmatch(line) is not None


def is_greeting(text: str) -> bool:
    """Whether the short line ``text`` opens or closes a comment with a greeting (no
    commenter's name)."""
    line = collapse_space(text)
    return len(line) <= COMMENT_FURNITURE_MAX_CHARS and _GREETING.fullmatch(line) is not None


def is_date_line(text: str) -> bool:
    """Whether the short line ``text`` is a comment's date line and no more ("22. Juni
    2018 um 3:32 Uhr", "May 3, 2024 at 9:15 pm", "Comment by Ana — 17.07, 2011 @ 19:21")."""
    line = collapse_space(text)
    if not line or len(line) > COMMENT_DATE_LINE_MAX_CHARS or line[-1] in ".!?":
        return False
    date = _NAME_DATE.search(line)
    if date is None:
        return False
    before = line[: date.start()]
    return not before.strip() or (
        _NAME_LEAD.match(before) is not None and len(before.split()) <= COMMENT_HEADER_MAX_WORDS
    )


def without_furniture(text: str) -> str:
    """``text`` (a comment's lines) without its lines of furniture and a control
    closing its last line ("... m( Antwort ↓")."""
    lines = [line for line in text.split("\n") if not is_furniture(line)]
    while lines and not lines[-1].strip():
        lines.pop()
    if lines:
        lines[-1] = _CLOSING_CONTROL.sub("", lines[-1])
    return "\n".join(lines).strip()


def name_text(text: str) -> str | None:
    """The commenter's name in the name line ``text``: without a glued "says" or
    profile controls, a date after it, or None when the line is no name (a greeting,
    a control)."""
    line = _NAME_LEAD.sub("", collapse_space(text)).strip(" :,-|—–·")
    if is_furniture(line) or is_greeting(line):
        return None
    line = _NAME_SAYS.sub("", line)
    date = _NAME_DATE.search(line)
    if date is not None and date.start() == 0:
        after = _NAME_AFTER.match(line, date.end())
        line = after.group(1) if after else ""
    elif date is not None:
        line = line[: date.start()]
    line = _NAME_WEEKDAY.sub("", line).strip(" :,-|—–·")
    words = line.split()
    if words and words[-1].lower() in _DATE_WORDS:
        line = " ".join(words[:-1])  # "Ana am", "Ben on": the date's own word
    if line.lower() in _DATE_WORDS:
        return None
    for _ in range(3):
        shorter = _NAME_TAIL.sub("", line).strip(" :,-|")
        if shorter == line:
            break
        line = shorter
    if not line or is_furniture(line) or is_greeting(line) or "://" in line:
        return None
    return line
