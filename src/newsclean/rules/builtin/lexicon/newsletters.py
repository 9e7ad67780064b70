"""What a newsletter's sign-up box says beside the word "newsletter": the mail it sends,
signing up and off, its price and how often it comes. A story about a newsletter says
some of it; a sign-up box says several in a few lines. The engine's
``newsletter-boxes`` counts them.
"""

from __future__ import annotations

#: The cues of a sign-up box, each a group of words read on the box's lowercased text
#: (English, German, French, Spanish): the mail and the inbox ("e-mail", "Postfach"),
#: signing up ("sign up", "abonnieren", "anmelden", "s'inscrire"), signing off at any
#: time ("unsubscribe", "abbestellen", "jederzeit"), the price ("free", "kostenlos"),
#: and how often ("every day", "weekly", "weekday mornings", "einmal die Woche").
NEWSLETTER_CUES = (
    r"\b(?:e-?mail|inbox|mailbox|postfach|posteingang|boîte (?:mail|de réception)|correo)",
    r"\b(?:subscri\w*|sign(?:ing)? ?up|abonn\w*|anmeld\w*|registrier\w*|inscri\w*|suscri\w*)",
    r"\b(?:unsubscri\w*|opt out|abbestell\w*|abmeld\w*|désabonn\w*|désinscri\w*"
    r"|at any time|jederzeit|à tout moment|en cualquier momento)",
    r"\b(?:free|kostenlos\w*|gratis|gratuit\w*)\b",
    r"\b(?:daily|weekly|weekdays?|every (?:day|week|morning|friday)|täglich\w*|wöchentlich\w*"
    r"|(?:einmal|jede) (?:die |pro )?woche|chaque (?:jour|semaine)|cada (?:día|semana))",
)
