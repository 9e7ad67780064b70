"""What a comment section leaves in the body: its headings, counts and buttons, the
request to comment, who may comment, and the site's comment policy.
"""

from __future__ import annotations

from .base import HOLDING_ARABIC, NOTICE_LEAD

#: What is left of a comment section: its heading, a count, a moderation notice. Its
#: heading may name the story without quotation marks ("29 Antworten zu Wie ...", "2
#: Kommentare zu ..."), which as a heading in the story would be a question's answers
#: ("5 Antworten zu den Steuerplänen"): that is read only as the body's last block.
COMMENT_REMNANT = (
    r"(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti"
    r"|reactions?|discussion)(?:\s*\(\s*\d+\s*\))?\W*"
    r"|\d+ (?:comments?|responses?|repl(?:y|ies)|thoughts?|kommentare?|antworten|gedanken"
    r"|commentaires?|réponses?|réflexions?|comentarios?|respuestas?|comentários?|respostas?"
    r"|commenti|risposte) (?:on|to|zu|zum|zur|sur|à|sobre|en|a|em|para|su) .{1,150}"
    r"|(?:dieser (?:artikel|beitrag) hat|bisher) \d+ (?:kommentare?|antworten)\.?"
    r"|コメント\s*(?:[(（]\d+[)）]|\d+\s*件)"
    # a blog's like button, left as text: "Like this:", "Like Loading..."
    r"|like this:|like loading\W*"
    # what a comment widget shows before its script runs, and the call heading it:
    # "Kommentare werden geladen. Bitte kurz warten...", "Hier ist Ihre Meinung gefragt"
    r"|(?:kommentare werden geladen|loading comments|comments are loading)\W*"
    r"(?:(?:bitte (?:kurz )?warten|please wait)\W*)?"
    r"|(?:hier ist )?(?:ihre|deine|eure) meinung (?:ist )?gefragt\W*"
    # a comment widget's label: "Comment via Facebook", "Kommentieren mit Facebook"
    r"|(?:comments?|kommentieren|kommentare|commenter|commentaires|comentar|comentarios)"
    r" (?:via|with|using|mit|über|avec|par|con) (?:facebook|disqus)\W*"
    r"|(?:leave|post|add|write|view|show|read) (?:a |the |all )?(?:\d+ )?"
    r"(?:comments?|repl(?:y|ies)).*"
    # (each ".*\b" branch behind a lookahead for a word it must hold: a scan in C, which
    # stops only where the word's first letter is, fails most lines at once, where ".*\b"
    # tries the rest of the branch at every position of the line: a fifth of the cost)
    r"|(?=.*tell us what you think).*\btell us what you think\b.*"
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
    # the toolbar's bare verb, perhaps after its count: "Kommentieren", "1Kommentieren",
    # "Comentar" (the last line only: above the story or amid its buttons it stays)
    r"|\d*\s*(?:kommentieren|comentar|commenter|réagir|réagissez)\W*"
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
    # ("ment": what each of the words for comments holds)
    r"|(?=.*ment).*\b(?:comments?|comentários|comentarios|kommentare)\b.*\b(?:moderat\w*|aprovad\w*"
    r"|approv\w*|freigeschaltet|publicad\w*)\b.*"
)

#: The words before a comment thread's own label in German, French and Spanish
#: ("Neueste Kommentare", "Derniers commentaires", "Tus comentarios"): read in the
#: thread's heading (:data:`COMMENT_HEADING`) and in a line opening it
#: (:data:`COMMENT_OPENER`), each adding its own.
_THREAD_OWNERS = (
    r"neueste|letzte|alle|ihre|deine|derniers|vos|tous les|últimos|tus|sus|los|todos los"
)
#: The French and the Spanish verbs of the call to write a comment ("Laisser un
#: commentaire", "Deja tu comentario"), in the heading and in the opening line alike.
_WRITE_FR = r"laisser|laissez|ajouter|écrire"
_WRITE_ES = r"deja|dejar|escribe|añade"


