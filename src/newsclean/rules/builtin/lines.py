"""Short lines inside the body recognised by their text: teasers, credits and captions,
bylines, dates and a post's filing, meta and navigation lines.

:data:`RULES` lists the whole family of line rules in the order explain reports them,
those of :mod:`.appeals` (the site speaking to its reader) and :mod:`.widget_lines`
(what a widget or script left) among them.
"""

from __future__ import annotations

from ..matchers import LineBox, Text
from ..model import Effect, Role, Rule
from .appeals import (
    AFFILIATE_NOTICES,
    COMMENT_INVITATIONS,
    ENGAGEMENT_PROMPTS,
    ISSUE_POINTERS,
    ISSUE_PROMOS,
    LIKED_PROMPTS,
    OFFER_PROMOS,
    PROMO_PARAGRAPHS,
    REVIEW_NOTES,
    SUPPORT_APPEALS,
)
from .common import LINE_BLOCKS, TEXT_BLOCKS, text_drop
from .control_lines import CONTROL_LABEL_LINES
from .lexicon.base import HOLDING_DIGIT
from .lexicon.contacts import CONTACT_DETAILS
from .lexicon.credits import (
    AGENCY_CREDIT,
    AGENCY_KEYWORDS,
    BYLINE_LINE,
    CREDIT_PREFIXES,
    CREDITED_CAPTION,
    CREDITED_CAPTION_KEYWORDS,
)
from .lexicon.dates import DATE_LINE, FILED_UNDER, META_LINE, META_LINE_KEYWORDS
from .lexicon.media import TOGGLED_CAPTION, TOGGLED_CAPTION_ENDINGS
from .lexicon.navigation import (
    POST_NAVIGATION,
    RAIL_HEADING_KEYWORDS,
    RAIL_HEADING_SHAPES,
    RAIL_HEADING_TEXTS,
    READ_ALSO_PREFIXES,
)
from .rating_lines import RATING_PROMPTS, RATING_TALLY_SPANS
from .widget_lines import (
    CAPTCHA_NOTICES,
    CLIP_RUNNING_TIMES,
    DOWNLOAD_LINES,
    EMBED_CONSENT_NOTICES,
    ENCODED_FRAGMENTS,
    MEDIA_LABELS,
    PAGE_NUMBER_ROWS,
    PLAYER_CONTROLS,
    PLAYER_COUNTDOWNS,
    PRICE_DATA_FOOTNOTES,
    RATING_EMPTY_SPANS,
    RATING_WIDGETS,
    SCRIPT_NOTICES,
    SHORTCODE_LINES,
    SLIDE_COUNTERS,
    VIEW_COUNTS,
    WIDGET_FAILURE_NOTICES,
)

READ_ALSO_TEASERS = text_drop(
    "read-also-teasers",
    # "Weitere Informationen erteilt ... (name@site.org)": a contact line, the story's;
    # a blockquote too: some sites set their teaser as a quotation between paragraphs
    Text(
        phrases=RAIL_HEADING_TEXTS,
        prefixes=READ_ALSO_PREFIXES,
        pattern=RAIL_HEADING_SHAPES,
        keywords=RAIL_HEADING_KEYWORDS,
        tags=(*TEXT_BLOCKS, "blockquote"),
        max_length=160,
        unless=CONTACT_DETAILS,
    ),
    "'Read also:', 'Mehr zum Thema', 'À lire aussi' teasers and rail headings ('Related', "
    "'Related Searches', 'Trending Articles', 'Diese Artikel könnten dich auch interessieren', "
    "'Related recipes', 'Keine verwandten Artikel' left when the rail's links went), also set as "
    "a quotation; not a line giving an e-mail address or a phone number (a contact line).",
)


CREDIT_LINES = text_drop(
    "credit-lines",
    Text(prefixes=CREDIT_PREFIXES, tags=TEXT_BLOCKS, max_length=120),
    "Photo credits and source lines standing as their own block.",
)


def _credited_line(box: LineBox) -> Text:
    """A short line ending in a copyright sign and its owner, in a ``box`` of its kind:
    a caption's credit or a site's closing notice, the two rules below."""
    return Text(
        pattern=CREDITED_CAPTION,
        tags=LINE_BLOCKS,
        max_length=330,
        keywords=CREDITED_CAPTION_KEYWORDS,
        box=box,
    )


CREDITED_CAPTIONS = Rule(
    "credited-captions",
    _credited_line(LineBox.OTHER),
    Effect.DROP,
    description="A short line ending in '© agency | photographer': a picture's caption.",
    role=Role.CAPTION,
)


#: The same line led by a row of links: a site's closing box and its notice, read apart
#: from a caption's credit by its box (engine/text_rules.py).
CLOSING_NOTICES = Rule(
    "closing-notices",
    _credited_line(LineBox.CLOSING),
    Effect.DROP,
    description="A box ending in '© 2024 Example Media' with a row of links before the "
    "sign ('About | Privacy | Contact © 2024 Example Media'): a site's closing box and its "
    "notice, no picture's caption.",
)


