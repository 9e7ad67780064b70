"""What stands where a standfirst does but is none, and what the standfirst carries
that is not its text.

A picture's caption (its text closing with the picture's credit, or set in a box named
as a picture's caption), a line of the post's fields (parts split by bars or dots, no
sentence among them: "Published 3 May · Tagged with X"), a teaser's text (inside a
link) and the site's motto under its name (an ``<h1>`` linking home) are never the
summary (:func:`never_standfirst`). A standfirst found twice (a copy for each screen size, or
a dek marked inside the block found under the headline) is shown once
(:func:`copies`), and a date set in an element of its own at the start or the end of
the standfirst's text is the page's date, not its summary (:func:`edge_dates`). A block
set in a box of the body's own kind (its tag, and all of the body box's class names)
is the story's first part, not its summary (:func:`body_kind`)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..dom.tags import BLOCK_TAGS
from ..dom.text import collapse_space, text_of
from ..dom.tree import remove_element
from ..rules.builtin.caption_markup import WRAPPER_LEVELS
from ..rules.builtin.picture_credits import ends_in_credit
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.words import WRAPPER_WORDS, name_tokens
from .headline_gap import in_link
from .post_fields import METADATA_DATE_PATTERN
from .scoring import SENTENCE_ENDS

HtmlElement = Any


#: Stands in for a rule on a second copy of the standfirst.
STANDFIRST_COPY = Rule(
    "standfirst-copy",
    Tags("p div h2 h3"),
    Effect.DROP,
    description="A block found with the standfirst holding the same text as one before "
    "it (the page's copy for another screen size): the standfirst is shown once.",
)
#: Stands in for a rule on a date set apart at the standfirst's start or end.
STANDFIRST_DATE = Rule(
    "standfirst-date",
    Tags("span time small em strong b i"),
    Effect.DROP,
    description="A date alone in an element of its own opening or closing the "
    "standfirst's text (or one of its paragraphs): the page's date, not its summary.",
)

#: What splits the fields of a line of the post's fields ("Published 3 May · Tagged").
_FIELD_SEPARATOR = re.compile(r"\s*[|·•]\s*")
#: A sentence's end inside a text: a field of a line of fields holds none.
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’»]?\s+\S")
#: A class or id word naming a picture's caption...
_CAPTION_WORDS = frozenset(("caption", "captions", "figcaption", "legende", "bildunterschrift"))
#: ... or, with a word naming a picture, naming the picture's description.
_DESCRIBING_WORDS = frozenset(("description", "desc", "legend"))
_PICTURE_WORDS = frozenset(
    (
        "image",
        "img",
        "photo",
        "picture",
        "pic",
        "foto",
        "bild",
        "slideshow",
        "gallery",
        "media",
        "video",
    )
)
#: The attributes read for those names.
_NAMING = ("class", "id")
#: A character no page text holds, marking a place in a block's text for the while.
_MARK = "\ue010"
#: Inline elements a date set apart in a standfirst may stand in.
_DATE_TAGS = ("span", "time", "small", "em", "strong", "b", "i")


def never_standfirst(element: HtmlElement, text: str, description: str | None) -> bool:
    """True when ``element`` (``text``: its own, stripped) stands where a standfirst does
    but is a picture's caption, a line of the post's fields, a teaser's text or the
    site's motto (see the module); not when its text is the page's ``description``
    (whitespace closed up): a site setting its summary in the picture's box still calls
    it the summary. The cheap tests on the text come first."""
    if not (
        ends_in_credit(text)
        or fields_line(text)
        or in_link(element)
        or _after_site_name(element)
        or _named_caption(element)
    ):
        return False
    return not description or collapse_space(text) != collapse_space(description)


def fields_line(text: str) -> bool:
    """True when ``text`` is a line of fields: two or more parts split by a bar or a dot,
    none holding a sentence's end, the line ending none ("Le Monde | 4 May 2015 | By
    Jo Doe"). A summary is written in sentences; a dek without a full stop has no such
    bars between its words."""
    if text.endswith(SENTENCE_ENDS):
        return False
    fields = [field for field in _FIELD_SEPARATOR.split(text) if field]
    return len(fields) > 1 and not any(_SENTENCE_INSIDE.search(field) for field in fields)


def _named_caption(element: HtmlElement) -> bool:
    """True when ``element`` or one of its ``WRAPPER_LEVELS`` nearest ancestors has a
    class or id naming a picture's caption, or a picture's description: a caption kept
    (``include_captions``) that no caption rule took out before the standfirst is read."""
    node = element
    for _level in range(WRAPPER_LEVELS + 1):
        if node is None or node.tag in ("body", "html"):
            return False
        for attribute in _NAMING:
            value = node.get(attribute)
            if value and any(_caption_name(name) for name in value.split()):
                return True
        node = node.getparent()
    return False


def _caption_name(name: str) -> bool:
    """True when the class or id ``name`` names a caption (see :func:`_named_caption`)
    by its last word (a wrapper word after it aside): a style named after a caption's
    type ("caption-s5") is set on other text too."""
    words = name_tokens(name)
    while words and words[-1] in WRAPPER_WORDS:
        words.pop()
    if not words:
        return False
    last = words[-1]
    return last in _CAPTION_WORDS or (
        last in _DESCRIBING_WORDS and not _PICTURE_WORDS.isdisjoint(words)
    )


def _after_site_name(element: HtmlElement) -> bool:
    """True when ``element`` comes right after an ``<h1>`` that is a link home, its text
    all inside a link to the site's root: the site's name in its masthead, and
    ``element`` the site's motto under it, on every page alike."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or before.tag != "h1" or (before.text or "").strip():
        return False
    links = [a for a in before.iter("a") if text_of(a).strip()]
    if len(links) != 1 or (links[0].tail or "").strip():
        return False
    href = (links[0].get("href") or "").strip()
    address = urlsplit(href)
    return bool(href) and address.path in ("", "/") and not (address.fragment or address.query)


