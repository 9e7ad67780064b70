"""Short lines inside the body recognised by their text: teasers, credits, prompts,
bylines and dates."""

from __future__ import annotations

from ..model import Effect, Role, Rule, Text
from .common import text_drop
from .lexicon.appeals import (
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
from .lexicon.contacts import CONTACT_DETAILS
from .lexicon.credits import (
    AGENCY_CREDIT,
    BYLINE_LINE,
    CREDIT_PREFIXES,
    CREDITED_CAPTION,
    CREDITED_CAPTION_KEYWORDS,
)
from .lexicon.dates import (
    DATE_LINE,
    FILED_UNDER,
    META_LINE,
    META_LINE_KEYWORDS,
    POST_FOOTER,
    VIEW_COUNT,
)
from .lexicon.labels import ENGAGEMENT_LABELS, ENGAGEMENT_PREFIXES
from .lexicon.media import (
    CLIP_RUNNING_TIME,
    CLIP_RUNNING_TIME_KEYWORDS,
    MEDIA_LABEL_TEXTS,
    PLAYER_CONTROL,
    PLAYER_COUNTDOWN,
    PLAYER_COUNTDOWN_KEYWORDS,
    PLAYER_KEYWORDS,
    SLIDE_COUNTER,
    TOGGLED_CAPTION,
    TOGGLED_CAPTION_ENDINGS,
)
from .lexicon.navigation import (
    DOWNLOAD_KEYWORDS,
    DOWNLOAD_LINE,
    POST_NAVIGATION,
    RAIL_HEADING_TEXTS,
    READ_ALSO_PREFIXES,
    SHARE_LABEL,
    WAY_BACK,
)
from .lexicon.notices import (
    AFFILIATE_KEYWORDS,
    AFFILIATE_NOTICE,
    LEGAL_LINKS,
    PRICE_DATA_FOOTNOTE,
    PRICE_DATA_KEYWORDS,
    REVIEW_KEYWORDS,
    REVIEW_NOTE,
)
from .lexicon.widgets import (
    EMBED_CONSENT,
    EMBED_CONSENT_KEYWORDS,
    ENCODED_FRAGMENT,
    ENCODED_FRAGMENT_KEYWORDS,
    LIKE_LOADING,
    RATING_EMPTY_KEYWORDS,
    RATING_EMPTY_LINE,
    RATING_KEYWORDS,
    RATING_WIDGET,
    REACTION_PROMPT,
    SCRIPT_NOTICE,
    SHORTCODE_KEYWORDS,
    SHORTCODE_LINE,
    WIDGET_FAILURE,
)

#: Elements inside the body that text rules look at.
TEXT_BLOCKS = (
    *("p", "div", "h2", "h3", "h4", "h5", "h6", "li", "section", "span", "strong", "b", "em"),
    *("a", "time"),
)
#: The same without links: pattern rules (dates, bylines, credits) never look at a link.
LINE_BLOCKS = tuple(tag for tag in TEXT_BLOCKS if tag != "a")


READ_ALSO_TEASERS = text_drop(
    "read-also-teasers",
    # "Weitere Informationen erteilt ... (name@site.org)": a contact line, the story's;
    # a blockquote too: some sites set their teaser as a quotation between paragraphs
    Text(
        phrases=RAIL_HEADING_TEXTS,
        prefixes=READ_ALSO_PREFIXES,
        tags=(*TEXT_BLOCKS, "blockquote"),
        max_length=160,
        unless=CONTACT_DETAILS,
    ),
    "'Read also:', 'Mehr zum Thema', 'À lire aussi' teasers and rail headings ('Related', "
    "'Trending Articles' left when the rail's links went), also set as a quotation; not a "
    "line giving an e-mail address or a phone number (a contact line).",
)


CREDIT_LINES = text_drop(
    "credit-lines",
    Text(prefixes=CREDIT_PREFIXES, tags=TEXT_BLOCKS, max_length=120),
    "Photo credits and source lines standing as their own block.",
)


CREDITED_CAPTIONS = Rule(
    "credited-captions",
    Text(
        pattern=CREDITED_CAPTION,
        tags=LINE_BLOCKS,
        max_length=330,
        keywords=CREDITED_CAPTION_KEYWORDS,
    ),
    Effect.DROP,
    description="A short line ending in '© agency | photographer': a picture's caption.",
    role=Role.CAPTION,
)


ENGAGEMENT_PROMPTS = text_drop(
    "engagement-prompts",
    Text(
        ENGAGEMENT_LABELS,
        prefixes=ENGAGEMENT_PREFIXES,
        pattern=f"{WAY_BACK}|{POST_FOOTER}|{LIKE_LOADING}|{SHARE_LABEL}|{LEGAL_LINKS}"
        f"|{REACTION_PROMPT}",
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
    Text(pattern=AGENCY_CREDIT, tags=LINE_BLOCKS, max_length=90),
    "Short lines naming a picture agency or wire: photo credits.",
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
        max_length=300,
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


PRICE_DATA_FOOTNOTES = text_drop(
    "price-data-footnotes",
    # any block, a <p> too: the plugin prints its footnote as a paragraph of the story,
    # mid-body under each product box
    Text(
        pattern=PRICE_DATA_FOOTNOTE,
        tags=LINE_BLOCKS,
        max_length=160,
        keywords=PRICE_DATA_KEYWORDS,
    ),
    "A shopping plugin's footnote under a product box, anywhere in the body: its price "
    "update stamp with 'Affiliate links' or 'Images from ... Advertising API' ('Letzte "
    "Aktualisierung am 2.02.2022 / Affiliate Links / Bilder von der ... API'), or "
    "'* = Affiliate Links' alone.",
)


REVIEW_NOTES = text_drop(
    "review-notes",
    Text(pattern=REVIEW_NOTE, tags=LINE_BLOCKS, max_length=300, keywords=REVIEW_KEYWORDS),
    "A health or advice site's note that experts checked the page, anywhere in the body "
    "('Dieser Text ... wurde von Medizinern geprüft', 'Medically reviewed by Ada Lind, "
    "MD'); a sentence of the story about something else being checked stays.",
)


RATING_WIDGETS = text_drop(
    "rating-widgets",
    # 90 for the same reason as post-navigation-labels (the pattern is strict)
    Text(pattern=RATING_WIDGET, tags=LINE_BLOCKS, max_length=90, keywords=RATING_KEYWORDS),
    "A star-rating plugin's leftovers standing alone, anywhere in the body: '(Noch keine "
    "Bewertungen)', 'No ratings yet', 'Loading...', 'Bewertung: 4,5/5 (12 Stimmen)'.",
)


RATING_EMPTY_SPANS = Rule(
    "rating-empty-spans",
    Text(pattern=RATING_EMPTY_LINE, tags=("span",), max_length=90, keywords=RATING_EMPTY_KEYWORDS),
    Effect.DROP,
    description="A star-rating plugin's '(Noch keine Bewertungen)' or 'No ratings yet', "
    "or a widget's spinner ('Loading...', 'Carregando...'), as a span beside the plugin's "
    "other spans, where rating-widgets does not see it standing alone.",
    # strong: an inline element is read only by a strong rule unless it stands alone;
    # these words as the whole text of a span are never part of a sentence
    strong=True,
)


DOWNLOAD_LINES = text_drop(
    "download-lines",
    Text(pattern=DOWNLOAD_LINE, tags=LINE_BLOCKS, max_length=160, keywords=DOWNLOAD_KEYWORDS),
    "A link to a file left as a line anywhere in the body: the page offered as a PDF "
    "('Dieses Skript als PDF herunterladen', 'PDF version') or a file link with its type "
    "and size as fields ('Merkblatt PDF | 38 KB | Datei ist nicht barrierefrei'); a "
    "sentence about a document, a source report's link with its size in brackets, and a "
    "size alone stay.",
)


SLIDE_COUNTERS = text_drop(
    "slide-counters",
    Text(pattern=SLIDE_COUNTER, tags=LINE_BLOCKS, max_length=20),
    "Gallery and pagination counters such as '3 / 10' or 'Photo 2 of 8'.",
)


VIEW_COUNTS = text_drop(
    "view-counts",
    # 90 for the same reason as post-navigation-labels (the pattern is strict)
    Text(pattern=VIEW_COUNT, tags=LINE_BLOCKS, max_length=90),
    "A page counter's line standing alone: 'Post Views: 22', '37 views', '1.204 Aufrufe'.",
)


DATE_ONLY_BLOCKS = text_drop(
    "date-only-blocks",
    Text(pattern=DATE_LINE, tags=LINE_BLOCKS, max_length=100),
    "Blocks holding nothing but dates or times, perhaps labelled ('Updated: ... | Posted: ...').",
)


POST_META_LINES = text_drop(
    "post-meta-lines",
    Text(pattern=META_LINE, tags=LINE_BLOCKS, max_length=90, keywords=META_LINE_KEYWORDS),
    "A post's meta line standing alone: its date, perhaps its author, and its count of "
    "comments ('23.06.2016 um 16:14 Uhr - Ada Lind - 91 Ergänzungen'), or the author's "
    "name before a labelled date ('Ada Lind Stand: 05. Februar 2020').",
)


SCRIPT_NOTICES = text_drop(
    "script-notices",
    Text(pattern=SCRIPT_NOTICE, tags=LINE_BLOCKS, max_length=120),
    "'This slideshow requires JavaScript' and 'your browser does not support the video' notices.",
)


WIDGET_FAILURE_NOTICES = text_drop(
    "widget-failure-notices",
    Text(pattern=WIDGET_FAILURE, tags=LINE_BLOCKS, max_length=120, keywords=("try again",)),
    "A widget's failure notice left as a line ('Rating failed. Try again.', 'Sorry, we can't "
    "load comments right now. Try again.'): what failed and a bidding to try again, nothing "
    "else; a sentence of the story goes on past it.",
)


EMBED_CONSENT_NOTICES = text_drop(
    "embed-consent-notices",
    Text(
        pattern=EMBED_CONSENT,
        tags=LINE_BLOCKS,
        max_length=300,
        keywords=EMBED_CONSENT_KEYWORDS,
    ),
    "The placeholder of an embed held back until the reader consents ('An dieser Stelle "
    "findest du einen externen Inhalt ...', 'Please accept cookies to play this video'), "
    "anywhere in the body: the embed stands among the story's paragraphs.",
)


MEDIA_LABELS = Rule(
    "media-labels",
    Text(MEDIA_LABEL_TEXTS, max_length=20),
    Effect.DROP,
    description="Stand-alone 'Image', 'Photo', 'Video' labels on figures and players.",
)


PLAYER_CONTROLS = Rule(
    "player-controls",
    Text(
        pattern=PLAYER_CONTROL,
        tags=("div", "span", "li", "label", "p"),
        max_length=60,
        keywords=PLAYER_KEYWORDS,
    ),
    Effect.DROP,
    description="A web video player's control and caption-settings labels ('Mute', "
    "'Playback Rate', 'Chapters', 'Subtitles', 'Font Size') read as text: several in one "
    "small box go, a lone 'Captions' stays.",
    role=Role.GROUPED,
)


PLAYER_COUNTDOWNS = text_drop(
    "player-countdowns",
    Text(
        pattern=PLAYER_COUNTDOWN,
        tags=("div", "span", "p", "li", "label"),
        max_length=60,
        keywords=PLAYER_COUNTDOWN_KEYWORDS,
    ),
    "A video player's countdown left as a line once the player went ('Your video will play "
    "in 00:25', 'Wait 1 second to continue.', 'Next video starts in : 7'): a clip and a "
    "count of seconds, nothing else.",
)

CLIP_RUNNING_TIMES = text_drop(
    "clip-running-times",
    Text(
        pattern=CLIP_RUNNING_TIME,
        tags=("div", "span", "p", "li"),
        max_length=60,
        keywords=CLIP_RUNNING_TIME_KEYWORDS,
    ),
    "An embedded clip's running time and source as a line of its own ('05:22 - Source: "
    "CNN'): the clip box's, not the story's; its title beside it goes too (clip-titles).",
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

SHORTCODE_LINES = text_drop(
    "shortcode-lines",
    Text(
        pattern=SHORTCODE_LINE,
        tags=("p", "div", "li"),
        max_length=300,
        keywords=SHORTCODE_KEYWORDS,
    ),
    "A CMS shortcode printed unrendered as a line of its own ('[button link=...] Send us "
    "your review[/button]', '[caption id=...] ...[/caption]'): the markup and the button's "
    "label or caption it wraps.",
)

ENCODED_FRAGMENTS = text_drop(
    "encoded-fragments",
    Text(
        pattern=ENCODED_FRAGMENT,
        tags=LINE_BLOCKS,
        max_length=300,
        keywords=ENCODED_FRAGMENT_KEYWORDS,
    ),
    "A block holding nothing but one percent-encoded token ('%2Fnews%2Fa-story%2F'): a "
    "widget's link key printed when its script did not run, anywhere in the body.",
)

RULES: tuple[Rule, ...] = (
    READ_ALSO_TEASERS,
    CREDIT_LINES,
    CREDITED_CAPTIONS,
    ENGAGEMENT_PROMPTS,
    COMMENT_INVITATIONS,
    FILING_LINES,
    POST_NAVIGATION_LABELS,
    BYLINE_LINES,
    POST_META_LINES,
    AGENCY_CREDITS,
    PROMO_PARAGRAPHS,
    ISSUE_PROMOS,
    OFFER_PROMOS,
    SUPPORT_APPEALS,
    LIKED_PROMPTS,
    AFFILIATE_NOTICES,
    PRICE_DATA_FOOTNOTES,
    REVIEW_NOTES,
    RATING_WIDGETS,
    RATING_EMPTY_SPANS,
    DOWNLOAD_LINES,
    SLIDE_COUNTERS,
    VIEW_COUNTS,
    DATE_ONLY_BLOCKS,
    SCRIPT_NOTICES,
    WIDGET_FAILURE_NOTICES,
    EMBED_CONSENT_NOTICES,
    MEDIA_LABELS,
    PLAYER_CONTROLS,
    PLAYER_COUNTDOWNS,
    CLIP_RUNNING_TIMES,
    SHORTCODE_LINES,
    ENCODED_FRAGMENTS,
    TOGGLED_CAPTIONS,
)
