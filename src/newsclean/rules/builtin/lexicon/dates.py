"""Dates, times and a post's metadata lines: a date line and a meta line, how long ago,
view counts and reading times, the fields of a line of the post's data, update notes and
a blog post's filing footer.
"""

from __future__ import annotations

from ....date_words import (
    LABEL_LINKS,
    PUBLISHED_OPENERS,
    PUBLISHED_WORDS,
    UPDATE_OPENERS,
    UPDATE_WORDS,
)
from ....month_names import MONTH_PATTERN, ascii_month_stems
from .base import HOLDING_DIGIT

#: Every month name of :mod:`newsclean.month_names` (17 languages, their genitives and
#: short forms), the one table the metadata's dates read too.
_MONTH_WORDS = f"(?:{MONTH_PATTERN})"
#: The month names written in ASCII letters alone, none holding another: a text of ASCII
#: letters holding none of them (lowered) holds no date naming its month.
MONTH_NAMES_ASCII = ascii_month_stems()
_WEEKDAY = (
    r"(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*"
    r"|(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes)\.?(?:,|\s*[|·])?\s+)?"
)
#: A time zone after a clock time.
_ZONE = (
    r"(?:utc|gmt|cet|cest|bst|est|edt|cst|cdt|pst|pdt|et|pt|ct|mez|mesz|ist|jst|hkt|sgt"
    r"|aest|aedt)"
)
#: A time after a date: ", 8:59 pm", "at 10:16 pm ET", "um 14.30 Uhr", "- 15:00 Uhr",
#: "/ 11:47 AM", "-- 11:47 GMT", or a machine's, with seconds and the offset:
#: "17:13:04.031886+02:00", "à 13h36" (French).
_CLOCK = (
    r"(?:,|\s*(?:--|[-–—|·/]))?\s*(?:um\s*|at\s*|@\s*|às?\s*|a las\s*|alle\s*)?\d{1,2}[:.h]\d\d"
    r"(?::\d\d(?:\.\d{1,6})?(?:[+-]\d\d:?\d\d|z)?)?"
    r"(?:\s*(?:uhr|am|pm|a\.m\.|p\.m\.|h))?"
    rf"(?:\s*{_ZONE})?"
)
_TIME = rf"(?:{_CLOCK})?"
#: The words that label a date: "Updated", "Published on", "Posted", "Submitted on" (a
#: blog engine's own line, "Submitted on Mon, 2019-01-21 13:49"), "Stand",
#: "Veröffentlichung:", "Erstellt am", "Zuletzt bearbeitet:", "Créé:", "Opublikowano:",
#: "Aktualizacja:", "Date:", "Erschienen am" ("Erscheinungsdatum:" is not one: a
#: review's box of the book's data gives its release date so): the words of an update
#: and of a publication are :mod:`newsclean.date_words`' (the table the metadata's
#: shown dates read), a bare "Date:" is this module's.
_DATE_LABEL = (
    rf"(?:(?:(?:{UPDATE_OPENERS}|{PUBLISHED_OPENERS})?(?:{UPDATE_WORDS}|{PUBLISHED_WORDS})"
    rf"(?: (?:{LABEL_LINKS}))?)\s*:?"
    r"|(?:(?:news |publication |release )?date|datum|date de publication|fecha|data)\s*:)\s*"
)
#: A date's label standing alone, its date set in the next element ("<dt>Updated</dt>",
#: "<span>Erschienen am:</span>", "STAND"): read by the engine's ``date-labels``.
DATE_LABEL_ALONE = rf"\W*(?:{_DATE_LABEL})\W*"
#: A date with its month's name and its year: "29th January 2024", "Jan. 29, 2024", or
#: its month's short name, in any language, set between dots: "21.dez.2018", "3.Mai.2024".
_NAMED_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTH_WORDS}\.?,?\s+(?:del?\s+)?\d{{4}}"
    r"|\d{1,2}\.[^\W\d_]{3,4}\.\d{4}"
    rf"|{_MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
