"""A site's cookie notice set inside the body (``consent-boxes``): its consent banner or
the panel of its cookie settings, a box among the story's blocks or closing its wrapper
("We use cookies ... By clicking Accept you consent", "Wir verwenden Cookies ... Per
Klick auf „Akzeptieren“ stimmen Sie zu", "Utilizamos cookies", "vous acceptez que ...
des cookies"). Chosen as the body such a notice is ``page-notices``'
(:mod:`.notices`); here a page that marks up nothing (no ``<main>``, no dialog's role)
has it inside the wrapper chosen, its buttons stripped with the page's others, so it is
known by what it says: a block speaking to the reader of the site's cookies or asking
consent to them, in a small box most of whose text is about cookies. A story on cookies
holds such a line among paragraphs on other things, in a box too large to go."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from lxml import etree

from ..dom.tags import BLOCK_TAGS
from ..dom.text import unlinked_words, words_length
from ..dom.tree import is_below, remove_element, text_holder, text_lines
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from ..tuning.pruning import CONSENT_BOX_MAX_CHARS, CONSENT_TOPIC_SHARE
from .dismissibles import POPUP_BOX_TAGS
from .notices import ASK_REACH, SITE_VOICE

HtmlElement = Any

#: Stands in for a rule on a cookie notice in the body (an engine rule, like
#: ``prompt-boxes``: ``disable("consent-boxes")`` switches it off).
CONSENT_BOXES = Rule(
    "consent-boxes",
    Tags("div section aside form dialog"),
    Effect.DROP,
    description="A small box in the body speaking to the reader of the site's cookies "
    "and asking consent to them, most of its text on cookies: a consent banner or its "
    "settings' panel, not the story.",
)

#: The word every such notice holds, found in a container's bytes first (most bodies
#: have none: they are read no further).
_STEMS = (b"ookie", b"OOKIE")
#: The text nodes holding it ("Cookies", "cookie", "COOKIES").
_COOKIE_TEXTS = etree.XPath(
    "descendant::text()[contains(., 'ookie') or contains(., 'OOKIE')]", regexp=False
)
#: The reader asked to accept or refuse the cookies, in lower case ("accept all
#: cookies", "you consent to", "stimmen Sie der Verwendung zu", "Einwilligung", "vous
#: acceptez", "votre consentement", "acepta su uso"), read around the word "cookie".
_ASKS_CONSENT = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|consent(?:s|ed|ing)?|agree(?:s|d)?|akzeptier\w*|zustimm\w*"
    r"|stimmen\s+sie|einwillig\w*|accept(?:ez|er|e)|consentement|refus(?:ez|er)"
    r"|acept(?:a|ar|as|ás)|consentimiento)\b"
)
#: The reader addressed, in lower case: a consent ask speaks to "you".
_READER = re.compile(
    r"\b(?:you|your|sie|ihre?[mnrs]?|ihnen|du|dein\w*|dir|dich|vous|votre|vos|tu|tus|usted)\b"
)
#: What the lines of such a notice speak of, in lower case: the cookies, the site's
#: privacy or data policy, the reader's consent (a settings panel's row of a cookie's
#: name, host and lifetime is a short line of none of them).
_TOPIC_WORDS = (
    *("cookie", "privacy", "datenschutz", "consent", "zustimm", "einwillig"),
    *("tracker", "traceur", "consentement", "privacidad", "données"),
)


def drop_consent_boxes(
    containers: Sequence[HtmlElement],
    texts: Sequence[bytes],
    tuning: Tuning,
    panels: Sequence[HtmlElement] = (),
) -> list[tuple[HtmlElement, str]]:
    """Remove the cookie notices (see the module's docstring) inside the body's
    ``containers``. ``texts``: each container's text as bytes
    (:func:`.dom.text.text_bytes`), searched for the word "cookie" first. ``panels``:
    the page's panels of toggles (:func:`.consent_panels.toggle_panels`), each a cookie
    settings' panel when its first line is on cookies, privacy or consent."""
    removed: list[tuple[HtmlElement, str]] = []
    for container, whole in zip(containers, texts, strict=True):
        if not any(stem in whole for stem in _STEMS):
            continue  # most bodies stop here
        seen: set[HtmlElement] = set()
        nodes: list[Any] = cast(list[Any], _COOKIE_TEXTS(container))  # with .getparent()
        for node in nodes:
            block = _block_of(text_holder(node), container)
            if block is None or block in seen or not is_below(block, container):
                continue  # gone with a box found before
            seen.add(block)
            if not _asks(" ".join(block.itertext()).lower()):
                continue
            box = _consent_box(block, container, tuning)
            if box is not None:
                remove_element(box)
                removed.append((box, CONSENT_BOXES.name))
    # after the notices: a banner's box is not widened over the place its panel left
    return removed + _drop_panels(containers, panels)


def _block_of(element: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The block ``element`` is a line of (itself or its nearest block ancestor) below
    ``container``."""
    for node in (element, *element.iterancestors()):
        if node is container:
            return None
        if node.tag in BLOCK_TAGS:
            return node
    return None


def _asks(lowered: str) -> bool:
    """Whether the text ``lowered`` (in lower case, blocks kept apart) speaks for the
    site of its cookies, or asks the reader (addressed as "you", "Sie", "vous") for
    consent to them, read around "cookie" and outside quotation marks: a story quoting
    a banner ("One shop's banner read: “We use cookies ...”") or reporting on consent
    in the third person is no notice."""
    at = lowered.find("cookie")
    while at >= 0:
        start, end = max(0, at - ASK_REACH), at + ASK_REACH
        for voice, addressed in ((SITE_VOICE, False), (_ASKS_CONSENT, True)):
            found = voice.search(lowered, start, end)
            if found is None or _quoted(lowered, found.start()):
                continue
            if not addressed or _READER.search(lowered, start, end):
                return True
        at = lowered.find("cookie", at + len("cookie"))
    return False


def _quoted(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` stands inside quotation marks: more opening
    marks than closing ones before it (a straight double quote counting by its parity)."""
    before = text[:at]
    opened = sum(before.count(mark) for mark in "“„«")
    closed = sum(before.count(mark) for mark in "”»")
    return opened > closed or before.count('"') % 2 == 1


def _consent_box(block: HtmlElement, container: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The notice's box around ``block``: the smallest of ``POPUP_BOX_TAGS`` holding it
    below ``container``, widened while a wrapper adds no more than a control's label
    (``notice_label_max_chars``) outside links; when it holds at most
    ``CONSENT_BOX_MAX_CHARS`` and half the container's text, no ``h1``, and lines on
    cookies, privacy or consent make ``CONSENT_TOPIC_SHARE`` of its text at least."""
    box = next(
        (node for node in (block, *block.iterancestors()) if node.tag in POPUP_BOX_TAGS), None
    )
    if box is None or box is container or not is_below(box, container):
        return None
    own = unlinked_words(box) + tuning.notice_label_max_chars
    parent = box.getparent()
    while parent is not container and unlinked_words(parent) <= own:
        box, parent = parent, parent.getparent()
    return box if _notice_box(box, (container,)) else None


def _notice_box(box: HtmlElement, around: Sequence[HtmlElement]) -> bool:
    """Whether ``box`` is as small as a notice's: at most ``CONSENT_BOX_MAX_CHARS`` and
    half the text of the boxes ``around`` it (its container, or the body's containers;
    measured last, the longest measure), no ``h1``, and lines on cookies, privacy or
    consent making ``CONSENT_TOPIC_SHARE`` of its text at least."""
    length = words_length(box)
    if length > CONSENT_BOX_MAX_CHARS:
        return False
    if next(box.iter("h1"), None) is not None:
        return False
    lines = _box_lines(box)
    topical = sum(len(line) for line in lines if _on_topic(line.lower()))
    if topical < CONSENT_TOPIC_SHARE * sum(len(line) for line in lines):
        return False
    return 2 * length <= sum(map(words_length, around))


def _drop_panels(
    containers: Sequence[HtmlElement], panels: Sequence[HtmlElement]
) -> list[tuple[HtmlElement, str]]:
    """Remove the cookie settings' panels among ``panels`` inside the body's
    ``containers``: a panel as small as a notice's box (:func:`_notice_box`, weighed
    against the whole body: a footer taken in as a container holds little else; not
    widened: its toggles and button bound it) whose first line speaks of cookies,
    privacy or consent ("Cookie settings", "Privacy preferences",
    "Datenschutz-Einstellungen")."""
    removed: list[tuple[HtmlElement, str]] = []
    # in the body (not outside it, nor gone with a notice's box found before)
    inside = [panel for panel in panels if any(is_below(panel, c) for c in containers)]
    for panel in inside:
        if any(is_below(panel, gone) for gone, _name in removed):
            continue  # inside a panel taken already
        if not _notice_box(panel, containers):
            continue
        first = next((line for line in _box_lines(panel) if line), "")
        if _on_topic(first.lower()):
            remove_element(panel)
            removed.append((panel, CONSENT_BOXES.name))
    return removed


def _box_lines(box: HtmlElement) -> list[str]:
    """The lines of ``box`` as a reader sees them, their spaces collapsed."""
    return [" ".join(line.split()) for line in text_lines(box)]


def _on_topic(lowered: str) -> bool:
    """Whether a line (in lower case) speaks of cookies, privacy or consent."""
    return any(word in lowered for word in _TOPIC_WORDS)
