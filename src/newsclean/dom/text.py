"""Measure an element's text in lxml's C code.

The XPath expressions are compiled without the EXSLT regular-expression functions
(``regexp=False``): lxml would register them again on every call, a good third of
the cost of evaluating a short expression on a small element.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from lxml import etree

from .hints import without_hints
from .tags import PHRASING_TAGS

HtmlElement = Any

#: How many times its limit a text's raw length (its whitespace not yet collapsed: the
#: markup's indentation) may be and still be collapsed to be measured against it: a
#: longer one is turned down unread.
RAW_SLACK = 2

_EXSLT = {"str": "http://exslt.org/strings"}
_WORDS_LENGTH = etree.XPath("string-length(normalize-space(.))", regexp=False)
_WORDS = etree.XPath("normalize-space(.)", regexp=False, smart_strings=False)
#: The text inside an element's links, joined in C (EXSLT ``str:concat``).
_LINK_TEXT = etree.XPath(
    "str:concat(.//a//text())", namespaces=_EXSLT, regexp=False, smart_strings=False
)
#: The same count without a node set of text nodes: each link's string value, less
#: that of the links nested in links (counted once more for each link around them).
_LINK_LENGTH = etree.XPath(
    "string-length(str:concat(.//a)) - string-length(str:concat(.//a//a))",
    namespaces=_EXSLT,
    regexp=False,
)
#: The same text with its whitespace collapsed, counted in C (the string is not returned).
_LINK_WORDS = etree.XPath(
    "string-length(normalize-space(str:concat(.//a//text())))", namespaces=_EXSLT, regexp=False
)
_PARAGRAPH_LENGTH = etree.XPath(
    "string-length(str:concat(descendant-or-self::p//text()))", namespaces=_EXSLT, regexp=False
)


def text_of(element: HtmlElement) -> str:
    """All text inside ``element`` (not its tail), computed in C. An element without
    children holds its ``text`` only, which costs less to read than to serialise."""
    if not len(element) and isinstance(element.tag, str):
        return element.text or ""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


def text_bytes(element: HtmlElement) -> bytes:
    """All text inside ``element`` at once, in C, as UTF-8 bytes: what the engine's
    cheap tests search for their stems (a bytes search runs several times faster than a
    str's, and the stems leave out the letters whose case changes)."""
    return bytes(etree.tostring(element, method="text", encoding="utf-8", with_tail=False))


def stem_bytes(stems: Iterable[str]) -> tuple[tuple[str, bytes], ...]:
    """Each of ``stems`` as written and in capitals ("eading", "EADING": a banner or a
    title may be set so), with its UTF-8 bytes: what a :func:`text_bytes` copy is
    searched for."""
    return tuple(
        (word, word.encode()) for stem in stems for word in dict.fromkeys((stem, stem.upper()))
    )


def text_before(element: HtmlElement) -> str:
    """The text running up to ``element`` in its line, to tell a phrase of a sentence
    from a label: its parent's text when it comes first, else its previous sibling's
    tail, and when that tail is only space and the sibling is a phrase too ("<a>the
    retailer</a> <span>"), that sibling's text before it."""
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        return (parent.text or "") if parent is not None else ""
    tail = previous.tail or ""
    if tail.strip() or previous.tag not in PHRASING_TAGS:
        return tail
    return text_of(previous) + tail


def first_in_parent(element: HtmlElement) -> bool:
    """Whether nothing showing words stands before ``element`` in its parent (no text
    of the parent's own, no sibling with words or a tail of text): it opens the box
    around it, as a heading opens its section."""
    parent = element.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    for before in element.itersiblings(preceding=True):
        if (before.tail or "").strip() or (isinstance(before.tag, str) and words_length(before)):
            return False
    return True


def text_length(element: HtmlElement) -> int:
    """``len(text_of(element))``: serialising the text costs less than counting it
    with XPath's ``string-length()``, even for a container as large as the page."""
    return len(text_of(element))


def words_length(element: HtmlElement) -> int:
    """The length of ``element``'s text with its whitespace collapsed and trimmed,
    counted in C (the text is not built). An element without children holds its
    ``text`` only: when that is printable (no tab, newline or other space than " ")
    without two spaces in a row, trimming its ends is all XPath's ``normalize-space()``
    would do, and costs less than evaluating it."""
    if not len(element) and isinstance(element.tag, str):
        text = element.text
        if not text:
            return 0
        if text.isprintable() and "  " not in text:
            return len(text.strip(" "))
    length = _WORDS_LENGTH(element)
    assert isinstance(length, float)
    return int(length)


def largest_box_around(
    element: HtmlElement, stops: Collection[HtmlElement], most: int
) -> HtmlElement | None:
    """The largest box around ``element`` below ``stops`` (the body's containers)
    holding at most ``most`` characters (:func:`words_length`); None when its parent
    already holds more or is one of ``stops``: the box a note or a widget is set in."""
    box = None
    node = element.getparent()
    while node is not None and node not in stops and words_length(node) <= most:
        box, node = node, node.getparent()
    return box


def words_text(element: HtmlElement) -> tuple[str, bool]:
    """``element``'s text as :func:`words_length` counts it (its length): only " ",
    tab, CR and LF collapsed, so a no-break space stays; and whether it is printable.
    Built once where the text is also read: when it is printable, it is
    ``collapse_space(text_of(element))`` and ``collapse_space`` leaves it as it is (a
    leaf's text found printable is not tested again). For an element (as a walk by tag
    names gives), whose tag need not be read to tell it from a comment."""
    if not len(element):
        text: str | None = element.text
        if not text:
            return "", True
        if text.isprintable() and "  " not in text:
            return text.strip(" "), True
    words = _WORDS(element)
    assert isinstance(words, str)
    return words, words.isprintable()


def collapse_space(text: str) -> str:
    """``" ".join(text.split())``: whitespace runs collapsed to one space, ends trimmed,
    and the layout's invisible hints dropped (``dom.hints``: a soft hyphen inside a
    word), so that the rules comparing texts read them as a reader does.

    Splitting builds a string per word; a text whose only whitespace is single spaces
    (printable: every other character ``str.split`` splits on is not, nor is a hint)
    needs only its ends trimmed, which costs about a third of that on a line of twenty
    words."""
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    return " ".join(without_hints(text).split())


def short_text(element: HtmlElement, max_chars: int) -> str | None:
    """``element``'s text collapsed (:func:`collapse_space`) when it holds at most
    ``max_chars`` characters, else None: a raw text over ``RAW_SLACK`` times the limit
    is turned down before it is collapsed, so a long block costs one length."""
    raw = text_of(element)
    if len(raw) > max_chars * RAW_SLACK:
        return None
    text = collapse_space(raw)
    return text if len(text) <= max_chars else None


def own_text(element: HtmlElement) -> str:
    """The text directly inside ``element`` plus its children's tails."""
    if not len(element):
        return element.text or ""
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element)
    return "".join(parts)


