"""What a page's widgets and scripts leave in the text: like buttons, rating widgets and
spinners, reaction prompts, failure and JavaScript notices, consent placeholders for
embeds, unrendered shortcodes and percent-encoded fragments; and, told apart from a
rating widget's tally, a reviewer's score (which stays).
"""

from __future__ import annotations

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

#: One sentence of a notice that a part of the page needs a script (or a plugin) the
#: reader lacks, in the languages read: "This slideshow requires JavaScript", "Please
#: enable JavaScript to view this content", "Dieser Shop setzt voraus, dass Sie
#: JavaScript aktiviert haben", "Aktivieren Sie JavaScript, um das Video zu sehen",
#: "Veuillez activer JavaScript", perhaps asking to reload the page after it.
_SCRIPT_SENTENCE = (
    r"(?:(?:this|the) [\w -]{1,40} (?:requires|needs) javascript"
    r"|(?:please )?(?:enable|turn on|activate) javascript"
    r"|javascript (?:is )?(?:required|disabled|must be enabled)"
    r"|you (?:need|have|must) to enable javascript"
    r"|your browser does not support (?:the |html5 )?(?:video|audio|iframes?)(?: tags?| elements?)?"
    # a media player's notice that it cannot play here: "Media playback is unsupported on
    # your device", "Update required. To play the media you will need to update your
    # browser ... or your Flash plugin", "Ihr Browser unterstützt kein HTML5-Video"
    r"|(?:media |video |audio )?playback is (?:unsupported|not supported) (?:on|in|by)"
    r" (?:your|this) (?:device|browser)"
    r"|(?:update required\W+)?to (?:play|hear|watch) (?:the|this) (?:media|video|audio|podcast)"
    r" you (?:will )?need to (?:either )?update your browser(?: to (?:a|the) (?:recent|latest)"
    r" version)?(?:,? or (?:update )?your flash (?:plugin|player))?"
    r"|(?:ihr|dein) browser unterstützt (?:kein|keine|das|die|den) (?:html5[- ]?)?(?:video|audio)"
    r"(?:s|-?wiedergabe|-?element|-?tag)?"
    r"|votre navigateur ne (?:prend pas en charge|supporte pas) (?:la |les |l['’])?"
    r"(?:vidéo|audio|lecture)(?: audio| vidéo| html5)?"
    r"|tu navegador no (?:admite|soporta) (?:el |la )?(?:vídeo|video|audio|reproducción)"
    r"(?: de (?:audio|vídeo|video))?"
    r"|(?:diese[rsnm]?|der|die|das) [\w -]{1,40} (?:(?:benötigt|erfordert|braucht) javascript"
    r"|setzt (?:javascript voraus|voraus, dass (?:sie|du) javascript aktivier\w*(?: haben| hast)?))"
    r"|(?:bitte )?(?:aktivieren sie|aktiviere|aktivier) (?:bitte )?javascript"
    r"|javascript (?:ist|wurde) deaktiviert|javascript muss aktiviert sein"
    r"|(?:veuillez |merci d'|merci d’)?activer (?:le )?javascript"
    r"|javascript est (?:désactivé|nécessaire|requis)"
    r"|(?:por favor,? )?(?:activa|habilita|active|habilite) (?:el |o )?javascript"
    r"|javascript (?:está|esta) desactivado"
    r"|(?:per favore,? )?(?:abilita|attiva) (?:il )?javascript|javascript è disabilitato"
    r"|schakel javascript in|javascript is uitgeschakeld)"
    # what it is needed for: "... in your browser to view this content", "..., um das
    # Video zu sehen", "... pour afficher cette page"
    r"(?:(?: in (?:your|ihrem|deinem) browser)?(?: (?:to|for|in order to) (?:view|see|play"
    r"|watch|use|display|read|load|access) [\w ]{1,40}"
    r"|,? um [\w ]{1,40} zu (?:sehen|nutzen|verwenden|lesen|laden|abzuspielen|spielen"
    r"|anzuzeigen|können)| pour (?:afficher|voir|lire|utiliser) [\w ]{1,40}"
    r"| para (?:ver|usar|visualizar) [\w ]{1,40}))?"
    # and the bidding to reload: "... und laden Sie die Seite erneut"
    r"(?:,? (?:and|und|et|y) (?:reload the page|laden sie die seite (?:erneut|neu)"
    r"|lade die seite neu|rechargez la page|recarga la página))?"
)

