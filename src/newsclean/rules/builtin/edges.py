"""What opens and closes a story without being part of it, recognised at the body's
edges only: closing appeals, wire credits, what is left of a comment section, and the
reading time; the notices the site or a press release's sender owes the reader (legal
terms, a company profile, press contacts) are :mod:`.edge_notices`'. A line in the
middle of the story is never judged by these. :data:`RULES` lists the family in the
order explain reports it."""

from __future__ import annotations

from ..matchers import Text
from ..model import Effect, Role, Rule
from .common import EDGE_BLOCKS, closing_section, edge_drop
from .edge_notices import (
    CITATION_SECTIONS,
    CLOSING_NOTICE_SECTIONS,
    COMPANY_PROFILES,
    CONTACT_CARDS,
    CONTACT_SECTIONS,
    COPYRIGHT_NOTICES,
    DISCLAIMER_LINES,
    MARKET_DATA_NOTICES,
)
from .lexicon.appeals import (
    APPEAL_HEADING,
    CLOSING_APPEAL,
    EDGE_SUPPORT_APPEAL,
    LIKED_PROMPT,
    LIKED_PROMPT_KEYWORDS,
    PROMO_APPEAL,
    PROMO_KEYWORDS,
    SUPPORT_KEYWORDS,
)
from .lexicon.comments import COMMENT_BUTTON, COMMENT_HEADING, COMMENT_POLICY, COMMENT_REMNANT
from .lexicon.contacts import SIGN_OFF_ADDRESS, SOCIAL_FOLLOW
from .lexicon.credits import (
    ABOUT_SITE_HEADING,
    AUTHOR_BOX_HEADING,
    AUTHOR_BOX_KEYWORDS,
    AUTHOR_BOX_LINE,
    AUTHOR_LABEL_LINE,
    OUTLET_CREDIT,
    SOURCE_LINE,
    SOURCE_LINE_KEYWORDS,
    WIRE_CREDIT,
)
from .lexicon.dates import POST_FOOTER, READING_TIME, UPDATE_NOTE
from .lexicon.labels import AD_LABEL_TEXTS
from .lexicon.media import AVAILABILITY_KEYWORDS, AVAILABILITY_NOTE
from .lexicon.navigation import POINTER_KEYWORDS, POINTER_LINE, TOOL_LABEL
from .lexicon.notices import AFFILIATE_KEYWORDS, AFFILIATE_NOTICE

CLOSING_APPEALS = edge_drop(
    "closing-appeals",
    CLOSING_APPEAL,
    300,
    "Sign up, follow, subscribe, share and send-a-tip lines opening or closing the body.",
)

CLOSING_APPEAL_SECTIONS = closing_section(
    "closing-appeal-sections",
    APPEAL_HEADING,
    80,
    "A short closing section under an appeal heading ('Before you go...', "
    "'Support local journalism'): the heading and everything after it.",
)


AUTHOR_BOX_SECTIONS = closing_section(
    "author-box-sections",
    AUTHOR_BOX_HEADING,
    40,
    "A short closing section under an author box's heading ('About the author', "
    "'Autoreninfo', 'Zur Autorin'): the writer's bio and contact line, the heading and "
    "everything after it.",
)

ABOUT_SECTIONS = closing_section(
    "about-sections",
    ABOUT_SITE_HEADING,
    40,
    "A short closing section under the site's heading about itself ('About us', 'Über "
    "uns', 'About me'): the site's blurb from a footer or a side column the body was "
    "widened over, the heading and everything after it.",
)

AUTHOR_BOX_LINES = edge_drop(
    "author-box-lines",
    AUTHOR_BOX_LINE,
    500,
    "An author box's bio ending in the link to the writer's other posts ('... View all "
    "posts by Ada Lind', 'Zeige alle Beiträge von ...'), or its title with their count of "
    "articles ('Über Ada Lind 257 Artikel').",
    keywords=AUTHOR_BOX_KEYWORDS,
)

AUTHOR_LABEL_LINES = edge_drop(
    "author-label-lines",
    AUTHOR_LABEL_LINE,
    90,
    "The author's name after its label opening or closing the body: 'Autorin: Ada "
    "Lind', 'Author: Ada Lind', 'Auteur : Ada Lind', 'Text: Ada Lind'.",
    # every label holds one of these: a text holding neither is not read with the pattern
    keywords=("aut", "text"),
)

