"""The lines of a pay or registration wall: the call that stops the story to ask the
reader to subscribe, register or log in before reading on, and the note for those who
already have an account. No story sentence is worded so; the engine's ``wall-boxes``
takes the box such a line opens.
"""

from __future__ import annotations

#: A wall's line as a whole text (lowercased, whitespace collapsed), in English, German
#: and French: a call to sign up, subscribe or log in and read on ("Subscribe to
#: continue reading", "Create a free account to keep reading", "Jetzt registrieren und
#: weiterlesen", "Wählen Sie Ihren Zugang und lesen Sie weiter", "Abonnez-vous pour lire
#: la suite"), reading on that needs an account ("To continue reading, please log in",
#: "Um weitere Inhalte lesen zu können, müssen Sie sich anmelden ..."), a story kept for
#: subscribers ("This article is for subscribers only"), and the question to those who
#: have an account ("Already a subscriber? Log in", "Schon registriert? Hier einloggen",
#: "Sie sind bereits Abonnent? Hier anmelden", "Déjà abonné ?"). Each branch holds one
#: of :data:`WALL_KEYWORDS`.
WALL_LINE = (
    r"\W*(?:"
    # English: the call and reading on
    r"(?:please |now |just )?(?:subscribe|register|sign (?:up|in)|log ?in|join"
    r"|create (?:a |an |your )?(?:free )?account)(?: (?:now|today|for free|free|here))?"
    r"(?: or (?:subscribe|register|sign (?:up|in)|log ?in))?,? (?:to|and) (?:continue|keep"
    r"|start|finish) reading\b"
    r"|(?:to )?(?:continue|keep) reading(?: (?:this|the full) (?:article|story))?,?"
    r" (?:please |you (?:need|must|have) to )?(?:subscribe|register|sign (?:up|in)|log ?in"
    r"|create (?:a |an )?(?:free )?account|become a (?:subscriber|member))\b"
    r"|(?:continue|keep) reading with (?:a|an|your|our) [\w -]{1,40}"
    r"|(?:want|would you like) to (?:continue|keep) reading\?"
    r"|this (?:article|story|content|page) is (?:only )?(?:available |reserved |exclusive )?"
    r"(?:for|to) (?:paying )?subscribers\b"
    r"|already (?:a |an )?(?:subscriber|member|registered)\?|already have an account\?"
    # German: the call and reading on ("Kostenlos registrieren und weiterlesen")
    r"|(?:(?:jetzt|hier|kostenlos|gratis|einfach|gleich|sofort) )*(?:registrieren|anmelden"
    r"|einloggen|abonnieren|testen|abo abschließen|freischalten)(?: (?:oder|&|und)"
    r" (?:registrieren|anmelden|einloggen|abonnieren))?,? (?:und|&) (?:(?:direkt|sofort"
    r"|gleich|kostenlos|gratis) )?weiterlesen\b"
    r"|weiterlesen mit (?:[\w-]+ ){0,2}?(?:[\w-]*abo\w*|[\w-]*konto|account|[\w-]*zugang"
    r"|[\w-]+\+|[\w-]*plus)\b"
    r"|(?:wählen sie|wähle|wählt) (?:ihren|deinen|euren) zugang\b"
    r"|möchten sie weiterlesen\?|willst du weiterlesen\?"
    r"|um (?:[\w-]+ ){0,4}?(?:weiterzulesen|zu lesen|(?:weiter)?lesen zu können),?"
    r" (?:müssen sie sich|musst du dich|bitte) (?:[\w-]+ ){0,3}?(?:anmelden|registrieren"
    r"|einloggen)\b"
    r"|diese[rs]? (?:artikel|beitrag|inhalt|text) ist (?:nur |exklusiv )?(?:für|unseren)"
    r" (?:[\w-]+ )?abonnent\w*"
    r"|(?:(?:sie sind|du bist|sind sie|bist du) )?(?:bereits|schon) (?:[\w-]+-)?"
    r"(?:abonnent(?:in|/in|\*in)?|abonnentin|registriert)\?"
    r"|(?:sie haben|du hast|haben sie|hast du) (?:bereits|schon) (?:ein |einen )?"
    r"(?:[\w-]+-)?(?:abonnement|zugang)\?"
    # French
    r"|abonnez-vous (?:pour|et) (?:lire la suite|continuer (?:à|a) lire)\b"
    r"|(?:la suite de )?(?:cet article|la suite) est réservée? (?:à nos|aux) abonnés\b"
    r"|déjà abonnée?\s?\?"
    r").{0,120}"
)

#: What a text holding such a line holds, one of these at least, each a stem of a wall's
#: words without its first letter (the same in "Weiterlesen" and "weiterlesen"): the
#: cheap test on the body's text (each stem one search of it, the bulk of the rule's
#: cost: few stems, each covering several branches), then, in C, on each of its text
#: nodes short enough to be in a line: only those holding one are read in Python, for
#: the lines. The engine searches each in capitals too ("JETZT ABONNIEREN UND
#: WEITERLESEN"): a wall's banner or button is often written so.
WALL_KEYWORDS = ("eading", "lready", "ubscribers", "eiter", "ugang", "bonn", "egistri")
