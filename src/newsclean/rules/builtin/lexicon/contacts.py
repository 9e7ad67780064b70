"""Where to reach a person or the site: e-mail addresses and phone numbers, a press
release's contact card and heading, a wire story's sign-off, the site's social accounts.
"""

from __future__ import annotations

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

#: An e-mail address's name and its domain, around its "@" (or "(at)").
_MAILBOX = r"[\w.+-]+"
_MAIL_DOMAIN = r"[\w-]+(?:\.[\w-]+)+"
#: A phone number after its label's end ("Tel.: +49 (0)30 1234-5").
_LABELLED_NUMBER = r"\.?:?\s*\+?\(?\d[\d /().-]{4,}\d"

#: An e-mail address.
EMAIL_ADDRESS = _MAILBOX + "@" + _MAIL_DOMAIN

#: Where to reach a person: an e-mail address (perhaps written "name(at)site.org") or a
#: phone number after its label ("Tel. 0123 45678", "phone: +1 555-0100").
CONTACT_DETAILS = (
    _MAILBOX
    + r"(?:@|\(at\)|\[at\])"
    + _MAIL_DOMAIN
    + r"|\b(?:tel|phone|telefon|téléphone|tél|teléfono|fon)\b"
    + _LABELLED_NUMBER
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

#: A phone or fax number after its label, or written out in the international form
#: alone on its line ("Fon: 0711 2345-0", "Fax 030 1234 567", "+49 40 123 456-0").
PHONE_LINE = (
    r"\b(?:tel|phone|telefon|telephone|téléphone|tél|teléfono|fon|fax|telefax|mobil|mobile"
    r"|handy)\b" + _LABELLED_NUMBER + r"|^\+\d[\d /().-]{6,}\d$"
)
#: An e-mail address, perhaps written "name(at)site.org" or "name(@)site.org".
EMAIL_LINE = _MAILBOX + r"(?:@|\(at\)|\[at\]|\(@\))" + _MAIL_DOMAIN
#: A postal code with its town ending a line or a part of one set apart by a mark
#: ("70123 Musterstadt", "D - 80331 München", "CH-8000 Zürich | ...", "Springfield, IL
#: 62704"), perhaps before a phone's label on the same line: in prose a number before a
#: capitalised word ("1500 Zuschauer kamen") runs on. Four digits read as a year ("2024
#: Ada Lind") are no code.
POSTAL_LINE = (
    r"(?:^|[|·•,;]\s*)(?:(?:[A-Z]{1,2}\s?[-–]\s?)?(?!(?:19|20)\d\d\b)\d{4,5}\s+[^\W\d_]"
    r"[\w.'-]*(?:\s[^\W\d_][\w.'-]*){0,2}|[A-Z]{2}\s\d{5}(?:-\d{4})?)"
    r"\s*(?:$|[|·•,;]|(?=(?i:tel|fon|phone|fax)\b))"
)
