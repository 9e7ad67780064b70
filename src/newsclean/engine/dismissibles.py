"""Boxes a reader can close, inside the body: a donation appeal, a sign-up banner or an
app's pitch set among the story's blocks, known by the close button ("×", "Close") that
opens it, as a pop-up's does (:mod:`.dialogs`). A story has no close button."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from lxml import etree

from ..dom.text import text_of, words_length
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from .dialogs import DIALOG_LEVELS, is_close_control, opens_with_close
from .teaser_boxes import address_of, leads_nowhere

HtmlElement = Any

#: Stands in for a rule on a closable box (an engine rule, like ``buy-boxes``:
#: ``disable("dismissible-boxes")`` switches it off).
DISMISSIBLE_BOXES = Rule(
    "dismissible-boxes",
    Tags("div section aside form dialog"),
    Effect.DROP,
    description="A small box in the body opening with a close button ('×', 'Close'): a "
    "banner or pop-up the reader can dismiss (a donation appeal, a sign-up), not the story.",
)

#: What a box the reader can close or turn down is (``dismissible-boxes``,
#: ``prompt-boxes``): a list item or a table cell opening with "✕" is a list's, a
#: paragraph saying "No thanks" the story's.
POPUP_BOX_TAGS = frozenset(("div", "section", "aside", "form", "dialog"))
#: How many buttons are read for a close control (a page has a few, not thousands).
CLOSE_BUTTONS_READ = 40
#: The attributes marking a button as the control dismissing what holds it, whatever it
#: shows (an icon): Bootstrap's, set on every modal's and alert's close button.
DISMISS_ATTRIBUTES = ("data-dismiss", "data-bs-dismiss")
#: The controls that show no text but say in a tooltip or to screen readers what they
#: do (an icon in a link or a span: ``title="Close"``, ``aria-label="Schließen"``).
_LABELLED_CONTROLS = etree.XPath(
    ".//a[@title or @aria-label][not(normalize-space())]"
    " | .//span[@title or @aria-label][not(normalize-space())]",
    regexp=False,
)


def closable_boxes(buttons: Sequence[HtmlElement]) -> list[HtmlElement]:
    """The boxes that a close button among ``buttons`` opens, read before the buttons
    are stripped: for each, the smallest box up to ``DIALOG_LEVELS`` above it holding
    more text than it, when that box is one of ``POPUP_BOX_TAGS`` and opens with it (a
    button showing no text but labelled as a close control: :func:`_closed_by_icon`)."""
    boxes: list[HtmlElement] = []
    for button in buttons[:CLOSE_BUTTONS_READ]:
        if _dismisses(button):
            opened = _outermost_opened(button)
        elif not words_length(button) and _labelled_close(button):
            opened = _closed_by_icon(button)
        else:
            opened = _opened_by(button)
        if opened is not None:
            boxes.append(opened)
    return boxes


def close_links(containers: Sequence[HtmlElement]) -> list[HtmlElement]:
    """The boxes in the body's ``containers`` that a link opens as a close button does
    (:func:`closable_boxes`): its whole text a close control ("×", "Close") and leading
    nowhere ("#", a script, no address), a banner's close control written as a link.
    A link to a page ("× Remove filter" leads somewhere) closes nothing."""
    boxes: list[HtmlElement] = []
    for container in containers:
        for link in container.iter("a"):
            if leads_nowhere(address_of(link)):
                opened = _opened_by(link)
                if opened is not None:
                    boxes.append(opened)
        boxes.extend(_labelled_closes(container))
    return boxes


def _labelled_closes(container: HtmlElement) -> list[HtmlElement]:
    """The boxes in ``container`` that an icon control closes: a link leading nowhere or
    a span showing no text, whose tooltip or label (``title``, ``aria-label``) is a
    close control ("Close", "Schließen"), set before or after all the box shows (a
    dialog's close icon in its corner: :func:`_closed_by_icon`)."""
    boxes: list[HtmlElement] = []
    controls: list[HtmlElement] = cast(list[HtmlElement], _LABELLED_CONTROLS(container))
    for control in controls[:CLOSE_BUTTONS_READ]:
        if not _labelled_close(control):
            continue
        if control.tag == "a" and not leads_nowhere(address_of(control)):
            continue
        opened = _closed_by_icon(control)
        if opened is not None:
            boxes.append(opened)
    return boxes


def _labelled_close(control: HtmlElement) -> bool:
    """Whether ``control``'s tooltip or label says it closes what holds it."""
    return any(is_close_control(control.get(name) or "") for name in ("aria-label", "title"))


def _opened_by(control: HtmlElement) -> HtmlElement | None:
    """The smallest box up to ``DIALOG_LEVELS`` above ``control`` holding more text than
    it, when ``control`` says it closes ("×", "Close") and that box is one of
    ``POPUP_BOX_TAGS`` and opens with it."""
    if not is_close_control(text_of(control)):
        return None
    own = words_length(control)
    box = control.getparent()
    for _level in range(DIALOG_LEVELS):
        if box is None or box.tag in ("body", "html"):
            break
        if words_length(box) > own:
            return box if box.tag in POPUP_BOX_TAGS and opens_with_close(box) else None
        box = box.getparent()
    return None


def _dismisses(button: HtmlElement) -> bool:
    """Whether ``button`` says nothing (an icon) and is marked as the control that
    dismisses what holds it (:data:`DISMISS_ATTRIBUTES`)."""
    return any(button.get(name) for name in DISMISS_ATTRIBUTES) and not words_length(button)


def _outermost_opened(button: HtmlElement) -> HtmlElement | None:
    """The outermost box up to ``DIALOG_LEVELS`` above ``button`` that shows no text
    before it and holds some (a modal's header, then its content and dialog boxes),
    when that box is one of ``POPUP_BOX_TAGS``."""
    found = None
    node = button
    for _level in range(DIALOG_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or (parent.text or "").strip():
            break
        if not _shows_nothing(node, preceding=True):
            break
        node = parent
        if node.tag in POPUP_BOX_TAGS and words_length(node):
            found = node
    return found


def _closed_by_icon(control: HtmlElement) -> HtmlElement | None:
    """The smallest box up to ``DIALOG_LEVELS`` above ``control`` that holds text,
    when it is one of ``POPUP_BOX_TAGS`` and ``control`` stands before all of that text
    or after all of it (a dialog's close icon, in its corner)."""
    sides: tuple[bool, ...] = (True, False)
    node = control
    for _level in range(DIALOG_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        sides = tuple(side for side in sides if _shows_nothing(node, preceding=side))
        if not sides:
            return None
        node = parent
        if words_length(node):
            return node if node.tag in POPUP_BOX_TAGS else None
    return None


def _shows_nothing(node: HtmlElement, *, preceding: bool) -> bool:
    """Whether ``node``'s parent shows no text before ``node`` (``preceding``) or none
    after it."""
    parent = node.getparent()
    if preceding and (parent.text or "").strip():
        return False
    if not preceding and (node.tail or "").strip():
        return False
    return not any(
        words_length(other) or (other.tail or "").strip()
        for other in node.itersiblings(preceding=preceding)
        if isinstance(other.tag, str)
    )
