"""Appeals and promotions in the site's own voice: asks to subscribe, follow, share or
support, newsletter and membership pitches, the site's magazine and offers, and the
heading of a closing appeal.
"""

from __future__ import annotations

from .appeal_phrases import APPEAL_PHRASES
from .base import AFTER_WORD_BREAK, by_first_letter

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
    # or one of the phrases no story uses, anywhere in the block (:data:`APPEAL_PHRASES`)
    r"|" + AFTER_WORD_BREAK + "(?:" + by_first_letter(APPEAL_PHRASES) + r")\b.*"
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

#: Where a sentence may start that no quotation mark precedes in its run of text: the
#: text's start, or the first sentence start after a quotation mark (a line break ends
#: the search, as ``.`` does): of the sentence starts of one run, the first reads the
#: most of it, so a pattern reading to the run's end matches there if at any.
QUOTE_RUN_START = r"(?:(?:[^\"“”„«»\n]*+[\"“”„«»])+?(?:[^.!?\"“”„«»\n]|[.!?](?! ))*+[.!?] )?"

#: A promotion set among the story's paragraphs: a short block one of whose sentences
#: opens with an imperative to sign up, subscribe or get access, naming a newsletter,
#: a subscription, alerts or the reader's inbox ("Sign up for the free daily
#: newsletter.", "Get access to ... subscription service for Rs 599", "Let our news
#: meet your inbox."; in German, French and Spanish: "Jetzt zum Newsletter anmelden",
#: "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro boletín"), or offering
#: the site's own course ("In unserem Seminar ... erarbeiten Sie ..."). The sentence
#: must open the block or follow a full stop, with no quotation mark before the verb:
#: a story about a newsletter reports what people say and do ("Readers can sign up
#: ...", '"Subscribe to our newsletter," the email read') and keeps it.
#:
#: Read with ``fullmatch`` in time linear in the text's length: each sentence start is
#: tried once with branches reading a bounded stretch, and the one branch reading to the
#: next quotation mark (the site's newsletter sent to the inbox) is tried only at the
#: first sentence start of each run of text between quotation marks
#: (:data:`QUOTE_RUN_START`), as one matching at a later start of the run matches there
#: too. Tried at every sentence start, that branch made a search of a 500-character near
#: miss take half a second (``tests/test_regex_safety.py``).
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
    r"(?:newsletters?|boletín|boletines))\b.*"
    # the site's newsletter sent to the reader's inbox, however worded: "Das ist Liebe in
    # deinem Posteingang: Unser Newsletter!", "Our newsletter, straight to your inbox"
    r"|"
    + QUOTE_RUN_START
    + r"(?=[^\"“”„«»]*\b(?:unser(?:en|em)?|our|notre|nuestro) (?:[\w-]+ )??[\w-]{0,20}"
    r"newsletter\b)"
    r"[^\"“”„«»]*\b(?:(?:in (?:deinem|ihrem|eurem)|für (?:deinen|ihren|euren))"
    r" (?:e-mail-)?(?:posteingang|postfach)|(?:in|to|for) your inbox"
    r"|dans votre boîte (?:mail|e-mail|de réception))\b.*"
    # a membership pitch opening the block, naming what members get: "Werden Sie Mitglied
    # bei ... und erhalten Sie exklusive Angebote!", "Become a member and enjoy ..."
    r"|[^\w\"“”„«»]*(?:jetzt |now )?(?:(?:werden sie|werde) (?:jetzt )?mitglied\b"
    r"[^.!?\"“”„«»]{0,60}?"
    r" und (?:erhalten|sichern|genießen|profitieren|erhalte|sichere|genieße|profitiere)"
    r"|become a member\b[^.!?\"“”]{0,40}? (?:and|to) (?:get|enjoy|receive|unlock)"
    r"|hazte (?:socio|miembro)\b[^.!?\"“”]{0,40}? y (?:recibe|disfruta|obtén))\b.*"
    # the site's own course offered to the reader, opening a sentence: "In unserem
    # Seminar „...“ erarbeiten Sie ...", "In our workshop you will learn ..."; a report
    # on a course names who took it ("In unserem Kurs lernten die Teilnehmer ...")
    r"|(?:.*?[.!?] )?[^\w\"“”„«»]*(?:in|bei|mit) (?:unserem|unseren|unserer|our)"
    r" (?:[\w-]+ )?(?:[\w-]*seminar|[\w-]*kurs|workshop|webinar|[\w-]*lehrgang|masterclass"
    r"|(?:online )?course|coaching|training)e?s?\b[^.!?]{0,80}?"
    r" (?:(?:lernen|erfahren|erarbeiten|entwickeln|erhalten|trainieren|üben|vertiefen) sie"
    r"|(?:lernst|erfährst|erarbeitest|entwickelst|erhältst|trainierst|übst|vertiefst) du"
    r"|you(?:'ll| will| can)? (?:learn|discover|develop|practi[cs]e|get|build|work out))\b.*"
)
#: What every such promotion names, one of them at least: a text holding none is not
#: read with the pattern above (``Text(keywords=...)``).
PROMO_KEYWORDS = (
    *("newsletter", "subscription", "inbox", "alerts", "mail", "boletín"),
    # the membership pitch's own words, not "member" alone: a story names members often
    *("sie mitglied", "sie jetzt mitglied", "werde mitglied", "werde jetzt mitglied"),
    *("become a member", "hazte socio", "hazte miembro"),
    # the site's own course: "in unserem Seminar", "bei unseren Kursen", "in our workshop"
    *("in unsere", "bei unsere", "mit unsere", "in our "),
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

#: A sentence sending the reader to the site's print issue for the rest of the story,
#: in no quotation: "lesen Sie in unserer Februar-Ausgabe", "Den kompletten Beitrag
#: lesen Sie in der neuen Juli-Ausgabe der ...", "Read the full story in our March
#: issue", "À lire dans notre numéro de mars".
_ISSUE_POINTER_SENTENCE = (
    r"[^.!?\"“”„«»]{0,250}?\b(?:"
    r"(?:lesen|finden|erfahren|lest|findet|erfahrt) (?:sie|du|ihr)\b[^.!?\"“”„«»]{0,80}?"
    r" (?:in|im) (?:unserer|unserem|der|dem|die)\b[^.!?\"“”„«»]{0,60}?(?:ausgabe|heft)"
    r"|(?:read|find) (?:more|it all|all about it|the (?:full|whole|complete) (?:story|article"
    r"|report|feature|piece))\b[^.!?\"“”„«»]{0,60}? in (?:our|the) [^.!?\"“”„«»]{0,40}?"
    r"(?:issue|edition)"
    r"|(?:à lire|lisez|retrouvez)\b[^.!?\"“”„«»]{0,80}? dans (?:notre|le|la) "
    r"[^.!?\"“”„«»]{0,40}?(?:numéro|édition)"
    r"|(?:lea|lee|encuentre|encuentra)\b[^.!?\"“”„«»]{0,80}? en (?:nuestra|la|el) "
    r"[^.!?\"“”„«»]{0,40}?(?:edición|número))\b[^.!?\"“”„«»]{0,80}"
)

#: A closing block pointing to the site's print issue for the rest of the story (see
#: :data:`_ISSUE_POINTER_SENTENCE`), perhaps after one sentence of its own (the topic
#: the issue covers), and with what the issue costs or where it is sold in brackets,
#: then a bidding to order it ("Das Heft können Sie hier versandkostenfrei bestellen.",
#: "Order your copy here") and the editor's initials ("(grh)").
ISSUE_POINTER = (
    r"(?:[^.!?\"“”„«»]{1,250}[.!?] )?" + _ISSUE_POINTER_SENTENCE + r"(?: ?\([^()]{1,120}\))?"
    r"(?:[.!:] (?:[^.!?\"“”„«»]{1,60}? )?(?:bestellen|kaufen|order|buy)\b"
    r"[^.!?\"“”„«»]{0,40})?"
    r"[.!]?(?: ?\(\w{1,5}\))?\W*"
)
#: What each such pointer names (``Text(keywords=...)``): the issue.
ISSUE_POINTER_KEYWORDS = ("ausgabe", "heft", "issue", "edition", "numéro", "edición", "número")

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
