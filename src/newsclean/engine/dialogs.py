"""Pop-ups and log-in boxes: text that scores like a story's but is none (a dialog's
notice, the panels of an account form), told by how the box opens or what it held."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..dom.page_tags import ACCOUNT_FORMS_ATTRIBUTE
from ..dom.text import text_length, words_length
from ..tuning.body import CLOSE_CONTROL_MAX_CHARS
from .teaser_boxes import address_of, leads_nowhere

HtmlElement = Any

#: A dialog's close control, the first thing a pop-up box shows: "Close", "Schließen [X]",
#: "×", "[x]". Nothing a story opens with; a bare "X" may be a share link, so not that.
_CLOSE_CONTROL = re.compile(
    r"\W*(?:(?:close|schlie(?:ß|ss)en|fermer|cerrar|chiudi|fechar|zamknij|sluiten|stäng)"
    r"(?: ?[\[(][x×][\])]| (?:window|fenster|dialog|popup|pop-up))?|[\[(]x[\])])\W*"
    r"|\W*[×✕✖]\W*",
    re.IGNORECASE,
)
#: How many levels above a candidate container a dialog box opening with its close
#: control is looked for (a modal wraps its text in one or two boxes).
DIALOG_LEVELS = 3
#: A picture a player's box shows (its poster), when the pictures are kept.
_PICTURES = etree.XPath("boolean(descendant::img | descendant::picture)", regexp=False)


def in_dialog(element: HtmlElement) -> bool:
    """Whether ``element``, or a box up to ``DIALOG_LEVELS`` above it, opens with a
    dialog's close control: a pop-up (shipping terms, a consent notice, a sign-up),
    however much text it holds, is not the article."""
    return any(_opens_dialog(box) for box in _boxes_from(element, DIALOG_LEVELS))


def _opens_dialog(box: HtmlElement) -> bool:
    """Whether the first text ``box`` shows is a close control that is its own: one
    opening a floating player inside it (a box holding a picture, a video or a frame
    and some text of its own, its title, with text of ``box`` after it: a sticky video
    at the head of a story) closes the player, and ``box`` opens with what follows it."""
    if not opens_with_close(box):
        return False  # read in C: most boxes stop here
    texts = _texts(box)
    holder, first = next((at, text) for at, text in texts if text.strip())
    player = _player_of(holder, box, first)
    if player is None:
        return True
    after = next((text for at, text in texts if text.strip() and not _within(at, player)), "")
    return not after or is_close_control(after)


def _player_of(holder: HtmlElement, box: HtmlElement, control: str) -> HtmlElement | None:
    """The smallest box inside ``box`` around ``holder`` (whose text is the close
    ``control``) holding more text than it, when that box shows a picture, a video or a
    frame: a player's, which its control closes, not ``box``."""
    own = len(control.strip())
    element = holder
    while element is not box:
        if words_length(element) > own:
            return element if _shows_media(element) else None
        element = element.getparent()
    return None


def _shows_media(box: HtmlElement) -> bool:
    """Whether ``box`` shows a picture, or a link leading somewhere with nothing in it:
    a picture's once the pictures are stripped, or an embedded video's placeholder."""
    if _PICTURES(box):
        return True
    return any(
        not len(link) and not (link.text or "").strip() and not leads_nowhere(address_of(link))
        for link in box.iter("a")
    )


def _within(element: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``element`` is ``box`` or inside it."""
    return element is box or any(up is box for up in element.iterancestors())


def _texts(element: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """The texts ``element`` shows, in the order :meth:`itertext` gives them (no
    comment's), each with the element holding it (a tail's is its parent)."""
    if isinstance(element.tag, str) and element.text:
        yield element, element.text
    for child in element:
        yield from _texts(child)
        if child.tail:
            yield element, child.tail


def opens_with_close(box: HtmlElement) -> bool:
    """Whether the first text ``box`` shows is a dialog's close control."""
    first = next((text for text in box.itertext() if text.strip()), "")
    return is_close_control(first)


def is_close_control(text: str) -> bool:
    """Whether ``text`` is all a dialog's close control says ("Close", "×")."""
    return len(text) <= CLOSE_CONTROL_MAX_CHARS and bool(_CLOSE_CONTROL.fullmatch(text.strip()))


def in_account_box(element: HtmlElement) -> bool:
    """Whether ``element``, or a box up to ``DIALOG_LEVELS`` above it, held more text
    in forms asking for a password than it holds now they are gone: the panels of a
    log-in dialog ("Forgot your password?", "Your account was created"), which score
    like a story's paragraphs, are not the article. A story beside a log-in form
    outweighs it."""
    for box in _boxes_from(element, DIALOG_LEVELS + 1):
        forms = box.get(ACCOUNT_FORMS_ATTRIBUTE)
        if forms is not None and int(forms) >= text_length(box):
            return True
    return False


def _boxes_from(element: HtmlElement, count: int) -> Iterator[HtmlElement]:
    """``element`` and its ancestors, ``count`` in all, below the page's ``<body>``."""
    for _level in range(count):
        if element is None or element.tag in ("body", "html"):
            return
        yield element
        element = element.getparent()
