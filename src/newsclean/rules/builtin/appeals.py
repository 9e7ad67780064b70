"""Short blocks inside the body in which the site speaks to its reader, recognised by
their text: prompts to share or comment, pitches for newsletters, subscriptions, the
site's magazine and listings, appeals for support, and the notes the site owes its
reader (an affiliate disclosure, an expert review). A rule of that kind belongs here;
it is listed in :data:`.lines.RULES` (the order explain reports the family in).
"""

from __future__ import annotations

from ..matchers import Text
from .common import LINE_BLOCKS, TEXT_BLOCKS, edge_drop, text_drop
from .lexicon.appeals import (
    ISSUE_POINTER,
    ISSUE_POINTER_KEYWORDS,
    ISSUE_PROMO,
    ISSUE_PROMO_KEYWORDS,
    LIKED_PROMPT,
    LIKED_PROMPT_KEYWORDS,
    OFFER_PROMO,
    OFFER_PROMO_KEYWORDS,
    PROMO_APPEAL,
    PROMO_KEYWORDS,
    SUPPORT_APPEAL,
    SUPPORT_KEYWORDS,
)
from .lexicon.comments import COMMENT_INVITATION, COMMENT_INVITATION_KEYWORDS
from .lexicon.dates import LABELLED_DATE_NOTE, POST_FOOTER
from .lexicon.labels import ENGAGEMENT_LABELS, ENGAGEMENT_PREFIXES
from .lexicon.navigation import SHARE_LABEL, WAY_BACK
from .lexicon.notices import (
    AFFILIATE_KEYWORDS,
    AFFILIATE_NOTICE,
    LEGAL_LINKS,
    REVIEW_KEYWORDS,
    REVIEW_NOTE,
)
from .lexicon.widgets import LIKE_LOADING, REACTION_PROMPT

ENGAGEMENT_PROMPTS = text_drop(
    "engagement-prompts",
    Text(
        ENGAGEMENT_LABELS,
        prefixes=ENGAGEMENT_PREFIXES,
        pattern=f"{WAY_BACK}|{POST_FOOTER}|{LIKE_LOADING}|{SHARE_LABEL}|{LEGAL_LINKS}"
        f"|{REACTION_PROMPT}|{LABELLED_DATE_NOTE}",
        tags=TEXT_BLOCKS,
        max_length=160,
    ),
    "Share/rate/comment/subscribe prompts, a share bar's label ('Tweet', 'Teilen über:'), "
    "'comments are closed' notes, 'Back to top' and "
    "a blog post's 'This entry was posted on ... and is filed under ...', and what a like "
    "button leaves before its script runs ('Like Loading...', 'Gefällt mir Lade …'), a "
    "reaction widget's prompt ('How did you feel about this article?', 'Deixe sua "
    "opinião'), and a site footer's row of legal links left in the body ('Impressum | "
    "Datenschutz | ...').",
)


COMMENT_INVITATIONS = text_drop(
    "comment-invitations",
    Text(
        pattern=COMMENT_INVITATION,
        # an italic request in a box holding more blocks is read by itself, as <em> is
        tags=(*LINE_BLOCKS, "i"),
        max_length=300,
        keywords=COMMENT_INVITATION_KEYWORDS,
    ),
    "The site asking the reader to comment, or saying who may, as a short block anywhere "
    "in the body ('Verraten Sie gerne in den Kommentaren: ...', 'Let us know in the "
    "comments', 'Um den Tipp kommentieren zu können, müssen Sie eingeloggt sein.'); a "
    "quoted request is a story's and stays.",
)


PROMO_PARAGRAPHS = text_drop(
    "promo-paragraphs",
    Text(
        pattern=PROMO_APPEAL,
        tags=("p", "div", "li"),
        max_length=300,
        keywords=PROMO_KEYWORDS,
    ),
    "A short block among the story's paragraphs asking the reader to sign up for a "
    "newsletter or buy a subscription ('... Sign up for the free daily newsletter.').",
)


