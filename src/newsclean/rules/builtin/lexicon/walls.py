"""The lines of a pay or registration wall: the call that stops the story to ask the
reader to subscribe, register or log in before reading on, and the note for those who
already have an account. No story sentence is worded so; the engine's ``wall-boxes``
takes the box such a line opens.
"""

from __future__ import annotations

#: A wall's line as a whole text (lowercased, whitespace collapsed), in English, German,
#: French and Spanish: a call to sign up, subscribe or log in and read on ("Subscribe
#: to continue reading", "Register for free and keep reading", "Jetzt registrieren und
#: weiterlesen", "Choose your access and read on"), reading on that needs an account
#: ("To continue reading, please log in", "Um weiterlesen zu können, müssen Sie sich
#: anmelden ..."), a story kept for subscribers ("This article is for subscribers
#: only"), and the note for those who have an account ("Already a subscriber? Log in",
#: "Schon registriert? Hier einloggen", "Sie sind bereits Abonnent? Hier anmelden").
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
    r"|choose your (?:access|plan|subscription|offer)\b"
    r"|this (?:article|story|content|page) is (?:only )?(?:available |reserved |exclusive )?"
    r"(?:for|to) (?:paying subscribers|subscribers|paying members|members|registered users)\b"
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
    r" (?:müssen sie sich"
    r"|musst du dich|bitte) (?:[\w-]+ ){0,3}?(?:anmelden|registrieren|einloggen)\b"
    r"|diese[rs]? (?:artikel|beitrag|inhalt|text) ist (?:nur |exklusiv )?(?:für|unseren)"
    r" (?:[\w-]+ )?abonnent\w*"
    r"|(?:(?:sie sind|du bist|sind sie|bist du) )?(?:bereits|schon) (?:[\w-]+-)?"
    r"(?:abonnent(?:in|/in|\*in)?|abonnentin|registriert|kunde|kundin|mitglied)\?"
    r"|(?:sie haben|du hast|haben sie|hast du) (?:bereits|schon) (?:ein |einen )?"
    r"(?:[\w-]+-)?(?:abo|abonnement|konto|account|zugang)\?"
    # French and Spanish
    r"|(?:abonnez-vous|inscrivez-vous|connectez-vous) (?:pour|et) (?:lire la suite"
    r"|continuer (?:à|a) lire)\b"
    r"|(?:la suite de )?(?:cet article|la suite) est réservée? (?:à nos|aux) abonnés\b"
    r"|déjà abonnée?\s?\?"
    r"|(?:suscríbete|regístrate|inicia sesión) (?:para|y) (?:seguir|continuar) leyendo\b"
    r"|¿?ya (?:eres suscriptora?|tienes (?:una )?cuenta)\?"
    r").{0,120}"
)

#: What a text holding such a line holds, one of these at least: the cheap test on the
#: body's text, then on each of its text nodes, before the lines are looked for.
WALL_KEYWORDS = (
    "continue reading",
    "keep reading",
    "start reading",
    "finish reading",
    "reading with",
    "already a",
    "already registered",
    "already have",
    "choose your",
    "subscribers",
    "for members",
    "to members",
    "paying members",
    "registered users",
    "weiterlesen",
    "weiterzulesen",
    "zugang",
    "zu lesen",
    "lesen zu können",
    "abonnent",
    "registriert?",
    "mitglied?",
    "kunde?",
    "kundin?",
    "abo?",
    "abonnement?",
    "konto?",
    "account?",
    "lire la suite",
    "continuer à lire",
    "continuer a lire",
    "abonné",
    "leyendo",
    "suscriptor",
    "cuenta?",
)
