"""The publisher's notices: disclaimers, copyright and licence lines, legal links,
affiliate and price-data disclosures, review notes, market-data terms, citation labels and
a press release's company profile.
"""

from __future__ import annotations

from .base import AFTER_WORD_BREAK, HOLDING_CJK, NOTICE_LEAD

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

#: The heading of a site's legal notices closing the page ("Disclaimer", "Legal notice"),
#: or of its rules for comments ("House rules", "Comment policy", "Community
#: guidelines"), or a German or French one ("Haftungshinweis", "Mentions légales"), or
#: of its note on how its links pay it ("Advertising Disclosure", "Affiliate
#: disclosure", "Werbehinweis", "Hinweis zu Affiliate-Links", "Was der Stern bedeutet",
#: "What the asterisk means", "Liens affiliés"): what follows it is the publisher's terms,
#: not the story.
NOTICE_HEADING = (
    r"\W*(?:(?:legal )?disclaimers?|(?:legal|site) notices?"
    # not "Financial disclosures": a story on officials' filings may close under it
    r"|(?:(?:advertis(?:ing|er)|affiliate|ftc|partner) )?disclosures?(?: statement| policy)?"
    r"|affiliate links?|(?:werbe|affiliate|partner|transparenz)[- ]?hinweise?"
    r"|hinweis(?:e)? zu (?:affiliate|partner|werbe)[- ]?links"
    r"|(?:was|wofür) (?:der|das|die) (?:stern|sternchen|\*) (?:bedeutet|bedeuten|steht|stehen)"
    r"|what (?:the|an|our) (?:asterisk|star)s? (?:means?|stands? for)"
    r"|liens (?:affiliés|d['’]affiliation)|enlaces (?:de )?afiliados?"
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
    # also with no article, and "stellen ... dar": "Kommentare von Lesern stellen nicht
    # die Meinung der Redaktion dar", "Leserbriefe geben nicht die Meinung ... wieder"
    r"|(?:(?:der|dieser|die|diese|dieses) (?:[\w-]+ ){0,3}?)?(?:beitrag|beiträge|artikel"
    r"|text|texte|kommentar|kommentare|leserkommentare?|leserbriefe?|meinungen|ansichten"
    r"|gastbeitrag|gastbeiträge)\b[^.!?]{0,100}? (?:gibt|geben|spiegelt|spiegeln|entspricht"
    r"|entsprechen|stellt|stellen) (?:[\w]+ ){0,3}?"
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
    # the disclosure an online shop's partner program asks of the site ("Acme is a
    # participant in the Amazon Services LLC Associates Program", "This site participates
    # in the Amazon Associates program and earns from qualifying purchases")
    r"|[^.!?\"“”]{1,80}? (?:(?:is|are) (?:a )?participants?|participates?) in the amazon"
    r" (?:services|associates?)\b.*"
    # the site disowning what its contributors say
    r"|[^.!?\"“”]{1,80}? (?:is|are) not responsible for (?:the )?(?:opinions|views"
    r"|statements)\b.*)"
)
#: What each branch of :data:`DISCLAIMER_LINE` names, one of them at least: the
#: quick test before a pattern whose branches each scan a long text.
DISCLAIMER_KEYWORDS = (
    *("disclaimer", "avertissement", "aviso legal", "advice", "expressed", "engage"),
    *("meinung", "ansicht", "auffassung", "haltung", "responsabilidad", "creative"),
    *("haftung", "verantwortlich", "responsible", "amazon services", "amazon associate"),
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

#: A market-data notice: "Quotes delayed at least 15 minutes. Real-time quotes provided
#: by ...", "Data is delayed by 20 minutes": the terms of the price tables a business
#: site prints around its stories.
MARKET_DATA_NOTICE = (
    r"\W*(?:(?:stock |market )?(?:quotes|data|prices)(?: are| is)? delayed"
    r" (?:at least |by |up to )?(?:\d{1,2}|fifteen|twenty) min(?:utes?|s)?\b.*)"
)
#: What every such notice holds (``Text(keywords=...)``).
MARKET_DATA_KEYWORDS = ("delayed",)

#: A line opening with the site's ban on copying its pages, in the words of its terms: the
#: page is under copyright ("This document is subject to copyright", "Dieser Artikel ist
#: urheberrechtlich geschützt"), no part may be reproduced without leave ("No part of this
#: site may be reproduced without ...", "The material on this site may not be reproduced
#: ...", "Reproduction ... without written permission is prohibited"), or reprints are
#: banned ("Nachdruck nur mit Genehmigung", "Unerlaubte Vervielfältigung ist untersagt",
#: "Toute reproduction interdite", "Prohibida su reproducción total o parcial", "Vietata
#: la riproduzione", "É proibida a reprodução"). Not quoted, and no one said it in the same
#: sentence: a story reporting a ruling on copying keeps it.
_REPRINT_BAN = (
    r"(?!\W*[\"“”„«»])(?![^.!?]*\b(?:said|says|told|according|sagte|sagt|erklärte|laut"
    r"|dijo|según|selon|a déclaré|ha detto)\b)\W*(?:"
    r"(?:this|the) (?:document|article|story|page|material|content|report)s? (?:is|are)"
    r" (?:subject to|protected by) copyright(?=\s*(?:[.;,!]|$))"
    r"|(?:dieser|der|die|diese|alle) (?:[\w-]+ ){0,3}?(?:text|artikel|beitrag|inhalte?|texte"
    r"|beiträge|bilder|fotos)\b[^.!?]{0,60}? (?:ist|sind) urheberrechtlich geschützt"
    r"|(?:no part of (?:this|the|our) [^.!?]{1,60}? may be"
    r"|(?:the )?(?:material|content|articles?|stories|texts?|photos)s? (?:on|of|in) (?:this"
    r"|our) (?:site|website|page|publication)s?\b[^.!?]{0,40}? may not be"
    r"|(?:this|the) (?:article|story|material|content|document) may not be)"
    r" (?:reproduced|republished|reprinted|copied|redistributed|distributed|published)"
    r"|(?:unauthori[sz]ed )?(?:reproduction|republication|redistribution)\b[^.!?]{0,80}?"
    r" without (?:the )?(?:[\w-]+ ){0,3}?(?:permission|consent|authori[sz]ation)\b[^.!?]{0,60}?"
    r" (?:is|are) (?:strictly )?(?:prohibited|forbidden|not permitted)"
    r"|no (?:reproduction|republication)\b[^.!?]{0,40}? without (?:the )?(?:prior )?"
    r"(?:written )?(?:permission|consent)"
    r"|(?:jede |die |eine |unerlaubte |unbefugte )?(?:vervielfältigung|nachdruck"
    r"|weiterverbreitung)\b[^.!?]{0,80}?(?:nur mit (?:[\w-]+ ){0,3}?"
    r"(?:genehmigung|zustimmung|erlaubnis)|(?:ist |sind )?(?:untersagt|verboten"
    r"|nicht (?:gestattet|erlaubt)))"
    r"|keine (?:vervielfältigung|weiterverbreitung)\b"
    r"|toute reproduction\b[^.!?]{0,80}? (?:est )?(?:strictement |formellement )?interdite"
    r"|reproduction (?:(?:même )?(?:totale|partielle|intégrale)(?: ou (?:totale|partielle))? )?"
    r"interdite"
    r"|(?:queda |está )?(?:totalmente |expresamente )?prohibida (?:la|su) reproducción"
    r"|(?:è )?(?:severamente )?vietata (?:la )?riproduzione|riproduzione riservata"
    r"|(?:é )?(?:expressamente )?proibida a (?:sua )?reprodução"
    r")\b.*"
)

#: A copyright or reprint notice: a line opening with the copyright sign (or ⓒ), or with the
#: word and a year, "by" or a colon ("Copyright lawyers said..." is a sentence), or
#: reserving the rights ("All rights reserved" in twenty-one European languages: "Alle
#: rechten voorbehouden", "Wszelkie prawa zastrzeżone", "Todos os direitos reservados",
#: "Все права защищены") or forbidding reprints without permission (:data:`_REPRINT_BAN`,
#: opening the line). Chinese, Japanese and Korean notices have no word boundaries:
#: "版权所有", "版权声明：", "未经授权，不得转载", "無断転載を禁じます", "무단전재 및 재배포 금지".
COPYRIGHT_NOTICE = (
    r"\W*(?:[©ⓒ]|\(c\)|(?:copyright|urheberrecht)\s*(?:[©ⓒ]|\(c\)|\d{4}\b|by\b|:)).*"
    r"|" + AFTER_WORD_BREAK + r"(?:all rights reserved|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
    r"|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena"
    r"|všetky práva vyhradené|minden jog fenntartva|toate drepturile rezervate"
    r"|sva prava pridržana|vse pravice pridržane|tüm hakları saklıdır"
    r"|alla rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter reservert"
    r"|kaikki oikeudet pidätetään|все права защищены|всі права захищені"
    r"|(?:written )?permission (?:must|is required)[^.]{0,40}"
    r"\b(?:reprint|reproduc|republish))\w*\b.*"
    # the site's licence: "Unless otherwise stated, the content of this page is licensed
    # under Creative Commons ...", "Sofern nicht anders ausgewiesen, stehen Inhalte dieser
    # Website unter CC-BY"
    r"|\W*(?:unless otherwise (?:stated|noted|indicated|specified)"
    r"|(?:sofern|soweit|wenn) nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet)"
    r"|sauf mention contraire|salvo (?:que se indique lo contrario|indicación contraria))"
    r"\b[^.]{0,120}?(?:licen[cs]|lizenz|cc[- ]by|creative commons).*|"
    + _REPRINT_BAN
    + "|"
    + HOLDING_CJK
    + r".*(?:版[权權]所有|版[权權](?:声明|聲明|说明|說明)\s*[:：]|(?:禁止|不得|严禁|嚴禁)[转轉]载"
    r"|(?:禁止|不得|严禁|嚴禁)[转轉]載|無断(?:転載|複製|使用)|무단\s*전재|재배포\s*금지).*"
)
#: What each branch of :data:`COPYRIGHT_NOTICE` names, one of them at least (``Text(
#: keywords=...)``): most long closing paragraphs hold none and skip its scan.
COPYRIGHT_KEYWORDS = (
    *("©", "ⓒ", "(c)", "copyright", "urheberrecht", "rights reserved", "rechte vorbehalten"),
    *("droits réservés", "derechos reservados", "diritti riservati", "permission"),
    *("direitos reservados", "rechten voorbehouden", "prawa zastrzeżone", "práva vyhrazena"),
    *("práva vyhradené", "jog fenntartva", "drepturile rezervate", "prava pridržana"),
    *("pravice pridržane", "hakları saklıdır", "rättigheter förbehållna", "rettigheder"),
    *("rettigheter reservert", "oikeudet pidätetään", "права защищены", "права захищені"),
    *("unless otherwise", "nicht anders", "sauf mention contraire", "salvo"),
    *("reprodu", "republi", "redistribut", "reprinted", "copied", "riproduz"),
    *("vervielfältigung", "nachdruck", "weiterverbreitung", "may not be"),
    *("版", "载", "載", "無断", "무단", "재배포"),
)

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

#: An affiliate or commission disclosure in the site's own voice: "This post may contain
#: affiliate links", "Some of the links on this page are affiliate links", "We may earn
#: a commission when you buy through our links", "Disclosure: Acme may earn a
#: commission ...", "As an Amazon Associate I earn from qualifying purchases", "Post
#: contains affiliate links", "Wenn Sie über diese Links kaufen, erhalten wir eine
#: Provision", "Geld erhalten wir, wenn Sie diesen Link klicken", and their like in
#: French and Spanish. A story reporting on affiliate links speaks of
#: others ("Bloggers who use affiliate links must ...") and keeps its sentences.
AFFILIATE_NOTICE = (
    NOTICE_LEAD
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
    r"|(?:(?:this )?(?:post|article|page|video) )?(?:may )?contains? (?:some )?affiliate[ -]?links"
    # German: "Dieser Artikel enthält Affiliate-Links", "Die mit Sternchen
    # gekennzeichneten Links sind sogenannte Affiliate-Links", "Anzeige, enthält ..."
    r"|(?:dieser|der|unser) (?:artikel|beitrag|text|post|blogpost|ratgeber|test)\b"
    r"[^.!?]{0,60}? (?:enthält|enthalten|beinhaltet)\b"
    r"|(?:\(?\*\)? ?)?(?:alle |die |diese |bei den )?(?:mit [^.!?]{1,40}? )?"
    r"(?:links|verlinkungen)\b"
    r"[^.!?]{0,60}? (?:sind|können|handelt es sich um) (?:sogenannte )?\W?affiliate[ -]?links"
    r"|(?:anzeige|werbung)?\W*enthält (?:affiliate|werbe)[ -]?links"
    # "Wenn Sie über diese Links kaufen, erhalten wir eine Provision", "Geld erhalten
    # wir, wenn Sie diesen Link klicken": the site is paid, the reader's click the cause
    r"|(?:wenn|falls|sobald) (?:sie|du|ihr) (?:über |auf )?(?:eine[nmr]? (?:dieser|der) "
    r"|diese[nm]? |die |solche )?(?:links?|verlinkungen)\b[^.!?\"“”„]{0,80}?,? "
    r"(?:(?:erhalten|bekommen|verdienen) (?:wir|ich)|erhält [^.!?,]{1,40}?)\b[^.!?]{0,30}?"
    r"\b(?:provision|vergütung|geld)"
    r"|(?:geld|(?:eine )?(?:kleine )?(?:provision|vergütung)) (?:erhalten|bekommen) (?:wir|ich),?"
    r" (?:nur )?(?:wenn|falls|sobald) (?:sie|du|ihr) [^.!?]{0,40}?\b(?:links?|verlinkungen)\b"
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
    *("associate", "earn", "percentage of", "vergütung", "geld"),
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

#: The legal line a form's captcha service asks the site to print under it: "This site is
#: protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply",
#: "Diese Seite ist durch reCAPTCHA geschützt und es gelten die Datenschutzerklärung und
#: Nutzungsbedingungen von Google", "Ce site est protégé par reCAPTCHA ...", "Este sitio
#: está protegido por reCAPTCHA ...", or the badge's "protected by hCaptcha Privacy -
#: Terms". Both the protection and the service's terms are named: a story's "the log-in
#: page is protected by reCAPTCHA, which researchers got past" names no terms.
CAPTCHA_NOTICE = (
    r"(?!\W*[\"“”„«»])[^.!?\"“”„«»]{0,60}?(?:protected by|protégée? par|protegid[oa] por"
    r"|protett[oa] da|(?:ist|wird|sind) durch) (?:google )?(?:re|h)?captcha\b"
    r"[^.!?\"“”„«»]{0,160}?\b(?:privacy|terms|datenschutz\w*|nutzungsbedingungen"
    r"|confidentialité|conditions|privacidad|términos|condiciones|termini|norme)\b.*"
)
#: What every such line names (``Text(keywords=...)``).
CAPTCHA_KEYWORDS = ("captcha",)