#: One date (a month's name and day need a year or a time after them, so that a
#: timeline's "May 5" heading stays; a year of one digit is a version, "4.2.3"), or a
#: time alone.
_DATE_STAMP = (
    _WEEKDAY
    + r"(?:(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d)"
    + rf"|{_NAMED_DATE})"
    + _TIME
    + rf"|{_MONTH_WORDS}\.?\s+\d{{1,2}}{_CLOCK}"
    + r"|\d{1,2}[:.]\d\d(?:\s*(?:uhr|am|pm))?)"
)
#: A time before the date it belongs to: "11:47 AM EST, Mon January 29, 2024".
_TIME_FIRST = rf"(?:\d{{1,2}}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*{_ZONE}?,?\s+)?"
#: A line of one to three dates, "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM" or
#: "Published: May 3, 2024 at 8:59 pm | Updated: May 3, 2024 at 10:16 pm". A date after
#: the first needs its label: "3 May 2024 | 20 June 2024" is an exhibition's dates. The
#: section the page is filed in may follow: "News date : 04/21/2022 Category : Releases".
DATE_LINE = (
    rf"(?:{_DATE_LABEL}|(?:am|on|le|el|den)\s+)?{_TIME_FIRST}{_DATE_STAMP}"
    rf"(?:\s*(?:--|[|;·•,/–—-])?\s*{_DATE_LABEL}{_DATE_STAMP}){{0,2}}"
    r"(?:\s*[|·•,/–—-]?\s*(?:category|categories|kategorie|rubrik|catégorie|categoría|section)"
    r"\s*:\s*[\w ,&/-]{1,40})?\s*[;,.|]?"
)

#: A count of comments: "7 comments", "1 Kommentar", "12 Ergänzungen".
_COMMENT_COUNT = (
    r"\d{1,5}\s+(?:comments?|kommentare?|ergänzungen|antworten|responses|replies"
    r"|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?)"
)
#: A post's meta line: its date, perhaps its author, and its count of comments ("23.06.2016
#: um 16:14 Uhr - Ada Lind - 91 Ergänzungen", "May 3, 2024 | 12 comments"), or the author's
#: name before a labelled date ("Ada Lind Stand: 05. Februar 2020", "Ada Lind Updated: May
#: 3, 2024": the label with its colon). Names are matched whole, as in ``BYLINE_LINE``.
META_LINE = (
    # each branch holds a date (its digit): most lines read fail at the digit's test
    rf"{HOLDING_DIGIT}(?:{DATE_LINE}(?:\s*[|·•—–-]\s*(?:[\w'’-]++\.?\s*+){{1,4}})?\s*[|·•—–-]\s*"
    rf"{_COMMENT_COUNT}"
    # the label with its colon: "Stand:", "Updated:" ("wurde veröffentlicht am 3. Mai" is
    # a sentence)
    rf"|(?:[\w'’-]++\s++){{1,3}}[|·•—–-]?\s*(?=[^\d:]{{2,30}}:\s){_DATE_LABEL}{_DATE_STAMP}"
    r"\s*[;,.|]?"
    # the author's name and the date, or the date and the section, set apart by a mark
    # ("Ada Lind · 12 maja 2025", "2021-10-16 | Botschaft"): a sentence runs on unmarked
    # (words, not figures: "3 May 2024 | 20 June 2024" is an exhibition's dates)
    rf"|(?:[^\W\d_][\w'’-]*+\s++){{0,2}}[^\W\d_][\w'’-]*+\s*[|·•]\s*{DATE_LINE}"
    rf"|{DATE_LINE}\s*[|·•]\s*(?:[^\W\d_][\w'’&-]*+\s*+){{1,3}})"
)
#: What sets each branch of :data:`META_LINE` apart, one of them at least (``Text(keywords=
#: ...)``): the mark between its fields or the label's colon. Fewer short lines hold one
#: than hold a digit (which every meta line holds too: its date), or a colon (a time's,
#: a web address's).
META_LINE_KEYWORDS = ("|", "·", "•", "—", "–", "-", ": ")

