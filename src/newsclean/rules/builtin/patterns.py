"""The regular expressions of the built-in line rules: counters, bylines, credits, dates.

Each is matched whole against a short block's normalised text; none may
backtrack catastrophically (``tests/test_regex_safety.py`` checks).
"""

from __future__ import annotations


def _holding(characters: str) -> str:
    """A lookahead passing only a text holding one of ``characters`` (a class's
    members, unbracketed), put before a branch that can match only such a text: one
    possessive scan in C, where the branch itself tries its alternatives at each
    position of, say, a long English paragraph read for a Chinese notice (10 times
    the cost). The branch matches the same texts with it as without."""
    return f"(?=[^{characters}]*+[{characters}])"


#: In place of ``.*\b`` before alternatives each opening with a letter, found anywhere in
#: the text: what comes before the word they open (nothing, or up to a character no
#: word holds). It matches the same, but tries them only where a word starts, not at
#: each position (a third of the cost on a long paragraph).
_AFTER_WORD_BREAK = r"(?:[^\n]*[^\w\n])?"
#: A web address as a line gives it: "www.example.org", "https://example.com/page",
#: "example.de" (a domain with its top level); no e-mail address.
_WEB_ADDRESS = r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?"

#: Before the branch of :data:`COPYRIGHT_NOTICE` in Chinese, Japanese and Korean: the
#: characters its alternatives open with (a few characters, not their scripts' ranges,
#: which cost a second each to compile into the rules' alternations).
_HOLDING_CJK = _holding("版禁不严嚴無무재")
#: Before the branch of :data:`COMMENT_POLICY` in Arabic: the letters its alternatives
#: open with.
_HOLDING_ARABIC = _holding("متفنياآ")


#: "3 / 10", "2 of 8", "Bild 4 von 12", "photo 5/20": a counter, not prose.
SLIDE_COUNTER = (
    r"(?:(?:image|photo|picture|slide|bild|foto|imagen|diapositiva)\s*)?"
    r"\d{1,3}\s*(?:/|of|von|de|sur|di|z)\s*\d{1,3}"
)


#: Picture agencies and wires whose name makes a short line a photo credit.
PICTURE_AGENCIES = (
    r"(?:getty images|afp|reuters|dpa|ap photo|associated press"
    r"|picture alliance|picture-alliance|imago|istock|istockphoto|shutterstock|epa|keystone"
    r"|bloomberg|anadolu|xinhua|efe|ansa|belga|sipa|abaca|alamy|unsplash|pexels"
    # names that are words too ("Pap test"): only beside a slash or in brackets, "mk/PAP"
    r"|(?<=[/(])\s*(?:pap|epd|kna)|(?:pap|epd|kna)(?=\s*[/)]))"
)
AGENCY_CREDIT = (
    # no sentence punctuation anywhere, then an agency name somewhere (cheap to reject)
    rf"(?=[^.!?]*$).*?\b{PICTURE_AGENCIES}\b.*"
)

_MONTH_WORDS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june"
    r"|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober"
    r"|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia)"
)
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
#: "17:13:04.031886+02:00".
_CLOCK = (
    r"(?:,|\s*(?:--|[-–—|·/]))?\s*(?:um\s*|at\s*|@\s*|às\s*|a las\s*|alle\s*)?\d{1,2}[:.h]\d\d"
    r"(?::\d\d(?:\.\d{1,6})?(?:[+-]\d\d:?\d\d|z)?)?"
    r"(?:\s*(?:uhr|am|pm|a\.m\.|p\.m\.|h))?"
    rf"(?:\s*{_ZONE})?"
)
_TIME = rf"(?:{_CLOCK})?"
#: The words that label a date: "Updated", "Published on", "Posted", "Stand",
#: "Veröffentlichung:", "Erstellt am", "Zuletzt bearbeitet:", "Créé:", "Opublikowano:",
#: "Aktualizacja:", "Date:" ("Erscheinungsdatum:" is not one: a review's box of the
#: book's data gives its release date so).
_DATE_LABEL = (
    r"(?:(?:(?:last |first )?(?:updated|published|posted|edited|modified|created)(?: at| on)?"
    r"|(?:zuletzt )?(?:aktualisiert|bearbeitet|überarbeitet|geändert)(?: am)?"
    r"|veröffentlicht(?: am)?|publiziert(?: am)?|erstellt(?: am)?|stand"
    r"|veröffentlichung"
    r"|aktualisierung|(?:mis à jour|créé|modifié)(?: le)?|publié(?: le)?"
    r"|(?:actualizado|creado|modificado)(?: el)?"
    r"|publicado(?: el| em)?|atualizado(?: em)?|opublikowano|zaktualizowano|publikacja"
    r"|aktualizacja|wydrukowano)\s*:?"
    r"|(?:(?:news |publication |release )?date|datum|date de publication|fecha|data)\s*:)\s*"
)
#: A date with its month's name and its year: "29th January 2024", "Jan. 29, 2024".
_NAMED_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTH_WORDS}\.?,?\s+(?:del?\s+)?\d{{4}}"
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
    rf"{DATE_LINE}(?:\s*[|·•—–-]\s*(?:[\w'’-]++\.?\s*+){{1,4}})?\s*[|·•—–-]\s*"
    rf"{_COMMENT_COUNT}"
    # the label with its colon: "Stand:", "Updated:" ("wurde veröffentlicht am 3. Mai" is
    # a sentence)
    rf"|(?:[\w'’-]++\s++){{1,3}}[|·•—–-]?\s*(?=[^\d:]{{2,30}}:\s){_DATE_LABEL}{_DATE_STAMP}"
    r"\s*[;,.|]?"
    # the author's name and the date, or the date and the section, set apart by a mark
    # ("Ada Lind · 12 maja 2025", "2021-10-16 | Botschaft"): a sentence runs on unmarked
    # (words, not figures: "3 May 2024 | 20 June 2024" is an exhibition's dates)
    rf"|(?:[^\W\d_][\w'’-]*+\s++){{0,2}}[^\W\d_][\w'’-]*+\s*[|·•]\s*{DATE_LINE}"
    rf"|{DATE_LINE}\s*[|·•]\s*(?:[^\W\d_][\w'’&-]*+\s*+){{1,3}}"
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

