"""What opens and closes a story without being part of it, recognised at the body's
edges only: closing appeals, wire credits, legal notices, a press release's company
profile, what is left of a comment section, and the reading time. A line in the middle
of the story is never judged by these."""

from __future__ import annotations

from ..model import Effect, Role, Rule, Text
from .patterns import (
    APPEAL_HEADING,
    CLOSING_APPEAL,
    COMMENT_HEADING,
    COMMENT_REMNANT,
    COMPANY_PROFILE,
    COPYRIGHT_NOTICE,
    MARKET_DATA_NOTICE,
    NOTICE_HEADING,
    READING_TIME,
    UPDATE_NOTE,
    WIRE_CREDIT,
)

#: The blocks of the body these rules read (whole blocks, never a piece of one).
EDGE_BLOCKS = ("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "dd", "section")

CLOSING_APPEALS = Rule(
    "closing-appeals",
    Text(pattern=CLOSING_APPEAL, tags=EDGE_BLOCKS, max_length=300, at_edges=True),
    Effect.DROP,
    description="Sign up, follow, subscribe, share and send-a-tip lines opening or closing "
    "the body.",
)

CLOSING_APPEAL_SECTIONS = Rule(
    "closing-appeal-sections",
    Text(pattern=APPEAL_HEADING, tags="h2 h3 h4 h5 h6 p div", max_length=80, at_edges=True),
    Effect.DROP,
    description="A short closing section under an appeal heading ('Before you go...', "
    "'Support local journalism'): the heading and everything after it.",
    role=Role.CLOSING,
)

CLOSING_NOTICE_SECTIONS = Rule(
    "closing-notice-sections",
    Text(pattern=NOTICE_HEADING, tags="h2 h3 h4 h5 h6 p div", max_length=40, at_edges=True),
    Effect.DROP,
    description="A short closing section under a 'Disclaimer' or 'Legal notice' heading: "
    "the site's terms, the heading and everything after it.",
    role=Role.CLOSING,
)

WIRE_CREDITS = Rule(
    "wire-credits",
    Text(pattern=WIRE_CREDIT, tags=EDGE_BLOCKS, max_length=400, at_edges=True),
    Effect.DROP,
    description="'(Reporting by ...; editing by ...)' and 'X contributed reporting' lines.",
)

COMMENT_REMNANTS = Rule(
    "comment-remnants",
    Text(pattern=COMMENT_REMNANT, tags=EDGE_BLOCKS, max_length=200, at_edges=True),
    Effect.DROP,
    description="A comment section's heading, count or moderation notice left at the end.",
)

COMMENT_SECTIONS = Rule(
    "comment-sections",
    Text(pattern=COMMENT_HEADING, tags="h2 h3 h4 h5 h6", max_length=200, at_edges=True),
    Effect.DROP,
    description="A heading naming a comment section ('12 comments', 'Leave a reply'): it "
    "and everything after it in the body, the readers' comments however long.",
    role=Role.ENDING,
)

COPYRIGHT_NOTICES = Rule(
    "copyright-notices",
    Text(pattern=COPYRIGHT_NOTICE, tags=EDGE_BLOCKS, max_length=400, at_edges=True),
    Effect.DROP,
    description="'© 2024 Example News', 'All rights reserved' and 'written permission is "
    "required to reprint' lines closing the body.",
)

MARKET_DATA_NOTICES = Rule(
    "market-data-notices",
    Text(pattern=MARKET_DATA_NOTICE, tags=EDGE_BLOCKS, max_length=600, at_edges=True),
    Effect.DROP,
    description="'Quotes delayed at least 15 minutes. Real-time quotes provided by ...': "
    "the terms of a business site's price data.",
)

COMPANY_PROFILES = Rule(
    "company-profiles",
    Text(pattern=COMPANY_PROFILE, tags=EDGE_BLOCKS, max_length=1200, at_edges=True),
    Effect.DROP,
    description="A press release's closing company profile: 'Acme is a global provider of "
    "... headquartered in ...'.",
)

READING_TIMES = Rule(
    "reading-time",
    Text(pattern=READING_TIME, tags=EDGE_BLOCKS, max_length=60, at_edges=True),
    Effect.DROP,
    description="'5 min read' and 'Reading time: 3 minutes' lines.",
)

UPDATE_NOTES = Rule(
    "update-notes",
    Text(pattern=UPDATE_NOTE, tags=EDGE_BLOCKS, max_length=60, at_edges=True),
    Effect.DROP,
    description="'Updated at 1:23 p.m.' and 'Published on 3 May' lines.",
)

RULES: tuple[Rule, ...] = (
    CLOSING_APPEALS,
    CLOSING_APPEAL_SECTIONS,
    CLOSING_NOTICE_SECTIONS,
    WIRE_CREDITS,
    COMMENT_REMNANTS,
    COMMENT_SECTIONS,
    COPYRIGHT_NOTICES,
    MARKET_DATA_NOTICES,
    COMPANY_PROFILES,
    READING_TIMES,
    UPDATE_NOTES,
)
