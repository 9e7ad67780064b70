"""Words of the title over the site's account icons ("Folgen Sie uns:", "Follow us",
"Social Share", "Tauschen Sie sich mit uns aus!", "Suivez-nous").

Each stem leaves out the first letter, whose case changes, so one bytes search finds
it in a title set in a sentence's case and in a word of its own."""

from __future__ import annotations

#: The stems of the words such a title is made of: following, sharing, the social
#: networks, keeping in touch (English, German, French, Dutch, Spanish, Italian).
FOLLOW_STEMS = (
    "ollow",
    "olgen",
    "olge ",
    "olgt",
    "hare",
    "eilen",
    "ocial",
    "ozial",
    "auschen",
    "onnect",
    "uivez",
    "uivre",
    "olg ons",
    "íguenos",
    "eguici",
)

#: A button's whole text offering to follow a topic, a writer or a feed, as written in
#: its language (casefolded, an icon's "+" left out): "Follow", "Folgen", "Abonnieren",
#: "Suivre", "Seguir", "Segui", "Volgen", "Obserwuj", "Följ", "Følg", "Seuraa" (English,
#: German, French, Spanish and Portuguese, Italian, Dutch, Polish, Swedish, Danish and
#: Norwegian, Finnish).
FOLLOW_CONTROLS = frozenset(
    (
        *("follow", "folgen", "abonnieren", "suivre", "seguir", "segui", "volgen"),
        *("obserwuj", "följ", "følg", "seuraa"),
    )
)
