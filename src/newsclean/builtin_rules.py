"""The built-in generic rules.

Each rule is one idea about news pages, named so that a user can disable or
override it. Word rules look at the words of an element's class, id and
``data-testid``-like attributes (see :class:`newsclean.rules.Words`).
"""

from __future__ import annotations

from typing import Any

from .rules import Attr, Effect, Pattern, Predicate, Rule, Tags, Text, Words
from .scoring import text_of

HtmlElement = Any

#: Attributes that name an element's role in the page.
NAMING = ("class", "id", "data-testid", "data-component", "data-module", "data-role")


#: Headings are never page chrome by their class alone: ids like "nav_section_2" are
#: anchors of an in-page table of contents.
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _drop(
    name: str,
    words: str,
    description: str,
    max_chars: int | None = None,
    skip_tags: tuple[str, ...] = (),
) -> Rule:
    return Rule(
        name,
        Words(words, NAMING, skip_tags=skip_tags),
        Effect.DROP,
        description=description,
        max_chars=max_chars,
    )


def _drop_text(name: str, match: Text, description: str) -> Rule:
    """A DROP rule on the text of blocks inside the body."""
    return Rule(name, match, Effect.DROP, description=description)


def _no_headline_or_prose(header: HtmlElement) -> bool:
    """A header with no h1 and little text outside links is page chrome."""
    if next(header.iter("h1"), None) is not None:
        return False
    links = sum(len(text_of(a)) for a in header.iter("a"))
    return len(text_of(header).strip()) - links < 150


HIDDEN_STYLE = (
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|(?<![-\w])opacity\s*:\s*(?:0*\.0\d*|0+)\s*(?:;|!|$)"
)

AD_LABELS = (
    "advertisement",
    "advertising",
    "supported by",
    "sponsored",
    "sponsored content",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "reklama",
    "reclame",
    "advertisement - scroll to continue",
    "story continues below advertisement",
    "广告",
    "広告",
    "إعلان",
    "광고",
)

MEDIA_LABELS = (
    "image",
    "images",
    "photo",
    "photos",
    "video",
    "videos",
    "gallery",
    "audio",
    "graphic",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "bildergalerie",
    "vidéo",
    "imagen",
    "图片",
    "写真",
    "動画",
    "enlarge this image",
    "expand image",
    "open gallery",
    "play video",
    "watch video",
)

READ_ON_PREFIXES = (
    "continue reading",
    "read more",
    "skip to",
    "see more",
    "read the full",
    "weiterlesen",
    "mehr lesen",
    "lire la suite",
    "leer más",
    "seguir leyendo",
    "continua a leggere",
)

#: Elements inside the body that text rules look at.
TEXT_BLOCKS = (
    *("p", "div", "h2", "h3", "h4", "h5", "h6", "li", "section", "span", "strong", "b", "em"),
    *("a", "time"),
)
#: The same without links: pattern rules (dates, bylines, credits) never look at a link.
LINE_BLOCKS = tuple(tag for tag in TEXT_BLOCKS if tag != "a")