#: A heading that wholly names a comment section: "12 comments", "Comments (3)",
#: "Top rated comments", "1 Kommentar", "Lesermeinungen", "Leave a reply", "Join the
#: discussion", "3 thoughts on ...", "5 Gedanken zu „...“" (or "5 Kommentare on “...”", the count
#: translated and the rest not), "Dieser Artikel hat 32 Kommentare", and
#: their like in German, French, Spanish, Portuguese and Italian; the count perhaps
#: spaced in its brackets ("Kommentare ( 56 )"), or set as a badge before the form's
#: request ("15 Hinterlasse einen Kommentar"). A bare "Comment", "Responses",
#: "Discussion" or "Have your say" is left out: each may head a part of the story itself
#: (an analyst's comment, officials' responses, a consultation).
COMMENT_HEADING = (
    r"\W*(?:\d+ )?"  # a count's badge before the heading
    r"(?:(?:(?:\d+|no|keine|one|two|three) )?(?:(?:top|top rated|most liked|most popular|popular"
    r"|best|latest|recent|newest|featured|selected|reader|readers'?|user|your|all) )?"
    r"(?:comments|kommentare|leserkommentare|lesermeinungen|commentaires|comentarios"
    r"|comentários|commenti|komentarze)(?: ?[(:\[] ?\d+ ?[)\]]?)?"
    r"|(?:\d+|one) (?:comment|kommentar|commentaire|comentario|comentário|commento|komentarz)"
    # the count spelled out as the article ("Un commentaire", "Una respuesta"); German's
    # "Ein Kommentar" is left out: it labels an opinion piece above its own text
    r"|(?:un|une|una|um|uma) (?:commentaire|comentario|comentário|commento|réponse|respuesta"
    r"|resposta|risposta)"
    # the thread's own label in the reader's language: "Neueste Kommentare", "Tus
    # comentarios", "Derniers commentaires"
    rf"|(?:{_THREAD_OWNERS}|aktuelle) (?:kommentare|leserkommentare|commentaires|comentarios)"
    # WordPress's count of a thread's answers as its whole heading: "2 Antworten", "5
    # Responses" (a story's "3 Antworten auf die Krise" goes on, and is no match)
    r"|\d+ (?:antworten?|responses?|repl(?:y|ies)|réponses?|respuestas?|respostas?|risposte"
    r"|risposta)"
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
    r"|(?:einen )?leserbrief (?:schreiben|verfassen)"
    r"|(?:hinterlasse|schreibe|verfasse)(?: jetzt| hier| gerne)? (?:einen|deinen) kommentar"
    r"|(?:no|one|\d+) (?:responses?|comments?) (?:so far|yet)"
    rf"|(?:{_WRITE_FR}) un commentaire|réagissez"
    rf"|(?:{_WRITE_ES}) (?:un|tu|su) comentario|deja una respuesta"
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
    r" (?:reader |readers' )?comments(?: ?\( ?\d+ ?\))?"
    r"|(?:alle )?(?:\d+ )?(?:leser)?kommentare (?:anzeigen|laden|lesen|einblenden)"
    r"|(?:afficher|voir|lire|charger) (?:les |tous les )?(?:\d+ )?commentaires"
    r"|(?:ver|mostrar|leer|cargar) (?:los |todos los )?(?:\d+ )?comentarios"
    r"|(?:ver|mostrar|carregar) (?:os |todos os )?(?:\d+ )?comentários"
    r"|(?:mostra|vedi|leggi|carica) (?:i |tutti i )?(?:\d+ )?commenti"
    r"|コメント(?:を)?(?:表示|非表示|見る|もっと見る|すべて見る|一覧)(?:する)?(?:\(\d+\))?)\W*"
)

