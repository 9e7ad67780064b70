"""What a rating or voting tool says to the reader once its stars and buttons are gone:
its bidding to rate the page, its thanks, its "Was this helpful?" question, its state
("You already voted") and its tally in the wordings the star-count pattern of
:mod:`.widgets` does not read ("5 from 13 votes", "4,53 bei 120 Bewertungen").
"""

from __future__ import annotations

#: What the reader is asked to rate: the page itself (a film or a product in a review
#: is the story's, and is not named here).
_RATED_DE = (
    r"(?:artikel|beitrag|rezept|text|tipp|post|ratgeber|seite|inhalt|antwort|information"
    # an entry of a blog or a directory, alone or compounded ("Blogeintrag")
    r"|[a-zäöüß]*eintrag)"
)
_RATED_EN = r"(?:article|post|recipe|story|page|guide|content|answer)"
#: The German articles and determiners before the page's name.
_DET_DE = r"(?:den|der|dieser|diesen|dieses|das|die|diese|unseren|unser|meinen)"
#: A rating's number: "4", "4.5", "4,53".
_SCORE = r"\d(?:[.,]\d+)?"
#: A count of votes: "13", "4394", "1.234".
_COUNT = r"\d[\d.,]*"
_VOTES = r"(?:votes?|ratings?|reviews?|bewertungen|stimmen|abstimmungen|votos?|avis)"
#: What the page is called in French and Spanish, with its determiner.
_RATED_FR = r"(?:cet article|cette (?:page|recette|information)|ce (?:contenu|billet|post))"
_RATED_ES = r"(?:este (?:artículo|contenido|post)|esta (?:nota|noticia|receta|página|información))"
#: A score's scale word: "von", "out of", "sur"; a plugin's half-translated "von of" too.
_OF = r"(?:von|of|out of|aus|sur|de|su)(?: of)?"
#: The stars a tally counts.
_STARS = r"(?:sterne|sternen|stars?|étoiles|estrellas|stelle)"
#: A yes/no pair after a helpfulness question ("Ja / Nein", "Yes No").
_YES_NO = r"(?:\W+(?:ja|yes|oui|sí|si)\W+(?:nein|no|non))?"

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
    rf"|click (?:on )?(?:a |the )?(?:stars? )?to rate (?:it|this {_RATED_EN})"
    rf"|(?:no votes (?:so far|yet)\W+)?be the first to rate this {_RATED_EN}"
    r"|submit (?:your )?(?:rating|vote)"
    rf"|(?:noter|notez|évaluer|évaluez) {_RATED_FR}"
    rf"|(?:valora|valore|califica|puntúa|vota) {_RATED_ES}"
    rf"|wir freuen uns,? (?:wenn|über) (?:du|sie|ihr)? ?{_DET_DE} {_RATED_DE} bewerte(?:st|t|n)?"
    # the thanks for it
    r"|(?:vielen |herzlichen )?dank(?:e)? (?:für|fuer) (?:die|ihre|deine|eure) (?:bewertung|stimme)"
    r"|thanks? (?:you )?for (?:your )?(?:rating|vote|voting)"
    r"|merci (?:pour|de) votre (?:vote|note|évaluation)|gracias por (?:tu|su) (?:voto|valoración)"
    # the helpfulness question
    rf"|(?:fandest du|fanden sie|fandet ihr|war|ist|warum war|warum ist) {_DET_DE} {_RATED_DE}"
    r" (?:nicht |wenig )?(?:hilfreich|nützlich)(?: für (?:dich|sie|euch))?"
    rf"|wie hilfreich (?:war|ist|fanden sie|fandest du) {_DET_DE} {_RATED_DE}"
    rf"|(?:was|is|did you find) (?:this|the) (?:{_RATED_EN} )?(?:helpful|useful)"
    # the liking question, perhaps with its yes/no buttons' words
    rf"|(?:wie (?:sehr |gut )?)?hat (?:ihnen|dir|euch) {_DET_DE} {_RATED_DE} gefallen{_YES_NO}"
    rf"|(?:did you (?:like|enjoy)|how (?:useful|helpful) was) this {_RATED_EN}{_YES_NO}"
    rf"|{_RATED_FR} vous a-t-(?:il|elle) (?:été utile|plu){_YES_NO}"
    rf"|(?:avez-vous|as-tu) trouvé {_RATED_FR} utile{_YES_NO}"
    rf"|(?:(?:te|le|os) )?(?:ha resultado|resultó|ha sido|fue|es) útil {_RATED_ES}{_YES_NO}"
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
    # the count, alone or with the average: "(2 Bewertungen)", "(95 Stimmen: 4,73 von of
    # 5)", "(12 votes, average: 4.50 out of 5)", "Vote count: 12"
    rf"|\(?{_COUNT} {_VOTES}(?:[:,]? (?:(?:average|durchschnitt|ø|moyenne|media) ?:? )?"
    rf"{_SCORE} ?(?:/|{_OF}) ?(?:5|10))?\)?"
    rf"|(?:vote count|anzahl (?:der )?(?:stimmen|bewertungen)|nombre de votes) ?:? ?{_COUNT}"
    rf"|(?:average rating|note moyenne|valoración media) ?:? ?{_SCORE} ?/ ?5"
    # the stars after the count of votes: "(2) 4 Sterne von 5" (a reviewer's "4 von 5
    # Sternen" names no votes, and stays)
    rf"|\(?{_COUNT}\) {_SCORE} {_STARS} {_OF} 5"
    # a plugin's summary, the page's title before it: "Title, 4.5 out of 5 based on 12 ratings"
    rf"|[^\"“”„«»]{{1,80}}?, {_SCORE} out of \d{{1,2}} based on {_COUNT} {_VOTES}"
    r")"
)
RATING_PROMPT = rf"\W*{_RATING_PIECE}(?:\W+{_RATING_PIECE}){{0,2}}\W*"
#: Two or three of the pieces, a number among them (a tally, a score): what a rating
#: plugin's span shows beside its stars ("War der Artikel nützlich? (95 Stimmen: 4,73 von
#: 5)"). One piece alone may be words of a sentence ("Das Hotel hat <span>1.234
#: Bewertungen</span> im Portal").
RATING_TALLY = rf"(?=\D*\d)\W*{_RATING_PIECE}(?:\W+{_RATING_PIECE}){{1,2}}\W*"

#: What every such leftover holds, one of these at least (``Text(keywords=...)``).
RATING_PROMPT_KEYWORDS = (
    *("bewert", "rate", "rating", "hilfreich", "nützlich", "helpful", "useful", "vote"),
    *("stimm", "sterne", "review", "gesamt", "gefallen", "did you", "utile", "útil"),
    *("noter", "notez", "évalu", "valor", "califica", "puntúa", "vota", "voto", "stars"),
    *("étoiles", "estrellas", "avis"),
)