READ_ALSO_PREFIXES = (
    "read also",
    "read more:",
    "also read",
    "see also",
    "related:",
    "related articles",
    "related stories",
    "related coverage",
    "more on this",
    "more from",
    "you may also like",
    "you might also like",
    "recommended for you",
    "further reading",
    "lesen sie auch",
    "lesen sie mehr",
    "lies auch",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "das thema könnte dich auch interessieren",
    "mehr zum thema",
    "mehr aus dem",
    "mehr aus der",
    "weitere themen",
    "weitere artikel",
    "weitere beiträge",
    "empfohlene beiträge",
    "ähnliche artikel",
    "ähnliche beiträge",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "voir aussi",
    "sur le même sujet",
    "te puede interesar",
    "lee también",
    "lea también",
    "lea más",
    "lea:",
    "leer más",
    "ver también",
    "weiterführende",
    "weitere informationen",
    "weitere tipps",
    "mehr zu ",
    "more about",
    "learn more",
    "czytaj też",
    "czytaj także",
    "zobacz też",
    "zobacz także",
    "leggi anche",
    "potrebbe interessarti",
    "leia também",
    "lees ook",
    "相关新闻",
    "相关阅读",
    "関連記事",
    "vea también",
    "le puede interesar",
    "puedes ver",
    "te recomendamos",
    "temas relacionados",
    "notas relacionadas",
    "noticias relacionadas",
    "artículos relacionados",
    "auch lesen",
    "mehr themen",
    "zum weiterlesen",
    "weiterlesen:",
    "noch mehr",
    "lust auf mehr",
    "schon gelesen",
    "auch auf ",
    "neueste artikel",
    "neueste beiträge",
    "aktuelle artikel",
    "related topics",
    "more stories",
    "latest stories",
    "top stories",
    "most read",
    "meistgelesen",
    "saiba mais",
    "leia mais",
    "veja também",
    "entdecke weitere",
    "weitere aktuelle",
    "mehr infos",
    "table of contents",
    "inhaltsverzeichnis",
)
CREDIT_PREFIXES = (
    "photo:",
    "photos:",
    "photo by",
    "photograph by",
    "photography by",
    "credit:",
    "credits:",
    "image:",
    "image credit",
    "image source",
    "picture:",
    "foto:",
    "fotos:",
    "bild:",
    "bildquelle",
    "titelbild:",
    "beitragsbild",
    "quelle:",
    "crédit photo",
    "crédits photo",
    "crédit :",
    "crédits :",
    "fuente:",
    "foto de",
    "©",
    "(c)",
    "copyright ©",
    "quellenangaben",
    "sources:",
    "source:",
    "abbildung:",
    "责任编辑",
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "编辑：",
    "編集：",
)
ENGAGEMENT_PREFIXES = (
    "share this",
    "share on",
    "share article",
    "teilen sie",
    "möchten sie den artikel teilen",
    "artikel teilen",
    "diesen artikel teilen",
    "partager",
    "compartir",
    "war der artikel",
    "war dieser artikel",
    "was this article helpful",
    "did you find this",
    "rate this",
    "bewerten sie",
    "(noch keine bewertungen)",
    "comments are closed",
    "kommentare geschlossen",
    "kommentare sind geschlossen",
    "leave a comment",
    "leave a reply",
    "kommentar schreiben",
    "kommentare schreiben",
    "kommentieren",
    "sign up for",
    "never miss",
    "subscribe to",
    "abonnieren sie",
    "jetzt abonnieren",
    "newsletter abonnieren",
    "follow us",
    "folgen sie uns",
    "rezept drucken",
    "print this",
    "artikel drucken",
    "zapraszamy też do subskrypcji",
    "if you enjoyed",
    "we want to hear what you think",
    "gefällt dir",
    "gefällt ihnen",
    "sie lesen gern",
    "jetzt spenden",
    "support us",
    "unterstützen sie uns",
    "do you want to be",
    "über den autor",
    "about the author",
    "à propos de l'auteur",
    "sobre el autor",
    "kategorie:",
    "kategorien:",
    "schlagworte",
    "schlagwörter",
    "tags:",
    "themen:",
    "filed under",
    "posted in",
    "categories:",
    "catégories :",
    "étiquettes",
    "etiquetas:",
    "last modified",
    "last updated",
    "zuletzt aktualisiert",
    "aktualisiert am",
    "veröffentlicht am",
    "published on",
    "posted on",
    "der beitrag wurde am",
    "publié le",
    "mis à jour le",
    "subscribe now",
    "for the latest",
    "follow the ",
    "submit your letter",
    "hazte miembro",
    "hazte socio",
    "tú también puedes",
    "zum newsletter",
    "newsletter anmelden",
    "nos siga",
    "siga-nos",
    "síguenos",
    "¡mira lo que",
    "written permission",
    "this article is the copyright",
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "contact us at",
    "kontakt:",
    "zusatzinformationen",
    "zurück zur",
    "back to ",
    "externer inhalt",
    "quellen ausblenden",
    "*werbung",
    "werbung:",
    "anzeige:",
    "anzeige,",
    "anzeige -",
    "release date:",
    "category:",
    "category :",
    "von:",
    "to view the full story",
    "if you're seeing this message",
    "first-time subscribers",
    "shop now",
    "buy now",
    "jetzt kaufen",
    "zurück nach oben",
    "nach oben",
    "back to top",
    "to top",
    "telefon:",
    "tel.:",
    "fax:",
    "ansprechpartner",
    "unterstütze",
    "we respect your privacy",
    "wir respektieren",
)
#: "3 / 10", "2 of 8", "Bild 4 von 12", "photo 5/20": a counter, not prose.
SLIDE_COUNTER = (
    r"(?:(?:image|photo|picture|slide|bild|foto|imagen|diapositiva)\s*)?"
    r"\d{1,3}\s*(?:/|of|von|de|sur|di|z)\s*\d{1,3}"
)

