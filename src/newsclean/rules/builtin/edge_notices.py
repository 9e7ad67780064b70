"""Notices closing a story that the site or a press release's sender owes the reader,
recognised at the body's edges only: the site's terms (copyright, disclaimers, market
data, a section under a notice heading), a press release's company profile and press
contacts, and a suggested citation. A rule of that kind belongs here; it is listed in
:data:`.edges.RULES` (the order explain reports the family in)."""

from __future__ import annotations

from .common import closing_section, edge_drop
from .lexicon.contacts import CONTACT_CARD, CONTACT_CARD_KEYWORDS, CONTACT_HEADING
from .lexicon.notices import (
    CITATION_LABEL,
    COMPANY_PROFILE,
    COPYRIGHT_KEYWORDS,
    COPYRIGHT_NOTICE,
    DISCLAIMER_KEYWORDS,
    DISCLAIMER_LINE,
    MARKET_DATA_KEYWORDS,
    MARKET_DATA_NOTICE,
    NOTICE_HEADING,
)

CLOSING_NOTICE_SECTIONS = closing_section(
    "closing-notice-sections",
    NOTICE_HEADING,
    40,
    "A short closing section under a 'Disclaimer', 'Haftungshinweis', 'Legal notice', "
    "'House rules' or 'Comment policy' heading: the site's terms or its rules for comments, the "
    "heading and everything after it.",
)

COPYRIGHT_NOTICES = edge_drop(
    "copyright-notices",
    COPYRIGHT_NOTICE,
    400,
    "'© 2024 Example News', 'All rights reserved' and 'written permission is "
    "required to reprint' lines closing the body.",
    COPYRIGHT_KEYWORDS,
)

MARKET_DATA_NOTICES = edge_drop(
    "market-data-notices",
    MARKET_DATA_NOTICE,
    600,
    "'Quotes delayed at least 15 minutes. Real-time quotes provided by ...': "
    "the terms of a business site's price data.",
    MARKET_DATA_KEYWORDS,
)

DISCLAIMER_LINES = edge_drop(
    "disclaimer-lines",
    DISCLAIMER_LINE,
    600,
    "The site's disclaimer opening or closing the body ('Disclaimer: The responses below "
    "are not ...', 'Acme does not offer medical advice ...', 'The views expressed are the "
    "author's own', 'Wir übernehmen keine Haftung für die Inhalte externer Links').",
    DISCLAIMER_KEYWORDS,
)

COMPANY_PROFILES = edge_drop(
    "company-profiles",
    COMPANY_PROFILE,
    1200,
    "A press release's closing company profile: 'Acme is a global provider of "
    "... headquartered in ...'.",
)

CONTACT_CARDS = edge_drop(
    "contact-cards",
    CONTACT_CARD,
    250,
    "A press release's bare contact card closing the body: a name, an office or an "
    "address with an e-mail address and a phone number, no sentence ('Ada Lind E-Mail: "
    "ada@acme.example Telefon: +49 40 1234'); a line telling how to reach someone "
    "('Weitere Informationen erteilt ... unter Tel. ...') is the story's and stays.",
    keywords=CONTACT_CARD_KEYWORDS,
)

CONTACT_SECTIONS = closing_section(
    "contact-sections",
    CONTACT_HEADING,
    40,
    "A short closing section under a contact label ('Kontakt', 'Pressekontakt:', 'Media "
    "contact'): the press office's name and numbers, the label and everything after it.",
)

CITATION_SECTIONS = closing_section(
    "citation-sections",
    CITATION_LABEL,
    300,
    "A suggested citation of the page closing the body: its label alone ('Cite this "
    "article', 'Empfohlene Zitierweise:') and the citation after it, or one block giving "
    "both ('Suggested citation Lind, Ada: Title, Blog, 2020, https://...').",
)