#: How long ago a teaser's story came out, a news stream's line: "3 minutes ago", "2h
#: ago", "vor 5 Minuten", "il y a 2 heures", "hace 3 horas", "há 2 horas", "3 ore fa",
#: "2 uur geleden", "před 3 minutami", "2 godziny temu", perhaps after a one-word label
#: ("Updated 4 hours ago", "Aktualizováno před hodinou").
TIME_AGO = (
    r"(?:[^\W\d_]+:?\s+)?(?:"
    r"(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|wk?s?"
    r"|weeks?)\s+ago"
    r"|vor\s+(?:\d+|einer?|einem)\s+(?:sek\.?|sekunden?|min\.?|minuten?|std\.?|stunden?"
    r"|tag(?:en)?|wochen?)"
    r"|il\s+y\s+a\s+(?:\d+|une?)\s*(?:s|sec|secondes?|min|minutes?|h|heures?|j|jours?"
    r"|semaines?)"
    r"|(?:hace|há)\s+(?:\d+|una?)\s*(?:s|seg|segundos?|min|minutos?|h|horas?|d|días?|dias?"
    r"|semanas?)"
    r"|(?:\d+|un[a']?)\s*(?:sec|secondi|min|minuti?|h|ore|ora|giorni|giorno|settimane?)\s+fa"
    r"|(?:\d+|een)\s*(?:sec|seconden|min|minuten|minuut|u|uur|dagen|dag|weken|week)\s+geleden"
    r"|p[řr]ed\s+(?:\d+\s*)?(?:s|sek|sekundou|sekundami|min|minutou|minutami|h|hod|hodinou"
    r"|hodinami|dnem|dny|dňom|dňami|týždňom|týdnem)"
    r"|\d+\s*(?:s|sek|sekund[ęy]?|min|minut[ęy]?|godz|godzin[ęy]?|dni|dzień)\s+temu"
    r")"
)

#: A page counter's line: "Post Views: 22", "37 views", "Views: 184", "1.204 Aufrufe",
#: "Gelesen: 523". The number and its word alone: "Views differ" is a story's.
VIEW_COUNT = (
    r"\W*(?:(?:(?:post |page |article )?views|aufrufe|seitenaufrufe|zugriffe|gelesen"
    r"|vues|visualizaciones|lecturas|visualizações|visualizzazioni|wyświetlenia|odsłony)"
    r"\s*:?\s*\d[\d.,]*[km]?"
    r"|\d[\d.,]*[km]?\s*(?:views|aufrufe|zugriffe|mal gelesen|vues|visualizaciones"
    r"|lecturas|visualizações|visualizzazioni|wyświetleń|wyświetlenia|odsłon))\W*"
)

#: What splits a line of a post's fields ("Paddy · April 19, 2019 · Mac · 7 comments",
#: "By Ada Lind | 12.03.2020 | Politik", "May 3, 2024 -- Updated 0203 GMT"): a dot, a bar
#: or a bullet, or a dash (one or two hyphens) or a slash with a space on each side (in a
#: date, "05/10/2018", they have none).
METADATA_SEPARATOR = r"\s*[|·•]\s*|\s+(?:--|[–—/-])\s+"
#: A word of any script with its marks ("srpna", "আগস্ট"): no digit, no punctuation.
_ANY_WORD = r"[^\W\d_][^\s\d.,:;!?|·•/()–—-]*"
#: A date whose month's name no list here holds, in another language or script, its
#: digits perhaps its own ("29. srpna 2020", "29 августа 2020", "শনিবার, আগস্ট ২৯,
#: ২০২০"): a day and a four-digit year around a word, perhaps after the weekday's name,
#: perhaps a time after. Read only as a field of a line of the post's fields.
ANY_MONTH_DATE = (
    rf"(?:{_ANY_WORD},?\s+)?(?:\d{{1,2}}\.?\s+{_ANY_WORD}\.?|{_ANY_WORD}\s+\d{{1,2}}),?\s+\d{{4}}"
    r"(?:,?\s+\d{1,2}[:.]\d\d)?\W*"
)
#: A field that makes such a line the post's data: its date or time, perhaps labelled
#: ("Erstellt am: 30.01.2022 18:36"), or how long ago it came out ("Publicado hace 3
#: horas")...
METADATA_DATE = rf"(?:{DATE_LINE}|{TIME_AGO})\W*"
#: ... or its count of comments or of views ("7 comments", "5343 mal gelesen").
METADATA_COUNT = rf"(?:{_COMMENT_COUNT}|{VIEW_COUNT})\W*"
#: Any other field: a name, a label, a category, a few words without a sentence's end
#: (a full stop after a word of two letters or more, not a day's "24." nor a web
#: address's "motor.at", "!", "?" or ";"), ``Tuning``'s number of words at most.
METADATA_FIELD = r"(?=[^\n]*[^\W\d_])(?![^\n]*(?:[^\W\d_]{2}\.(?!\w)|[!?;]))[^\n]+"