#: A short line that is only a byline (with perhaps a date after a separator). Names
#: are matched whole (possessively): were a name free to split across the repeats, a
#: near miss would take exponential time (found by fuzzing: 43 s for 88 characters).
BYLINE_LINE = (
    r"(?:by|von|par|por|di|door)\s+(?:[\w'’-]++\.?\s*+){1,4}"
    r"(?:(?:,|and|und|et|y|&)\s*+(?:[\w'’-]++\.?\s*+){1,4}){0,3}"
    r"(?:[|·•—–-]\s*[\w .:/,-]{0,30})?"
)

#: Picture agencies and wires whose name makes a short line a photo credit.
AGENCY_CREDIT = (
    # no sentence punctuation anywhere, then an agency name somewhere (cheap to reject)
    r"(?=[^.!?]*$).*?\b(?:getty images|afp|reuters|dpa|ap photo|associated press"
    r"|picture alliance|picture-alliance|imago|istock|istockphoto|shutterstock|epa|keystone"
    r"|bloomberg|anadolu|xinhua|efe|ansa|belga|sipa|abaca|alamy|unsplash|pexels)\b.*"
)

_MONTH_WORDS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june"
    r"|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober"
    r"|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = (
    r"(?:,?\s*(?:um\s*|at\s*)?\d{1,2}[:.]\d\d(?:\s*(?:uhr|am|pm|h))?"
    r"(?:\s*(?:utc|gmt|cet|cest|bst|est|edt|pst|pdt|mez|mesz))?)?"
)
DATE_ONLY = (
    r"(?:(?:am|on|le|el|den|published|updated|posted|veröffentlicht|aktualisiert|stand)\s*:?\s*)?"
    + _WEEKDAY
    + r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    + rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH_WORDS}\.?,?\s+(?:de\s+)?\d{{4}}"
    + rf"|{_MONTH_WORDS}\.?\s+\d{{1,2}},?\s+\d{{4}})"
    + _TIME
    + r"|\d{1,2}[:.]\d\d(?:\s*(?:uhr|am|pm))?"
)

