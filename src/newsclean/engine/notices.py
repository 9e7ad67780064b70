"""A page's notice chosen as the body (``page-notices``): a cookie banner or a privacy
policy set in a pop-up, which a page without ``<main>``/``<article>`` may let outscore a
short story. Such a notice speaks for the site to its reader ("We use cookies", "This
website uses cookies", "our privacy policy"), is a small island of the page (its box
holds a small share of the page's text, no ``h1``), and carries the controls a script
works (accept, decline, back, a close "x": links leading nowhere). A site's request
to send its reader notifications ("Allow notifications", "Get notified about breaking
news", "Benachrichtigungen erlauben", "Dürfen wir Sie informieren?") in a small dialog
of buttons ("Allow", "Not now") is such a notice too. A story about privacy or
notifications is the page's main text, or names the site no such way."""

from __future__ import annotations

import re
from typing import Any

from ..dom.text import text_of, unlinked_words, words_length
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .observer import Observer, remove_recorded
from .teaser_boxes import address_of, leads_nowhere

HtmlElement = Any

#: Stands in for a rule on a page's notice (an engine rule, like ``page-footers``:
#: ``disable("page-notices")`` switches it off).
PAGE_NOTICES = Rule(
    "page-notices",
    Tags("div section aside form dialog"),
    Effect.DROP,
    description="A small box of the page, chosen as the body, holding the site's "
    "cookie or privacy notice to its reader and controls leading nowhere: a consent "
    "banner or a policy pop-up, not the story.",
)

#: The words a cookie or policy notice cannot do without, found by a plain search (most
#: stories have none of them) before the wording around each is read...
_TOPICS = ("cookie", "privacy", "datenschutz")
#: ... and those of a notification prompt ("notify", "notified", "Benachrichtigung").
_PROMPT_TOPICS = ("notif", "benachrichtig")
#: How many characters before and after such a word its sentence is read for the
#: site's voice (reading only there keeps a long story's text from costing).
ASK_REACH = 120
_WORDS = r"(?:\W+\w+){0,6}?\W+"
#: The site speaking of its cookies or its policy to the reader, in lower case: "We use
#: cookies", "this website uses cookies", "our privacy policy", "Diese Website verwendet
#: Cookies", "unsere Datenschutzerklärung", "nous utilisons des cookies", "usamos cookies"
#: (and "by continuing to use", when such a word stands near).
SITE_VOICE = re.compile(
    r"\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\b"
    + _WORDS
    + r"(?:use[sd]?|set(?:s|ting)?|place[sd]?|stores?|collect(?:s|ed)?)\b"
    + _WORDS
    + r"cookies?\b"
    r"|\b(?:this|our)\s+(?:privacy|cookie)\s+(?:policy|notice|statement)\b"
    r"|\bby\s+continuing\s+to\s+(?:use|browse)\b"
    r"|\b(?:wir|diese\s+(?:web)?seite|diese\s+website|unsere\s+(?:web)?seite)\b"
    + _WORDS
    + r"(?:verwende[nt]|nutz(?:en|t)|setz(?:en|t)|speicher[nt])\b"
    + _WORDS
    + r"cookies\b"
    r"|\bunsere[rn]?\s+datenschutz\w+"
    r"|\b(?:nous|ce\s+site)\s+utilis\w+\s+(?:des\s+)?cookies\b"
    r"|\b(?:utilizamos|usamos|este\s+sitio(?:\s+web)?\s+(?:utiliza|usa))\s+cookies\b"
)
#: The site asking to send its reader notifications, in lower case: "Allow
#: notifications", "get notified", "we'd like to send you", "Benachrichtigungen
#: erlauben", "Erlauben Sie ... Benachrichtigungen", "Dürfen wir Sie", "Wir würden Sie
#: gerne", "Activer les notifications", "Recibe notificaciones", "Attiva le notifiche".
#: Its buttons ("Allow", "Not now") are gone with the page's other buttons.
ASKS_TO_NOTIFY = re.compile(
    r"\b(?:allow|enable|turn\s+on|activate)\s+(?:push\s+|browser\s+)?notifications\b"
    r"|\bget\s+notified\b"
    r"|\bwe(?:'d|\s+would)\s+like\s+to\s+(?:send|notify)\s+you\b"
    r"|\bbenachrichtigung(?:en)?\s+(?:erlauben|aktivieren|zulassen|einschalten)\b"
    r"|\b(?:erlauben|aktivieren)\s+sie\b" + _WORDS + r"benachrichtigungen\b"
    r"|\b(?:dürfen|möchten)\s+wir\s+sie\b|\bwir\s+würden\s+sie\s+gerne\b"
    r"|\b(?:activer|activez|recevoir|recevez)\s+(?:les\s+|nos\s+)?notifications\b"
    r"|\b(?:activa|activar|activá|recibe|recibir|recibí)\s+(?:las\s+|nuestras\s+)?"
    r"notificaciones\b"
    r"|\b(?:attiva|attivare|ricevi|ricevere)\s+(?:le\s+)?notifiche\b"
)