#: The label of a date as the story's publication or its update opening a field of a
#: line of the post's fields ("Veröffentlicht: 05.01.2020", "Mis à jour le 05.05.2015 à
#: 20h13", "Updated: 08:39 GMT, 28 September 2020"): the words of
#: :mod:`newsclean.date_words`. A line holding such a field is the post's own data, not
#: an exhibition's or a trip's dates.
PUBLICATION_LABEL = (
    rf"\W*(?:{UPDATE_OPENERS}|{PUBLISHED_OPENERS})?(?:{UPDATE_WORDS}|{PUBLISHED_WORDS})\b"
)

#: "5 min read", "7-minute read", "Lesezeit: 3 Minuten", "Tempo de leitura: 1 minuto",
#: "Czas czytania: 4 min", and as a sentence in Polish: "Ten tekst przeczytasz w mniej niż
#: minutę".
READING_TIME = (
    r"(?:\d{1,3}(?:\s*|-)(?:min|mins|minutes?|minuten|minutos?)\.?\s*"
    r"(?:read|reading time|lesezeit|de leitura|de lecture|de lectura|di lettura))"
    r"|(?:(?:estimated |est\. )?reading time|read time|lesezeit|lesedauer|tempo de leitura"
    r"|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)\s*:?\s*"
    r"(?:less than |about |ca\.? |approx\.? |ok\. )?\d{1,3}\s*"
    r"(?:min|mins|minutes?|minuten|minutos?|minut[ay]?)\.?"
    r"|(?:ten )?(?:tekst|artykuł) przeczytasz w (?:mniej niż |około |ok\. )?"
    r"(?:minutę|\d{1,3} min(?:ut[ęy]?|\.)?)\.?"
)

#: A blog post's footer saying when it was posted and where it is filed: "This entry was
#: posted on Monday, May 3rd, 2010 at 10:00 am and is filed under ...", "Der Beitrag
#: wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter
#: ... abgelegt", "Erstellt am 6. Mai 2014 um 23:30 und abgelegt unter ...", "Dieser
#: Eintrag wurde veröffentlicht in X und getaggt als Y". A story's "Der Beitrag wurde am
#: Montag erhöht" (a fee) names no posting, and "Der Artikel wurde in Nature
#: veröffentlicht" no tags. Or its filing closed by a link to the post itself: "Dieser
#: Eintrag wurde veröffentlicht in X von Y. Permanentlink.", "Cette entrée a été publiée
#: dans X. Permalien.": a story names no permalink.
POST_FOOTER = (
    r"(?:this (?:entry|post) was posted (?:on|in)\b"
    r"|(?:(?:der|dieser) (?:beitrag|eintrag|artikel) wurde (?:veröffentlicht|abgelegt)"
    r"|cette entrée a été publiée|esta entrada fue publicada|questa voce è stata pubblicata)"
    r" (?:in|unter|dans|en) [^!?]{1,160}?"
    r"\b(?:permalink|permanentlink|permalien|enlace permanente)\b"
    r"|(?:der|dieser) (?:beitrag|eintrag|artikel) wurde am (?:[^.!?]|(?<=[0-9])\.){0,80}?"
    r"(?:veröffentlicht|erstellt|geschrieben|gepostet)\b"
    r"|(?:erstellt|veröffentlicht|geschrieben|gepostet|posted|written) (?:am|on) "
    r"(?:[^.!?]|(?<=[0-9])\.){0,80}? (?:und|and) (?:ist |is )?"
    r"(?:abgelegt|gespeichert|eingeordnet|filed) (?:unter|under)\b"
    r"|(?:der|dieser) (?:beitrag|eintrag|artikel) wurde (?:veröffentlicht|abgelegt) "
    r"(?:in|unter) [^.!?]{1,120}? und (?:getaggt|verschlagwortet)\b).*"
)