BUILTIN_RULES: tuple[Rule, ...] = (
    # --- hidden elements -------------------------------------------------------
    Rule(
        "hidden-attribute",
        Attr("hidden"),
        Effect.DROP,
        description="Elements with the hidden attribute.",
    ),
    Rule(
        "aria-hidden",
        Attr("aria-hidden", "true"),
        Effect.DROP,
        description="Elements hidden from assistive technology (aria-hidden=true).",
    ),
    Rule(
        "hidden-style",
        Pattern(HIDDEN_STYLE, ("style",)),
        Effect.DROP,
        description="Inline display:none, visibility:hidden or opacity near 0.",
    ),
    Rule(
        "hidden-class",
        Pattern(
            r"(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|invisible|is-invisible|d-none"
            r"|display-none|visually-?hidden|visuallyhidden|sr-only|screen-?reader-text"
            r"|screenreader|offscreen|off-screen|element-invisible|print-only|a11y-hidden"
            r"|assistive-text)(?:\s|$)",
            ("class",),
        ),
        Effect.DROP,
        description="Whole class names that hide content or show it only to screen readers.",
    ),
    # --- page chrome -----------------------------------------------------------
    Rule(
        "chrome-tags",
        Tags("nav footer aside menu dialog"),
        Effect.DROP,
        description="Navigation, footers, asides and dialogs.",
    ),
    Rule(
        "chrome-roles",
        Words(
            "navigation banner contentinfo complementary search alertdialog menu menubar toolbar",
            ("role",),
        ),
        Effect.DROP,
        description="ARIA landmark roles of page chrome.",
    ),
    Rule(
        "page-header",
        Predicate(_no_headline_or_prose, ("header",)),
        Effect.DROP,
        description="Page and section headers that carry no headline and no prose.",
    ),
    _drop(
        "masthead-navigation",
        "masthead nav navbar navigation menu menus megamenu topbar site-header siteheader "
        "page-header global-header header-bar header-top "
        "breadcrumb breadcrumbs crumbs site-index sitemap skiplink skiplinks skip-link "
        "jump-to site-footer page-footer footer footer-links seitenfuss fusszeile pied-de-page "
        "colophon pagination pager "
        "subnav submenu sub-menu dropdown hamburger search searchbox searchform "
        "search-form language-switcher back-to-top scroll-top login signin sign-in "
        "user-menu toolbar",
        "Masthead, menus, breadcrumbs, site index, footer, search and account widgets.",
        skip_tags=HEADINGS,
    ),
    # --- advertising -----------------------------------------------------------
    _drop(
        "ad-slots",
        "ad ads adv advert adverts advertisement advertising ad-slot adslot ad-unit adunit "
        "ad-container ad-wrapper adbox ad-box ad-banner ad-placeholder place-ad dfp gpt "
        "google-ad adsense doubleclick sponsor sponsored sponsorship sponsor-wrapper "
        "partner-content native-ad commercial taboola outbrain teads plista ligatus banner "
        "affiliate affiliate-link shop-button buy-button shopping-widget product-widget "
        "billboard leaderboard skyscraper superbanner mpu werbung anzeige publicite "
        "publicidad",
        "Ad slots, sponsor blocks and content-recommendation widgets.",
    ),
    Rule(
        "ad-labels",
        Text(AD_LABELS, max_length=40),
        Effect.DROP,
        strong=True,
        description="Labels such as 'Advertisement' or 'Supported by' left beside ad slots.",
    ),
    # --- share, save and print tools --------------------------------------------
    _drop(
        "share-tools",
        "share shares sharing sharebar share-tools sharetools social socials social-links "
        "social-media social-bar social-icons social-share social-buttons addthis sharethis "
        "shariff a2a email-this email-share "
        "print-this print-button bookmark save-button save-article follow-us follow-button "
        "reactions rating vote voting likes claps article-tools story-tools",
        "Share, save, print, follow and reaction buttons.",
        max_chars=400,
    ),
    # --- links out of the article ------------------------------------------------
    Rule(
        "continue-reading-links",
        Text(prefixes=READ_ON_PREFIXES, tags=("a",), max_length=60),
        Effect.DROP,
        strong=True,
        description="'Continue reading', 'Read more' and 'Skip to' links.",
    ),
    _drop_text(
        "read-also-teasers",
        Text(prefixes=READ_ALSO_PREFIXES, tags=TEXT_BLOCKS, max_length=160),
        "'Read also:', 'Mehr zum Thema', 'À lire aussi' teasers and rail headings.",
    ),
    _drop_text(
        "credit-lines",
        Text(prefixes=CREDIT_PREFIXES, tags=TEXT_BLOCKS, max_length=120),
        "Photo credits and source lines standing as their own block.",
    ),
    _drop_text(
        "engagement-prompts",
        Text(prefixes=ENGAGEMENT_PREFIXES, tags=TEXT_BLOCKS, max_length=160),
        "Share/rate/comment/subscribe prompts and 'comments are closed' notes.",
    ),
    _drop_text(
        "byline-lines",
        Text(pattern=BYLINE_LINE, tags=(*LINE_BLOCKS, "font", "td"), max_length=90),
        "Short 'By A and B' / 'Von A' lines left inside the body.",
    ),
    _drop_text(
        "agency-credits",
        Text(pattern=AGENCY_CREDIT, tags=LINE_BLOCKS, max_length=90),
        "Short lines naming a picture agency or wire: photo credits.",
    ),
    _drop_text(
        "slide-counters",
        Text(pattern=SLIDE_COUNTER, tags=LINE_BLOCKS, max_length=20),
        "Gallery and pagination counters such as '3 / 10' or 'Photo 2 of 8'.",
    ),
    _drop_text(
        "date-only-blocks",
        Text(pattern=DATE_ONLY, tags=LINE_BLOCKS, max_length=40),
        "Blocks holding nothing but a date or a time.",
    ),
    _drop(
        "related-rails",
        "related relatedposts related-content related-stories related-articles related-links "
        "related-news next-post nextstory next-story prev-next post-navigation nav-links "
        "recommend recommended recommendation recommendations recirc "
        "recirculation more-stories more-articles more-news more-from more-on more-like "
        "more-to-read more-headlines most-read most-popular most-viewed most-shared "
        "most-commented mostread mostpopular popular trending top-stories read-next up-next "
        "whats-next also-read read-also see-also further-reading you-may-like suggested "
        "suggestion suggestions teasers teaser-list rail right-rail left-rail sidebar "
        "side-bar sidecol widget-area widgetarea latest-news news-list headlines carousel "
        "ticker promo promos promotion lesen-sie-auch mehr-zum-thema a-lire-aussi",
        "Related, recommended, most-read and trending rails, sidebars and widgets.",
    ),
    _drop(
        "newsletter-subscription",
        "newsletter newsletters subscribe subscription subscriptions subscriber signup sign-up "
        "optin opt-in mailchimp paywall regwall reg-wall piano inline-cta call-to-action "
        "membership donate donation premium-teaser premium-banner abo abonnement",
        "Newsletter sign-ups, subscription offers and paywall boxes.",
    ),
    _drop(
        "cookie-consent",
        "cookie cookies cookie-banner cookie-notice cookie-consent cookie-bar cookie-law "
        "consent gdpr onetrust optanon cookiebot didomi usercentrics truste sp-message "
        "privacy-banner privacy-notice privacy-bar privacy-manager",
        "Cookie and consent banners.",
    ),
    _drop(
        "comment-widgets",
        "comment comments comment-list comment-form comment-section comment-thread "
        "comment-count comment-respond commentlist disqus discussion respond replies reply "
        "nocomments no-comments livefyre coral talk-stream openweb spot-im spotim kommentar "
        "kommentare commentaire commentaires comentario comentarios reader-comments user-comments",
        "Reader comments, discussion threads and reply forms.",
    ),
    _drop(
        "author-bio",
        "author-bio authorbio author-box author-card author-info about-author "
        "about-the-author bio-box contributor-bio author-profile author-details byline-bio "
        "profile-card post-author autor autorbox autoren-box author-description sabox "
        "saboxplugin-wrap artikel-autor author-section abh-box about-author-box",
        "Author biography boxes.",
        max_chars=1500,
    ),
    _drop(
        "tag-lists",
        "tags tag-list taglist tag-cloud tagcloud post-tags article-tags entry-tags keywords "
        "topics topic-list categories post-categories entry-categories cat-links tags-links "
        "schlagworte",
        "Tag, topic and category lists.",
        max_chars=600,
    ),
    _drop(
        "byline-and-dateline",
        "byline bylines by-line last-byline post-meta entry-meta article-meta story-meta "
        "meta-info meta-data metaline postmetadata published publish-date published-date "
        "pubdate timestamp post-date article-date entry-date updated author-name authors",
        "Byline and date lines (their content goes to the metadata, not the body).",
        max_chars=500,
    ),
    _drop(
        "captions-and-credits",
        "caption captions figcaption wp-caption-text credit credits photo-credit "
        "image-credit copyright media-credit img-credit bildunterschrift legende",
        "Image captions and photo credits.",
        max_chars=400,
    ),
    Rule(
        "credit-microdata",
        Words("copyrightholder copyright-holder copyright-notice", ("itemprop", "property")),
        Effect.DROP,
        description="Photo credits marked with schema.org copyrightHolder.",
    ),
    Rule(
        "media-labels",
        Text(MEDIA_LABELS, max_length=20),
        Effect.DROP,
        description="Stand-alone 'Image', 'Photo', 'Video' labels on figures and players.",
    ),
    Rule(
        "figcaption", Tags("figcaption"), Effect.DROP, max_chars=600, description="Figure captions."
    ),
    _drop(
        "disclaimers-and-contact",
        "disclaimer disclosure editorial-disclosure affiliate-text affiliate-disclosure "
        "license license-area licence contactbox contact-box kontakt kontaktbox",
        "Disclaimers, affiliate notes, licence lines and contact boxes.",
        max_chars=1500,
    ),
    Rule(
        "chrome-exact-names",
        Pattern(
            r"(?:^|\s)(?:header|sidebar|footer|menu|nav|navbar|masthead|topbar"
            r"|site-header|site-footer)(?:\s|$)",
            ("class", "id"),
        ),
        Effect.DROP,
        description="Elements named exactly header, sidebar, footer or menu.",
    ),
    _drop(
        "fact-boxes",
        "factbox fact-box facts-box factfile match-facts key-facts at-a-glance infobox-facts",
        "Fact boxes and match facts standing beside the story.",
        max_chars=1500,
    ),
    _drop(
        "media-players",
        "video-player videoplayer media-player mediaplayer player-wrapper jwplayer video-js "
        "vjs-control-bar player-controls audio-player",
        "Video and audio player shells with their play buttons and durations.",
        max_chars=600,
    ),
    _drop(
        "overlays",
        "modal popup pop-up overlay lightbox interstitial toast notification alert-bar "
        "breaking-news-bar",
        "Modals, pop-ups, overlays and notification bars.",
    ),
    # --- body markers ------------------------------------------------------------
    Rule(
        "itemprop-article-body",
        Words("articlebody reviewbody", ("itemprop", "property")),
        Effect.BODY,
        description="schema.org microdata marking the article body.",
    ),
    Rule(
        "named-article-body",
        Words(
            "article-body articlebody article-content articlecontent article-text articletext "
            "story-body storybody story-content story-text entry-content post-content "
            "post-body postbody post-entry post-text blog-post-content body-text bodytext "
            "content-body news-body news-content news-text td-post-content "
            "text-body main-text field-body single-content the-content "
            "article-main story-main article-copy story-copy",
            NAMING,
            at_end=True,
        ),
        Effect.BODY,
        description="Class, id or data-testid naming the article body.",
    ),
    Rule(
        "lead-paragraph",
        Words(
            "lead article-lead story-lead lead-text leadtext intro article-intro story-intro "
            "intro-text excerpt entry-excerpt post-excerpt summary article-summary "
            "story-summary standfirst subtitle sub-title subheadline sub-headline dek deck "
            "vorspann teaser teaser-text article-teaser chapo chapeau sapo description "
            "article-description abstract entradilla bajada sommario",
            NAMING,
            at_end=True,
        ),
        Effect.LEAD,
        description="Standfirst, summary or intro placed above the body container.",
    ),
    # --- score adjustments --------------------------------------------------------
    Rule(
        "article-element",
        Tags("article main"),
        Effect.SCORE,
        weight=20.0,
        description="Semantic <article>/<main> containers.",
    ),
    Rule(
        "content-words",
        Words(
            "article content entry post story text body main blog news hentry",
            ("class", "id"),
            at_end=True,
        ),
        Effect.SCORE,
        weight=15.0,
        description="Class/id words typical of content containers.",
    ),
)
