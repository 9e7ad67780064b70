"""A site's prompt set inside the body: a small box asking the reader to allow its
notifications ("Benachrichtigung aktivieren: Dürfen wir Sie ... informieren?", "Allow
notifications") or to get its app ("Download our app", "Descargá la aplicación"), with a
control to turn it down ("Nein, danke", "Not now", "Plus tard"). Page-wide such a box
chosen as the body is ``page-notices``' (:mod:`.notices`); this one sits among the
story's blocks, often at the top of the wrapper that holds it. A story has no control
declining it: one on notifications or apps keeps its paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from lxml import etree

from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import is_below, remove_element, text_holder
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..tuning.pruning import PROMPT_BOX_MAX_CHARS
from .dismissibles import POPUP_BOX_TAGS
from .notices import ASK_REACH, ASKS_TO_NOTIFY, speaks

HtmlElement = Any

#: Stands in for a rule on a prompt box (an engine rule, like ``dismissible-boxes``:
#: ``disable("prompt-boxes")`` switches it off).
PROMPT_BOXES = Rule(
    "prompt-boxes",
    Tags("div section aside form dialog"),
    Effect.DROP,
    description="A small box in the body asking the reader to allow the site's "
    "notifications or to get its app, with a control turning it down ('Nein, danke', "
    "'Not now'): the site's prompt, not the story.",
)

#: What a control is written as once the page's buttons went: a paragraph or a list
#: item saying "No thanks" is a line of the story (a dialogue, an answer).
_CONTROL_TAGS = frozenset(("div", "span", "a", "label", "b", "strong"))
#: A control turning the prompt down, its whole text, in lower case.
_REFUSAL = re.compile(
    r"\W*(?:no,? thanks?(?: you)?|not (?:right )?now|(?:maybe |remind me )?later"
    r"|nein,? danke|nicht jetzt|jetzt nicht|(?:vielleicht )?später|später erinnern"
    r"|non,? merci|(?:peut-être )?plus tard|pas maintenant"
    r"|no,? gracias|ahora no|(?:quizás )?más tarde|no,? grazie|non ora|(?:forse )?più tardi)\W*"
)
#: A piece of every such control, found by XPath in lower case (ASCII letters lowered)
#: before the control's whole text is read, in a body whose text asks (:func:`_asks`).
_REFUSAL_STEMS = (
    *("thank", "not now", "not right now", "later", "danke", "jetzt", "später"),
    *("merci", "tard", "maintenant", "gracias", "ahora no", "grazie", "non ora", "più tardi"),
)
_LOWER = "translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
#: The short text nodes holding a piece of a refusal (60: a control's text with the
#: markup's indentation around it).
_REFUSAL_TEXTS = etree.XPath(
    "descendant::text()[string-length() <= 60]["
    + " or ".join(f"contains({_LOWER}, '{stem}')" for stem in _REFUSAL_STEMS)
    + "]",
    regexp=False,
)
#: The words an ask to notify the reader holds, one at least ("Notification",
#: "notifiche", "Benachrichtigung")...
_NOTIFY_TOPICS = ("notif", "benachrichtig")
#: ... and those an ask to get the app holds besides the word "app" (:data:`_APP_WORD`).
_APP_TOPICS = ("aplicaci", "'appli", "’appli", "notre appli")
#: The word "app" ("the app", "unsere App"), found by its letters first (a search for
#: them runs in C) and its end ("apply" and "happen" are read no further).
_APP_WORD = re.compile(r"app\b")
#: The stems of those words, as bytes, searched in a body's text before anything else
#: (no letter whose case changes: "Notification" and "notification" hold "otif")...
_STEMS = tuple(
    stem.encode()
    for stem in ("otif", "OTIF", "enachrichtig", "ENACHRICHTIG", "plicaci", *_APP_TOPICS[1:])
)
#: ... and the end of the word "app" ("App", "app", "WhatsApp" too: a quick test).
_APP_END = re.compile(rb"pp\b")
#: The site asking the reader to get or open its app, in lower case: "Download our
#: app", "Get the app", "Open in the app", "Lade dir unsere App", "In der App lesen",
#: "App herunterladen", "Descargá la aplicación", "Téléchargez notre application".
_ASKS_FOR_APP = re.compile(
    r"\b(?:download|get|install|open\s+(?:it\s+)?in|read\s+(?:it\s+|this\s+\w+\s+)?in"
    r"|continue\s+in)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?app\b"
    r"|\bapp\s+(?:herunterladen|laden|installieren|öffnen)\b"
    r"|\bin\s+(?:der|unserer)\s+app\s+(?:lesen|öffnen|weiterlesen)\b"
    r"|\b(?:lade|laden\s+sie|hol|holen\s+sie|installiere|installieren\s+sie)\s+(?:dir\s+|sich\s+)?"
    r"(?:jetzt\s+)?(?:die|unsere)\s+(?:[\w-]+\s+){0,2}?app\b"
    r"|\b(?:descarg(?:a|á|ar|ue)|instal(?:a|á|ar))\s+(?:la|nuestra)\s+(?:aplicación|app)\b"
    r"|\btélécharg(?:ez|er|e)\s+(?:l['’]|notre\s+)(?:application|appli|app)\b"
    r"|\bouvrir\s+dans\s+l['’](?:application|appli|app)\b"
)


def drop_prompt_boxes(
    containers: Sequence[HtmlElement], texts: Sequence[bytes]
) -> list[tuple[HtmlElement, str]]:
    """Remove the prompt boxes (see the module's docstring) inside the body's
    ``containers``, each the smallest box around a refusal control that asks to notify
    the reader or to get the app, holding at most ``PROMPT_BOX_MAX_CHARS`` and half of
    its container's text. ``texts``: each container's text as bytes
    (:func:`.dom.text.text_bytes`), searched for the asks' stems, which leave out the
    letters whose case changes: a container whose text asks neither is not read further."""
    removed: list[tuple[HtmlElement, str]] = []
    for container, whole in zip(containers, texts, strict=True):
        if not (any(stem in whole for stem in _STEMS) or _APP_END.search(whole)):
            continue  # most bodies stop here
        if not _asks(" ".join(container.itertext()).lower()):  # blocks kept apart
            continue
        refusals: list[Any] = cast(list[Any], _REFUSAL_TEXTS(container))  # with .getparent()
        for text in refusals:
            control = text_holder(text)
            if not is_below(control, container):
                continue  # gone with a box found before
            box = _prompt_box(control, container)
            if box is not None:
                remove_element(box)
                removed.append((box, PROMPT_BOXES.name))
    return removed


def _prompt_box(control: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The smallest box around ``control`` below ``container`` whose text asks to
    notify the reader or to get the app, when ``control`` says nothing but a refusal
    and the box is small (see :func:`drop_prompt_boxes`)."""
    if control.tag not in _CONTROL_TAGS:
        return None
    if _REFUSAL.fullmatch(collapse_space(text_of(control)).lower()) is None:
        return None
    for box in control.iterancestors():
        if box is container or words_length(box) > PROMPT_BOX_MAX_CHARS:
            return None
        if box.tag in POPUP_BOX_TAGS and _asks(" ".join(box.itertext()).lower()):
            return box if 2 * words_length(box) <= words_length(container) else None
    return None


def _asks(lowered: str) -> bool:
    """Whether the text ``lowered`` (in lower case, blocks kept apart) asks to notify
    the reader or to get the site's app, read only around the words such an ask uses
    ("notif", "Benachrichtig", "app", "aplicación", ...): a long story costs a few
    searches."""
    if speaks(lowered, _NOTIFY_TOPICS, ASKS_TO_NOTIFY) or speaks(
        lowered, _APP_TOPICS, _ASKS_FOR_APP
    ):
        return True
    for word in _APP_WORD.finditer(lowered):
        at = word.start()
        if _ASKS_FOR_APP.search(lowered, max(0, at - ASK_REACH), at + ASK_REACH):
            return True
    return False