def link_length(element: HtmlElement) -> int:
    """Characters of text inside ``element``'s links, counted in C. Joining the links'
    string values costs about half of joining their text nodes (``.//a//text()``), whose
    node set libxml2 builds, merges and sorts link by link."""
    length = _LINK_LENGTH(element)
    assert isinstance(length, float)
    return int(length)


def link_density(element: HtmlElement, text_length: int | None = None) -> float:
    """Share of ``element``'s text that sits inside links. Without children it holds
    none. With them, a first link is looked for before the links' text is joined: the
    join costs about twice the look, and on a deep tree without links, XPath's
    node sets for every element raised the peak memory by 40%
    (``bench/memory_bound.py``'s chains of nested ``div``)."""
    if not len(element):
        return 0.0
    if text_length is None:
        text_length = len(text_of(element).strip())
    if text_length == 0:
        return 0.0
    if next(element.iter("a"), None) is None:
        return 0.0
    joined = _LINK_TEXT(element)
    assert isinstance(joined, str)
    links = len(joined.strip())
    return min(1.0, links / text_length)


def words_link_density(element: HtmlElement, words: int) -> float:
    """Share of ``element``'s text that sits inside links, both sides with their
    whitespace collapsed (``words``: :func:`words_length`). Markup indented inside
    its links (icon spans around a topic's name, one per line) counts its layout as
    link text in :func:`link_density`, and makes a paragraph beside a short list of
    links read as a list of links."""
    if not len(element) or words == 0 or next(element.iter("a"), None) is None:
        return 0.0
    links = _LINK_WORDS(element)
    assert isinstance(links, float)
    return min(1.0, links / words)


def unlinked_words(element: HtmlElement) -> float:
    """How much of ``element``'s text (whitespace collapsed) stands outside its links:
    a column's or a footer's menus and lists of links, not yet pruned, are no story."""
    words = words_length(element)
    return words * (1.0 - words_link_density(element, words))


def paragraph_text(element: HtmlElement) -> int:
    """Characters of text in ``element``'s paragraphs, counted in C."""
    length = _PARAGRAPH_LENGTH(element)
    assert isinstance(length, float)
    return int(length)


#: Marks that set a line apart without being words: a divider run opening it ("+++",
#: "***", "–") or marks around a label ("- Anzeige -"). No quotation mark: a quote's
#: marks are the quote's.
DIVIDER_MARKS = "+*=#~_|•·–—-"
#: Arrows and the like leading or closing a pointer line ("» Zum Artikel", ">> Mehr
#: lesen:", "→ Alle Infos", "▶ Jetzt anmelden", "Zum Seitenanfang »", "Next page>>"):
#: "»" and "›" open and close quotations too (see :data:`QUOTE_POINTERS`).
POINTER_MARKS = ">»›→⇒➔➜➝➞➡►▶▸▹▻➤⮕☞👉"
#: The pointer marks that open a German quotation ("»Wir kommen«") or close a Swiss one
#: («Wir kommen»): opening a line, a pointer when a space or another mark follows them;
#: closing it, when the line holds no "«" or "‹".
QUOTE_POINTERS = "»›"
#: The characters that may open or close a marked line: a divider's or a pointer's.
#: ``text[:1] in MARK_CHARS`` is false for "".
MARK_CHARS = frozenset(DIVIDER_MARKS + POINTER_MARKS)
_ALL_MARKS = DIVIDER_MARKS + POINTER_MARKS + " "


def unmarked(text: str) -> str:
    """``text`` (whitespace collapsed) without the divider marks and the pointer marks
    opening and closing it, or "" when none does (most texts): a line rule's second
    reading, so a label after a divider ("+++ Credits: ...") or by an arrow ("» Lesen Sie
    auch: ...", "Mehr Infos »") is read as the label. A quotation keeps its marks."""
    first, last = text[:1], text[-1:]
    if first not in MARK_CHARS and last not in MARK_CHARS:
        return ""
    if first in QUOTE_POINTERS and text[1:2] not in MARK_CHARS and text[1:2] != " ":
        bare = text.lstrip(DIVIDER_MARKS + " ")
    else:
        bare = text.lstrip(_ALL_MARKS)
    if last in QUOTE_POINTERS and ("«" in text or "‹" in text):
        bare = bare.rstrip(DIVIDER_MARKS + " ")
    else:
        bare = bare.rstrip(_ALL_MARKS)
    return "" if bare == text else bare