SOCIAL_FOLLOW_LISTS = edge_drop(
    "social-follow-lists",
    SOCIAL_FOLLOW,
    400,
    "A list of the site's accounts on social networks ('Follow us at: Facebook "
    "https://fb.me/... Twitter https://twitter.com/...', 'LINE ID = @...'), in any language.",
)

SIGN_OFF_ADDRESSES = edge_drop(
    "sign-off-addresses",
    SIGN_OFF_ADDRESS,
    120,
    "A wire story's sign-off: the reporter's e-mail address alone and the end mark "
    "('reporter@example.kr', '(END)').",
)

WIRE_CREDITS = edge_drop(
    "wire-credits",
    WIRE_CREDIT,
    400,
    "'(Reporting by ...; editing by ...)' and 'X contributed reporting' lines.",
)

OUTLET_CREDITS = edge_drop(
    "outlet-credits",
    OUTLET_CREDIT,
    60,
    "A credit without 'By' opening or closing the body: the outlet's wire or agency label "
    "('Metro Daily wire services', 'Agencies') or the writer's role ('Ideas Contributor').",
)

SOURCE_LINES = Rule(
    "source-lines",
    Text(
        pattern=SOURCE_LINE,
        tags=tuple(tag for tag in EDGE_BLOCKS if not tag.startswith("h")),
        max_length=80,
        keywords=SOURCE_LINE_KEYWORDS,
        at_edges=True,
    ),
    Effect.DROP,
    description="The source a story came from, a line of its own at the body's edges, with "
    "or without a colon ('Source: Harbour Wire', 'Quelle dpa/AFP', 'Źródło' set apart from "
    "the paper's name): no sentence, no heading.",
)

COMMENT_REMNANTS = edge_drop(
    "comment-remnants",
    COMMENT_REMNANT,
    200,
    "A comment section's heading, count or moderation notice left at the end.",
)

COMMENT_POLICIES = edge_drop(
    "comment-policies",
    COMMENT_POLICY,
    500,
    "The site's rules for comments and submissions at the body's edges ('Please read our "
    "community guidelines before commenting', 'We reserve the right to remove comments').",
)

COMMENT_SECTIONS = Rule(
    "comment-sections",
    Text(pattern=COMMENT_HEADING, tags="h2 h3 h4 h5 h6", max_length=200, at_edges=True),
    Effect.DROP,
    description="A heading naming a comment section ('12 comments', 'Leave a reply'): it "
    "and everything after it in the body, the readers' comments however long.",
    role=Role.ENDING,
)

COMMENT_BUTTONS = Rule(
    "comment-buttons",
    Text(pattern=COMMENT_BUTTON, tags="p div li", max_length=40, at_edges=True),
    Effect.DROP,
    description="A button opening a comment section ('Show comments', 'View comments "
    "(27)') after the story: it and everything after it in the body, the thread or the "
    "shell a script fills with it.",
    role=Role.ENDING,
)


EDGE_AFFILIATE_NOTICES = edge_drop(
    "edge-affiliate-notices",
    AFFILIATE_NOTICE,
    # 600: the disclosure going on to what it costs the reader and how else to support
    # the site, as the body's other closing notices do (``disclaimer-lines``)
    600,
    "The site's affiliate disclosure as a paragraph opening or closing the body ('We may "
    "receive compensation if you visit partners we recommend'); among the story's "
    "paragraphs it stays.",
    keywords=AFFILIATE_KEYWORDS,
)

EDGE_LIKED_PROMPTS = edge_drop(
    "edge-liked-prompts",
    LIKED_PROMPT,
    500,
    "The same ask as 'liked-prompts' too long for a body text rule, opening or closing "
    "the body ('Na, hat dir »...« gefallen? Dann hinterlasse uns ein Like ... folgst.').",
    keywords=LIKED_PROMPT_KEYWORDS,
)

EDGE_SUPPORT_APPEALS = edge_drop(
    "edge-support-appeals",
    EDGE_SUPPORT_APPEAL,
    700,
    "The same plea as 'support-appeals' too long for a body text rule, opening or closing "
    "the body ('Gefällt dir unser Magazin? ... brauchen wir deine Unterstützung. Hilf mit "
    "...'); it opens the block or follows its first sentence.",
    keywords=SUPPORT_KEYWORDS,
)