#: Who may comment: "You must be logged in to post a comment.", "Um den Beitrag
#: kommentieren zu können, müssen Sie eingeloggt sein.", in four languages.
_LOGIN_TO_COMMENT = (
    r"(?:you (?:must|need to) be (?:logged in|signed in|registered|a subscriber) to (?:post"
    r"|leave|write|add|read) (?:a )?(?:comments?|reply|replies)"
    r"|(?:du musst|sie müssen) (?:angemeldet|eingeloggt|registriert) sein,? um"
    r" (?:einen kommentar|kommentare|zu kommentieren)"
    # "Um mit zu diskutieren oder Bilder zu posten, musst du eingeloggt sein" too
    r"|um(?: [^.!?]{0,60}?)? (?:zu |mitzu)?(?:kommentieren|diskutieren)(?: zu können)?"
    r"(?:[^.!?]{0,60}? zu (?:posten|schreiben))?,? (?:musst du|müssen sie)"
    r" (?:angemeldet|eingeloggt|registriert) sein"
    # "Melde dich an, um einen Kommentar abzugeben", "Um selbst Kommentare verfassen zu
    # können, müssen Sie sich bitte einloggen", "Log in to comment"
    r"|(?:melde dich|melden sie sich|logge dich|loggen sie sich) (?:bitte )?(?:an|ein),? um"
    r" (?:einen kommentar|kommentare) (?:abzugeben|zu schreiben|zu verfassen|zu hinterlassen)"
    r"|um [^.!?]{0,40}?kommentare (?:verfassen|schreiben|abgeben) zu können,? (?:musst du dich"
    r"|müssen sie sich) (?:bitte )?(?:einloggen|anmelden|registrieren)"
    # the purpose first: "Um einen Kommentar zu schreiben, melden Sie sich bitte an."
    r"|um (?:einen kommentar|kommentare) (?:abzugeben|zu schreiben|zu verfassen|zu hinterlassen)"
    r",? (?:melde dich|melden sie sich|logge dich|loggen sie sich) (?:bitte )?(?:an|ein)\b"
    r"|(?:please )?(?:log|sign) in to (?:post a |leave a |write a )?comment"
    r"|vous devez (?:être (?:connecté|connectée|inscrit|inscrite)|vous (?:abonner ou vous )?"
    r"connecter) (?:pour|afin de) (?:publier|poster|laisser) un commentaire"
    r"|(?:debes|tienes que|necesitas) (?:iniciar sesión|estar registrado|registrarte) para"
    r" (?:publicar|dejar|escribir) (?:un )?comentarios?"
    # the purpose first: "Para comentar debés activar tu cuenta", "Para comentar nuestras
    # notas, por favor completá tus datos", "Para comentar debes registrarte"
    r"|para comentar(?: \w+){0,3}?,? (?:por favor )?(?:(?:deb[eé]s|ten[eé]s que|necesit[aá]s)"
    r" )?(?:activ(?:ar|á) tu cuenta|registr(?:arte|ate|áte)|inici(?:ar|á) sesión"
    r"|estar registrado|suscrib(?:irte|ite|ite)|complet(?:ar|á) (?:los|tus) (?:siguientes )?datos)"
    # comments kept for subscribers: "Los comentarios en esta sección son exclusivos para
    # suscriptores", "Comments are available to subscribers only"
    r"|(?:los )?comentarios (?:de|en) (?:esta|este) (?:sección|nota|artículo) son"
    r" (?:exclusivos|solo) para (?:suscriptores|usuarios registrados)"
    r"|comments are (?:only )?(?:available|open|reserved) (?:only )?(?:to|for)"
    r" (?:subscribers|registered users|members))"
)

#: The site asking the reader to comment, or telling who may, as a short block of its
#: own anywhere in the body (a blog sets it mid-page, above its share bar or its
#: comments): "Verraten Sie gerne in den Kommentaren: Was ...?", "Let us know in the
#: comments", "Du willst mitmachen? Dann hinterlasse einfach einen Kommentar ...", and
#: :data:`_LOGIN_TO_COMMENT`. At most one sentence before the request and none quoted: a
#: story quoting someone who asked for comments keeps its quotation marks.
COMMENT_INVITATION = (
    r"(?:[^.!?\"“”„«»]{1,150}[.!?] )?[^\w\"“”„«»]*"
    # perhaps after the section's count run into it ("33 Leser-Kommentare Geben Sie ...")
    r"(?:\d+ (?:leser-?)?(?:kommentare?|comments?) )?"
    r"(?:(?:dann|also|einfach|so|and|so just|just)\b,? )?(?:"
    r"(?:verrate|verratet|verraten sie|schreib|schreibt|schreiben sie|erzähl|erzählt"
    r"|erzählen sie|let us know|tell us|share|teilt|teile|teilen sie)(?: uns| mir| es)*"
    r"(?: gerne| gern| doch| einfach)*(?: [\w'’-]+){0,4}? in (?:den|the)"
    r" (?:kommentaren|comments?(?: section| below)?)"
    r"|(?:hinterlasse|hinterlasst|hinterlassen sie|schreib|schreibt|schreiben sie)"
    r"(?: mir| uns)?(?: gerne| gern| doch| einfach| jetzt)* (?:einen|deinen|ihren|euren)"
    r" kommentar"
    r"|(?:please )?(?:leave|drop|post) (?:us |me )?a comment(?: below)?"
    # the comment form's own call, naming no comment: "Geben Sie jetzt Ihre Meinung zu
    # diesem Thema ab", "Werden Sie Teil unserer Community und diskutieren Sie mit!"
    # (the call closing its sentence: "... diskutieren Sie mit Experten" is an event's)
    r"|(?:geben sie|gib|gebt)(?: jetzt| hier| gerne| gern| doch)* (?:ihre|deine|eure) meinung"
    r"(?: [\w-]+){0,4}? ab\b"
    r"|(?:[^.!?\"“”„«»]{1,60} und )?(?:diskutieren sie|diskutiere|diskutiert)(?: jetzt| hier"
    r"| gerne| gern| auch)* mit(?=[!.]|$)"
    r"|" + _LOGIN_TO_COMMENT + r")\b.{0,200}"
)
#: What every such request names (``Text(keywords=...)``).
COMMENT_INVITATION_KEYWORDS = (
    "comment",
    "kommentar",
    "kommentier",
    "comentar",
    "meinung",
    "diskutier",
)

