"""The article's furniture: comments, author boxes, bylines, captions, disclaimers,
fact boxes and players."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from lxml import etree

from ...dom.text import link_length, text_of, words_length
from ...tuning.widgets import GALLERY_PROSE_CHARS
from ..matchers import Predicate, Tags, Words, XPath
from ..model import Effect, Role, Rule
from ..named_predicate import NamedPredicate
from .caption_markup import IMAGE_FILES
from .common import word_drop
from .image_captions import ALT_CAPTIONS, BOXED_CAPTIONS, CREDITED_IMAGE_CAPTIONS, IMAGE_CAPTIONS
from .lexicon.media import PLACED_ACROSS, PLACED_DOWN, PLAYER_NAMES

HtmlElement = Any

COMMENT_WIDGETS = word_drop(
    "comment-widgets",
    "comment comments comment-list comment-form comment-section comment-thread "
    "comment-count comment-respond commentlist disqus discussion respond replies reply "
    "nocomments no-comments livefyre coral talk-stream openweb spot-im spotim kommentar "
    "kommentare commentaire commentaires comentario comentarios reader-comments user-comments",
    "Reader comments, discussion threads and reply forms.",
    role=Role.COMMENTS,
)


#: Words of a class or id naming a gallery of pictures (``photoGallery``, ``type-gallery``).
GALLERY_WORDS = ("gallery", "slideshow", "slide-show", "carousel", "diashow", "bildergalerie")
#: How far from a gallery (in sibling elements) the story's prose is looked for...
GALLERY_PROSE_REACH = 3
# ... a paragraph at least GALLERY_PROSE_CHARS long (tuning/widgets.py, where the
# engine's ``gallery_prose_chars`` takes its default), mostly outside links.


def _story_prose(element: HtmlElement) -> bool:
    if element.tag != "p":
        return False
    text = text_of(element).strip()
    return len(text) >= GALLERY_PROSE_CHARS and link_length(element) < len(text) / 2


def _between_paragraphs(element: HtmlElement) -> bool:
    """True when paragraphs of the story stand both before and after ``element``."""
    before = islice(element.itersiblings(preceding=True), GALLERY_PROSE_REACH)
    after = islice(element.itersiblings(), GALLERY_PROSE_REACH)
    return any(map(_story_prose, before)) and any(map(_story_prose, after))


GALLERY_IN_STORY = Rule(
    "gallery-in-story",
    # the rules walk reads the names, and looks at the siblings of the galleries only
    Predicate(
        NamedPredicate(GALLERY_WORDS, _between_paragraphs),
        ("div", "section", "figure", "ul", "aside"),
    ),
    Effect.DROP,
    strong=True,
    description="A picture gallery set between two paragraphs of the story (its slides' "
    "captions are captions).",
    role=Role.CAPTION,
)


AUTHOR_BIO = word_drop(
    "author-bio",
    "author-bio authorbio author-box author-card author-info about-author "
    "about-the-author bio-box contributor-bio author-profile author-details byline-bio "
    "profile-card post-author autor autorbox autoren-box author-description sabox "
    "saboxplugin-wrap artikel-autor author-section abh-box about-author-box",
    "Author biography boxes.",
    max_chars=1500,
)


BYLINE_AND_DATELINE = word_drop(
    "byline-and-dateline",
    "byline bylines by-line last-byline post-meta entry-meta article-meta story-meta "
    "meta-info meta-data metaline postmetadata published publish-date published-date "
    "pubdate timestamp post-date article-date entry-date updated author-name authors "
    "submitted submitted-by",
    "Byline and date lines (their content goes to the metadata, not the body).",
    max_chars=500,
)


CAPTIONS_AND_CREDITS = word_drop(
    "captions-and-credits",
    "caption captions figcaption wp-caption-text credit credits photo-credit "
    "image-credit copyright media-credit img-credit bildunterschrift legende",
    "Image captions and photo credits.",
    max_chars=400,
    role=Role.CAPTION,
)


CREDIT_MICRODATA = Rule(
    "credit-microdata",
    Words("copyrightholder copyright-holder copyright-notice", ("itemprop", "property")),
    Effect.DROP,
    description="Photo credits marked with schema.org copyrightHolder.",
    role=Role.CAPTION,
)


FIGCAPTION = Rule(
    "figcaption",
    Tags("figcaption"),
    Effect.DROP,
    max_chars=600,
    description="Figure captions.",
    role=Role.CAPTION,
)


#: A card's title is a headline's line; longer text in a card's link is its excerpt,
#: which ``figure-text`` still takes: left in, it reads as prose when the body is
#: chosen and widens the body over the cards.
CARD_TITLE_MAX_CHARS = 120
#: A link to another page (not a place on this one, not the site's front page, not a
#: picture file) that holds the figure's picture or goes where a link holding it goes:
#: a teaser card, whose title names the linked story and is no caption of the picture.
_CARD_LINK = (
    "(.//img or .//picture or @href = ancestor::figure[1]//a[.//img or .//picture]/@href)"
    " and @href[not(starts-with(., '#') or . = '/'"
    " or (contains(., '//') and substring-after(substring-after(., '//'), '/') = ''))]"
    "[not("
    + " or ".join(
        f"contains(translate(., 'JPEGNWBIFAV', 'jpegnwbifav'), '{suffix}')"
        for suffix in IMAGE_FILES  # a link to the full-size picture, not to a page
    )
    + ")]"
)
#: Text in a figure that holds an image, outside its caption: credits and captions
#: set in spans, cites and small print (the figure's caption itself is ``figcaption``);
#: not a card's title, left for the link lists and rails to take with the cards.
_FIGURE_TEXT = (
    "self::figure[.//img or .//picture]"
    "//*[self::span or self::cite or self::small or self::p or self::div or self::em]"
    "[not(.//img or .//picture or ancestor::figcaption)][normalize-space()]"
    f"[not(string-length(normalize-space()) <= {CARD_TITLE_MAX_CHARS}"
    f" and (ancestor::a[{_CARD_LINK}] or .//a[{_CARD_LINK}]))]"
)
#: The innermost span holding an image inside a paragraph: a card shown on hover (a
#: person's photo, name and latest stories), not running text. Read from each image.
_INLINE_CARD = "ancestor::span[1][ancestor::p]"

INLINE_CARDS = Rule(
    "inline-cards",
    XPath(_INLINE_CARD, around="img picture"),
    Effect.DROP,
    max_chars=600,
    description="Hover cards (an image with a name and links) set inside a paragraph.",
)


FIGURE_TEXT = Rule(
    "figure-text",
    XPath(_FIGURE_TEXT, around="figure"),
    Effect.DROP,
    max_chars=400,
    description="Credits and captions inside a figure, outside its figcaption.",
    role=Role.CAPTION,
)


DISCLAIMERS_AND_CONTACT = word_drop(
    "disclaimers-and-contact",
    "disclaimer disclosure editorial-disclosure affiliate-text affiliate-disclosure "
    "license license-area licence contactbox contact-box kontakt kontaktbox",
    "Disclaimers, affiliate notes, licence lines and contact boxes.",
    max_chars=1500,
)


FACT_BOXES = word_drop(
    "fact-boxes",
    "factbox fact-box facts-box factfile match-facts key-facts at-a-glance infobox-facts",
    "Fact boxes and match facts standing beside the story.",
    max_chars=1500,
)


MEDIA_PLAYERS = word_drop(
    "media-players",
    "video-player videoplayer media-player mediaplayer player-wrapper jwplayer video-js "
    "vjs-control-bar player-controls audio-player",
    "Video and audio player shells with their play buttons and durations.",
    max_chars=600,
)


PLAYER_SETTINGS = word_drop(
    "player-settings",
    "settings-container settings-panel settings-menu settings-dialog cc-options "
    "caption-settings captions-settings text-track-settings track-settings",
    "A media player's settings panels (quality, caption font, size and opacity, 'Captions "
    "will look like this'): the player's own menus, however long their option lists.",
)


CHART_LABELS = word_drop(
    "chart-labels",
    "ai2html g-artboard",
    "Charts drawn as positioned text labels (ai2html artboards, one per screen width): "
    "their axis labels and figures are a picture's, not sentences of the story.",
)


#: A label pinned on a chart is short (an axis tick, a figure, a legend's line)...
PLACED_LABEL_MAX_CHARS = 150
#: ... and stands among at least this many siblings pinned the same way
PLACED_LABEL_MIN_SIBLINGS = 4
_PLACED_DOWN = re.compile(PLACED_DOWN, re.IGNORECASE)
_PLACED_ACROSS = re.compile(PLACED_ACROSS, re.IGNORECASE)


def _pinned(element: HtmlElement) -> bool:
    style = element.get("style")
    return (
        style is not None
        and _PLACED_DOWN.search(style) is not None
        and _PLACED_ACROSS.search(style) is not None
    )


def _chart_label(element: HtmlElement) -> bool:
    """True for a short label its inline style pins at a share of its box's height and
    width, standing among siblings pinned alike: the text of a chart drawn as a picture
    with its labels laid over it."""
    if not _pinned(element) or words_length(element) > PLACED_LABEL_MAX_CHARS:
        return False
    parent = element.getparent()
    if parent is None:
        return False
    pinned = (sibling for sibling in parent.iterchildren("div", "p", "span") if _pinned(sibling))
    return sum(1 for _ in islice(pinned, PLACED_LABEL_MIN_SIBLINGS)) >= PLACED_LABEL_MIN_SIBLINGS


PLACED_CHART_LABELS = Rule(
    "placed-chart-labels",
    # the walk reads every style, and tests only those that set a top
    Predicate(NamedPredicate(("top",), _chart_label, ("style",)), ("div", "p", "span")),
    Effect.DROP,
    # its shape is the evidence: a page of short figures is weighed as no story
    strong=True,
    description="Charts drawn as a picture with their labels pinned over it by inline "
    "styles (top and left as shares of the box), several side by side: their axis "
    "labels and figures are the picture's, not sentences of the story.",
)


#: A player's box holds its own controls (compiled once; true when one is there)...
_PLAYER_CONTROLS = etree.XPath(
    "boolean("
    + "|".join(
        (
            ".//*[@role='slider' or @role='button' or @role='menu' or @role='dialog']",
            ".//button",
            ".//video",
            ".//audio",
        )
    )
    + ")"
)
#: ... and only labels: no line of it is longer than this
PLAYER_LABEL_MAX_CHARS = 160
#: ... nor all of them together
PLAYER_SHELL_MAX_CHARS = 2500


def _player_shell(element: HtmlElement) -> bool:
    """True for a box holding a media player's controls and nothing but short labels
    (its menus of qualities, caption fonts and sizes)."""
    if words_length(element) > PLAYER_SHELL_MAX_CHARS or not _PLAYER_CONTROLS(element):
        return False
    return all(len(text.strip()) <= PLAYER_LABEL_MAX_CHARS for text in element.itertext())


PLAYER_SHELLS = Rule(
    "player-shells",
    # the walk reads every aria-label, and tests only those naming a player
    Predicate(
        NamedPredicate(PLAYER_NAMES, _player_shell, ("aria-label",)), ("div", "section", "figure")
    ),
    Effect.DROP,
    # its controls and labels are the evidence: a short story beside it would outweigh it
    strong=True,
    description="A media player's box, named a player by its aria-label, with its controls "
    "and menus (quality, caption font, size and opacity): short labels only, however many.",
)


RULES: tuple[Rule, ...] = (
    COMMENT_WIDGETS,
    AUTHOR_BIO,
    BYLINE_AND_DATELINE,
    CAPTIONS_AND_CREDITS,
    CREDIT_MICRODATA,
    FIGCAPTION,
    FIGURE_TEXT,
    IMAGE_CAPTIONS,
    CREDITED_IMAGE_CAPTIONS,
    ALT_CAPTIONS,
    BOXED_CAPTIONS,
    GALLERY_IN_STORY,
    INLINE_CARDS,
    DISCLAIMERS_AND_CONTACT,
    FACT_BOXES,
    MEDIA_PLAYERS,
    PLAYER_SETTINGS,
    PLAYER_SHELLS,
    CHART_LABELS,
    PLACED_CHART_LABELS,
)