def drop_page_notice(
    body: HtmlElement,
    core: HtmlElement | None,
    decisions: Decisions,
    tuning: Tuning,
    observer: Observer,
) -> bool:
    """Remove the notice the best-scored container ``core`` stands in (see the module's
    docstring), so that the body is chosen again; whether one went."""
    notice = _notice_around(body, core, tuning) if core is not None else None
    if notice is None:
        return False
    remove_recorded(notice, PAGE_NOTICES, decisions, observer)
    return True


def _notice_around(body: HtmlElement, core: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The notice's box around ``core`` (:func:`_notice_box`), when ``core`` speaks for
    the site of its cookies or policy, or asks to send notifications, and the box holds
    at most ``notice_max_share`` of the page's text, no ``h1`` and (a cookie or policy
    notice) a link leading nowhere (a script's control)."""
    text = text_of(core)
    policy = any(topic[1:] in text for topic in _TOPICS)  # "Cookie" or "cookie"
    prompt = not policy and any(topic[1:] in text for topic in _PROMPT_TOPICS)
    if not policy and not prompt:
        return None  # most pages stop here
    lowered = " ".join(core.itertext()).lower()  # blocks kept apart
    if policy and not speaks(lowered, _TOPICS, SITE_VOICE):
        return None
    if prompt and not speaks(lowered, _PROMPT_TOPICS, ASKS_TO_NOTIFY):
        return None
    box = _notice_box(core, body, tuning.notice_label_max_chars)
    if (
        words_length(box) > tuning.notice_max_share * words_length(body)
        or next(box.iter("h1"), None) is not None
    ):
        return None
    if policy and not any(leads_nowhere(address_of(link)) for link in box.iter("a")):
        return None
    return box


def _notice_box(core: HtmlElement, body: HtmlElement, label_chars: int) -> HtmlElement:
    """The outermost box around ``core`` below ``body`` whose text outside links is
    ``core``'s, give or take ``label_chars`` (its title, a close "x"): the notice with
    its controls ("Accept", "Decline", "Back"), never a box holding a story beside it."""
    box, parent = core, core.getparent()
    own = unlinked_words(core) + label_chars
    while parent is not None and parent is not body and unlinked_words(parent) <= own:
        box, parent = parent, parent.getparent()
    return box


def speaks(lowered: str, topics: tuple[str, ...], voice: re.Pattern[str]) -> bool:
    """Whether the text ``lowered`` (in lower case) holds the site's ``voice``, read
    only around each of ``topics``."""
    for topic in topics:
        at = lowered.find(topic)
        while at >= 0:
            if voice.search(lowered, max(0, at - ASK_REACH), at + ASK_REACH):
                return True
            at = lowered.find(topic, at + len(topic))
    return False