FILING_LINES = text_drop(
    "filing-lines",
    # keyed: the pattern may open with a date or label of any words, a cost worth paying
    # only on a text that names the filing
    Text(pattern=FILED_UNDER, tags=TEXT_BLOCKS, max_length=160, keywords=("unter", "under")),
    "A blog post's filing line: the categories it is filed under, alone or after its date "
    "or a label ('Abgelegt unter: Fotografie | Tags: ...', '3. August 2015 · Filed under "
    "Travel', 'Veröffentlicht unter Allgemein | 19 Kommentare').",
)


POST_NAVIGATION_LABELS = text_drop(
    "post-navigation-labels",
    # 90, a length other line rules read too: a new length would compile the rules' joined
    # patterns once more per tag at start-up
    Text(pattern=POST_NAVIGATION, tags=TEXT_BLOCKS, max_length=90),
    "A link to the post before or after this one, or its heading, left in the body: "
    "'Next article', 'Voriger / nächster Artikel', 'Vorschau auf den nächsten Artikel', "
    "'... weiter zu \"Die Wortwahl\"'.",
)


BYLINE_LINES = text_drop(
    "byline-lines",
    Text(pattern=BYLINE_LINE, tags=(*LINE_BLOCKS, "font", "td"), max_length=90),
    "Short 'By A and B' / 'Von A' lines left inside the body.",
)


AGENCY_CREDITS = text_drop(
    "agency-credits",
    Text(pattern=AGENCY_CREDIT, tags=LINE_BLOCKS, max_length=90, keywords=AGENCY_KEYWORDS),
    "Short lines naming a picture agency or wire: photo credits.",
)


DATE_ONLY_BLOCKS = text_drop(
    "date-only-blocks",
    # a date line holds a digit: most lines read fail at its test, not the date's alternatives
    Text(pattern=HOLDING_DIGIT + DATE_LINE, tags=LINE_BLOCKS, max_length=100),
    "Blocks holding nothing but dates or times, perhaps labelled ('Updated: ... | Posted: ...').",
)


POST_META_LINES = text_drop(
    "post-meta-lines",
    Text(pattern=META_LINE, tags=LINE_BLOCKS, max_length=90, keywords=META_LINE_KEYWORDS),
    "A post's meta line standing alone: its date, perhaps its author, and its count of "
    "comments ('23.06.2016 um 16:14 Uhr - Ada Lind - 91 Ergänzungen'), or the author's "
    "name before a labelled date ('Ada Lind Stand: 05. Februar 2020').",
)


TOGGLED_CAPTIONS = Rule(
    "toggled-captions",
    Text(
        pattern=TOGGLED_CAPTION,
        tags=("div", "p", "span"),
        max_length=600,
        suffixes=TOGGLED_CAPTION_ENDINGS,
    ),
    Effect.DROP,
    description="A caption set outside <figcaption> with its expand/collapse toggle: the "
    "whole caption ending '... 2019. less' and the cut one ending '... more'.",
    role=Role.CAPTION,
)

RULES: tuple[Rule, ...] = (
    READ_ALSO_TEASERS,
    CREDIT_LINES,
    CREDITED_CAPTIONS,
    CLOSING_NOTICES,
    ENGAGEMENT_PROMPTS,
    COMMENT_INVITATIONS,
    FILING_LINES,
    POST_NAVIGATION_LABELS,
    BYLINE_LINES,
    POST_META_LINES,
    AGENCY_CREDITS,
    PROMO_PARAGRAPHS,
    ISSUE_PROMOS,
    ISSUE_POINTERS,
    OFFER_PROMOS,
    SUPPORT_APPEALS,
    LIKED_PROMPTS,
    AFFILIATE_NOTICES,
    PRICE_DATA_FOOTNOTES,
    REVIEW_NOTES,
    RATING_WIDGETS,
    RATING_PROMPTS,
    RATING_EMPTY_SPANS,
    RATING_TALLY_SPANS,
    DOWNLOAD_LINES,
    PAGE_NUMBER_ROWS,
    SLIDE_COUNTERS,
    VIEW_COUNTS,
    DATE_ONLY_BLOCKS,
    SCRIPT_NOTICES,
    WIDGET_FAILURE_NOTICES,
    EMBED_CONSENT_NOTICES,
    CAPTCHA_NOTICES,
    MEDIA_LABELS,
    PLAYER_CONTROLS,
    CONTROL_LABEL_LINES,
    PLAYER_COUNTDOWNS,
    CLIP_RUNNING_TIMES,
    SHORTCODE_LINES,
    ENCODED_FRAGMENTS,
    TOGGLED_CAPTIONS,
)