#: A comment or submission policy in the site's own voice: "When submitting content,
#: please abide by our submission guidelines", "Please read our community guidelines
#: before commenting", "We reserve the right to remove comments", "Your comments are
#: moderated", "By commenting you agree to ...", and the like in German, French,
#: Spanish, Arabic and Japanese; read at the body's edges, where a comment section's notice
#: stands. A story on a site's moderation reports it ("Readers' comments are reviewed by
#: a team of five, the editor said") and keeps its sentences.
COMMENT_POLICY = (
    NOTICE_LEAD
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
    # the tone asked of commenters: "Please keep the discussion civil", "We ask that
    # comments are civil", "Bitte bleiben Sie sachlich", "Achten Sie auf einen
    # respektvollen Umgangston"
    r"|please keep (?:your |all )?(?:comments|the (?:discussion|conversation|debate))"
    r" (?:civil|respectful|polite|on topic|relevant|clean|friendly)"
    r"|we ask (?:that )?(?:all |your )?comments (?:are|be|remain|stay) (?:civil|respectful"
    r"|polite|on topic|relevant)"
    r"|bitte (?:bleiben sie|bleibt|bleib) (?:in den kommentaren )?(?:sachlich|fair|höflich"
    r"|respektvoll|beim thema)\b"
    r"|(?:bitte )?(?:achten sie|achtet|achte) (?:in den kommentaren |in der diskussion )?"
    r"auf (?:einen )?(?:sachlichen|respektvollen|freundlichen|höflichen) (?:umgangston|ton"
    r"|umgang)"
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
    + HOLDING_ARABIC
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

#: The credit of the service hosting a comment thread: "comments powered by Disqus".
_HOSTED_CREDIT = r"(?:blog )?(?:comments|kommentare|commentaires|comentarios) powered by \w+"

#: A line (no heading) that opens a comment section below the story, as a button, a
#: label or the form's call: the section's bare name perhaps with its count ("Kommentare",
#: "Comments (3)", "0 Kommentare zum Artikel"), the call to write
#: ("Kommentar hinzufügen", "Dejá tu comentario", "Leserbrief schreiben", "Schreib den
#: ersten Kommentar!"), the way to the thread ("Kommentare lesen und schreiben, hier
#: klicken", "0Alle Kommentare anzeigen", its feed) and a hosted thread's credit ("comments
#: powered by Disqus"). The singular "Kommentar" and "Comment" are left out: each labels
#: an opinion piece or a quoted remark.
COMMENT_OPENER = (
    r"\W*(?:\d+\s*)?(?:"
    # the label, perhaps with its count or the reader's own ("Tus comentarios")
    rf"(?:(?:{_THREAD_OWNERS}|latest|recent|all|your) )?"
    r"(?:(?:leser|reader |readers' |user )?(?:kommentare|comments)|commentaires|comentarios"
    r"|comentários|commenti)"
    r"(?: zu[mr]? (?:diese[mnrs] |de[mnr] )?(?:artikel|beitrag|meldung|thema))?"
    r"(?: ?[(\[] ?\d+ ?[)\]]| \d+ total)?"
    # the call to write
    r"|comment on this (?:article|story|post)|(?:add|post|leave|write|submit) your comment"
    r"|(?:einen |ihren |deinen )?kommentar (?:hinzufügen|schreiben|verfassen|abgeben|posten)"
    rf"|(?:{_WRITE_ES}|dejá|escribí) (?:un|tu|su) comentario"
    rf"|(?:{_WRITE_FR}|écrivez) un commentaire"
    r"|leserbrief (?:schreiben|verfassen|senden)"
    r"|zum kommentieren (?:anmelden|einloggen)"
    r"|(?:schreib|schreibe|schreiben sie|verfasse|verfassen sie) den ersten kommentar"
    r"|be the first to (?:comment|leave a comment)|soyez le premier à (?:commenter|réagir)"
    r"|sé el primero en comentar"
    # the way to the thread, its feed, its host
    r"|(?:alle )?(?:\d+ )?kommentare (?:lesen|anzeigen)(?: und (?:schreiben|verfassen))?"
    r"(?:\W+hier klicken)?"
    r"|kommentar-?feed(?: zu[mr]? (?:diese[mnrs] |de[mnr] )?(?:artikel|beitrag))?"
    r"|comments? (?:rss )?feed(?: for this (?:post|article|entry))?"
    r"|" + _HOSTED_CREDIT + r")\W*"
)

#: A hosted thread's credit set as a link of its own below the story, where the host's
#: script would draw the thread ("blog comments powered by Disqus"): no story's link
#: reads so.
COMMENT_HOST_CREDIT = r"\W*" + _HOSTED_CREDIT + r"\W*"