EDGE_PROMO_PARAGRAPHS = edge_drop(
    "edge-promo-paragraphs",
    PROMO_APPEAL,
    # 400: the longest such pitch seen is 382 characters (the pattern reads a text in
    # linear time: the bound is no longer what keeps tests/test_regex_safety.py fast)
    400,
    "The same pitch as 'promo-paragraphs' too long for a body text rule, opening or "
    "closing the body ('Get access to ... Pro for as little as ... Use the code ...').",
    keywords=PROMO_KEYWORDS,
)

EDGE_AD_LABELS = Rule(
    "edge-ad-labels",
    # 40, the length ad-labels reads
    Text(AD_LABEL_TEXTS, tags=EDGE_BLOCKS, max_length=40, at_edges=True),
    Effect.DROP,
    description="An ad label ('Anzeige', '- Advertisement -') as the whole text of a block "
    "opening or closing the body, with the ad's pictures and links under it: the box of a "
    "closing ad, which ad-labels (a label with no element inside) does not read.",
)


READING_TIMES = edge_drop(
    "reading-time",
    READING_TIME,
    60,
    "'5 min read', 'Reading time: 3 minutes' and 'Ten tekst przeczytasz w 3 minuty' lines.",
)

POST_FOOTERS = edge_drop(
    "post-footers",
    POST_FOOTER,
    500,
    "A blog post's long footer closing the body ('This entry was posted on ... and is "
    "filed under ... You can follow any responses ...'), too long for a prompt.",
)

TOOL_LABELS = edge_drop(
    "tool-labels",
    TOOL_LABEL,
    60,
    "A page tool's label left as a line opening or closing the body ('Print', 'Drucken', "
    "'Versenden', 'Print this article', 'Hier können Sie den Artikel bewerten').",
)

POINTER_LINES = edge_drop(
    "pointer-lines",
    POINTER_LINE,
    160,
    "A line opening or closing the body that only sends the reader to another page ('Alles "
    "über Wanderschuhe findest du hier.', 'Den Rest des Artikels gibt's hier.', 'Weitere "
    "Infos unter www.example.org.'); a pointer ending in a colon introduces what follows "
    "and stays.",
    keywords=POINTER_KEYWORDS,
)

UPDATE_NOTES = edge_drop(
    "update-notes",
    UPDATE_NOTE,
    120,
    "'Updated at 1:23 p.m.' and 'Published on 3 May' lines, and a static page's footer "
    "giving its file's dates ('notes.html - Created 03-10-2004 - Last modified: 04-11-2004').",
)

AVAILABILITY_NOTES = edge_drop(
    "availability-notes",
    AVAILABILITY_NOTE,
    80,
    "A media library's note on how long its video stays online, opening or closing the "
    "body ('Video verfügbar bis 28.02.2021', 'Available until 12/31/2024').",
    keywords=AVAILABILITY_KEYWORDS,
)


RULES: tuple[Rule, ...] = (
    CLOSING_APPEALS,
    CLOSING_APPEAL_SECTIONS,
    CLOSING_NOTICE_SECTIONS,
    AUTHOR_BOX_SECTIONS,
    ABOUT_SECTIONS,
    AUTHOR_BOX_LINES,
    AUTHOR_LABEL_LINES,
    SOCIAL_FOLLOW_LISTS,
    SIGN_OFF_ADDRESSES,
    WIRE_CREDITS,
    OUTLET_CREDITS,
    SOURCE_LINES,
    COMMENT_REMNANTS,
    COMMENT_POLICIES,
    COMMENT_SECTIONS,
    COMMENT_BUTTONS,
    COPYRIGHT_NOTICES,
    DISCLAIMER_LINES,
    EDGE_AFFILIATE_NOTICES,
    EDGE_LIKED_PROMPTS,
    EDGE_SUPPORT_APPEALS,
    EDGE_PROMO_PARAGRAPHS,
    EDGE_AD_LABELS,
    MARKET_DATA_NOTICES,
    COMPANY_PROFILES,
    CONTACT_CARDS,
    CONTACT_SECTIONS,
    READING_TIMES,
    TOOL_LABELS,
    POST_FOOTERS,
    POINTER_LINES,
    UPDATE_NOTES,
    AVAILABILITY_NOTES,
    CITATION_SECTIONS,
)