#: A blog post's filing line: the categories it is filed under, perhaps after its date or
#: a label ("Abgelegt unter: Fotografie | Tags: ...", "3. August 2015 · Filed under
#: Travel", "Veröffentlicht unter Allgemein | 19 Kommentare"). No sentence ends in it: a
#: story's "Veröffentlicht unter dem Titel „Chronik“ erschien das Buch 1998." stays.
FILED_UNDER = (
    r"(?:(?:[^.!?|·•]|(?<=[0-9])\.){0,60}?"
    r"(?:[|·•]|\b(?:artikel|beitrag|eintrag|post|entry|article))\s*)?"
    r"(?:abgelegt|filed|veröffentlicht|posted) (?:unter|under)\b:?(?:[^.!?]|\.(?=\w))*"
)

#: A date's label and its date as a line of their own, perhaps with the post's other
#: fields after it ("Last updated: 3 hours ago", "Published on 05 Jun 2023 by Ada Lind
#: in Politik", "Veröffentlicht am 3. Mai 2024 | Lesezeit 4 Minuten"): a digit within
#: :data:`LABELLED_NOTE_DIGIT_CHARS` after the label, and no sentence's end in it (a
#: word of two letters or more and its full stop closing the line or followed by a
#: word, or "!" or "?"). "Published on a Friday, the report said ..." and "Published on
#: 3 May, the study was cited widely." are sentences.
LABELLED_NOTE_DIGIT_CHARS = 15
LABELLED_DATE_NOTE = (
    r"(?:last (?:modified|updated)|zuletzt aktualisiert|aktualisiert am|veröffentlicht am"
    r"|published on|posted on|publié le|mis à jour le)\b\s*:?\s*"
    rf"(?=[^\d!?]{{0,{LABELLED_NOTE_DIGIT_CHARS}}}\d)"
    r"(?![^!?]*(?:[!?]|[^\W\d_]{2}\.(?:$|\s+[^\W\d_])))"
    r".*"
)

#: "Updated at 1:23 p.m.", "Published on 3 May" and the like, standing alone (not
#: "Published by ...", a publisher's or a writer's name); and a
#: static page's footer giving its file's dates, perhaps after its name ("notes.html -
#: Created 03-10-2004 - Last modified: 04-11-2004", "Erstellt: 2.3.2001, aktualisiert:
#: ...").
UPDATE_NOTE = (
    r"(?:[\w.-]{1,40}\.(?:s?html?|php|txt) [-–|·] )?"
    r"(?:(?:created|erstellt|créé|creado|criado|utworzono)(?: at| on| am| le| el| em)?\s*:?"
    r"\s*[\w .,:/-]{1,30}? ?[-–|·,;] )?"
    r"(?:last )?(?:updated|published|posted|edited|modified|aktualisiert|veröffentlicht"
    r"|veröffentlichung|mis à jour|publié|actualizado|publicado|atualizado|opublikowano"
    r"|publikacja|aktualizacja)(?: at| on| am| le| el| em)?\s*:?"
    # not "Published by": who published it (credits.PUBLISHED_BYLINE reads a person's)
    r"(?! ?(?:by|von|par|por)\b)\s*[\w .,:/-]{1,40}"
)
