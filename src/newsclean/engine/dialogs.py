"""Pop-ups and log-in boxes: text that scores like a story's but is none (a dialog's
notice, the panels of an account form), told by how the box opens or what it held."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..dom.page_tags import ACCOUNT_FORMS_ATTRIBUTE
from ..dom.text import text_length
from ..tuning.body import CLOSE_CONTROL_MAX_CHARS

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


def in_dialog(element: HtmlElement) -> bool:
    """Whether ``element``, or a box up to ``DIALOG_LEVELS`` above it, opens with a
    dialog's close control: a pop-up (shipping terms, a consent notice, a sign-up),
    however much text it holds, is not the article."""
    return any(opens_with_close(box) for box in _boxes_from(element, DIALOG_LEVELS))


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