def body_kind(element: HtmlElement, body: HtmlElement) -> bool:
    """True when ``element`` has ``body``'s tag and every class name of ``body`` (it has
    some), another besides or none: a box of the body's own kind, the story cut in two
    (its first part set apart above a picture or the sharing buttons, the same style
    kept). A summary is set in a box styled as one, not as the body's text. One whose
    text the body holds already (a copy the page set there too) is not joined twice."""
    names = (body.get("class") or "").split()
    if not names or element.tag != body.tag:
        return False
    if not set(names) <= set((element.get("class") or "").split()):
        return False  # most blocks fail here, before any text is read
    return collapse_space(text_of(element)) not in collapse_space(text_of(body))


def copies(leads: list[HtmlElement]) -> list[HtmlElement]:
    """The ``leads`` (in document order) whose text, whitespace closed up, repeats an
    earlier one's: the standfirst's copies."""
    seen: set[str] = set()
    found = []
    for element in leads:
        text = collapse_space(text_of(element))
        if text in seen:
            found.append(element)
        seen.add(text)
    return found


def edge_dates(leads: list[HtmlElement]) -> list[HtmlElement]:
    """Take out of the ``leads`` each inline element holding a date alone
    (:data:`.post_fields.METADATA_DATE_PATTERN`) that opens or closes the text of its
    block (the standfirst or one of its paragraphs); return them."""
    found = []
    for lead in leads:
        for inline in lead.iterdescendants(*_DATE_TAGS):
            if len(inline):
                continue  # a date has no markup inside; most elements fail here
            text = collapse_space(text_of(inline))
            if METADATA_DATE_PATTERN.fullmatch(text) is not None and _at_block_edge(inline, lead):
                found.append(inline)
    for inline in found:
        remove_element(inline, keep_space=True)
    return found


def _at_block_edge(inline: HtmlElement, lead: HtmlElement) -> bool:
    """Whether ``inline`` stands first or last in the text of its block: the nearest
    block holding it, or ``lead``."""
    block = inline.getparent()
    while block is not lead and block.tag not in BLOCK_TAGS:
        block = block.getparent()
    before, after = _texts_around(block, inline)
    return not before.strip() or not after.strip()


def _texts_around(block: HtmlElement, inline: HtmlElement) -> tuple[str, str]:
    """The text of ``block`` before ``inline`` and after it: the block's text read with
    a mark put in for the while before ``inline``'s own."""
    own = "".join(inline.itertext(with_tail=False))
    saved = inline.text
    inline.text = _MARK + (saved or "")
    whole = "".join(block.itertext(with_tail=False))
    inline.text = saved
    head, _, rest = whole.partition(_MARK)
    return head, rest[len(own) :]
