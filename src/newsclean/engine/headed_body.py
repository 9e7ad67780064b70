"""The story under its headline (``headed-body``): a page that marks up nothing (no
``<article>``, no ``<main>``) still sets its story right after its headline, while a
consent notice appended to the page, its footer's blurb about the publisher or a side
column's box stand far from it. When the best-scored container, widened, is no such
story and a runner-up scoring nearly as well is, the runner-up is the body."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import is_below
from ..settings import Tuning
from .dialogs import in_account_box, in_dialog
from .sections import opening_heading

HtmlElement = Any

#: What sets a site's name apart from the headline in a page's ``<title>``.
_SEPARATORS = " |-–—:·•/»«"


def page_headlines(
    h1s: Sequence[HtmlElement], body: HtmlElement, title: str | None
) -> list[HtmlElement]:
    """The page's headlines for :func:`headed_story`: its h1s; with none, the first h2
    whose text is the page's ``title`` (a theme setting the story's headline as an h2)."""
    if h1s or not title:
        return list(h1s)
    wanted = collapse_space(title)
    for h2 in body.iter("h2"):
        if collapse_space(text_of(h2)) == wanted:
            return [h2]
    return []


def site_label(
    title: HtmlElement | None,
    headline: str | None,
    headlines: Sequence[HtmlElement],
    tuning: Tuning,
) -> str:
    """The site's name as the page's ``title`` sets it beside the headline ("Story |
    Quiet Kitchen": "quiet kitchen"), in lower case; the headline is the one read
    (``headline``) or the first of the page's ``headlines`` (the read one may be the
    whole title). Empty when the title holds neither at its start or end, or nothing of
    ``headed_site_min_chars`` beside it."""
    if title is None:
        return ""
    text = collapse_space(text_of(title))
    shown = [collapse_space(text_of(h1)) for h1 in headlines[:1]]
    for head in (collapse_space(headline or ""), *shown):
        if not head or text == head:
            continue
        if text.startswith(head):
            rest = text[len(head) :]
        elif text.endswith(head):
            rest = text[: -len(head)]
        else:
            continue
        rest = rest.strip(_SEPARATORS).lower()
        return rest if len(rest) >= tuning.headed_site_min_chars else ""
    return ""


def headed_story(
    best: HtmlElement,
    best_score: float,
    ranked: list[tuple[float, HtmlElement]],
    chars: dict[HtmlElement, int],
    headlines: Sequence[HtmlElement],
    tuning: Tuning,
    site: str = "",
    core: HtmlElement | None = None,
) -> HtmlElement | None:
    """The runner-up in ``ranked`` standing under one of the page's ``headlines`` (an h1
    inside it, or right before it: :func:`_headed`), scoring at least
    ``headed_score_share`` of ``best_score`` and holding ``headed_chars_share`` of its
    paragraph text, when ``best`` (widened) stands under none and neither holds the
    other; else None. A notice outscores a story on its dense sentences, not on its
    length: a story's later box outscoring its opening holds more than it. A ``best``
    opening with the ``site``'s name (:func:`site_label`) is the publisher's blurb about
    itself (its footer's "about us", a side column's): the runner-up needs only
    ``headed_blurb_score_share`` of its score and none of its text, and the blurb
    stands under a headline only when it holds it (a one-paragraph story leaves the
    footer's blurb near its headline, not under it); so does one beside a ``best``
    whose ``core`` (the box it was widened from) is a widget in a column of them
    (:func:`_widget_item`)."""
    shown = [h1 for h1 in headlines[: tuning.headed_headlines] if words_length(h1)]
    if not shown:
        return None
    blurb = bool(site) and _opens_with(best, site)
    if _headed(best, shown, tuning, follows=not blurb):
        return None
    blurb = blurb or (core is not None and _widget_item(core, tuning))
    share = tuning.headed_blurb_score_share if blurb else tuning.headed_score_share
    least = share * best_score
    around = set(best.iterancestors())
    least_chars = 0.0 if blurb else tuning.headed_chars_share * chars.get(best, 0)
    for value, candidate in ranked:
        if value < least:
            break
        if candidate is best or candidate in around or is_below(candidate, best):
            continue  # the same box, or one holding the other
        if in_dialog(candidate) or in_account_box(candidate):
            continue
        if chars.get(candidate, 0) >= least_chars and _headed(candidate, shown, tuning):
            return candidate
    return None


def _widget_item(core: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``core`` is a list item, or the box right inside one, whose list holds
    ``headed_widget_items`` items at least, half of them or more opening with a heading
    of their own (:func:`.sections.opening_heading`): a side column's widgets, each its
    title over its content, where a short poem or a blurb outscores a story of one
    paragraph. A story told in headed items stands under the headline: never read. A
    box deeper in an item is no widget's content (a theme's last widget left open,
    taking in the story's column)."""
    item = core if core.tag == "li" else core.getparent()
    if item is None or item.tag != "li" or item.getparent() is None:
        return False
    items = [child for child in item.getparent() if child.tag == "li"]
    if len(items) < tuning.headed_widget_items:
        return False
    titled = sum(1 for child in items if opening_heading(child) is not None)
    return titled >= tuning.headed_widget_items and 2 * titled >= len(items)


def _opens_with(element: HtmlElement, name: str) -> bool:
    """Whether the text of ``element`` opens with ``name`` (lower case) as a word: read
    up to its length, not serialised whole."""
    read = ""
    for text in element.itertext():
        read += text
        if len(read.lstrip()) > len(name) + 1:
            break
    opening = collapse_space(read).lower()
    return opening.startswith(name) and not opening[len(name) : len(name) + 1].isalnum()


def _headed(
    element: HtmlElement, headlines: list[HtmlElement], tuning: Tuning, follows: bool = True
) -> bool:
    """Whether ``element`` holds one of ``headlines`` or (``follows``) opens right after one."""
    above = set(element.iterancestors())
    for h1 in headlines:
        if is_below(h1, element):
            return True
        if follows and _follows(h1, element, above, tuning.headed_gap_chars):
            return True
    return False


def _follows(start: HtmlElement, element: HtmlElement, above: set[HtmlElement], limit: int) -> bool:
    """Whether ``element`` follows ``start`` with at most ``limit`` characters of text
    (whitespace collapsed) between the end of one and the start of the other (a byline,
    a date, a picture's caption: the story's head). ``above``: the ancestors of
    ``element``. Read in document order, each box passed counted whole, given up once
    past ``limit``."""
    seen = _length(start.tail)
    node, following = start, start.getnext()
    while seen <= limit:
        while following is None:
            node = node.getparent()
            if node is None:
                return False
            seen += _length(node.tail)
            following = node.getnext()
        if following is element:
            return True
        if following in above:  # the box holding ``element``: its first text, then inside
            seen += _length(following.text)
            node, following = following, (following[0] if len(following) else None)
            continue
        if isinstance(following.tag, str):
            seen += words_length(following)
        seen += _length(following.tail)
        node, following = following, following.getnext()
    return False


def _length(text: str | None) -> int:
    """The length of a loose ``text`` (an element's own, or a tail), whitespace collapsed."""
    return len(collapse_space(text)) if text and not text.isspace() else 0
