"""Navigation and page tools: toolbar and share labels, links to the next post, back
links, pointers to other pages and downloads, and the openings and headings of "read
also" and "read on" links.
"""

from __future__ import annotations

from .base import WEB_ADDRESS

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
    rf" {WEB_ADDRESS}"
    r"|(?:more|further) (?:info|information|details)(?: is| are)?(?: available)? (?:at|on)"
    rf" {WEB_ADDRESS}"
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

#: A way back, "Back to top", "Back to Gallery": a few words with no punctuation. Not a
#: prefix, since a story's sentence may open with it ("Back to Taylor! It's her music").
WAY_BACK = r"back to(?:\s+[\w'’-]+){1,3}"

#: A share bar's label standing alone: "Share", "Tweet", "Teilen über:", "Teile mich:",
#: "Teile diesen Artikel", "Spread the news:", "Partager", "Partager l'article", "Share
#: this article with your friends", or German with the verb last ("Beitrag teilen:",
#: "Artikel jetzt teilen", "Mit Freunden teilen"), perhaps after a few words of bidding
#: ("Be sociable, share!", "Der Artikel gefällt dir? Mit Freunden teilen"). A bare
#: "Teile" (parts) is no label, nor a heading going on ("Share Mac applications with
#: Windows"), nor a story's sentence ("Sie wollten die Kosten teilen, sagte er.").
#: The words before the label are read without giving any back: each ends at a space or
#: the mark, so a text that fails there fails at once.
SHARE_LABEL = (
    r"\W*(?:(?:[\w'’]++ ){0,4}+[\w'’]++[,!:?] )?"
    r"(?:(?:share|teilen|partager|partagez|compartir|comparte|condividi|tweet|tweeten)"
    r"(?: (?:this(?: (?:article|post|story|page))?|it|on|via|with|by e-?mail|über|auf|per|sur"
    r"|the (?:news|love|story|article|post|page)|article|story|post|page"
    r"|mich|uns|dies|diesen (?:artikel|beitrag)|cet article|l['’]article|este artículo"
    r"|questo articolo))?(?: with (?:your |a )?(?:friends?|family|others))?"
    r"|(?:teile|spread|verbreite) (?:mich|uns|dies|diesen (?:artikel|beitrag)"
    r"|the (?:news|love))"
    # German, the verb last: "Beitrag teilen", "Artikel jetzt teilen", "Mit Freunden teilen"
    r"|(?:(?:diese[nrs]? |den |die |das )?(?:artikel|beitrag|post|seite|story|video|link) )?"
    r"(?:jetzt |hier )?(?:mit (?:(?:ihren |deinen )?freunden|anderen) )?teilen)\W*"
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

#: The longest "Read more" link: a longer link saying so is a sentence or a headline.
READ_ON_MAX_CHARS = 60
READ_ON_PREFIXES = (
    "continue reading",
    "read more",
    "skip to",
    "see more",
    "read the full",
    "weiterlesen",
    "mehr lesen",
    "lire la suite",
    "leer más",
    "seguir leyendo",
    "continua a leggere",
)

READ_ALSO_PREFIXES = (
    "read also",
    "read more:",
    "mehr lesen:",
    "also read",
    "see also",
    "related:",
    "related articles",
    "related stories",
    "related coverage",
    "more on this",
    "more from",
    "you may also like",
    "you might also like",
    "recommended for you",
    "further reading",
    "lesen sie auch",
    "lesen sie mehr",
    "lies auch",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "das thema könnte dich auch interessieren",
    "mehr zum thema",
    "mehr aus dem",
    "mehr aus der",
    "weitere themen",
    "weitere artikel",
    "weitere beiträge",
    "empfohlene beiträge",
    "ähnliche artikel",
    "ähnliche beiträge",
    "verwandte beiträge",
    "verwandte artikel",
    "verwandte themen",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "voir aussi",
    "vous aimerez aussi",
    "vous aimerez peut-être aussi",
    "sur le même sujet",
    "te puede interesar",
    "lee también",
    "lea también",
    "lea más",
    "lea:",
    "leer más",
    "ver también",
    "weiterführende",
    "weitere informationen",
    "weitere tipps",
    "mehr zu ",
    "more about",
    "learn more",
    "czytaj też",
    "czytaj także",
    "zobacz też",
    "zobacz także",
    "leggi anche",
    "potrebbe interessarti",
    "leia também",
    "lees ook",
    "相关新闻",
    "相关阅读",
    "関連記事",
    "vea también",
    "le puede interesar",
    "puedes ver",
    "te recomendamos",
    "temas relacionados",
    "notas relacionadas",
    "noticias relacionadas",
    "artículos relacionados",
    "auch lesen",
    "mehr themen",
    "zum weiterlesen",
    "weiterlesen:",
    "noch mehr",
    "lust auf mehr",
    "schon gelesen",
    "auch auf ",
    "neueste artikel",
    "neueste beiträge",
    "aktuelle artikel",
    "related topics",
    "more stories",
    "latest stories",
    "top stories",
    "most read",
    "trending articles",
    "trending stories",
    "trending now",
    "meistgelesen",
    "saiba mais",
    "leia mais",
    "veja também",
    "entdecke weitere",
    "weitere aktuelle",
    "mehr infos",
    "table of contents",
    "inhaltsverzeichnis",
)
#: A rail's heading by itself, the whole line: what is left when the rail's teasers went
#: ("Related" over a list of links). Whole lines only: "Related" opens story sentences.
RAIL_HEADING_TEXTS = ("related", "related searches", "trending", "most popular", "popular now")

#: A rail's heading by its shape, the whole line, where the wording of one site differs
#: from the next: the reader told what else could interest them ("Diese Artikel könnten
#: dich ebenfalls interessieren:", "Das interessiert Sie vielleicht auch", "Stories that
#: might interest you", "Ces articles pourraient vous intéresser", "También te puede
#: interesar"); "related", "recommended" or "verwandte" over the kind of content the
#: rail held ("Related recipes", "Vidéo recommandée", "Links zu verwandten externen
#: Artikeln", "Notas relacionadas"), or the rail's notice that it holds none ("Keine
#: verwandten Artikel", "No related posts"); "Siehe auch". A few words at most before
#: the verb: a sentence saying something could interest someone goes on ("..., sagte
#: er"), and a field naming related sections has its value after a colon.
RAIL_HEADING_SHAPES = (
    r"\W*(?:(?:[\w-]+ ){0,3}?(?:könnten? (?:dich|sie|euch) (?:[\w-]+ ){0,2}?interessieren"
    r"|interessiert (?:dich|sie|euch) (?:[\w-]+ )?(?:auch|ebenfalls)"
    r"|(?:may|might|could) (?:also )?interest you"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
    r"|(?:pourrai(?:en)?t|peu(?:ven)?t) (?:aussi |également )?vous intéresser"
    r"|(?:te|le|les) (?:puede|pueden|podría|podrían) interesar(?: también)?)"
    r"|(?:more |other |no |keine |weitere )?(?:related|recommended|verwandten?|empfohlenen?)"
    r" (?:posts?|articles?|stories|story|recipes?|videos?|content|reading|links|news"
    r"|coverage|topics|artikel|beiträge|themen|inhalte|rezepte|nachrichten|meldungen)"
    r"|links? zu verwandten (?:[\w-]+ )?(?:artikeln|beiträgen|themen|seiten|inhalten)"
    r"|(?:aucun(?:e)? )?(?:vidéos?|articles?|contenus?) (?:recommandée?s?|similaires?|liés)"
    r"|(?:artículos|notas|noticias|vídeos?|videos?) (?:relacionad[oa]s|recomendad[oa]s)"
    r"|siehe auch)\W*"
)
#: One of these is in every line :data:`RAIL_HEADING_SHAPES` matches, and the pattern is
#: tried on those lines only: few words, each part of several ("interes" of
#: "interessieren", "interest you" and "interesar"; "recom" of "recommended",
#: "recommandée" and "recomendadas"), since a short text of the body is tested for each.
RAIL_HEADING_KEYWORDS = (
    *("interes", "intéress", "you m", "related", "recom", "verwandt", "empfohlen"),
    *("similaire", "liés", "relacionad", "siehe auch"),
)
