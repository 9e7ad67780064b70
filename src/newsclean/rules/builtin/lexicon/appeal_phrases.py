"""The phrases no story sentence uses that make a block a closing appeal wherever they
stand in it, kept apart from the patterns of :mod:`.appeals` that group them.
"""

from __future__ import annotations

#: The tails several of :data:`APPEAL_PHRASES` share: the site's newsletter after
#: "unser", "mein" ("unseren kostenlosen Newsletter")
_OWN_NEWSLETTER = r" (?:gratis |kostenlosen )?[\w-]{0,20}newsletter"
#: a request to answer in the comments after its verb ("Verraten Sie uns ...")
_IN_THE_COMMENTS = (
    r"(?: uns| mir)?(?: gerne| gern| doch)?(?: es)? in (?:den|the) (?:kommentaren|comments)"
)
#: the error the reader saw and the ask to report it, after "spotted", "found" ...
_ERROR_SPOTTED = (
    r"(?: an?| any)? (?:errors?|mistakes?|inaccurac(?:y|ies)|typos?)\b[^.!?]{0,80}?(?:[.!?] )?"
    r"(?:let us know|we(?:'d| would) (?:like|love) to (?:know|hear)"
    r"|(?:contact|e-?mail|tell|notify|write to) us)"
)
#: the messenger an account is on and its number or address, after "wir", "us" ...
_ON_A_MESSENGER = (
    r"\b[^.!?\"“”„«»]{0,20}? (?:bei|auf|on|via|sur|en|por)"
    r" (?:whatsapp|telegram|signal|threema)(?=\W*(?:\+?\d[\d /().-]{5,}|:|at\b|unter\b|$))"
)

#: The phrases no story sentence uses that make a block a closing appeal wherever they
#: stand in it ("in your inbox", "may be reached at"). Each opens with a letter, not a
#: group of words ("may ...", "can ...", not "(?:may|can) ..."), for
#: :func:`.base.by_first_letter` to group them: the same texts match.
APPEAL_PHRASES = (
    r"in your inbox",
    r"delivered (?:to|through) your (?:inbox|door|letterbox)",
    r"may be reached at",
    r"can be reached at",
    r"follow (?:us|him|her|them|me) on",
    r"keep up with (?:us|him|her|them|me) on",
    r"our (?:free )?newsletter",
    r"letters to the editor",
    r"is committed to publishing",
    r"subscribe to (?:the|our)",
    r"have an? (?:news |story )?tip",
    r"got an? (?:news |story )?tip",
    # an appeal for gifts or a plea not to miss the site's news: "Jede kleine Spende
    # hilft", "Keine Neuigkeiten mehr verpassen:", "Hacemos periodismo desde hace ..."
    r"jede (?:kleine |noch so kleine )?spende hilft",
    r"hacemos periodismo desde",
    r"unterstützen sie (?:[\w-]+ ){0,4}journalismus",
    # "in your inbox" and "our newsletter" in German, French and Spanish, and a request
    # to answer in the comments: "Verraten Sie uns in den Kommentaren: ..."
    r"in (?:deinem|ihrem|euer|eurem) (?:e-mail-)?(?:posteingang|postfach)",
    r"dans votre boîte (?:mail|e-mail|de réception)",
    r"en tu bandeja de entrada",
    r"unser(?:en|em)?" + _OWN_NEWSLETTER,
    r"mein(?:en|em)?" + _OWN_NEWSLETTER,
    r"notre newsletter",
    r"nuestr[oa] (?:boletín|newsletter)",
    r"verrat(?:e|et|en sie)" + _IN_THE_COMMENTS,
    r"schreib(?:t|en sie)?" + _IN_THE_COMMENTS,
    r"erzähl(?:t|en sie)?" + _IN_THE_COMMENTS,
    r"let us know" + _IN_THE_COMMENTS,
    r"tell us" + _IN_THE_COMMENTS,
    # a note asking for corrections: "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel
    # haben, können Sie die Redaktion per E-Mail informieren"
    r"anmerkungen zu diesem (?:artikel|beitrag) haben",
    r"hinweise zu diesem (?:artikel|beitrag) haben",
    r"korrekturen zu diesem (?:artikel|beitrag) haben",
    r"feedback zu diesem (?:artikel|beitrag) haben",
    # and in English, French and German, the site asking to be told of an error: "If you
    # are aware of an inaccuracy or would like to report a correction, we would like to
    # know", "Spotted a mistake? Let us know", "Haben Sie einen Fehler entdeckt?"
    r"w(?:ould like|ant|ish) to (?:report|submit|request) a correction",
    r"s(?:pot|potted|ee)" + _ERROR_SPOTTED,
    r"noticed?" + _ERROR_SPOTTED,
    r"f(?:ind|ound)" + _ERROR_SPOTTED,
    r"are aware of" + _ERROR_SPOTTED,
    r"ha(?:ben sie|st du|bt ihr) einen fehler (?:entdeckt|gefunden)\?",
    r"vous avez (?:repéré|remarqué|trouvé|vu) une (?:erreur|faute)",
    r"nichts mehr (?:verpassen|versäumen)(?= *[:!])",
    r"keine [\w-]+(?: [\w-]+){0,3} mehr (?:verpassen|versäumen)(?= *[:!])",
    r"nichts neues (?:mehr )?verpassen(?= *[:!])",
    r"einfach hier klicken",
    r"jetzt (?:auch )?(?:digital|als e-paper) *!",
    r"c(?:anal|hannel) (?:de |on |bei |auf )?(?:telegram|whatsapp)",
    r"kanal (?:de |on |bei |auf )?(?:telegram|whatsapp)",
    r"telegram[- ](?:channel|kanal|canal)",
    r"whatsapp[- ](?:channel|kanal|canal)",
    # the site's own account on a messenger, as a line giving its number or address:
    # "Wir bei WhatsApp: 0160 ...", "Send us a message on WhatsApp at +1 ...", "Nous
    # sur Telegram : ..."; a story's "Er schrieb uns auf WhatsApp, er komme" goes on
    r"w(?:ir|e)" + _ON_A_MESSENGER,
    r"uns?" + _ON_A_MESSENGER,
    r"no(?:us|sotros)" + _ON_A_MESSENGER,
    r"sign up (?:for|to) (?:the|our|a) (?:free )?(?:[\w'-]+ ){0,3}newsletters?",
    # a pointer for readers of the site's app: "If you're on the Acme News app, click here
    # to watch live", "Wenn Sie die App nutzen, tippen Sie hier"
    r"if you(?:'re| are) (?:reading this )?(?:on|in|using) (?:the|our) [\w' -]{0,40}?app,?"
    r" (?:click|tap|go) here",
    r"this (?:story|article|feature) (?:appears|appeared|first appeared|was first published)",
)
