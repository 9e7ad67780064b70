"""What a rating or voting tool says to the reader once its stars and buttons are gone:
its bidding to rate the page, its thanks, its "Was this helpful?" question, its state
("You already voted") and its tally in the wordings the star-count pattern of
:mod:`.widgets` does not read ("5 from 13 votes", "4,53 bei 120 Bewertungen").
"""

from __future__ import annotations

#: What the reader is asked to rate: the page itself (a film or a product in a review
#: is the story's, and is not named here).
_RATED_DE = r"(?:artikel|beitrag|rezept|text|tipp|post|ratgeber|seite|inhalt|antwort|information)"
_RATED_EN = r"(?:article|post|recipe|story|page|guide|content|answer)"
#: The German articles and determiners before the page's name.
_DET_DE = r"(?:den|der|dieser|diesen|dieses|das|die|diese|unseren|unser|meinen)"
#: A rating's number: "4", "4.5", "4,53".
_SCORE = r"\d(?:[.,]\d+)?"
#: A count of votes: "13", "4394", "1.234".
_COUNT = r"\d[\d.,]*"
_VOTES = r"(?:votes?|ratings?|reviews?|bewertungen|stimmen|abstimmungen)"

#: A rating tool's leftover as the whole text of a block, none of it a sentence of the
#: story: "Rezept bewerten:", "Jetzt bewerten! Danke für die Bewertung!", "(Rate me? //
#: Beitrag bewerten?)", "Fandest du den Artikel hilfreich?", "Was this article
#: helpful?", "Wir freuen uns, wenn du unseren Beitrag bewertest:", "Melde dich an, um
#: eine Bewertung abzugeben", "Sie haben bereits abgestimmt.", "Alle Bewertungen
#: anzeigen", "Durchschnittliche Bewertung:", "5 from 13 votes", "4,53 bei 4394
#: Bewertungen", "Durchschnitt: 4.6 (7 Bewertungen)", "0 / 5 Gesamt: 4.85". One to three
#: of them in a row (a tool prints its bidding and its thanks side by side).
_RATING_PIECE = (
    r"(?:"
    # the bidding to rate the page
    rf"(?:(?:jetzt|hier|bitte) )?(?:{_DET_DE} )?(?:{_RATED_DE} )?bewerten"
    rf"|rate (?:this|the|our) {_RATED_EN}|rate (?:me|it|us)"
    rf"|wir freuen uns,? (?:wenn|über) (?:du|sie|ihr)? ?{_DET_DE} {_RATED_DE} bewerte(?:st|t|n)?"
    # the thanks for it
    r"|(?:vielen |herzlichen )?dank(?:e)? (?:für|fuer) (?:die|ihre|deine|eure) (?:bewertung|stimme)"
    r"|thanks? (?:you )?for (?:your )?(?:rating|vote|voting)"
    # the helpfulness question
    rf"|(?:fandest du|fanden sie|fandet ihr|war|ist|warum war|warum ist) {_DET_DE} {_RATED_DE}"
    r" (?:nicht |wenig )?hilfreich(?: für (?:dich|sie|euch))?"
    rf"|wie hilfreich (?:war|ist|fanden sie|fandest du) {_DET_DE} {_RATED_DE}"
    rf"|(?:was|is|did you find) (?:this|the) (?:{_RATED_EN} )?(?:helpful|useful)"
    # the state of the tool
    r"|(?:melde dich|melden sie sich|bitte anmelden|log in|sign in)[^.!?]{0,20}?,? (?:um|to)"
    r" (?:eine bewertung abzugeben|zu bewerten|bewerten zu können|rate|vote)"
    r"|(?:sie haben|du hast|ihr habt) (?:bereits|schon) (?:abgestimmt|bewertet)"
    r"|you(?: have|'ve)? already (?:voted|rated)"
    rf"|alle (?:{_COUNT} )?bewertungen (?:anzeigen|ansehen|lesen)"
    rf"|(?:see|show|read|view) all (?:{_COUNT} )?(?:ratings|reviews)"
    r"|durchschnittliche bewertung|durchschnittsbewertung|average rating|gd star rating"
    # the tally
    rf"|{_SCORE} (?:from|bei|aus) {_COUNT} {_VOTES}"
    rf"|(?:durchschnitt|average|ø) ?:? ?{_SCORE} ?\({_COUNT} {_VOTES}\)"
    rf"|(?:mit )?(?:{_SCORE} )?von 5 sternen"
    rf"|{_SCORE} ?/ ?5 (?:gesamt|total|insgesamt) ?:? ?{_SCORE}"
    r")"
)
RATING_PROMPT = rf"\W*{_RATING_PIECE}(?:\W+{_RATING_PIECE}){{0,2}}\W*"

#: What every such leftover holds, one of these at least (``Text(keywords=...)``).
RATING_PROMPT_KEYWORDS = (
    *("bewert", "rate", "rating", "hilfreich", "helpful", "useful", "vote"),
    *("stimm", "sternen", "review", "gesamt"),
)