#: A short line that is only a byline, with perhaps a date before it or after it ("By
#: A and B Monday, May 4, 2024, 04:05 pm PT (07:05 pm ET)", "May 4, 2024 7:45 am PST by
#: A", "By A | Staff writer"). Names are matched whole (possessively): were a name free
#: to split across the repeats, a near miss would take exponential time (found by
#: fuzzing: 43 s for 88 characters).
BYLINE_LINE = (
    rf"(?:{DATE_LINE}\s*[|·•—–-]?\s*)?"
    r"(?:(?:written|posted|erstellt|verfasst|geschrieben|gepostet|eingestellt|écrit|publié|escrito"
    r"|publicado) )?(?:by|von|par|por|di|door):?\s+(?:[\w'’-]++\.?\s*+){1,4}"
    r"(?:(?:,|and|und|et|y|&)\s*+(?:[\w'’-]++\.?\s*+){1,4}){0,3}"
    rf"(?:[|·•—–-]\s*[\w .:/,-]{{0,30}}|[|·•,—–-]?\s*{DATE_LINE}(?:\s*\([^()]{{1,20}}\))?"
    # the outlet after the date ("... 3:46 PM Harbour Morning Show"), whole words only
    r"(?:\s*[|·•—–-]?\s*(?:[\w'’&-]++\s*+){1,4})?)?"
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

#: A page tool's label left as a line of its own: "Print", "Drucken", "Versenden",
#: "drukuj", "Artikel drucken", "Print this article", or the rating tool's prompt "Hier
#: können Sie den Artikel bewerten", or a share menu's entry ("Facebook", "Einbetten").
#: Read at the body's edges only, where a toolbar stands; a story never opens or closes
#: with the word alone.
TOOL_LABEL = (
    r"\W*(?:(?:(?:diesen |den )?(?:artikel|beitrag|seite|rezept) )?(?:print|drucken|ausdrucken"
    r"|versenden|imprimer|imprimir|stampa|drukuj|wydrukuj|e-?mail|send)"
    r"(?: (?:this|the) (?:article|page|story|recipe))?"
    r"|(?:hier )?(?:können sie|kannst du) (?:den|diesen) (?:artikel|beitrag|text) bewerten"
    # a teaser card's button ("Mehr erfahren", "Learn more", "Weiterlesen") and a
    # taxonomy line naming only the blog's default category ("Tags: Uncategorized")
    r"|mehr erfahren|learn more|read more|weiterlesen|mehr lesen|en savoir plus|leer más"
    # a share menu's entries, each a line once their icons are gone: where to share
    # ("Facebook", "WhatsApp", "E-Mail-Adresse") or how ("Einbetten", "Link kopieren")
    r"|facebook|twitter|whatsapp|pinterest|linkedin|reddit|xing|flipboard|telegram"
    r"|e-?mail-adresse|email address|einbetten|embed|link kopieren|copy link"
    # a gallery's link or label left once its pictures went ("Bilder des Treffens", "Zur
    # Galerie", "Alle Fotos", "View the photo gallery"): a few words naming the pictures;
    # a pointer ending in a colon ("See more photos:") is the writer's, and readers keep it
    r"|(?![^:]*:\W*$)(?:zur |zu den |to the |view (?:the )?)?(?:(?:alle|weitere|mehr|more"
    r"|all) )?(?:bilder|fotos|photos|pictures|impressionen|bildergalerie|fotogalerie"
    r"|fotostrecke|galerie|gallery|photo gallery|galería|galerie photos|galeria zdjęć)"
    r"(?: (?:des|der|vom|von der|zum|zur|from|of the)(?: [\w-]+){1,3})?"
    r"|(?:tags?|kategorien?|categor(?:y|ies)|filed in|abgelegt (?:in|unter))\s*:?\s*"
    r"(?:uncategori[sz]ed|allgemein|general|non classé|sin categoría))\W*"
)

#: A line sending the reader to another page and saying nothing itself: "Alles über
#: Wanderschuhe findest du hier.", "Den Rest des Artikels gibt's hier.", "Weitere Infos
#: unter www.example.org.", "More information at example.com", "Wie das geht, erklären
#: wir in unserem Beitrag ...". Read at the body's edges only, where the story has
#: ended; a pointer ending in a colon ("Die Ergebnisse finden Sie hier:") introduces what
#: follows and stays, and so does a line giving a phone number or an e-mail address (a
#: contact). "Hier geht's zur Anmeldung" is left: an event's notice opens with its link,
#: and readers keep it as the notice's own.
POINTER_LINE = (
    r"(?!.*:\W*$)\W*(?:"
    r"[^.!?:\"“”„«»]{2,100} (?:findest du|findet ihr|finden sie|gibt es|gibt's|gibt’s"
    r"|lest ihr|liest du|lesen sie) (?:[\w-]+ )?hier"
    r"|(?:weitere|mehr|alle) (?:infos?|informationen|details)(?: [\w'’-]+){0,3}? (?:unter|auf)"
    rf" {_WEB_ADDRESS}"
    r"|(?:more|further) (?:info|information|details)(?: is| are)?(?: available)? (?:at|on)"
    rf" {_WEB_ADDRESS}"
    r"|[^.!?:\"“”„«»]{2,100} (?:erklären|zeigen|beschreiben|erläutern) wir (?:[\w-]+ )?"
    r"in (?:unserem|einem) (?:beitrag|artikel|ratgeber|text)\b[^.!?\"“”„«»]{0,100}[?]?"
    r")\W*"
)
#: What every such pointer names, one of them at least (``Text(keywords=...)``): the
#: English branch by its opening words, not by the " at " or " on " of most sentences.
POINTER_KEYWORDS = (
    *("hier", "unter", "auf ", " wir "),
    *("more info", "more details", "further info", "further details"),
)

#: A link to a file standing as a line: the page or a document offered as a PDF ("Dieses
#: Skript als PDF herunterladen", "Pressemitteilung als PDF", "PDF version"), or a file
#: link a CMS prints with its type and size as fields ("Merkblatt vom 4. Mai 2021PDF | 38
#: KB | Datei ist nicht barrierefrei"). A story's sentence about a document goes on past
#: the format ("Das Gutachten liegt als PDF vor"); the writer's link to a source report
#: with its size in brackets ("... full report (PDF, 3.2MB)") is the story's, and a size
#: alone ("71.1 MB") may be a table's value: both stay.
DOWNLOAD_LINE = (
    r"\W*(?:"
    r"(?:[^.!?:\"“”„«»]{1,60} )?(?:als|as an?|as) (?:pdf|e-?book|epub)(?:-datei| file| version)?"
    r"(?: (?:herunterladen|downloaden|download|speichern|öffnen))?"
    r"|pdf[- ](?:version|download|datei)"
    r"|[^|]{0,120}?(?:\b|(?<=\d))(?:pdf|docx?|xlsx?|pptx?|odt|zip|mp3|epub) ?\| ?"
    r"\d+(?:[.,]\d+)? ?(?:kb|mb|gb|kib|mib|kbyte|mbyte)\b(?: ?\|[^|.!?]{0,60}+)*+"
    r")\W*"
)
#: What every such line names, one of them at least (``Text(keywords=...)``): the format,
#: or the bar before a file's size (its unit, "mb", is in every "number"); an e-book's
#: word with the space before it ("facebook" holds "ebook").
DOWNLOAD_KEYWORDS = ("pdf", " ebook", " e-book", "epub", "|")

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
#: (a full stop after a word of two letters or more, not a day's "24.", "!", "?" or
#: ";"), ``Tuning``'s number of words at most.
METADATA_FIELD = r"(?=[^\n]*[^\W\d_])(?![^\n]*(?:[^\W\d_]{2}\.|[!?;]))[^\n]+"

#: A line of names: words each opening with a capital letter, perhaps joined by short
#: lowercase words ("and", "und", "de"), initials with their full stop; no digit, no
#: sentence's punctuation ("Ada Lind and Jo Bacon", "ADA LIND"). Matched on the line as
#: written, not lower-cased.
NAMES_LINE = (
    r"[^\W\d_a-z][^\W\d_]*\.?"
    r"(?:[\s,|·/–-]+(?:[^\W\d_a-z][^\W\d_]*\.?|[^\W\d_A-Z][^\W\d_A-Z]{0,2}|&))+"
)

#: "5 min read", "Lesezeit: 3 Minuten", "Tempo de leitura: 1 minuto", "Czas czytania: 4
#: min", and as a sentence in Polish: "Ten tekst przeczytasz w mniej niż minutę".
READING_TIME = (
    r"(?:\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos?)\.?\s*"
    r"(?:read|reading time|lesezeit|de leitura|de lecture|de lectura|di lettura))"
    r"|(?:(?:estimated |est\. )?reading time|read time|lesezeit|lesedauer|tempo de leitura"
    r"|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)\s*:?\s*"
    r"(?:less than |about |ca\.? |approx\.? |ok\. )?\d{1,3}\s*"
    r"(?:min|mins|minutes?|minuten|minutos?|minut[ay]?)\.?"
    r"|(?:ten )?(?:tekst|artykuł) przeczytasz w (?:mniej niż |około |ok\. )?"
    r"(?:minutę|\d{1,3} min(?:ut[ęy]?|\.)?)\.?"
)

#: The site's ask that hangs on the reader having liked the piece, opening the block
#: after an interjection at most: "Wenn Ihnen dieser Artikel gefallen hat, ...", "Na,
#: hat dir »Titel« gefallen? Dann ...", "If you enjoyed this post, ...", "Si vous avez
#: aimé cet article, ...". No quotation mark before it (a story quoting one keeps it),
#: and a piece named: "Hat dir der Film gefallen?" or "If you liked the film" is a story's.
LIKED_PROMPT = (
    r"(?:\w+, )?(?:(?:(?:wenn|falls) (?:dir|ihnen|euch) (?:dieser|dieses|diese"
    r"|der|das|die|unser|unsere|mein|meine) (?:[\w-]+ )?(?:artikel|beitrag|text|post"
    r"|blogpost|interview|ratgeber|rezept|guide)"
    r"|hat (?:dir|ihnen|euch) (?:(?:dieser|der|unser|mein) (?:artikel|beitrag|text|post)"
    r"|[\"“„»«][^\"“”„«»]{1,160}[\"“”«»]))(?: [^.!?,:\"“”„«»]{1,60}?)? gefallen"
    r"|if you (?:liked|enjoyed|appreciated) (?:this|the|our) (?:article|story|post|piece|read)"
    r"|si (?:vous avez|tu as) (?:aimé|apprécié) (?:cet|cette|ce) (?:article|billet|post)"
    r"|si te (?:gustó|ha gustado) (?:este|el) (?:artículo|post))\b.*"
)
#: What every such ask holds, one of them at least (``Text(keywords=...)``).
LIKED_PROMPT_KEYWORDS = ("gefallen", "liked", "enjoyed", "appreciated", "aimé", "apprécié", "gust")

#: A closing appeal: an imperative or question asking the reader to sign up, follow,
#: subscribe, share, send a tip or write in, naming what to (a network or messenger
#: too: "Folgen Sie uns auf WhatsApp"); or a phrase no story sentence uses ("in your
#: inbox", "may be reached at"), or the site's messenger number ("Wir bei WhatsApp:
#: 0160 ...").
CLOSING_APPEAL = (
    r"\W*(?:sign up|signup|subscribe|follow|like|join|download|get|listen|watch|read|support"
    r"|donate|become|share|tell us|have a|got a|send us|contact us|email us|write to us|click"
    r"|tap|don't miss|never miss|want|interested in|love|enjoy|enjoyed|start your day"
    r"|puede escribirnos|escríbenos|schreiben sie uns|schreibt uns|écrivez-nous"
    r"|folgen sie|abonnieren sie|melden sie sich|suivez|abonnez-vous|inscrivez-vous"
    r"|síguenos|suscríbete|siga|assine|iscriviti|seguici"
    # the same asks in German, Spanish and Polish: "Unterstützen Sie unabhängigen
    # Journalismus", "Werden Sie Mitglied", "Lesen Sie das Magazin", "Apoya el periodismo"
    r"|unterstützen sie|unterstütze|werden sie|werde|lesen sie|bestellen sie|sichern sie sich"
    r"|holen sie sich|hol dir|apoya|apóyanos|hazte|wesprzyj|wspieraj|zostań|subskrybuj)"
    r"\b(?:[^.!?]|\.(?=\w)){0,200}?"
    r"\b(?:newsletters?|inbox|twitter|facebook|instagram|youtube|tiktok|linkedin|podcasts?"
    r"|app|subscriptions?|membership|member|story|article|tips?|updates|alerts|channel|feed"
    r"|magazine|letterbox|edition|friends?|abo|abonnement|bulletin|boletín|e-mail|email"
    r"|live|radio|forums?|journalismus|mitglied|ausgabe|magazins?|e-paper|periodismo"
    r"|suscripción|socio|miembro|dziennikarstwo|patronem|prenumerat\w*|whatsapp|telegram)\b.*"
    # a sign-up button's label left as a line: "Sign up now", "Sign up here.", "Jetzt anmelden"
    r"|\W*(?:sign up|subscribe|jetzt anmelden)(?: now| here| today| for free)?\W*"
    # a German ask to get the site's news or alerts: "Verpasse keine News!", "Aktiviere
    # die Benachrichtigungen", "Erhalten Sie täglich ... per E-Mail", "Erhalte Updates"
    r"|\W*(?:verpasse|verpassen sie|aktiviere|aktivieren sie|erhalte|erhalten sie|abonniere)"
    r"\b[^.!?]{0,120}?\b(?:news|benachrichtigungen|push-?nachrichten|updates|e-mail"
    # (to its end with no comma: "Erhalten Sie ... per E-Mail, sagt die Behörde" reports)
    r"|newsletter)\b[^,\"“”„«»]*"
    r"|"
    + _AFTER_WORD_BREAK
    + r"(?:in your inbox|delivered (?:to|through) your (?:inbox|door|letterbox)"
    r"|(?:may|can) be reached at|(?:follow|keep up with) (?:us|him|her|them|me) on"
    r"|our (?:free )?newsletter"
    r"|letters to the editor|is committed to publishing|subscribe to (?:the|our)"
    r"|(?:have|got) an? (?:news |story )?tip"
    # an appeal for gifts or a plea not to miss the site's news: "Jede kleine Spende
    # hilft", "Keine Neuigkeiten mehr verpassen:", "Hacemos periodismo desde hace ..."
    r"|jede (?:kleine |noch so kleine )?spende hilft|hacemos periodismo desde"
    r"|unterstützen sie (?:[\w-]+ ){0,4}journalismus"
    # "in your inbox" and "our newsletter" in German, French and Spanish, and a request
    # to answer in the comments: "Verraten Sie uns in den Kommentaren: ..."
    r"|in (?:deinem|ihrem|euer|eurem) (?:e-mail-)?(?:posteingang|postfach)"
    r"|dans votre boîte (?:mail|e-mail|de réception)|en tu bandeja de entrada"
    r"|(?:unseren|unserem|unser|meinen|meinem|mein) (?:gratis |kostenlosen )?[\w-]{0,20}newsletter"
    r"|notre newsletter"
    r"|nuestr[oa] (?:boletín|newsletter)"
    r"|(?:verrate|verratet|verraten sie|schreib|schreibt|schreiben sie|erzähl|erzählt"
    r"|erzählen sie|let us know|tell us)(?: uns| mir)?(?: gerne| gern| doch)?(?: es)?"
    r" in (?:den|the) (?:kommentaren|comments)"
    # a note asking for corrections: "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel
    # haben, können Sie die Redaktion per E-Mail informieren"
    r"|(?:anmerkungen|hinweise|korrekturen|feedback) zu diesem (?:artikel|beitrag) haben"
    # and in English, French and German, the site asking to be told of an error: "If you
    # are aware of an inaccuracy or would like to report a correction, we would like to
    # know", "Spotted a mistake? Let us know", "Haben Sie einen Fehler entdeckt?"
    r"|(?:would like to|want to|wish to) (?:report|submit|request) a correction"
    r"|(?:spot|spotted|see|notice|noticed|find|found|are aware of)(?: an?| any)? (?:errors?"
    r"|mistakes?|inaccurac(?:y|ies)|typos?)\b[^.!?]{0,80}?(?:[.!?] )?(?:let us know"
    r"|we(?:'d| would) (?:like|love) to (?:know|hear)|(?:contact|e-?mail|tell|notify"
    r"|write to) us)"
    r"|(?:haben sie|hast du|habt ihr) einen fehler (?:entdeckt|gefunden)\?"
    r"|vous avez (?:repéré|remarqué|trouvé|vu) une (?:erreur|faute)"
    r"|(?:nichts|keine [\w-]+(?: [\w-]+){0,3}) mehr (?:verpassen|versäumen)(?= *[:!])"
    r"|nichts neues (?:mehr )?verpassen(?= *[:!])"
    r"|einfach hier klicken|jetzt (?:auch )?(?:digital|als e-paper) *!"
    r"|(?:canal|channel|kanal) (?:de |on |bei |auf )?(?:telegram|whatsapp)"
    r"|(?:telegram|whatsapp)[- ](?:channel|kanal|canal)"
    # the site's own account on a messenger, as a line giving its number or address:
    # "Wir bei WhatsApp: 0160 ...", "Send us a message on WhatsApp at +1 ...", "Nous
    # sur Telegram : ..."; a story's "Er schrieb uns auf WhatsApp, er komme" goes on
    r"|(?:wir|uns|us|we|nous|nosotros)\b[^.!?\"“”„«»]{0,20}? (?:bei|auf|on|via|sur|en|por)"
    r" (?:whatsapp|telegram|signal|threema)(?=\W*(?:\+?\d[\d /().-]{5,}|:|at\b|unter\b|$))"
    r"|sign up (?:for|to) (?:the|our|a) (?:free )?(?:[\w'-]+ ){0,3}newsletters?"
    # a pointer for readers of the site's app: "If you're on the Acme News app, click here
    # to watch live", "Wenn Sie die App nutzen, tippen Sie hier"
    r"|if you(?:'re| are) (?:reading this )?(?:on|in|using) (?:the|our) [\w' -]{0,40}?app,?"
    r" (?:click|tap|go) here"
    r"|this (?:story|article|feature) (?:appears|appeared|first appeared|was first published))\b.*"
    # the site asking the reader about its own service, opening the block, alone or
    # followed by more words to the reader: "Kennt ihr schon unseren Brandfinder? Ihr
    # sucht ...", "Gefällt dir unser Magazin?", "Have you tried our recipe finder?", "Sie
    # wollen mehr von uns?"; a question quoted, or followed by who asked it, is a story's
    r'|(?!\W*["“”„«»])\W*(?:(?:kennt ihr|kennst du|kennen sie|gefällt (?:dir|euch|ihnen)'
    r"|have you (?:seen|tried|discovered)|do you know|connaissez-vous|vous connaissez"
    r"|¿?conoces|¿?te gusta)(?: schon| bereits| already| déjà| ya)?"
    r" (?:unser(?:e|en|em)?|our|notre|nos|nuestr[oa]s?) [^.!?\"“”„«»]{1,60}"
    r"|(?:sie wollen|wollen sie|du willst|willst du|ihr wollt|wollt ihr|want|vous en voulez)"
    r" (?:noch )?mehr von uns|want more from us|(?:quieres|quiere) más de nosotros)\s*\?"
    r'(?:\W*|(?=[^"“”„«»]*\b(?:ihr|euch|du|dir|dich|dein\w*|euer|eure[mnrs]?|you|your|vous|votre|tu'
    r'|te)\b)[^"“”„«»]{0,300})'
)

#: A promotion set among the story's paragraphs: a short block one of whose sentences
#: opens with an imperative to sign up, subscribe or get access, naming a newsletter,
#: a subscription, alerts or the reader's inbox ("Sign up for the free daily
#: newsletter.", "Get access to ... subscription service for Rs 599", "Let our news
#: meet your inbox."; in German, French and Spanish: "Jetzt zum Newsletter anmelden",
#: "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro boletín"). The sentence
#: must open the block or follow a full stop, with no quotation mark before the verb:
#: a story about a newsletter reports what people say and do ("Readers can sign up
#: ...", '"Subscribe to our newsletter," the email read') and keeps it.
PROMO_APPEAL = (
    r"(?:.*?[.!?] )?\** ?(?:(?:sign up|signup|subscribe|register|get access"
    r"|get (?:the|our) free|start your day|let (?:us|our))\b[^.!?\"“”]{0,160}?"
    r"\b(?:newsletters?|subscriptions?|inbox|(?:news|email|e-mail) alerts)"
    # "Get the Daily Edition by email and never miss our top stories. Sign up"
    r"|get\b[^.!?\"“”]{0,80}?\bby e-?mail\b.{0,80}?\b(?:sign up|subscribe)"
    r"|(?:kostenlos |jetzt |gratis )?(?:zum|für den|für unseren|zu unserem) [\w-]{0,20}"
    r"newsletter anmelden"
    r"|(?:melden sie sich|melde dich) [^.!?]{0,60}?newsletter an"
    r"|(?:abonnieren sie|abonniere) (?:jetzt )?(?:unseren|den|unsere) [^.!?]{0,40}?newsletter"
    r"|(?:inscrivez-vous|abonnez-vous) (?:à|a) (?:notre|la|nos) [^.!?]{0,30}?newsletters?"
    r"|suscr[ií]bete (?:a|en) (?:nuestro|nuestra|nuestros|el|la) [^.!?]{0,30}?"
    r"(?:newsletters?|boletín|boletines)"
    # the site's newsletter sent to the reader's inbox, however worded: "Das ist Liebe in
    # deinem Posteingang: Unser Newsletter!", "Our newsletter, straight to your inbox"
    r"|(?=[^\"“”„«»]*\b(?:unser(?:en|em)?|our|notre|nuestro) (?:[\w-]+ )??[\w-]{0,20}"
    r"newsletter\b)"
    r"[^\"“”„«»]*\b(?:(?:in (?:deinem|ihrem|eurem)|für (?:deinen|ihren|euren))"
    r" (?:e-mail-)?(?:posteingang|postfach)|(?:in|to|for) your inbox"
    r"|dans votre boîte (?:mail|e-mail|de réception)))\b.*"
    # a membership pitch opening the block, naming what members get: "Werden Sie Mitglied
    # bei ... und erhalten Sie exklusive Angebote!", "Become a member and enjoy ..."
    r"|[^\w\"“”„«»]*(?:jetzt |now )?(?:(?:werden sie|werde) (?:jetzt )?mitglied\b"
    r"[^.!?\"“”„«»]{0,60}?"
    r" und (?:erhalten|sichern|genießen|profitieren|erhalte|sichere|genieße|profitiere)"
    r"|become a member\b[^.!?\"“”]{0,40}? (?:and|to) (?:get|enjoy|receive|unlock)"
    r"|hazte (?:socio|miembro)\b[^.!?\"“”]{0,40}? y (?:recibe|disfruta|obtén))\b.*"
)
#: What every such promotion names, one of them at least: a text holding none is not
#: read with the pattern above (``Text(keywords=...)``).
PROMO_KEYWORDS = (
    *("newsletter", "subscription", "inbox", "alerts", "mail", "boletín"),
    # the membership pitch's own words, not "member" alone: a story names members often
    *("sie mitglied", "sie jetzt mitglied", "werde mitglied", "werde jetzt mitglied"),
    *("become a member", "hazte socio", "hazte miembro"),
)

#: The site's pitch for its own magazine among the story's paragraphs: a sentence (opening
#: the block or after a full stop, no quotation mark anywhere) naming the issue or the
#: magazine, then at least two ways to buy it (newsstand, subscription, e-paper, single
#: copy, app, shop), with a word that offers it ("Our new issue is on sale now at every
#: newsstand, by subscription and as an e-paper", "Jetzt am Kiosk oder im Abo"). A
#: report on a magazine's sales names the channels with figures and no offer, and stays.
ISSUE_PROMO = (
    r"(?=[^\"“”„«»]*\b(?:jetzt|erhältlich|bestellen|bestelle|lesen sie|now|available"
    r"|get your copy)\b)"
    r"(?:[^\"“”„«»]*?[.!?] )?[^.!?\"“”„«»]{0,80}?\b(?:ausgabe|magazin|heft|zeitschrift"
    r"|issue|magazine)\b"
    r"[^\"“”„«»]{0,200}?(?:[\w-]*kiosk|\babos?\b|\be-?paper|\beinzelheft|\bnewsstands?)"
    r"[^\"“”„«»]{0,120}?(?:[\w-]*kiosk|\babos?\b|\be-?paper|\beinzelheft|\bnewsstands?"
    r"|\bapps?\b|\bshop\b|\bsubscription\b|\bdigital edition\b)[^\"“”„«»]*"
)
#: What every such pitch names, one of them at least (``Text(keywords=...)``): the issue
#: itself (its ways to get it hold "abo", found in every "about").
ISSUE_PROMO_KEYWORDS = ("ausgabe", "magazin", "heft", "zeitschrift", "issue")

#: A cross-promotion among the story's paragraphs sending the reader to listings on the
#: site or a sister site, in no quotation: a question about what the reader looks for,
#: then an imperative to see the offers there, on a named site or "here" ("Szukasz
#: lokalu? Zobacz oferty na example.pl", "Looking for a flat? Browse listings at
#: example.com", "Sie suchen einen Job? Hier finden Sie aktuelle Angebote"); or the
#: listings said to wait for the reader ("Über 9.000 Jobs warten auf dich in unserer
#: Jobbörse"). Advice on where to look names no such place and asks no question first.
OFFER_PROMO = (
    r"(?![^\"“”„«»]*[\"“”„«»])(?:"
    r"\W*(?:szukasz|poszukujesz|(?:are you )?looking for|searching for|suchen sie|sie suchen"
    r"|suchst du|du suchst|¿?buscas|vous cherchez|cherchez-vous)\b[^.!?]{1,100}\?"
    # the place the offers are: a site's address or "here", before them or after
    r"(?=[^?]*\b(?:[\w-]+\.[a-z]{2,}|hier|here|tutaj|aquí|ici)\b)"
    r"\s*(?:zobacz|sprawdź|przejrzyj|see|check out|browse|find|view|discover|hier finden sie"
    r"|hier findest du|finden sie|finde|entdecke|entdecken sie|schau|schauen sie|descubre"
    r"|consulta|mira|encuentra|découvrez|consultez|trouvez)\b[^!?]{0,120}?"
    r"\b(?:ofert\w*|offers?|deals|listings|angebot\w*|stellen\w*|jobs?|ofertas|offres"
    r"|annonces|ogłosze\w*|inserat\w*)\b[^!?]{0,80}"
    # a shop's discount line, alone or after the product's name and a dash: "Jetzt mit
    # 10% Dauerrabatt", "Hundefutter – jetzt 20% Rabatt auf die erste Bestellung sichern"
    r"|(?:[^.!?]{1,60} [–—-] )?(?:jetzt|nur|now) (?:mit |nur |bis zu |up to )?\d{1,2} ?%"
    r" (?:[\w-]*rabatt|off|discount)\b[^.!?]{0,60}[.!]?"
    r"|.*?\b(?:[\w-]*jobs|stellen(?:angebote)?|angebote|offers|deals|ofert\w*|ofertas)\b"
    r"[^.!?]{0,40}? (?:warten|wartet|waiting|czekają|esperan)\b[^.!?]{0,20}?"
    r" (?:auf (?:dich|euch)|for you|na (?:ciebie|was)|por ti)\b.*)"
)
#: What each branch of :data:`OFFER_PROMO` names, one of them at least (``Text(keywords=
#: ...)``): the question it opens with, the discount, or the offers' waiting (the offers'
#: own words, "job", "deal", "offer", are in many a story's lines).
OFFER_PROMO_KEYWORDS = (
    *("szuk", "looking for", "searching for", "suchen sie", "sie suchen"),
    *("suchst", "buscas", "cherchez"),
    *("rabatt", "% off", "% discount"),
    *("warte", "waiting", "czekają", "esperan"),
)

#: The heading of a closing appeal section (a plea for members or gifts, often with a
#: staff list under it): "Before you go...", "Support local journalism".
APPEAL_HEADING = (
    r"\W*(?:before you go|one more thing|a (?:message|note|request) from (?:the|our) [\w ]{2,40}"
    r"|(?:please )?support (?:our|local|independent|nonprofit|non-profit|quality|this|the)"
    r"(?: [\w'-]+){0,3} (?:journalism|reporting|news|newsroom|work|journalists)"
    r"|(?:become|be) a (?:member|supporter|subscriber|patron|friend)(?: of [\w ]{2,40})?(?: today)?"
    r"|(?:why )?we need your (?:help|support)"
    r"|(?:please )?(?:donate|make a (?:donation|gift))(?: today| now)?"
    r"|unterstützen sie (?:uns|unsere arbeit|[\w ]{2,40}journalismus)"
    r"|soutenez(?:-nous| notre travail| [\w ]{2,40}journalisme)"
    r"|apoya (?:nuestro|el) periodismo[\w ]{0,40}"
    # a newsletter's sign-up box: "Newsletter", "Unsere Newsletter", "Redaktioneller
    # Newsletter", "Our free newsletter", "Newsletter abonnieren" (the heading alone: a
    # story's section names more, "Der Newsletter der Stadt")
    r"|(?:(?:unsere?|our|redaktioneller?|kostenlose[rn]?|free|gratis|daily|weekly|täglicher"
    r"|wöchentlicher|notre|nuestro) )?(?:newsletters?|infolettre|boletín)"
    r"(?: (?:abonnieren|bestellen|anmeldung|abonnement|sign-?up))?)\W*"
)

#: A plea for the reader's support set among the story's paragraphs or heading a box of
#: its own: a sentence opening the block (or after a full stop or colon, with no
#: quotation mark before it: a story quoting a charity's appeal keeps it) that asks the
#: reader to support the site's journalism or work, or to give a small sum ("Support
#: independent journalism", "Unterstützen Sie diese Form des Journalismus", "Unterstütze
#: uns schon mit 3 Euro!"), says every gift helps or that the site relies on its readers'
#: support, or asks whether the reader likes "our magazine" ("Gefällt dir unser
#: Reiseblog?", "Enjoyed this article?"). "Support for journalism is waning" opens no plea:
#: the verb must be followed by "us", a possessive or a sum. A line the heading above
#: matches whole is left to the closing section it opens.
_SUPPORT_PLEA = (
    r"[^\w\"“”„«»]*(?:(?:please |bitte )?(?:support|unterstützen sie"
    r"|unterstütze|unterstützt|apoya|apóyanos|apoyanos|soutenez|wesprzyj)(?: (?:jetzt|now"
    r"|today|auch|doch|bitte|gerne))?"
    # "us" in English, German, French, Spanish and Polish ("Wesprzyj nas darowizną")
    r" (?:(?:us|uns|nous|nos|nas)\b"
    r"|(?:our|this|local|independent|quality|unseren|unsere|unabhängigen|lokalen"
    r"|diese form des|nuestro|el|notre|le|nasze) (?:[\w-]+ ){0,2}?[\w-]*?(?:journalism|journalismus"
    r"|journalisme|periodismo|dziennikarstwo|reporting|newsroom)\b"
    r"|(?:our|unser|unsere|notre|nuestro|nuestra) (?:work|arbeit|travail|trabajo|labor"
    r"|magazine|magazin|blog|site|seite|podcast|revista)\b"
    r"|[\w.-]+ (?:(?:bereits|schon) (?:mit|ab) |ab |(?:with|for) (?:just|only|as little as) )"
    r"(?:[€$£] ?)?\d)"
    r"|(?:every|any|each) (?:little |small )?(?:donation|gift|contribution)"
    r" (?:helps|counts|matters)"
    r"|jede (?:kleine |noch so kleine )?spende (?:hilft|zählt)"
    r"|we (?:rely|depend|count) on (?:your|our readers'?|readers'?|the) (?:support|donations"
    r"|contributions|generosity)"
    r"|wir sind auf (?:ihre|deine|eure) (?:unterstützung|spenden) angewiesen"
    r"|(?:gefällt|gefallen) (?:dir|ihnen|euch) unser(?:e|en)? [\w-]*?(?:magazin|blog|artikel"
    r"|beitrag|beiträge|journalismus|arbeit|podcast|angebot|inhalte?|website|seite)\?"
    r"|(?:did you |do you )?(?:like|enjoy|enjoyed|value|appreciate) (?:this|our) (?:article"
    r"|story|post|journalism|reporting|work|content|magazine)\?)(?:(?<=\?)|\b).*"
)
SUPPORT_APPEAL = rf"(?!(?:{APPEAL_HEADING})$)(?:[^\"“”„«»]*?[.!?:] )?{_SUPPORT_PLEA}"
#: The same plea as a long block closing the body ("Gefällt dir unser Magazin? ... brauchen
#: wir deine Unterstützung ..."): it opens the block or follows its first sentence, since a
#: block that long may be the story's last paragraph, naming support further on.
EDGE_SUPPORT_APPEAL = rf"(?!(?:{APPEAL_HEADING})$)(?:[^\"“”„«».!?]*[.!?:] )?{_SUPPORT_PLEA}"
#: What every such plea names, one of them at least (``Text(keywords=...)``).
SUPPORT_KEYWORDS = (
    "support",
    "unterstütz",
    "apoy",
    "souten",
    "wesprzyj",
    "donation",
    "gift",
    "contribution",
    "spende",
    "gefällt",
    "gefallen",
    "like this",
    "like our",
    "enjoy",
    "value this",
    "value our",
    "appreciate this",
    "appreciate our",
)

#: A way back, "Back to top", "Back to Gallery": a few words with no punctuation. Not a
#: prefix, since a story's sentence may open with it ("Back to Taylor! It's her music").
WAY_BACK = r"back to(?:\s+[\w'’-]+){1,3}"

#: A blog post's footer saying when it was posted and where it is filed: "This entry was
#: posted on Monday, May 3rd, 2010 at 10:00 am and is filed under ...", "Der Beitrag
#: wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter
#: ... abgelegt", "Erstellt am 6. Mai 2014 um 23:30 und abgelegt unter ...", "Dieser
#: Eintrag wurde veröffentlicht in X und getaggt als Y". A story's "Der Beitrag wurde am
#: Montag erhöht" (a fee) names no posting, and "Der Artikel wurde in Nature
#: veröffentlicht" no tags.
POST_FOOTER = (
    r"(?:this (?:entry|post) was posted (?:on|in)\b"
    r"|(?:der|dieser) (?:beitrag|eintrag|artikel) wurde am (?:[^.!?]|(?<=[0-9])\.){0,80}?"
    r"(?:veröffentlicht|erstellt|geschrieben|gepostet)\b"
    r"|(?:erstellt|veröffentlicht|geschrieben|gepostet|posted|written) (?:am|on) "
    r"(?:[^.!?]|(?<=[0-9])\.){0,80}? (?:und|and) (?:ist |is )?"
    r"(?:abgelegt|gespeichert|eingeordnet|filed) (?:unter|under)\b"
    r"|(?:der|dieser) (?:beitrag|eintrag|artikel) wurde (?:veröffentlicht|abgelegt) "
    r"(?:in|unter) [^.!?]{1,120}? und (?:getaggt|verschlagwortet)\b).*"
)

#: A share bar's label standing alone: "Share", "Tweet", "Teilen über:", "Teile mich:",
#: "Teile diesen Artikel", "Spread the news:", "Partager", perhaps after a word or two
#: of bidding ("Be sociable, share!", "Gefällt's dir? Teilen!"). A bare "Teile" (parts)
#: is no label, nor a heading going on ("Share Mac applications with Windows").
SHARE_LABEL = (
    r"\W*(?:(?:[\w'’]+ ){0,2}[\w'’]+[,!:?] )?"
    r"(?:(?:share|teilen|partager|compartir|comparte|condividi|tweet|tweeten)"
    r"(?: (?:this|it|on|via|with|by e-?mail|the (?:news|love|story|article)|über|auf|per"
    r"|mich|uns|dies|diesen (?:artikel|beitrag)|cet article|este artículo|questo articolo))?"
    r"|(?:teile|spread|verbreite) (?:mich|uns|dies|diesen (?:artikel|beitrag)"
    r"|the (?:news|love)))\W*"
)

#: A site footer's row of legal links left as a line of the body: two of the site's legal
#: pages, separated by a bar or a dot, then anything ("Impressum | Datenschutz |
#: Copyright Ada Lind", "Privacy Policy · Terms of Use"). No story opens with two of them.
_LEGAL_PAGE = (
    r"(?:impressum|imprint|datenschutz|privacy|agb|terms|cookie|disclaimer|haftungsausschluss"
    r"|kontakt|contact|mentions légales|aviso legal|política de privacidad|sitemap)"
)
# each page named by its first word ("Privacy Policy", "Terms & Conditions"), the list
# written once: the pattern joins every tag's quick check, compiled at start-up
LEGAL_LINKS = rf"(?:{_LEGAL_PAGE}[^|·•]{{0,24}}?(?: ?[|·•] ?|$)){{2}}.*"

#: A health or advice site's note that the page was checked by experts, anywhere in the
#: body: the page itself named as reviewed ("Dieser Text entspricht ... und wurde von
#: Medizinern geprüft", "This article was medically reviewed by ..."), or a label of at
#: most 120 characters naming who ("Medically reviewed by Ada Lind, MD", "Geprüft von Dr.
#: med. Ada Lind"). Not quoted: a story quoting such a note keeps it; a story's "Der
#: Antrag wurde geprüft" names no page.
REVIEW_NOTE = (
    r"(?!\W*[\"“”„«»])\W*(?:(?:dieser|this|cet|este|questo) (?:text|artikel|beitrag|ratgeber"
    r"|article|content|post|page|guide|texte|artículo|articolo) [^.!?]{0,160}?"
    r"\b(?:geprüft|überprüft|reviewed|fact[- ]?checked|relu|vérifié|validé|revisado|verificado"
    r"|revisionato)\b"
    r"|(?!.{121})(?:(?:medically|medizinisch|fachlich|ärztlich|redaktionell|clinically) )?"
    r"(?:reviewed|geprüft|überprüft|fact[- ]?checked|revisado|relu|vérifié|validé)"
    # a name follows, not an article: "Geprüft von der Polizei wurde ..." is a sentence
    r" (?:by|von|durch|por|par)\b(?! (?:der|die|das|den|dem|des|einem|einer|the|an?|el|la"
    r"|los|las|le|les|un|une)\b)).*"
)
#: What every such note names, one of them at least (``Text(keywords=...)``).
REVIEW_KEYWORDS = (
    "geprüft",
    "überprüft",
    "reviewed",
    "checked",
    "relu",
    "vérifié",
    "validé",
    "revisado",
    "verificado",
    "revisionato",
)

#: A spinner's word in the languages read ("Loading", "Wird geladen", "Carregando"): the
#: like button's leftover and a widget's spinner (:data:`SPINNER`) both print it.
_LOADING_WORDS = (
    r"loading|lade|laden|wird geladen|chargement|cargando|caricamento|carregando|wczytywanie"
)

#: What a blog's like button leaves before its script runs: the button's word and the
#: spinner's "Loading..." ("Like Loading...", "Gefällt mir Lade …", "Gefällt mir Wird
#: geladen …", "Liken Lade …", "J'aime Chargement…").
LIKE_LOADING = (
    r"(?:like|liken|gefällt mir|j['’]aime|me gusta|mi piace|curtir|lubię to!?|vind-ik-leuk)"
    r"\W*(?:" + _LOADING_WORDS + r")\W*"
)

#: A reaction widget's prompt or a bidding to give one's view, as a block of its own:
#: "How did you feel about this article?", "Como você se sentiu com essa matéria?",
#: "Wie fanden Sie diesen Artikel?", "Deixe sua opinião", "Leave your opinion". It names
#: the page itself (an interview's "How did you feel about the verdict?" stays).
REACTION_PROMPT = (
    r"\W*(?:(?:how|what) did you (?:feel about|think (?:about|of)) (?:this|the) (?:article"
    r"|story|post|piece)"
    r"|(?:como|o que) você (?:se sentiu|achou|sentiu) (?:com|d|sobre) ?(?:essa|esta|a|o"
    r"|este|esse)s? (?:matéria|notícia|reportagem|artigo|texto|conteúdo)"
    r"|(?:cómo|qué) te (?:sentiste|pareció) (?:con |sobre )?(?:esta|este|la|el) (?:noticia"
    r"|artículo|nota)"
    r"|(?:wie|was) (?:fanden|finden|hat) (?:sie|ihnen) (?:diesen|den|dieser|die|dieses"
    r"|das) (?:artikel|beitrag|text)"
    r"|(?:leave|share|give) (?:us )?your (?:opinion|view|reaction)s?"
    r"|(?:deixe|dê|de) (?:a )?sua opinião|(?:deja|danos|da) tu opinión"
    r"|donnez(?:-nous)? votre avis)\W*"
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

#: A link to the post before or after this one, or its heading, standing alone: "Next
#: article", "Voriger / nächster Artikel", "Vorschau auf den nächsten Artikel", "Article
#: suivant"; a series' link to its next page with the page's title quoted ('... weiter zu
#: "Die Wortwahl"'). Nothing but the label: a story's "The next article in this series
#: ..." stays.
POST_NAVIGATION = (
    r"\W*(?:(?:vorschau auf (?:den|die) |preview of the )?"
    r"(?:(?:next|previous|prev|older|newer|nächste[nr]?|vorige[nr]?|vorherige[nr]?"
    r"|ältere[nr]?|neuere[nr]?)(?: ?(?:/|\||und|and|&) ?)?){1,2} ?"
    r"(?:article|post|story|entry|artikel|beitrag|eintrag|posts|beiträge|stories)"
    r"|(?:article|billet) (?:suivant|précédent)|(?:artículo|nota|entrada) (?:siguiente|anterior)"
    r"|(?:siguiente|anterior) (?:artículo|nota|entrada)"
    r"|(?:następny|poprzedni) (?:artykuł|wpis)|(?:articolo|post) (?:successivo|precedente))\W*"
    # a series' link to its next page, the title quoted: '... weiter zu "Die Wortwahl"'
    r"|\W*(?:weiter (?:zu|mit)|continue (?:to|with)) [„\"“‚'][^\"“”„]{1,60}[\"“”‘']\W*"
)

#: The heading of a site's legal notices closing the page ("Disclaimer", "Legal notice"),
#: or of its rules for comments ("House rules", "Comment policy", "Community
#: guidelines"), or a German or French one ("Haftungshinweis", "Mentions légales"): what
#: follows it is the publisher's terms, not the story.
NOTICE_HEADING = (
    r"\W*(?:(?:legal )?disclaimers?|(?:legal|site) notices?"
    r"|(?:house|comment|commenting|community|discussion) (?:rules|guidelines|policy)"
    r"|(?:comment|commenting) (?:guidelines|policy)|netiquette|kommentarregeln"
    r"|haftungshinweise?|haftungsausschluss|rechtliche[rn]? hinweise?|mentions légales"
    r"|creative[- ]commons(?:[- ](?:licen[cs]e|licen[cs]ing|lizenz))?)\W*"
)

#: A site's disclaimer as a line of its own: "Disclaimer: The responses below are not
#: provided by ...", "Editorial Disclaimer: Opinions expressed here are ...", "Disclaimer
#: (varies by section): ...", or a notice that the site gives no medical, legal or
#: financial advice ("The content on this site does not constitute medical advice",
#: "This article does not constitute financial advice": the site or its content says
#: so; a clinic giving no advice by telephone is the story's), or the site's part in a
#: shop's partner program ("Acme is a participant in the Amazon Services LLC Associates
#: Program ..."), or the site disowning its contributors' views ("Acme is not responsible
#: for the opinions ... presented by contributors"), or disowning its authors' views
#: ("The views expressed are the author's own", "Les opinions ... n'engagent que leurs
#: auteurs", "Der Beitrag gibt die Meinung des Autors wieder", "Las opiniones son
#: responsabilidad de sus autores"), or declining liability for the pages it links to
#: ("Wir übernehmen keine Haftung für die Inhalte externer Links", "We are not
#: responsible for the content of external sites"). Read at the body's edges only.
DISCLAIMER_LINE = (
    # no quotation mark first: a story quoting a notice keeps it
    r"(?!\W*[\"“”„«»])\W*(?:(?:[\w-]+ ){0,2}"
    r"(?:disclaimers?|haftungsausschluss|avertissement|aviso legal)"
    r"(?: \([^)]{1,80}\))?\s?:\s.*"
    r"|(?:(?:the )?(?:information|content|material) (?:on|in|of) )?(?:this|our|the)"
    r" (?:site|website|blog|article|post|page|podcast|video|newsletter|information|content"
    r"|material)s? (?:does|do|is|are) not (?:intended to )?(?:offer|provide"
    r"|constitute|replace|substitute for|serve as)(?: any)? (?:medical|legal|financial"
    r"|investment|professional|tax) advice\b.*"
    # a named site or company giving no such advice: "Acme does not offer medical advice"
    # (a story's "the clinic said it does not offer medical advice by phone" reports it)
    r"|(?![^.!?]*\b(?:said|says|told|according)\b)(?:[\w'’&.-]+ ){1,4}"
    r"(?:does|do) not (?:offer|provide|give|dispense)(?: any)?"
    r" (?:medical|legal|financial|investment|tax) advice\b.*"
    # the views expressed are the authors' own, not the site's
    r"|(?:all |any )?(?:the )?(?:views|opinions)(?: (?:and|or) (?:views|opinions))?"
    r" expressed\b[^.!?]{0,120}? (?:are|is) (?:solely |entirely |strictly |exclusively )?"
    r"(?:(?:those|that) of (?:the |its |their )?(?:authors?|writers?|contributors?"
    r"|bloggers?)|(?:the )?(?:authors?|writers?|contributors?)['’]?s?['’]? own"
    r"|(?:his|her|their) own)\b.*"
    r"|(?:les |des )?(?:opinions|propos|points de vue|textes?|articles?|tribunes?|billets?"
    r"|contributions?)\b[^.!?]{0,120}? n['’]engagen?t que (?:leurs?|son|ses|l['’]) ?"
    r"(?:auteur|signataire)s?\b.*"
    r"|(?:der|dieser|die|diese|dieses) (?:[\w-]+ ){0,3}?(?:beitrag|beiträge|artikel|text"
    r"|texte|kommentar|kommentare|meinungen|ansichten|gastbeitrag|gastbeiträge)\b"
    r"[^.!?]{0,100}? (?:gibt|geben|spiegelt|spiegeln|entspricht|entsprechen) (?:[\w]+ ){0,3}?"
    r"(?:die )?(?:meinung|ansicht|auffassung|haltung)(?:en)? (?:des|der) (?:autors|autorin"
    r"|autoren|autorinnen|verfassers|verfasserin|redaktion)\b.*"
    r"|(?:las )?(?:opiniones|columnas|artículos|contenidos?)\b[^.!?]{0,120}? (?:son|es)"
    r" (?:de )?(?:exclusiva |única |entera )?responsabilidad (?:exclusiva |única )?de"
    r" (?:sus|los|su|la) (?:autor|autora|autores|autoras|firmantes?)\b.*"
    # the licence of the site's own content: "The images on this blog are licensed under a
    # Creative Commons ..." (a story republished under one names no blog or site)
    r"|(?:all )?(?:the )?(?:images|photos|pictures|content|texts?|posts)"
    r" (?:on|in|of) (?:this|my|our) (?:blog|site|website)s? (?:is|are)"
    r" (?:licensed |published |available )?under (?:a |the )?creative commons\b.*"
    r"|(?:alle )?(?:die )?(?:bilder|fotos|inhalte|texte|beiträge) (?:in|auf) (?:diesem|meinem"
    r"|unserem) (?:blog|website|webseite)s? (?:steht|stehen) unter (?:einer |der )?"
    r"creative[- ]commons\b.*"
    # no liability for the pages the site links to
    r"|[^.!?\"“”]{0,80}?(?:übernehmen|übernehme) (?:wir|ich) keine haftung für (?:die )?"
    r"inhalte (?:externer|fremder|verlinkter)\b.*"
    r"|für (?:den|die) inhalte? (?:der )?(?:verlinkten|externen) seiten sind ausschließlich"
    r" (?:deren|die|ihre) betreiber verantwortlich\b.*"
    r"|(?:we|i) (?:are|am) not responsible for (?:the )?content (?:of|on) (?:any )?"
    r"(?:external|linked|third[- ]party|other) (?:sites|websites|links|pages)\b.*"
    # the disclosure an online shop's partner program asks of the site
    r"|[^.!?\"“”]{1,80}? (?:is|are) (?:a )?participants? in the amazon services\b.*"
    # the site disowning what its contributors say
    r"|[^.!?\"“”]{1,80}? (?:is|are) not responsible for (?:the )?(?:opinions|views"
    r"|statements)\b.*)"
)
#: What each branch of :data:`DISCLAIMER_LINE` names, one of them at least: the
#: quick test before a pattern whose branches each scan a long text.
DISCLAIMER_KEYWORDS = (
    *("disclaimer", "avertissement", "aviso legal", "advice", "expressed", "engage"),
    *("meinung", "ansicht", "auffassung", "haltung", "responsabilidad", "creative"),
    *("haftung", "verantwortlich", "responsible", "amazon services"),
)

#: A company's profile closing a press release ("About Acme"): the company is a provider
#: or maker of something, and a later sentence of the same block says where it has its
#: headquarters, when it was founded or where its shares are listed. One sentence
#: saying either is a story's.
COMPANY_PROFILE = (
    r"[\w.&'-]+(?: [\w.&'-]+){0,5} is (?:a|an|the) (?:[\w'-]+ ){0,5}?(?:provider|supplier"
    r"|maker|manufacturer|developer|company|leader|firm|group|platform|operator|producer)\b"
    r"[^.]*\..*\b(?:headquartered in|founded in \d{4}|listed on|traded on)\b.*"
)

#: A notice that a part of the page needs a script (or a plugin) the reader lacks:
#: "This slideshow requires JavaScript", "Please enable JavaScript to view this
#: content": the whole line, so a sentence about a site that needs JavaScript stays.
SCRIPT_NOTICE = (
    r"\W*(?:(?:this|the) [\w -]{1,40} (?:requires|needs) javascript"
    r"|(?:please )?(?:enable|turn on|activate) javascript"
    r"|javascript (?:is )?(?:required|disabled|must be enabled)"
    r"|you (?:need|have) to enable javascript"
    r"|your browser does not support (?:the |html5 )?(?:video|audio|iframes?)(?: tags?| elements?)?"
    r"|bitte aktivieren sie javascript|javascript ist deaktiviert"
    r"|veuillez activer (?:le )?javascript|activa (?:el )?javascript)"
    r"(?:(?: in your browser)? (?:to|for|in order to) (?:view|see|play|watch|use|display"
    r"|read|load|access) [\w ]{1,40})?\W*"
)

#: A page widget's failure notice left as a line ("Rating failed. Try again.", "Sorry, we
#: can't load comments right now. Try again.", "Something went wrong. Please try again
#: later."): what failed, then the bidding to try again, nothing else.
WIDGET_FAILURE = (
    r"\W*(?:sorry[,.!]? )?(?:(?:oops[,.!]? )?(?:something|an error)"
    r" (?:went wrong|(?:has )?occurred)"
    r"|[\w'’ ]{0,30}?(?:failed|could(?:n[’']t| not) (?:be )?(?:load(?:ed)?|sen[dt]|saved?)"
    r"|can[’']?t (?:load|send|save)|cannot (?:load|send|save)|unable to (?:load|send|save))"
    r"[\w'’ ]{0,40}?)[.!] (?:please )?try again(?: later)?[.!]?\W*"
)

#: The placeholder a consent tool leaves where an embedded post, video or map would be
#: until the reader agrees to load it: "An dieser Stelle findest du einen externen
#: Inhalt von ...", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt
#: werden", "Klicken Sie auf den Button, um den Inhalt von ... zu laden", "Please accept
#: cookies to play this video", "This content is blocked until you accept ...
#: cookies". A story on a blocked video names no consent (no cookie, no acceptance) and
#: keeps its sentence.
EMBED_CONSENT = (
    r"\W*(?:(?:ja,? )?(?:ich bin |ich erkläre mich )?(?:damit )?einverstanden,? dass (?:mir |ich )?"
    r"(?:externe|diese[nrs]?|eingebettete|die) (?:externen? )?(?:inhalte?|medien|videos?|karten?)\b"
    r"|an dieser stelle (?:findet ihr|findest du|finden sie|befindet sich) (?:einen? |ein )?"
    r"(?:externen?|eingebetteten?|ergänzenden?) (?:inhalt|beitrag|video|post|karte)"
    r"|(?:klicken sie|klicke|klick) auf (?:den|die|das) [^.!?]{0,30}?(?:button|schaltfläche)"
    r"[^.!?]{0,10}?,? um (?:den|die|das) (?:inhalte?|video|karte|beitrag)"
    r"(?:[^.!?]|\.(?=\S)){0,80}? zu laden"
    r"|(?:mit dem|beim) laden (?:des|der) (?:beitrags|inhalts|videos|karte|tweets)[^.!?]{0,20}?"
    r" akzeptieren sie"
    r"|empfohlener (?:redaktioneller|externer) inhalt"
    r"|wir respektieren (?:deine|ihre) privatsphäre[^.!?]{0,40}? ohne (?:dein|ihr) einverständnis"
    r"|(?:externe inhalte|inhalte?|video|karte|twitter|x|instagram|youtube|facebook|tiktok"
    r"|vimeo|spotify|podcast) (?:freischalten|aktivieren|entsperren)(?=\W*$)"
    r"|(?:please )?accept [^.!?]{0,30}?cookies to (?:play|view|watch|see|load|display)"
    r" (?:this|the) (?:video|content|embed|post|map|tweet)"
    r"|by accepting,? you will be accessing (?:content|a service) (?:from|provided)"
    r"|(?:this|the) (?:content|embed|video|post|tweet|map|iframe)\b[^.!?]{0,40}? (?:is|has been)"
    r" blocked\b[^.!?]{0,80}?\b(?:cookies?|consent|privacy settings)"
    r"|(?:ce|le) contenu (?:est )?(?:bloqué|masqué)\b[^.!?]{0,80}?\b(?:cookies?|consentement)"
    r"|(?:este|el) contenido (?:está )?bloqueado\b[^.!?]{0,80}?\b(?:cookies?|consentimiento))"
    r".*"
)
#: What every such placeholder names, one of these at least (``Text(keywords=...)``).
EMBED_CONSENT_KEYWORDS = (
    *("einverstanden", "inhalt", "akzeptieren", "cookie", "accepting", "blocked"),
    *("einverständnis", "freischalten", "aktivieren", "entsperren"),
    *("bloqué", "masqué", "bloqueado"),
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

#: A caption with its expand or collapse toggle left at its end: the whole caption
#: closing with "less" after its last sentence ("... on Tuesday. less"), or the caption
#: cut short closing with an ellipsis and "more" ("... unveil the new ... more"). A
#: story's sentence never ends in the bare word after its full stop.
TOGGLED_CAPTION = r".{20,}(?:[.!?\"')\]]\s?(?:show |see )?less|(?:\.\.\.|…)\s?(?:show |see )?more)"
#: The quick test before :data:`TOGGLED_CAPTION` (``Text(suffixes=...)``): how every
#: such caption ends.
TOGGLED_CAPTION_ENDINGS = ("less", "more")

#: A CMS shortcode the page printed unrendered, a line of its own: "[button link=... ]
#: Send us your review[/button]", "[caption id=... ] A caption[/caption]", "[gallery
#: ids=1,2,3]": a tag with its closing tag, or an opening tag with an attribute. The
#: markup is never the story's, and what it wraps is a button's label or a caption. A
#: bracketed note ("[Updated]", "[1]") has no attribute and no closing tag.
SHORTCODE_LINE = (
    # the opening bracket is optional: the text rules read a block with it stripped
    r"\[?[a-z][\w-]*+(?:\s[^\[\]]{0,300})?\][^\[\]]{0,300}\[/[a-z][\w-]*\]"
    r"|\[?[a-z][\w-]*+\s+[\w-]+\s*=[^\[\]]{0,300}\]"
)
#: The quick test before :data:`SHORTCODE_LINE`: every shortcode line closes with it (the
#: opening bracket is stripped before the text rules read a block).
SHORTCODE_KEYWORDS = ("]",)

#: A block that is one percent-encoded token ("%2Fsport%2Fsome-story%2F"): a script's
#: path or link key printed where its widget failed to load, never prose. Two escapes at
#: least, and no space: a sentence quoting "50%" is words.
ENCODED_FRAGMENT = r"[^\s%]*+(?:%[0-9a-f]{2}[^\s%]*+){2,}"
#: The quick test before :data:`ENCODED_FRAGMENT`.
ENCODED_FRAGMENT_KEYWORDS = ("%",)

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

#: A wire or staff credit closing a story: "(Reporting by A; editing by B)"; a Chinese
#: story's editor, perhaps after a bracketed link label: "【纠错】 【责任编辑:A 】", "（编辑：B）".
WIRE_CREDIT = (
    r"\W*(?:additional |with )?(?:reporting|writing|editing|compiled|research|translation"
    r"|translated|produced|graphics|mitarbeit|redaktion)(?: and (?:editing|writing|reporting))?"
    r" (?:by|von)\b.*"
    r"|.*\bcontributed (?:reporting|to this (?:report|story|article))\b.*"
    r"|(?:【[^】]{1,8}】\s*)?[\[(（【]?\s*(?:责任|責任)?(?:编辑|編輯)\s*[:：].*"
)

#: A market-data notice: "Quotes delayed at least 15 minutes. Real-time quotes provided
#: by ...", "Data is delayed by 20 minutes": the terms of the price tables a business
#: site prints around its stories.
MARKET_DATA_NOTICE = (
    r"\W*(?:(?:stock |market )?(?:quotes|data|prices)(?: are| is)? delayed"
    r" (?:at least |by |up to )?(?:\d{1,2}|fifteen|twenty) min(?:utes?|s)?\b.*)"
)
#: What every such notice holds (``Text(keywords=...)``).
MARKET_DATA_KEYWORDS = ("delayed",)

#: A copyright or reprint notice: a line opening with the copyright sign (or ⓒ), or with the
#: word and a year, "by" or a colon ("Copyright lawyers said..." is a sentence), or
#: reserving the rights or forbidding reprints without permission. Chinese, Japanese and
#: Korean notices have no word boundaries: "版权所有", "版权声明：", "未经授权，不得转载",
#: "無断転載を禁じます", "무단전재 및 재배포 금지".
COPYRIGHT_NOTICE = (
    r"\W*(?:[©ⓒ]|\(c\)|(?:copyright|urheberrecht)\s*(?:[©ⓒ]|\(c\)|\d{4}\b|by\b|:)).*"
    r"|"
    + _AFTER_WORD_BREAK
    + r"(?:all rights reserved|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|tutti i diritti riservati"
    r"|(?:written )?permission (?:must|is required)[^.]{0,40}"
    r"\b(?:reprint|reproduc|republish))\w*\b.*"
    # the site's licence: "Unless otherwise stated, the content of this page is licensed
    # under Creative Commons ...", "Sofern nicht anders ausgewiesen, stehen Inhalte dieser
    # Website unter CC-BY"
    r"|\W*(?:unless otherwise (?:stated|noted|indicated|specified)"
    r"|(?:sofern|soweit|wenn) nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet)"
    r"|sauf mention contraire|salvo (?:que se indique lo contrario|indicación contraria))"
    r"\b[^.]{0,120}?(?:licen[cs]|lizenz|cc[- ]by|creative commons).*|"
    + _HOLDING_CJK
    + r".*(?:版[权權]所有|版[权權](?:声明|聲明|说明|說明)\s*[:：]|(?:禁止|不得|严禁|嚴禁)[转轉]载"
    r"|(?:禁止|不得|严禁|嚴禁)[转轉]載|無断(?:転載|複製|使用)|무단\s*전재|재배포\s*금지).*"
)
#: What each branch of :data:`COPYRIGHT_NOTICE` names, one of them at least (``Text(
#: keywords=...)``): most long closing paragraphs hold none and skip its scan.
COPYRIGHT_KEYWORDS = (
    *("©", "ⓒ", "(c)", "copyright", "urheberrecht", "rights reserved", "rechte vorbehalten"),
    *("droits réservés", "derechos reservados", "diritti riservati", "permission"),
    *("unless otherwise", "nicht anders", "sauf mention contraire", "salvo"),
    *("版", "载", "載", "無断", "무단", "재배포"),
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

#: What is left of a comment section: its heading, a count, a moderation notice. Its
#: heading may name the story without quotation marks ("29 Antworten zu Wie ...", "2
#: Kommentare zu ..."), which as a heading in the story would be a question's answers
#: ("5 Antworten zu den Steuerplänen"): that is read only as the body's last block.
COMMENT_REMNANT = (
    r"(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti"
    r"|reactions?|discussion)(?:\s*\(\d+\))?\W*"
    r"|\d+ (?:comments?|responses?|repl(?:y|ies)|thoughts?|kommentare?|antworten|gedanken"
    r"|commentaires?|réponses?|réflexions?|comentarios?|respuestas?|comentários?|respostas?"
    r"|commenti|risposte) (?:on|to|zu|sur|à|sobre|en|a|em|para|su) .{1,150}"
    r"|(?:dieser (?:artikel|beitrag) hat|bisher) \d+ (?:kommentare?|antworten)\.?"
    r"|コメント\s*(?:[(（]\d+[)）]|\d+\s*件)"
    # a blog's like button, left as text: "Like this:", "Like Loading..."
    r"|like this:|like loading\W*"
    # a comment widget's label: "Comment via Facebook", "Kommentieren mit Facebook"
    r"|(?:comments?|kommentieren|kommentare|commenter|commentaires|comentar|comentarios)"
    r" (?:via|with|using|mit|über|avec|par|con) (?:facebook|disqus)\W*"
    r"|(?:leave|post|add|write|view|show|read) (?:a |the |all )?(?:\d+ )?"
    r"(?:comments?|repl(?:y|ies)).*"
    r"|.*\btell us what you think\b.*"
    # a comment form's opener left as a line of its own: "Kommentar verfassen", "Schreibe
    # einen Kommentar", "Laisser un commentaire", a theme's "Reader Interactions" landmark
    r"|(?:einen |ihren |deinen )?kommentar (?:verfassen|schreiben|hinterlassen|abgeben)\W*"
    r"|(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie) einen kommentar\W*"
    r"|(?:laisser|écrire|ajouter) un commentaire\W*|(?:deja|escribe) (?:un|tu) comentario\W*"
    r"|lascia un commento\W*|reader interactions"
    r"|(?:poster|publier) un (?:nouveau )?commentaire\W*|kommentar (?:hinzufügen|posten)\W*"
    # the empty thread's bidding and the closed one's note: "Schreib den ersten Kommentar!",
    # "Be the first to comment", "Kommentare sind bei diesem Artikel deaktiviert."
    r"|(?:schreib|schreibe|schreiben sie|verfasse|verfassen sie) den ersten kommentar\W*"
    r"|be the first to (?:comment|leave a comment)\W*|soyez le premier à commenter\W*"
    # the empty thread's note: "Keine Kommentare:", "Es sind keine Kommentare zum Artikel
    # vorhanden, bitte schreiben Sie doch den ersten Kommentar.", "No comments yet"
    r"|(?:es (?:sind|gibt) )?(?:noch |bisher )?keine kommentare(?: (?:zu[mr]?|für)"
    r" (?:diese[mnrs]? |de[mnr] )?(?:artikel|beitrag|meldung))?(?: vorhanden)?"
    r"(?:\W+(?:bitte )?(?:schreib|schreibe|schreiben sie|verfassen sie)(?: doch)?"
    r" den ersten kommentar)?\W*"
    r"|no comments(?: yet)?\W*|aucun commentaire\W*|sin comentarios\W*|nessun commento\W*"
    r"|kommentar veröffentlichen\W*"
    r"|sé el primero en comentar\W*|seja o primeiro a comentar\W*"
    r"|(?:die )?(?:kommentare|kommentarfunktion) (?:ist|sind|wurde|wurden) (?:[\w-]+ ){0,4}?"
    r"(?:deaktiviert|geschlossen)\W*"
    r"|comments (?:are|have been) (?:disabled|closed|turned off)(?: for this (?:article|story"
    r"|post))?\W*"
    # a comment list's toolbar: its sort labels ("Newest Oldest Most Voted", "Neueste",
    # "Älteste Meisten Abstimmungen") and its view switch ("Inline Feedbacks")
    r"|(?:(?:newest|oldest|most (?:voted|reacted|liked)|neueste|älteste|meiste[n]? "
    r"(?:abstimmungen|bewertet)|meist bewertet|beliebteste|plus récents|plus anciens"
    r"|(?:les )?plus votés|más (?:nuevos|antiguos|votados)|mais (?:recentes|antigos|votados)"
    r"|più (?:recenti|vecchi|votati))\W*){1,4}"
    r"|inline feedbacks?\W*"
    r"|.*\b(?:comments?|comentários|comentarios|kommentare)\b.*\b(?:moderat\w*|aprovad\w*"
    r"|approv\w*|freigeschaltet|publicad\w*)\b.*"
)

#: A heading that wholly names a comment section: "12 comments", "Comments (3)",
#: "Top rated comments", "1 Kommentar", "Leave a reply", "Join the discussion",
#: "3 thoughts on ...", "5 Gedanken zu „...“" (or "5 Kommentare on “...”", the count
#: translated and the rest not), "Dieser Artikel hat 32 Kommentare", and
#: their like in German, French, Spanish, Portuguese and Italian. A bare "Comment",
#: "Responses", "Discussion" or "Have your say" is left out: each may head a part of the
#: story itself (an analyst's comment, officials' responses, a consultation).
COMMENT_HEADING = (
    r"\W*(?:(?:(?:\d+|no|keine|one|two|three) )?(?:(?:top|top rated|most liked|most popular|popular"
    r"|best|latest|recent|newest|featured|selected|reader|readers'?|user|your|all) )?"
    r"(?:comments|kommentare|leserkommentare|commentaires|comentarios|comentários|commenti)"
    r"(?: ?[(:\[] ?\d+[)\]]?)?"
    r"|(?:\d+|one) (?:comment|kommentar|commentaire|comentario|comentário|commento)"
    r"|aucun commentaire|sin comentarios|nessun commento"
    r"|(?:\d+|one|two|three) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) .{1,200}"
    # the same heading in other languages, as blog software prints it: a count, then the
    # story's title in quotation marks ("5 Gedanken zu „...“", "3 réflexions sur « ... »"),
    # the count a word for one thread's single comment ("Ein Gedanke zu „...“", "Une
    # réponse à « ... »", "Un pensiero su “...”")
    r"|(?:\d+|ein|eine|un|une|una|um|uma) (?:gedanken?|antworten?|kommentare?|réflexions?"
    r"|commentaires?|réponses?|pensamientos?|comentarios?|respuestas?|pensamentos?"
    r"|comentários?|respostas?|pensieri|pensiero|commenti|commento|risposte|risposta)"
    r" (?:zu|auf|sur|à|sobre|en|a|em|para|su|on|to) [„“\"«»‚‘'].{1,200}"
    r"|(?:dieser (?:artikel|beitrag) hat|se han publicado|foram publicados) \d+ \w+"
    r"|(?:leave|post|add|write|submit) (?:a|your|the first) (?:comment|reply|response)"
    r"(?: cancel reply)?"
    r"|(?:join|start) the (?:discussion|conversation)"
    r"|(?:kommentar|einen kommentar) (?:schreiben|verfassen|hinterlassen)|diskutieren sie mit"
    r"|(?:hinterlasse|schreibe|verfasse)(?: jetzt| hier| gerne)? (?:einen|deinen) kommentar"
    r"|(?:no|one|\d+) (?:responses?|comments?) (?:so far|yet)"
    r"|(?:laisser|laissez|ajouter|écrire) un commentaire|réagissez"
    r"|(?:deja|dejar|escribe|añade) (?:un|tu|su) comentario|deja una respuesta"
    r"|(?:deixe|deixar|escreva) (?:um|seu|o seu) comentário|deixe uma resposta"
    r"|(?:lascia|scrivi|aggiungi) un commento|lascia una risposta)\W*"
)

#: A button or link that opens a comment section: "Show comments", "View comments (27)",
#: "Load all 12 comments", "Kommentare anzeigen", "Afficher les commentaires", "Ver
#: comentarios", "Mostra i commenti", "コメント非表示". A thread loaded by script leaves
#: it, and after it the thread's own furniture (badges, reporting notes), in the page.
#: So does the thread's bare count set as a line over it ("6 commentaires", "12 Kommentare",
#: "Keine Kommentare:").
COMMENT_BUTTON = (
    r"\W*(?:\d+ (?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti)"
    # the empty thread's count, as blog software prints it over its form: "Keine Kommentare:"
    r"|(?:no|keine|aucun|sin|nessun) (?:comments|kommentare|commentaire|comentarios|commento)"
    r"|(?:show|view|load|read|see|display|open)(?: all| the)?(?: \d+)?(?: more)?"
    r" (?:reader |readers' )?comments(?: ?\(\d+\))?"
    r"|(?:alle )?(?:\d+ )?(?:leser)?kommentare (?:anzeigen|laden|lesen|einblenden)"
    r"|(?:afficher|voir|lire|charger) (?:les |tous les )?(?:\d+ )?commentaires"
    r"|(?:ver|mostrar|leer|cargar) (?:los |todos los )?(?:\d+ )?comentarios"
    r"|(?:ver|mostrar|carregar) (?:os |todos os )?(?:\d+ )?comentários"
    r"|(?:mostra|vedi|leggi|carica) (?:i |tutti i )?(?:\d+ )?commenti"
    r"|コメント(?:を)?(?:表示|非表示|見る|もっと見る|すべて見る|一覧)(?:する)?(?:\(\d+\))?)\W*"
)

#: A media library's note on how long its video stays online ("Video verfügbar bis
#: 28.02.2021", "Available until 12/31/2024", "Disponible jusqu'au 3 mai 2025"): the date
#: alone after it.
AVAILABILITY_NOTE = (
    r"(?:(?:video|audio|sendung|clip|film|podcast|episode|vidéo|vídeo) )?"
    r"(?:(?:online |in der mediathek )?verfügbar|abrufbar|available|disponible|disponibile)"
    r" (?:bis(?: zum)?|until|till|through|jusqu'au|jusqu'à|hasta(?: el)?|fino al)"
    r" [\w .,:/-]{1,30}"
)
#: What every such note says, one of these at least (``Text(keywords=...)``).
AVAILABILITY_KEYWORDS = ("verfügbar", "abrufbar", "available", "disponib")

#: The label of a suggested citation of the page, alone over the citation ("Cite this
#: article", "Empfohlene Zitierweise (...):", "Zitiervorschlag") or opening the block
#: that gives it ("Suggested citation Lind, Ada: Title, Blog, 2020, https://..."): then a
#: year, a web address or a DOI must follow, or the line is prose about citing. Also the
#: label of the source the page reports or reprints ("Originalpublikation", "Original
#: publication", "Originalartikel") and of the box of the page's own data
#: ("Dokumenteninfos", "Document information"), over the reference and the fields.
CITATION_LABEL = (
    r"\W*(?:(?:suggested|recommended|empfohlene|vorgeschlagene) (?:citation|zitierweise"
    r"|zitation)|cite this (?:article|post|page|paper|chapter|entry|as)|how to cite"
    r"(?: this (?:article|post|page|paper))?|zitiervorschlag|zitierweise|zitation"
    r"|citation suggérée|pour citer (?:cet article|ce billet|ce document)|citer cet article"
    r"|cómo citar(?: este artículo)?|citar (?:este artículo|como)"
    r"|original(?:publikation|veröffentlichung|artikel|beitrag|studie)"
    r"|original (?:publication|paper|study)|publication originale|publicación original"
    r"|dokument(?:en)?-?infos?|dokument(?:en)?informationen|document info(?:rmation)?)"
    r"(?: \([^()]{0,120}\))?\W*"
    r"(?: (?=.*?(?:\b(?:1[6-9]|20)\d\d\b|https?:|doi)).*)?"
)

#: "Updated at 1:23 p.m.", "Published on 3 May" and the like, standing alone; and a
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
    r"\s*[\w .,:/-]{1,40}"
)

#: Nothing before a notice but whole sentences with no quotation mark: a notice opens its
#: block or follows a sentence of the same voice ("We recommend ... picks. We may receive
#: compensation ..."); a story quoting a notice ('"We may earn a commission," it read')
#: keeps it.
_NOTICE_LEAD = r"[^\w\"“”„«»]*(?:[^\"“”„«»]{0,160}?[.!?:] )?[^\w\"“”„«»]*"

#: An affiliate or commission disclosure in the site's own voice: "This post may contain
#: affiliate links", "Some of the links on this page are affiliate links", "We may earn
#: a commission when you buy through our links", "Disclosure: Acme may earn a
#: commission ...", "As an Amazon Associate I earn from qualifying purchases", and their
#: like in German, French and Spanish. A story reporting on affiliate links speaks of
#: others ("Bloggers who use affiliate links must ...") and keeps its sentences.
AFFILIATE_NOTICE = (
    _NOTICE_LEAD
    + r"(?:(?:this|our) (?:post|article|page|story|site|website|blog|review|guide|list|video"
    r"|content|newsletter)\b[^.!?]{0,60}? (?:may |might |can |could |will )?(?:contains?"
    r"|includes?|features?|uses?) [^.!?]{0,30}?\b(?:affiliate|referral)\b[^.!?]{0,20}?\blinks?"
    r"|(?:some |all |many )?(?:of )?(?:the |our |these )?links\b[^.!?]{0,60}?"
    r" (?:are|may be|might be|can be) (?:[\w-]+ )?\W?affiliate[ -]?links?\b"
    r"|(?:(?:if|when|whenever) you [^.!?\"“”]{0,100}?,? )?(?:we|i)"
    r"(?: may| might| can| could| will| do)?(?: also)? (?:earn|receive|get|make|collect)"
    r"(?: an?)?(?: small| tiny)?(?: affiliate)? (?:commissions?|compensation"
    r"|(?:a )?(?:share|portion|percentage) of (?:the )?(?:sales|revenue))\b"
    r"|(?:(?:advertising|affiliate|advertiser) )?disclosures?: [^.!?]{1,40}?"
    r" (?:may|might|can|will) (?:earn|receive|get|make)\b"
    r"|as an amazon associate,? (?:i|we) earn\b"
    # German: "Dieser Artikel enthält Affiliate-Links", "Die mit Sternchen
    # gekennzeichneten Links sind sogenannte Affiliate-Links", "Anzeige, enthält ..."
    r"|(?:dieser|der|unser) (?:artikel|beitrag|text|post|blogpost|ratgeber|test)\b"
    r"[^.!?]{0,60}? (?:enthält|enthalten|beinhaltet)\b"
    r"|(?:\(?\*\)? ?)?(?:alle |die |diese |bei den )?(?:mit [^.!?]{1,40}? )?"
    r"(?:links|verlinkungen)\b"
    r"[^.!?]{0,60}? (?:sind|können|handelt es sich um) (?:sogenannte )?\W?affiliate[ -]?links"
    r"|(?:anzeige|werbung)?\W*enthält (?:affiliate|werbe)[ -]?links"
    # French and Spanish
    r"|(?:cet|cette) (?:article|page|publication|billet)\b[^.!?]{0,40}?"
    r" (?:peut contenir|contient) des liens (?:affiliés|d'affiliation|sponsorisés)"
    r"|(?:nous|je) (?:pouvons |pourrions )?(?:percevoir|percevons|toucher|touchons|recevoir"
    r"|recevons|gagner|gagnons) une (?:petite )?commission"
    r"|(?:este|esta) (?:artículo|post|página|entrada|publicación)\b[^.!?]{0,40}?"
    r" (?:puede contener|contiene) enlaces (?:de )?afiliados?"
    r"|(?:podemos|podríamos) (?:recibir|ganar|obtener|cobrar) una (?:pequeña )?comisión)\b.*"
)
#: What every such notice names, one of them at least (``Text(keywords=...)``).
AFFILIATE_KEYWORDS = (
    *("affili", "afiliad", "commission", "comisión", "compensation", "provision"),
    *("associate", "earn", "percentage of"),
)

#: A shopping plugin's footnote under its product box: when its prices were last fetched,
#: then, split by "/" or "|", that the links are affiliate links or the pictures come from
#: a shop's advertising API ("Last update on 2024-03-01 / Affiliate links / Images from
#: the Product Advertising API", "Letzte Aktualisierung am 2.02.2022 / Affiliate Links"),
#: or those pieces alone ("* = Affiliate Links", "Bilder von der ... Advertising API").
#: A stamp then a separator, not a sentence: "Last update on the scheme: affiliate links
#: pay less" stays.
PRICE_DATA_FOOTNOTE = (
    r"\W*(?:(?:(?:letzte |zuletzt )?aktualisier(?:ung|t)|last updated?|updated?|stand)"
    r"(?: am| on| at| vom)?\s*:?\s*\d[\w .,:-]{0,30}?\s*[/|·•]"
    r".{0,120}?\b(?:affiliate[ -]?links?|advertising api)\b.*"
    r"|\(?\*\)?\s*=\s*(?:affiliate|partner)[ -]?links?\W*"
    r"|(?:\(?\*\)?\s*=?\s*)?affiliate[ -]?links?\s*[/|·•].{0,80}?\badvertising api\W*"
    r"|(?:bilder|images?|fotos?|photos?|pictures?) (?:von|from|via|aus|of|by) (?:der |the )?"
    r"[\w .-]{0,30}?\badvertising api\W*)"
)
#: What every such footnote names, one of them at least (``Text(keywords=...)``).
PRICE_DATA_KEYWORDS = ("affiliate", "advertising api", "partner")

#: A star-rating plugin's state before anyone voted: "(Noch keine Bewertungen)", "No
#: ratings yet" (the whole text, so never words of a sentence).
RATING_EMPTY = (
    r"\(?(?:noch )?keine bewertungen(?: vorhanden| bisher)?\)?"
    r"|\(?no (?:ratings|votes|reviews) yet\)?|\(?(?:aucune note|aucun vote)\)?"
)
#: A widget's spinner, its ellipsis printed: "Loading...", "Wird geladen …", "Carregando..."
#: (a bare "Laden" or "Chargement" may title a part of the story: it is not read).
SPINNER = r"(?:" + _LOADING_WORDS + r"|a carregar)\s*(?:\.{2,}|…)"
#: The same as a whole text, or the spinner beside it (the plugin's spinner is a span of
#: its own too).
RATING_EMPTY_LINE = r"\W*(?:" + RATING_EMPTY + r"|" + SPINNER + r")\W*"

#: What a spinner's word (:data:`SPINNER`) holds, one of these at least.
_SPINNER_KEYWORDS = (
    "loading", "lade", "chargement", "cargando", "caricamento", "carrega", "wczytywanie",
)  # fmt: skip
#: What every rating widget's leftover holds, one of them at least (``Text(keywords=...)``):
#: its count's noun ("Stimmen", "votes", "voti", "votos"), its empty state's, or its
#: spinner's word ("Wird geladen", "Lade", "Loading").
RATING_KEYWORDS = ("bewertung", "rating", "review", "vot", "note", "stimme", *_SPINNER_KEYWORDS)
#: What a rating widget's empty state holds, or its spinner.
RATING_EMPTY_KEYWORDS = ("bewertung", "rating", "review", "vot", "note", *_SPINNER_KEYWORDS)

#: A star-rating plugin's leftovers standing alone: "(Noch keine Bewertungen)", "No ratings
#: yet", its spinner's "Loading...", and its tally "Bewertung: 4,5/5 (12 Stimmen)", "4.2/5
#: - (37 votes)", "Rating: 4.5 out of 5 (12 votes)". The number and its votes, nothing
#: more: "The film scored 4.5/5 with 12 critics" stays.
RATING_WIDGET = (
    r"\W*(?:(?:"
    + RATING_EMPTY
    + r"|(?:(?:durchschnittliche )?bewertung|(?:average )?rating|note|valoración|valutazione)?"
    r"\s*:?\s*\d(?:[.,]\d+)?\s*(?:/|von|of|out of|sur|de|su)\s*(?:5|10)"
    r"(?:\s*(?:sternen?|stars?|étoiles|estrellas|stelle))?\W*\(?\s*\d[\d.,]*\s*"
    r"(?:stimmen?|bewertungen?|votes?(?: cast)?|ratings?|reviews?|voti|votos)\)?"
    # the count first, or alone: "(95 Stimmen: 4,73 von 5)", "(2 Bewertungen)", "12 votes"
    r"|\(?\d[\d.,]*\s*(?:stimmen|bewertungen|votes|ratings|voti|votos)\)?"
    r"(?:\W*\d(?:[.,]\d+)?\s*(?:/|von|of|out of|sur|de|su)\s*(?:5|10)\)?)?"
    # a plugin's summary under the title: "Title, 4.5 out of 5 based on 12 ratings"
    r"|(?:[^\"“”„«»]{1,80}?, )?\d(?:[.,]\d+)? out of \d{1,2} based on \d[\d,]* (?:ratings?"
    r"|votes?|reviews?))"
    r"(?:\W*" + SPINNER + r")?|" + SPINNER + r")\W*"
)

#: Who may comment: "You must be logged in to post a comment.", "Um den Beitrag
#: kommentieren zu können, müssen Sie eingeloggt sein.", in four languages.
_LOGIN_TO_COMMENT = (
    r"(?:you (?:must|need to) be (?:logged in|signed in|registered|a subscriber) to (?:post"
    r"|leave|write|add|read) (?:a )?(?:comments?|reply|replies)"
    r"|(?:du musst|sie müssen) (?:angemeldet|eingeloggt|registriert) sein,? um"
    r" (?:einen kommentar|kommentare|zu kommentieren)"
    r"|um [^.!?]{0,60}? (?:zu )?kommentieren(?: zu können)?,? (?:musst du|müssen sie)"
    r" (?:angemeldet|eingeloggt|registriert) sein"
    # "Melde dich an, um einen Kommentar abzugeben", "Um selbst Kommentare verfassen zu
    # können, müssen Sie sich bitte einloggen", "Log in to comment"
    r"|(?:melde dich|melden sie sich|logge dich|loggen sie sich) (?:bitte )?(?:an|ein),? um"
    r" (?:einen kommentar|kommentare) (?:abzugeben|zu schreiben|zu verfassen|zu hinterlassen)"
    r"|um [^.!?]{0,40}?kommentare (?:verfassen|schreiben|abgeben) zu können,? (?:musst du dich"
    r"|müssen sie sich) (?:bitte )?(?:einloggen|anmelden|registrieren)"
    r"|(?:please )?(?:log|sign) in to (?:post a |leave a |write a )?comment"
    r"|vous devez (?:être (?:connecté|connectée|inscrit|inscrite)|vous (?:abonner ou vous )?"
    r"connecter) (?:pour|afin de) (?:publier|poster|laisser) un commentaire"
    r"|(?:debes|tienes que|necesitas) (?:iniciar sesión|estar registrado|registrarte) para"
    r" (?:publicar|dejar|escribir) (?:un )?comentarios?)"
)

#: The site asking the reader to comment, or telling who may, as a short block of its
#: own anywhere in the body (a blog sets it mid-page, above its share bar or its
#: comments): "Verraten Sie gerne in den Kommentaren: Was ...?", "Let us know in the
#: comments", "Du willst mitmachen? Dann hinterlasse einfach einen Kommentar ...", and
#: :data:`_LOGIN_TO_COMMENT`. At most one sentence before the request and none quoted: a
#: story quoting someone who asked for comments keeps its quotation marks.
COMMENT_INVITATION = (
    r"(?:[^.!?\"“”„«»]{1,150}[.!?] )?[^\w\"“”„«»]*"
    r"(?:(?:dann|also|einfach|so|and|so just|just)\b,? )?(?:"
    r"(?:verrate|verratet|verraten sie|schreib|schreibt|schreiben sie|erzähl|erzählt"
    r"|erzählen sie|let us know|tell us|share|teilt|teile|teilen sie)(?: uns| mir| es)*"
    r"(?: gerne| gern| doch| einfach)*(?: [\w'’-]+){0,4}? in (?:den|the)"
    r" (?:kommentaren|comments?(?: section| below)?)"
    r"|(?:hinterlasse|hinterlasst|hinterlassen sie|schreib|schreibt|schreiben sie)"
    r"(?: mir| uns)?(?: gerne| gern| doch| einfach| jetzt)* (?:einen|deinen|ihren|euren)"
    r" kommentar"
    r"|(?:please )?(?:leave|drop|post) (?:us |me )?a comment(?: below)?"
    r"|" + _LOGIN_TO_COMMENT + r")\b.{0,200}"
)
#: What every such request names (``Text(keywords=...)``).
COMMENT_INVITATION_KEYWORDS = ("comment", "kommentar", "kommentier", "comentar")

#: A comment or submission policy in the site's own voice: "When submitting content,
#: please abide by our submission guidelines", "Please read our community guidelines
#: before commenting", "We reserve the right to remove comments", "Your comments are
#: moderated", "By commenting you agree to ...", and the like in German, French,
#: Spanish, Arabic and Japanese; read at the body's edges, where a comment section's notice
#: stands. A story on a site's moderation reports it ("Readers' comments are reviewed by
#: a team of five, the editor said") and keeps its sentences.
COMMENT_POLICY = (
    _NOTICE_LEAD
    # perhaps under its title on the same block ("Kommentar-Regeln von ... Bitte lies ...")
    + r"(?:(?:comment(?:ing)?|community|house|kommentar|diskussions)[- ]?(?:rules|policy"
    r"|guidelines|regeln|richtlinien)\b[^.!?:\"“”„«»]{0,40}?\s?)?"
    r"(?:(?:(?:when|before|while) [^.!?]{1,60}?,? )?please (?:abide by|follow|read|respect"
    r"|observe|review|adhere to|see|consult|keep to) (?:our|the) (?:[\w-]+ )?(?:community"
    r"|comments?|commenting|submission|discussion|posting|user|house|moderation"
    r"|participation) (?:guidelines|rules|policy|policies|standards|terms)"
    r"|(?:[\w.-]+ )?reserves? the right to (?:remove|delete|edit|moderate|reject|refuse"
    r"|not publish|close)\b[^.!?]{0,40}?\bcomments?"
    r"|(?:please (?:note|understand):? (?:that )?(?:all |your )?|(?:your|all|reader) )comments"
    r" (?:are|will be|may be) (?:moderated|pre-moderated|reviewed|checked|approved)"
    r"|by (?:commenting|posting a comment|submitting a comment|leaving a comment)\b"
    r"[^.!?]{0,40}? you agree"
    r"|please keep (?:your |all )?comments (?:civil|respectful|polite|on topic|relevant|clean)"
    r"|(?:ihre |alle |die )?kommentare werden (?:[\w-]+ ){0,3}?(?:moderiert|geprüft"
    r"|überprüft|freigeschaltet)"
    r"|(?:wir behalten uns|(?:die |der |das )?[\w.-]+ behält sich) (?:das recht )?vor,?"
    r" (?:[\w-]+ ){0,5}?"
    r"(?:kommentare|leserkommentare|lesermeinungen|leserbriefe|zuschriften)"
    # the desk removing comments, no right to have one published, and comments that are
    # not the desk's view: "Beachten Sie, dass die Redaktion unpassende ... Kommentare
    # entfernen kann", "Es gibt kein Recht auf Veröffentlichung.", "Kommentare von Lesern
    # stellen nicht die Meinung der Redaktion dar", "Comments do not reflect the views of"
    r"|(?:(?:bitte )?beachten sie,? dass )?(?:die redaktion|wir)\b[^.!?]{0,60}?"
    r" (?:leser)?kommentare\b[^.!?]{0,40}? (?:entfernen|löschen|kürzen|sperren)"
    r"|(?:es (?:gibt|besteht) )?kein (?:recht|anspruch) auf (?:veröffentlichung|freischaltung)"
    r"|(?:ein )?(?:recht|anspruch) auf (?:veröffentlichung|freischaltung) besteht nicht"
    r"|(?:die )?(?:leser)?kommentare(?: der| von)? (?:user|leser|nutzer)\w*\b[^.!?]{0,40}?"
    r" (?:geben|stellen|spiegeln|entsprechen)\b[^.!?]{0,30}?\bmeinung de[rs] [\w-]*redaktion"
    r"|(?:the )?(?:reader |user )?comments\b[^.!?]{0,30}? (?:do not|don't) (?:necessarily )?"
    r"(?:reflect|represent) the (?:views|opinions?)"
    r"|bitte (?:(?:beachten|lesen) sie|beachte|beachtet|lies|lest) (?:unsere |die )?"
    r"(?:netiquette|kommentar-?regeln"
    r"|kommentar-?richtlinien|diskussionsregeln)"
    r"|(?:les |vos |tous les )?commentaires (?:sont|seront) (?:modérés|soumis à modération)"
    r"|merci de respecter (?:notre|la) charte"
    r"|(?:los |sus |todos los )?comentarios (?:son|están|serán) moderados"
    r"|(?:nos reservamos|se reserva) el derecho (?:de|a) (?:eliminar|borrar|editar|no publicar)"
    r"[^.!?]{0,30}?\bcomentarios"
    # who may comment: "You must be logged in to post a comment."
    r"|" + _LOGIN_TO_COMMENT +
    # a comment form's spam filter: "This site uses Akismet to reduce spam."
    r"|(?:this (?:site|website|blog)|diese (?:website|webseite|seite)|ce site|este sitio)"
    r" (?:uses|verwendet|nutzt|utilise|usa) akismet)\b.*"
    # in Arabic: comments reviewed before they are published, "we advise you / please read
    # the rules of use / of commenting", the opinions below (in the comments) represent
    # only their writers; in a sentence of the notice's own however it opens, neither
    # quoted nor reported ("said", "announced", "according to": a story on moderation)
    r"|"
    + _HOLDING_ARABIC
    + r"(?:(?!قال|أعلن|بحسب|وفق)[^.!?؟\"“”«»]){0,160}?(?:(?:مراجعة|تدقيق|فحص) (?:جميع )?"
    r"التعليقات قبل نشرها"
    r"|(?:ن(?:نصح|رجو|دعو)\w*|يرجى|الرجاء|نأمل) (?:\w+ ){0,2}?(?:ب|ل)?(?:مراجعة|قراءة"
    r"|الاطلاع على) (?:إرشادات|شروط|قواعد|سياسة) (?:الاستخدام|التعليق|التعليقات|النشر|المشاركة)"
    r"|(?:ال)?آراء (?:الواردة|المنشورة|المعبر عنها|المطروحة) (?:أدناه|في التعليقات|هنا)"
    r"[^.!?؟]{0,20}? لا (?:تعبر|تعكس|تمثل))"
    r".*"
    # in Japanese: "comments are the writers' own views (and not the site's)"
    r"|\W*コメントは(?:投稿者|利用者|ユーザー)?(?:個人|各個人)?の(?:見解|意見|感想).*"
)

#: A web video player's control or menu label, perhaps with its value: "Mute", "Current
#: Time 0:00", "Stream TypeLIVE", "Playback Rate 1", "Captions", "captions off, selected",
#: "Font Size", "Text Edge Style". Read only as a group (``Role.GROUPED``): one
#: "Captions" heading in a story is not a player.
PLAYER_CONTROL = (
    r"(?:play|pause|replay|auto-?play|mute|unmute|volume(?: level)?|(?:non-|exit )?full ?screen"
    r"|skip (?:this )?ads?|view (?:all )?photos|buy (?:this )?photo"
    r"|picture[ -]in[ -]picture|current time|duration(?: time)?|remaining time|time remaining"
    r"|stream type|seek to live|loaded|progress(?: bar)?|playback (?:rate|speed)|quality"
    r"|chapters?|descriptions?|subtitles?|captions?|audio tracks?|(?:captions?|subtitles?)"
    r" settings(?:, opens (?:captions?|subtitles?) settings dialog)?|foreground|background"
    r"|window|font (?:size|family)|text edge style|(?:text|background|window) colou?r"
    r"|(?:text|background|window) opacity|opacity|transparency|caption area background"
    r"|reset|defaults|modal window)"
    r"(?:[\s:,/]*(?:live|on|off|selected|default|auto|normal|none|opaque|transparent"
    r"|semi-transparent|-?\d+(?:[:.,]\d+)*\s*[%x]?))*"
)
#: What every such label holds, one of these at least (``Text(keywords=...)``): the
#: pattern stays out of the alternations every short block is read against.
PLAYER_KEYWORDS = (
    *("play", "pause", "mute", "volume", "screen", "picture", "time", "duration", "stream"),
    *("live", "loaded", "progress", "quality", "chapter", "description", "subtitle"),
    *("caption", "audio", "ground", "window", "font", "edge", "colo", "opacity"),
    *("transparency", "reset", "default", "modal", "skip", "photo"),
)

#: A video player's countdown to the next clip or past its advert, alone in its box:
#: "Your video will play in 00:25", "Next video starts in : 7 Play", "Wait 1 second to
#: continue.", "Up next in 5". Only the player names a clip, a count of seconds and
#: nothing else in one line; a story's sentence runs on ("... starts in 10 minutes at").
_COUNT = r"\s*:?\s*(?:\d{1,2}:)?\d{1,2}(?: ?(?:s|secs?|seconds?))?"
PLAYER_COUNTDOWN = (
    r"(?:(?:your|the|next|this) )?(?:video|clip|ad|advert|advertisement|playlist)s? (?:will )?"
    r"(?:(?:auto)?plays?|starts?|begins?|resumes?|continues?)(?: playing)? in"
    + _COUNT
    + r"\.?(?: play)?"
    r"|(?:please )?wait \d{1,2} ?(?:s|secs?|seconds?) to (?:continue|skip(?: the)?(?: ads?)?)\.?"
    r"|(?:up next|next up|auto-?play(?:ing)?(?: next)?) in" + _COUNT + r"\.?"
    r"|(?:you can )?skip (?:this |the )?ad in" + _COUNT + r"\.?"
)
#: What every countdown holds, one of these at least (``Text(keywords=...)``).
PLAYER_COUNTDOWN_KEYWORDS = ("play", "start", "begin", "resume", "continue", "wait", "next", "skip")

#: An embedded clip's running time with the outlet it comes from, a line of its own
#: under the clip's title: "05:22 - Source: CNN", "1:02:10 | Quelle: ZDF". A running time
#: alone ("05:22") is left: a live blog's clock time reads the same.
CLIP_RUNNING_TIME = (
    r"(?:\d{1,2}:)?\d{1,2}:\d\d\s*[-–—|·•]\s*(?:source|quelle|fuente|fonte|bron)"
    r"\s*:\s*\S.{0,40}"
)
#: What every such line holds, one of these at least (``Text(keywords=...)``).
CLIP_RUNNING_TIME_KEYWORDS = ("source", "quelle", "fuente", "fonte", "bron")

#: One entry of a "follow us" list: a few words naming a social network (in any script),
#: then the site's address there or its handle ("Facebook https://fb.me/...", "LINE ID =
#: @...", "Instagram: @...").
_SOCIAL_ENTRY = (
    r"(?:[^\s:=@/]+[:=]? ){0,3}(?:[:=] )?(?:(?:https?://)?(?:www\.|m\.)?(?:fb\.me|fb\.com"
    r"|facebook\.com|twitter\.com|x\.com|instagram\.com|t\.me|line\.me|lin\.ee|youtube\.com"
    r"|youtu\.be|tiktok\.com|linkedin\.com|threads\.net|pinterest\.com|vk\.com|weibo\.com"
    r"|whatsapp\.com|telegram\.me)/\S*?|@[\w.]+?)"
)

#: A block listing where to follow the site, by its shape in any language: perhaps a
#: line introducing it ("Follow our updates at:"), then at least two entries each naming
#: a network with an address or handle. Lines set apart by ``<br>`` are read run
#: together ("...: Facebook https://fb.me/newsTwitter https://..."): an entry may follow
#: the last without a space.
SOCIAL_FOLLOW = r"(?:[^:]{1,100}: ?)?" + _SOCIAL_ENTRY + r"(?: ?[|·,/]? ?" + _SOCIAL_ENTRY + r")+"

#: An e-mail address.
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

#: Where to reach a person: an e-mail address (perhaps written "name(at)site.org") or a
#: phone number after its label ("Tel. 0123 45678", "phone: +1 555-0100").
CONTACT_DETAILS = (
    r"[\w.+-]+(?:@|\(at\)|\[at\])[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:tel|phone|telefon|téléphone|tél|teléfono|fon)\b\.?:?\s*\+?\(?\d[\d /().-]{4,}\d"
)

#: A press release's bare contact card closing it: a name, an office or an address with
#: two ways to reach them (an e-mail address and a labelled phone number, or two of
#: either) and no sentence around them ("Ada Lind E-Mail: ada@acme.example Telefon: +49
#: 40 1234", "Acme GmbH * Hafenstr. 6 * 27580 Bremerhaven Tel.: 0471 8060 * info@...").
#: A line that tells the reader how to reach someone is a sentence of the story and
#: keeps its place: a word of one ("unter", "oder", "per", "please", "call", "you",
#: "Informationen erteilt", "Anmeldung") anywhere is no card.
CONTACT_CARD = (
    r"(?!.*(?<![(\[])\b(?:unter|per|oder|or|at|bei|call|please|bitte|sie|du|ihr|you|your|can"
    r"|können|kann|erreichen|erreichbar|wenden|melden|write|reach|informationen|information"
    r"|erteilt|gibt|para|llame|vous|anmeld\w*|registr\w*|reserv\w*|tickets?|karten"
    r"|eintritt)\b(?![)\]]))"
    rf"(?=(?:.*?(?:{CONTACT_DETAILS})){{2}}).*"
)
#: What every such card holds, one of them at least (``Text(keywords=...)``).
CONTACT_CARD_KEYWORDS = ("@", "(at)", "[at]", "tel", "fon", "phone", "tél")

#: The heading of a press release's closing contact section, the label alone ("Kontakt",
#: "Pressekontakt:", "Media contact", "Contacto de prensa", "Kontakt dla mediów").
CONTACT_HEADING = (
    r"\W*(?:(?:presse|medien|media|press|pr)[- ]?)?(?:kontakte?|contacts?|ansprechpartner(?:in)?"
    r"|contacto|contact presse|contacto de prensa|kontakt dla mediów)"
    r"(?: (?:für|for) (?:die )?(?:presse|medien|media|press|journalists|journalisten))?\W*"
)

#: A wire story's sign-off: the reporter's e-mail address alone (perhaps after a name or
#: "By"), and the wire's end mark, "(END)", "[END]", "(끝)": "kokobj@example.kr (END)".
_END_MARK = r"[(\[<]\s*(?:end|끝|완)\s*[)\]>]"
SIGN_OFF_ADDRESS = (
    r"\W*(?:(?:[\w.'-]+ ){0,3}"
    + EMAIL_ADDRESS
    + r"\W*(?:"
    + _END_MARK
    + r")?|"
    + _END_MARK
    + r")\W*"
)

#: An inline style setting an element at a share of its box's height (``top:4.9%``, not
#: ``margin-top``): with :data:`PLACED_ACROSS`, a label pinned on a picture.
PLACED_DOWN = r"(?<![-\w])top\s*:\s*-?\d[\d.]*%"
#: ... and at a share of its width (``left:96.5%``, ``right:94.9%``).
PLACED_ACROSS = r"(?<![-\w])(?:left|right)\s*:\s*-?\d[\d.]*%"
#: What an ``aria-label`` calls a media player's own box ("Video Player", "Videoplayer",
#: "Lecteur vidéo", "Reproductor de video"): the accessible name players give their root.
PLAYER_NAMES = ("player", "lecteur", "reproductor")