#: A notice that a part of the page needs a script the reader lacks, one sentence of
#: :data:`_SCRIPT_SENTENCE` or two, perhaps with the address of the video it stands for
#: ("... um das Video zu sehen. https://..."): the whole line, so a sentence about a site
#: that needs JavaScript stays.
SCRIPT_NOTICE = (
    rf"\W*{_SCRIPT_SENTENCE}(?:[.!] {_SCRIPT_SENTENCE})?(?:[.!:]? ?https?://\S{{1,150}})?\W*"
)

#: Words one of which a script notice holds (the pattern is tried only then).
SCRIPT_NOTICE_KEYWORDS = ("javascript", "browser", "playback", "navigateur", "navegador")

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
    # what would stand here and the consent the reader has not given: "Wir würden hier
    # gerne einen Newsletter zeigen. Leider haben Sie uns hierfür keine Zustimmung
    # gegeben", "Um Ihre Daten zu schützen, haben wir das Laden der Inhalte von ... blockiert"
    r"|wir (?:würden|möchten) (?:ihnen |dir |euch )?(?:hier|an dieser stelle) gerne"
    r" [^.!?]{1,60}? (?:zeigen|anzeigen|einbinden|darstellen)\. leider ha(?:ben sie|st du|bt ihr)"
    r" (?:uns )?(?:hierfür |dafür )?keine (?:zustimmung|einwilligung)"
    r"|(?:um (?:deine|ihre|eure) (?:persönlichen )?daten zu schützen,? )?haben wir das"
    r" (?:automatische )?laden (?:der |von )?(?:inhalte|inhalten|videos|karten|beiträge)"
    r" (?:[^.!?]|\.(?=\S)){0,60}?(?:blockiert|deaktiviert|unterbunden)"
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
    *("einverständnis", "freischalten", "aktivieren", "entsperren", "zustimmung"),
    *("bloqué", "masqué", "bloqueado"),
)

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

#: A reviewer's score set as a line of its own, the whole text: "Score 4.5 out of 5",
#: "Rating: 4/5", "Our verdict: 8.5/10", "Wertung: 8 von 10", "Note : 16/20", "★★★★☆".
#: Not a widget's tally (:data:`RATING_WIDGET` names its votes), and not a slide's or a
#: page's counter ("1/5", "Bild 2 von 10", "Page 1 of 5"): a bare number over its scale
#: is a score only with a decimal ("8.5/10"), "out of" or the stars it counts.
_SCORE_LABEL = (
    r"(?:[\w'’.-]+ ){0,2}(?:score|rating|verdict|grade|review|wertung|bewertung"
    r"|gesamtwertung|testurteil|gesamtnote|urteil|note|notre note|verdetto|voto"
    r"|giudizio|punteggio|valutazione|nota|puntuación|valoración|veredicto|calificación"
    r"|avaliação|veredito|pontuação|cijfer|beoordeling|oordeel)"
)
_SCORE_SCALE = r"\s*(?:/|out of|von|aus|sur|de|su|op|em)\s*(?:5|10|20|100)\b"
_STAR_NOUNS = r"(?:stars?|sternen?|étoiles|estrellas|stelle|sterren)"
_SCORE_UNITS = r"(?:\s*(?:" + _STAR_NOUNS + r"|punkten?|points?))?"
_SCORE_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"
_STARS_COUNTED = r"\d(?:[.,]\d)?\s*" + _STAR_NOUNS
_STAR_GLYPHS = r"[★☆✩✭✮✯⭐]{3,}"
#: After its label, any number over its scale, a count of stars or a row of them.
_LABELLED_SCORE = (
    _SCORE_LABEL
    + r"\s*[:\-–—|]?\s*(?:"
    + "|".join((_SCORE_NUMBER + _SCORE_SCALE + _SCORE_UNITS, _STARS_COUNTED, _STAR_GLYPHS))
    + ")"
)
#: Alone, only what no counter says.
_BARE_SCORES = (
    _SCORE_NUMBER + r"\s*out of\s*(?:5|10|100)\b" + _SCORE_UNITS,
    r"\d{1,3}[.,]\d{1,2}" + _SCORE_SCALE + _SCORE_UNITS,
    _STARS_COUNTED,
    _STAR_GLYPHS + r"(?:\s*\(?\d(?:[.,]\d)?\s*/\s*5\)?)?",
)
REVIEW_SCORE = "(?:" + "|".join((_LABELLED_SCORE, *_BARE_SCORES)) + r")[.!]?"