ISSUE_PROMOS = text_drop(
    "issue-promos",
    # headings too: the pitch is often set as a box's title
    Text(
        pattern=ISSUE_PROMO,
        tags=("p", "div", "li", "h2", "h3", "h4"),
        max_length=300,
        keywords=ISSUE_PROMO_KEYWORDS,
    ),
    "A short block among the story's paragraphs selling the site's own magazine: the "
    "issue named with two ways to get it ('The new issue: now at the newsstand, by "
    "subscription and as an e-paper').",
)


ISSUE_POINTERS = edge_drop(
    "issue-pointers",
    ISSUE_POINTER,
    # 400, the length edge-promo-paragraphs reads: a sentence on the topic, the pointer
    # and a bidding to order the issue
    400,
    "A block opening or closing the body that sends the reader to the site's print issue "
    "for the rest of the story ('..., lesen Sie in unserer Februar-Ausgabe. Das Heft "
    "können Sie hier bestellen.', 'Read the full story in our March issue'), perhaps after "
    "one sentence on the topic; among the story's paragraphs it stays.",
    keywords=ISSUE_POINTER_KEYWORDS,
)


OFFER_PROMOS = text_drop(
    "offer-promos",
    Text(
        pattern=OFFER_PROMO,
        tags=("p", "div", "li"),
        max_length=300,
        keywords=OFFER_PROMO_KEYWORDS,
    ),
    "A short block among the story's paragraphs sending the reader to the site's listings: "
    "a question about what they look for and an imperative to see the offers there "
    "('Looking for a flat? Browse listings at example.com'), or jobs said to wait for "
    "the reader in the site's job board.",
)


SUPPORT_APPEALS = text_drop(
    "support-appeals",
    # headings too: a donation box's title ("Unterstütze uns schon mit 3 Euro!") is set
    # as one
    Text(
        pattern=SUPPORT_APPEAL,
        tags=("p", "div", "li", "h1", "h2", "h3", "h4"),
        max_length=300,
        keywords=SUPPORT_KEYWORDS,
    ),
    "A short block among the story's paragraphs asking the reader to support the site "
    "('Support independent journalism', 'Every donation helps', 'Enjoyed this article? "
    "...'), anywhere in the body: such a box is set mid-story as often as after it.",
)


LIKED_PROMPTS = text_drop(
    "liked-prompts",
    Text(
        pattern=LIKED_PROMPT,
        tags=("p", "div", "li", "h2", "h3", "h4"),
        # 600: the prompt going on to a supporter's pledge, past the text rules'
        # usual reach (``long_text_rule_max_chars``)
        max_length=600,
        keywords=LIKED_PROMPT_KEYWORDS,
    ),
    "A short block asking something of the reader on the condition that they liked the "
    "piece ('Wenn Ihnen dieser Artikel gefallen hat, ...', 'If you enjoyed this post, "
    "please share it'), anywhere in the body, as a support appeal; one about a film or a "
    "book the story names stays.",
)


AFFILIATE_NOTICES = text_drop(
    "affiliate-notices",
    # a box of its own (a div or section), not a paragraph: a disclosure the writer
    # sets among the story's paragraphs (<p>) is read as part of the story
    Text(
        pattern=AFFILIATE_NOTICE,
        tags=("div", "section"),
        max_length=300,
        keywords=AFFILIATE_KEYWORDS,
    ),
    "The site's affiliate disclosure in a box of its own ('This post may contain "
    "affiliate links', 'We may earn a commission when you buy through our links').",
)


REVIEW_NOTES = text_drop(
    "review-notes",
    Text(pattern=REVIEW_NOTE, tags=LINE_BLOCKS, max_length=300, keywords=REVIEW_KEYWORDS),
    "A health or advice site's note that experts checked the page, anywhere in the body "
    "('Dieser Text ... wurde von Medizinern geprüft', 'Medically reviewed by Ada Lind, "
    "MD'); a sentence of the story about something else being checked stays.",
)
