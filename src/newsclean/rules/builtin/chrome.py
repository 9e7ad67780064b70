"""Page chrome: navigation, headers and footers, consent banners and overlays."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ...dom.page_tags import FORM_BOX_ATTRIBUTE
from ...dom.text import collapse_space, text_of
from ..matchers import Attr, Pattern, Predicate, Tags, Words
from ..model import Effect, Rule
from ..named_predicate import NamedPredicate
from .common import HEADINGS, word_drop
from .focusable_labels import FOCUS_ATTRIBUTE, FOCUS_NAMES, focusable_control, signs_a_box

HtmlElement = Any


#: A heading holding a link, below the element.
_LINKED_HEADLINE = etree.XPath("boolean((.//h2|.//h3|.//h4|.//h5|.//h6)//a)")
#: The page's main part, below the element.
_HOLDS_MAIN = etree.XPath("boolean(.//main|.//*[@role='main'])")


def _heads_a_card(header: HtmlElement) -> bool:
    """True when ``header`` holds a linked headline and heads an ``<article>`` that is
    one of a list's items: a teaser card, whose headline tells the list of teasers it is
    in (a comment's header names its author, not a headline)."""
    card = next(header.iterancestors("article"), None)
    if card is None or not _LINKED_HEADLINE(header):
        return False
    holder = card.getparent()
    return holder is not None and (
        holder.tag == "li" or sum(1 for _ in holder.iterchildren("article")) > 1
    )


def _no_headline_or_prose(header: HtmlElement) -> bool:
    """A header with no h1 and little text outside links is page chrome."""
    if next(header.iter("h1"), None) is not None:
        return False
    if _heads_a_card(header):
        return False
    links = sum(len(text_of(a)) for a in header.iter("a"))
    if not links and _only_a_heading(header):
        return False
    return len(text_of(header).strip()) - links < 150


def _only_a_heading(header: HtmlElement) -> bool:
    """True when ``header``'s text is all in one unlinked h2-h6 and the box it heads
    holds more text: the title of one of the story's sections (``<section><header>
    <h3>``), as HTML5 sets it, not the page's header (a logo, a menu, links). A header
    inside a link is a teaser card's, one over nothing but pictures a gallery's (its
    pictures go with it), and one over the page's main part the page's banner."""
    heading = next(header.iter(*HEADINGS), None)
    if heading is None or heading.tag == "h1":
        return False
    words = text_of(heading).split()
    if not words or words != text_of(header).split():
        return False
    box = header.getparent()
    if box is None or next(header.iterancestors("a"), None) is not None or _HOLDS_MAIN(box):
        return False
    return len(text_of(box).split()) > len(words)


CHROME_TAGS = Rule(
    "chrome-tags",
    Tags("nav footer aside menu dialog"),
    Effect.DROP,
    description="Navigation, footers, asides and dialogs.",
)


FORMS = Rule(
    "forms",
    Tags("form"),
    Effect.DROP,
    description="Forms: comment boxes, newsletter sign-ups, searches and logins (a form "
    "wrapping the whole page, as some frameworks set it, holds the story and is kept).",
)


FORM_BOXES = Rule(
    "form-boxes",
    Attr(FORM_BOX_ATTRIBUTE),
    Effect.DROP,
    description="The box around a newsletter's or a comment box's form (one asking for an "
    "email address): its heading and pitch, a few lines at most, go with the form.",
)


CHROME_ROLES = Rule(
    "chrome-roles",
    Words(
        "navigation banner contentinfo complementary search alertdialog menu menubar toolbar",
        ("role",),
    ),
    Effect.DROP,
    description="ARIA landmark roles of page chrome.",
)


#: ARIA roles of a control the reader operates: its text is the control's label ("Bild
#: anzeigen", "Read Later", "Toggle"), never a sentence of the story. Tabs are left out:
#: their labels title the panels of a tabbed story.
CONTROL_ROLES = frozenset(
    (
        *("button", "switch", "checkbox", "radio", "slider", "spinbutton", "tooltip"),
        *("menuitem", "menuitemcheckbox", "menuitemradio"),
    )
)
#: The longest label of a control ("Bild anzeigen Bild schließen", both states written).
CONTROL_LABEL_MAX_CHARS = 40
#: What names a control to the walk, in its role: words of the roles (``spinbutton``
#: holds ``button``, ``menuitemradio`` ``menuitem``).
_CONTROL_NAMES = ("button", "switch", "checkbox", "radio", "slider", "tooltip", "menuitem")
#: All a button's holder may hold to go: its count ("0", "12", "1.2k" likes).
_BUTTON_COUNT = re.compile(r"\(?\d[\d.,]*[km]?\)?")
#: What a control's label ends with when it is a sentence or a question (an accordion's
#: "What does the levy cost?" over its answer), which stays.
_SENTENCE_MARKS = (".", "!", "?", "。", "？", "！", "…", '"', "”", "»")
#: What a control holding the story's own text holds: a heading or paragraph (an
#: accordion's section title), a picture, a list, a quote or code (a code line beside
#: its "Copy" button), a link to a page (a clickable teaser card).
_CONTROL_CONTENT = frozenset(
    (
        *HEADINGS,
        *("p", "img", "picture", "table", "pre"),
        *("blockquote", "ul", "ol", "dl", "figure", "a"),
    )
)
#: A link's address that opens no page: a jump within it, a script.
_NO_PAGE = ("#", "javascript")


def _short_label(element: HtmlElement) -> str:
    """``element``'s text, whitespace collapsed, or "" once it runs past
    ``CONTROL_LABEL_MAX_CHARS`` (read piece by piece: a button's holder may be the
    story's box, whose whole text is not worth building)."""
    pieces = []
    size = 0
    for piece in element.itertext():
        size += len(piece.strip())
        if size > CONTROL_LABEL_MAX_CHARS:
            return ""
        pieces.append(piece)
    return collapse_space("".join(pieces))


def _is_label(label: str) -> bool:
    """True for a control's short label, which is no sentence."""
    return (
        bool(label)
        and len(label) <= CONTROL_LABEL_MAX_CHARS
        and not label.endswith(_SENTENCE_MARKS)
    )


def _holds_content(element: HtmlElement) -> bool:
    """True when ``element`` holds a heading, paragraph, picture, list, quote, code or a
    link to a page (read below a short label: a few elements at most, where a tag
    filter would cost more to build than to pass them)."""
    for inner in element.iterdescendants():
        tag = inner.tag
        if tag in _CONTROL_CONTENT:
            if tag != "a":
                return True
            address = inner.get("href")
            if address is not None and not address.startswith(_NO_PAGE):
                return True
    return False


def _role_label(element: HtmlElement) -> bool:
    """True for an element with a control's ARIA role (a button, switch, slider, menu
    item or tooltip) holding a short label that is no sentence: the reader's tools left
    as text ("Bild anzeigen", "Read Later"). One holding a heading, paragraph, picture,
    list, code or a link to a page is an accordion's title, a clickable card or the
    story's, and stays; a tooltip is hidden until pointed at, so its heading is no
    section's. An element with no role that a ``tabindex`` puts in the keyboard's
    order is a control a script made (see :func:`focusable_label`)."""
    role = element.get("role")
    if role is None:
        return focusable_label(element)
    role = role.strip().lower()
    if role not in CONTROL_ROLES or not _is_label(_short_label(element)):
        return False
    return role == "tooltip" or not _holds_content(element)


def focusable_label(element: HtmlElement) -> bool:
    """True for a :func:`.focusable_labels.focusable_control` holding a short label
    that is no sentence and no heading, paragraph, picture, list, code or link to a
    page ("Ouvir o texto", "Save for later"). A label telling a larger box (a media
    player's, a comment thread's opener) is left to the rule taking that box."""
    return focusable_control(element) and icon_button_label(element)


def field_label(holder: HtmlElement) -> bool:
    """True for the wrapper of a field asking for a value, or the box beside it, left
    holding the field's short label once the field is stripped ("Check-in", "Guests")."""
    return _is_label(_short_label(holder)) and not _holds_content(holder)


def icon_button_label(holder: HtmlElement) -> bool:
    """True for the holder of a button showing no words (an icon), left holding the
    button's short label once the button is stripped ("Save"), as a field's holder is,
    or for a control a script made (:func:`focusable_label`) holding its label. A label
    telling a larger box ("Show comments") is left to the rule taking that box."""
    label = _short_label(holder)
    return _is_label(label) and not signs_a_box(label) and not _holds_content(holder)


def button_count(holder: HtmlElement) -> bool:
    """True for a button's holder left holding only a count once the button is
    stripped (a like button's "12")."""
    label = _short_label(holder)
    return (
        _is_label(label)
        and _BUTTON_COUNT.fullmatch(label) is not None
        and not _holds_content(holder)
    )


#: The elements a control's label stands in (the engine picks no other holder).
CONTROL_LABEL_TAGS = ("div", "span", "li", "p", "label", "dt", "dd", "td", "section")

CONTROL_LABELS = Rule(
    "control-labels",
    # the walk reads every role, and tests only those naming a control; the engine
    # tests the holders of fields and buttons it picked before stripping them (see
    # engine.prepare.control_holders)
    Predicate(
        NamedPredicate((*_CONTROL_NAMES, *FOCUS_NAMES), _role_label, ("role", FOCUS_ATTRIBUTE)),
        CONTROL_LABEL_TAGS,
    ),
    Effect.DROP,
    description="Controls holding a short label, no sentence: an element with a control's "
    "ARIA role (button, switch, checkbox, slider, menu item, tooltip) or, with no role, a "
    "tabindex putting it in the keyboard's order, standing apart from any text, or the "
    "wrapper of a "
    "field asking for a value and the box beside it: 'Bild anzeigen', 'Read Later', "
    "'Check-in'; and a button's holder holding only its count ('12') or, the button "
    "an icon, its label ('Save').",
)


PAGE_HEADER = Rule(
    "page-header",
    Predicate(_no_headline_or_prose, ("header",)),
    Effect.DROP,
    description="Page and section headers that carry no headline and no prose (a "
    "section's header holding only its title, over more text, stays).",
)


MASTHEAD_NAVIGATION = word_drop(
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
)


COOKIE_CONSENT = word_drop(
    "cookie-consent",
    "cookie cookies cookie-banner cookie-notice cookie-consent cookie-bar cookie-law "
    "consent gdpr onetrust optanon cookiebot didomi usercentrics truste sp-message "
    "privacy-banner privacy-notice privacy-bar privacy-manager",
    "Cookie and consent banners.",
)


CHROME_EXACT_NAMES = Rule(
    "chrome-exact-names",
    Pattern(
        r"(?:^|\s)header(?:\s|$)",
        ("class", "id"),
    ),
    Effect.DROP,
    description="Elements named exactly header (the other chrome names are words of "
    "masthead-navigation and related-rails).",
)


OVERLAYS = word_drop(
    "overlays",
    "modal popup pop-up overlay lightbox interstitial toast notification alert-bar "
    "breaking-news-bar",
    "Modals, pop-ups, overlays and notification bars.",
)


RULES: tuple[Rule, ...] = (
    CHROME_TAGS,
    FORMS,
    FORM_BOXES,
    CHROME_ROLES,
    CONTROL_LABELS,
    PAGE_HEADER,
    MASTHEAD_NAVIGATION,
    COOKIE_CONSENT,
    CHROME_EXACT_NAMES,
    OVERLAYS,
)
