"""Lines inside the body that a widget, plugin, player, embed or script left behind,
recognised by their text: a rating plugin's leftovers, a shop plugin's footnote, file
links, counters, script and consent notices, a video player's labels and countdown,
unrendered shortcodes and encoded keys. A rule of that kind belongs here; it is listed
in :data:`.lines.RULES` (the order explain reports the family in).
"""

from __future__ import annotations

from ..matchers import Text
from ..model import Effect, Role, Rule
from .common import LINE_BLOCKS, text_drop
from .lexicon.dates import VIEW_COUNT
from .lexicon.media import (
    CLIP_RUNNING_TIME,
    CLIP_RUNNING_TIME_KEYWORDS,
    MEDIA_LABEL_TEXTS,
    PAGE_NUMBER_KEYWORDS,
    PAGE_NUMBER_ROW,
    PLAYER_CONTROL,
    PLAYER_COUNTDOWN,
    PLAYER_COUNTDOWN_KEYWORDS,
    PLAYER_KEYWORDS,
    SLIDE_COUNTER,
)
from .lexicon.navigation import DOWNLOAD_KEYWORDS, DOWNLOAD_LINE
from .lexicon.notices import (
    CAPTCHA_KEYWORDS,
    CAPTCHA_NOTICE,
    PRICE_DATA_FOOTNOTE,
    PRICE_DATA_KEYWORDS,
)
from .lexicon.widgets import (
    EMBED_CONSENT,
    EMBED_CONSENT_KEYWORDS,
    ENCODED_FRAGMENT,
    ENCODED_FRAGMENT_KEYWORDS,
    RATING_EMPTY_KEYWORDS,
    RATING_EMPTY_LINE,
    RATING_KEYWORDS,
    RATING_WIDGET,
    SCRIPT_NOTICE,
    SCRIPT_NOTICE_KEYWORDS,
    SHORTCODE_KEYWORDS,
    SHORTCODE_LINE,
    WIDGET_FAILURE,
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


PAGE_NUMBER_ROWS = text_drop(
    "page-number-rows",
    # 120: a gallery of forty pages with its arrows; any block, the row's box or a list
    Text(
        pattern=PAGE_NUMBER_ROW,
        tags=LINE_BLOCKS,
        max_length=120,
        keywords=PAGE_NUMBER_KEYWORDS,
    ),
    "A gallery's or a long story's pager left as a line: its page numbers from 1 up, "
    "each in an element of its own, between arrow glyphs ('<< < 1 2 3 ... 14 > >>'); "
    "a row of other figures (a table's) stays.",
)


VIEW_COUNTS = text_drop(
    "view-counts",
    # 90 for the same reason as post-navigation-labels (the pattern is strict)
    Text(pattern=VIEW_COUNT, tags=LINE_BLOCKS, max_length=90),
    "A page counter's line standing alone: 'Post Views: 22', '37 views', '1.204 Aufrufe'.",
)


SCRIPT_NOTICES = text_drop(
    "script-notices",
    # 200: two sentences, the notice and its bidding ("Dieser Shop setzt voraus, dass Sie
    # JavaScript aktiviert haben. Bitte aktivieren Sie JavaScript und laden Sie die Seite
    # erneut.")
    Text(
        pattern=SCRIPT_NOTICE,
        tags=LINE_BLOCKS,
        max_length=200,
        keywords=SCRIPT_NOTICE_KEYWORDS,
    ),
    "'This slideshow requires JavaScript', 'Aktivieren Sie JavaScript, um das Video zu "
    "sehen', 'Veuillez activer JavaScript' and 'your browser does not support the video' "
    "notices, one sentence or two ('... Bitte aktivieren Sie JavaScript und laden Sie die "
    "Seite erneut.'), as the whole line.",
)


WIDGET_FAILURE_NOTICES = text_drop(
    "widget-failure-notices",
    Text(pattern=WIDGET_FAILURE, tags=LINE_BLOCKS, max_length=120, keywords=("try again",)),
    "A widget's failure notice left as a line ('Rating failed. Try again.', 'Sorry, we can't "
    "load comments right now. Try again.'): what failed and a bidding to try again, nothing "
    "else; a sentence of the story goes on past it.",
)


CAPTCHA_NOTICES = text_drop(
    "captcha-notices",
    # 300: the notice in its longest wording, with the badge's links
    Text(pattern=CAPTCHA_NOTICE, tags=LINE_BLOCKS, max_length=300, keywords=CAPTCHA_KEYWORDS),
    "The legal line a form's captcha leaves, anywhere in the body ('This site is protected "
    "by reCAPTCHA and the Google Privacy Policy and Terms of Service apply', 'Diese Seite "
    "ist durch reCAPTCHA geschützt ...'): the sign-up form went, its fine print stayed.",
)


EMBED_CONSENT_NOTICES = text_drop(
    "embed-consent-notices",
    Text(
        pattern=EMBED_CONSENT,
        tags=LINE_BLOCKS,
        # 600: the placeholder naming the provider, the site and how to withdraw
        # consent, past the text rules' usual reach (``long_text_rule_max_chars``)
        max_length=600,
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
