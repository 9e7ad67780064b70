"""Captions set outside ``<figcaption>``: a short line in italics or small print right
after an image, or right after the wrapper holding only the image.

Read from each image with a few lxml calls, where the same test written as one XPath
path cost libxml2 four times as much: it evaluated the "next sibling that is not a line
break or blank text" test on every following sibling of the image's wrappers (all the
story's paragraphs, for an image inside the story) before taking the first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from ...dom.text import text_of, words_length
from ...dom.tree import next_element
from ..model import Effect, Nearby, Role, Rule, Tags
from .lexicon.credits import BYLINE_LINE, CREDIT_PREFIXES, PICTURE_AGENCIES

HtmlElement = Any

#: How many of the image and its wrappers a caption may follow (the image, its parent
#: and grandparent), as long as they hold no text.
WRAPPER_LEVELS = 3
#: What may be a caption, and what is one by its tag alone.
CAPTION_TAGS = frozenset(("em", "i", "small", "cite", "p", "span", "div", "center"))
ITALIC_TAGS = frozenset(("em", "i", "small", "cite"))
#: What a boxed caption (:func:`boxed_captions`) may be set in besides those: a bold
#: wrapper around the caption's spans.
BOXED_CAPTION_TAGS = CAPTION_TAGS | frozenset(("strong", "b"))
#: ... and what an alt-text caption may be set in besides those, inside a ``<figure>``
#: only (outside one, a heading under a picture is a headline): a heading.
FIGURE_CAPTION_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
ALT_CAPTION_TAGS = CAPTION_TAGS | FIGURE_CAPTION_HEADINGS
_NEAR_TAGS = BOXED_CAPTION_TAGS | FIGURE_CAPTION_HEADINGS
#: The children of a picture's box holding its caption over a second line: the
#: picture (or its wrapper), the caption and that line.
CLOSED_BOX_CHILDREN = 3
#: The fewest words a boxed caption holds: a caption says what the picture shows.
BOXED_CAPTION_MIN_WORDS = 4
#: What a boxed caption never holds.
_NOT_IN_CAPTION = ("a", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "blockquote")
#: ... and what a caption's second line never holds (it may be a paragraph itself).
_NOT_IN_SECOND_LINE = tuple(tag for tag in _NOT_IN_CAPTION if tag != "p")
#: The endings of a link to the picture itself (a lightbox's), not to a page.
_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
#: How much of a line's end is read for a picture credit (and how long a credit line
#: standing alone may be).
CREDIT_END_CHARS = 100
#: The longest caption a credit vouches for (an agency's two or three sentences, which
#: ``image-captions``' 200 characters cut short): ``credited-image-captions``' limit.
CREDITED_CAPTION_MAX_CHARS = 600
#: The shortest alt text a caption repeating it is recognised by, and how much of the
#: two is compared: a caption the site also wrote into the image's ``alt`` (or a teaser's
#: title under its thumbnail) starts with the same words, however it is styled.
ALT_MIN_CHARS = 30
ALT_COMPARED_CHARS = 60
#: ... and the longest line taken so (measured untrimmed inside, as the veto measures:
#: a caption box holding the caption twice, full and cut short, in indented markup).
ALT_CAPTION_MAX_CHARS = 1000
#: ... and how much of it holds the agency's name of a credit after its last sentence.
AGENCY_END_CHARS = 50
#: The inline ``font-size`` that is small print, by unit: under 15px, 11pt, 1rem, 1em...
SMALL_SIZES = (("px", 15.0), ("pt", 11.0), ("rem", 1.0), ("em", 1.0))
#: ... or a keyword.
SMALL_KEYWORDS = ("small", "x-small", "xx-small")

#: A picture credit closing a line, whatever the line looks like: in brackets, "(Image:
#: Getty)", "[Photo by A. Lee]", "(J. Doe/AP)"; after the caption's last sentence,
#: "... in 2019. Jo Doe, AP", "... in 2019. © Reuters / Jo Doe"; or a copyright sign.
#: Searched in a line's lowercased end (case-sensitive matching is twice as fast).
_AGENCY_NAME = rf"\b(?:ap|{PICTURE_AGENCIES})\b"
_CREDIT_END = re.compile(
    r"[(\[]\s*(?:image|images|photo|photos|picture|pic|foto|fotos|bild|credit|ap photo"
    r"|photograph)\b[^()\[\]]{0,80}[)\]]\s*$"
    rf"|[(\[][^()\[\]]{{0,60}}{_AGENCY_NAME}[^()\[\]]{{0,30}}[)\]]\s*$"
    rf"|[.!?][\"”’]?\s*[^.!?]{{0,60}}{_AGENCY_NAME}[^!?]{{0,30}}$"
    r"|©\s*[^©.!?]{2,80}$"
)
#: The credit-lines prefixes that credit a picture ("Photo: ", "Bild: ", "© "), not a
#: story's reporting or sources ("Reporting by", "Source:"), which may close a story.
_PICTURE_WORDS = (
    *("фото", "photo", "foto", "image", "picture", "bild", "titelbild", "beitragsbild"),
    *("abbildung", "credit", "crédit", "©", "(c)", "copyright"),
)
_PICTURE_CREDIT_PREFIXES = tuple(p for p in CREDIT_PREFIXES if p.startswith(_PICTURE_WORDS))
_BYLINE = re.compile(BYLINE_LINE, re.IGNORECASE)
#: A credit of names alone, the agency's and the photographer's, set apart by a slash:
#: "DCV / Oppitz", "Stadt Ulm/Jo Doe" (each a capitalised name of one to three words).
_CREDIT_NAME = r"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?: [A-ZÀ-ÖØ-Þ][\w.'’-]*){0,2}"
_SLASH_CREDIT = re.compile(rf"{_CREDIT_NAME} ?/ ?{_CREDIT_NAME}")
#: A year, which a site's copyright notice names and a picture's credit does not.
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
#: What each credit holds: a closing bracket, a copyright sign or an agency's name near
#: the end (a test many times cheaper than the search, which most lines fail).
_AGENCY = re.compile(_AGENCY_NAME)
#: Inline wrappers that only style what they hold (a caption's font, its size).
_STYLING_WRAPPERS = frozenset(("span", "font"))
#: A box kept at a picture's shape until its image loads: a padding in percent of its
#: width ("padding-bottom: 56.25%"), or an aspect ratio.
_PLACEHOLDER_STYLE = re.compile(
    r"padding-(?:bottom|top)\s*:\s*[0-9.]+%|aspect-ratio", re.IGNORECASE
)
#: The attributes a lazy loader reads a picture's address from.
_LAZY_SOURCE_ATTRIBUTES = ("data-src", "data-srcset", "data-lazy-src", "data-original", "data-bg")
#: Markup whitespace (what XPath's normalize-space() removes; not the no-break space).
_SPACE = " \t\r\n"
_SPACES = re.compile("[ \t\r\n]+")
#: An inline style read without case or spaces.
_STYLE_KEY = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", " ")
#: A number as XPath's number() reads it (the exponent libxml2 also accepts).
_NUMBER = re.compile(r"[ \t\r\n]*(-?(?:[0-9]+\.?[0-9]*|\.[0-9]+))(?:[eE]([-+]?[0-9]*))?[ \t\r\n]*")

#: A line's credit not looked for yet (None: there is none).
_UNREAD: Any = object()


class _Line:
    """A line right after an image or after one of its wrappers (``wrapper``), whose text
    each caption rule may read: read once for them all."""

    __slots__ = ("_credit", "_text", "line", "wrapper")

    def __init__(self, line: HtmlElement, wrapper: HtmlElement) -> None:
        self.line = line
        self.wrapper = wrapper
        self._text: str | None = None
        self._credit: HtmlElement | None = _UNREAD

    def text(self) -> str:
        """The line's text (:func:`~newsclean.dom.text.text_of`)."""
        if self._text is None:
            self._text = text_of(self.line)
        return self._text

    def credit(self) -> HtmlElement | None:
        """The picture's credit line right after the line (:func:`_credit_after`)."""
        if self._credit is _UNREAD:
            self._credit = _credit_after(self.line)
        return self._credit


class _Near:
    """What the caption rules read after one image: the lines after it and after its
    wrappers, nearest first, each set in a tag some caption rule takes."""

    __slots__ = ("image", "lines")

    def __init__(self, image: HtmlElement) -> None:
        self.image = image
        self.lines: list[_Line] = []
        node = image
        for _level in range(WRAPPER_LEVELS):
            line = _next_significant(node)
            if line is not None and line.tag in _NEAR_TAGS:
                self.lines.append(_Line(line, node))
            node = node.getparent()
            if node is None:
                break


def image_captions(image: HtmlElement) -> list[HtmlElement]:
    """The captions after ``image`` or after its wrappers, nearest first."""
    return _captions(_Near(image))


def credited_image_captions(image: HtmlElement) -> list[HtmlElement]:
    """The captions after ``image`` or after its wrappers that a picture credit vouches
    for, nearest first: the line closes with a credit (:func:`_ends_in_credit`), or
    the line after it is a credit (:func:`_is_credit_line`).

    A caption a news agency writes runs to two or three sentences (who, where, when,
    why), longer than a line in italics needs to be; a story's paragraph after a
    picture is as long, and only the credit tells them apart.
    """
    return _credited_captions(_Near(image))


def alt_captions(image: HtmlElement) -> list[HtmlElement]:
    """The lines after ``image`` or after its wrappers that start with the image's alt
    text: its caption written twice, once for screen readers, whatever classes or
    styles the line has. A line holding a headline (the story under a hero image
    whose alt is the headline) is not one, unless a ``<figure>`` holds it (a caption
    set as a heading), and neither is a line inside a link: a teaser card's title,
    which the teaser rules weigh with the rest of its list."""
    return _alt_captions(_Near(image))


def boxed_captions(image: HtmlElement) -> list[HtmlElement]:
    """The line closing a box that holds only ``image`` (or the wrapper holding only
    it) and that line: a figure built of plain divs, whose caption has no italics, no
    credit and no caption class to tell it by. A picture linking to a page, or a line
    holding a link, makes a card, whose title the teaser rules weigh with its list."""
    return _boxed_captions(_Near(image))


def picture_captions(root: HtmlElement) -> set[HtmlElement]:
    """Every line the caption rules above read as the caption of a picture under
    ``root``, whether or not they run (``include_captions`` switches them off to keep
    the captions)."""
    found: set[HtmlElement] = set()
    for image in root.iter("img", "picture"):
        near = _Near(image)
        found.update(_captions(near), _credited_captions(near), _boxed_captions(near))
        if image.tag == "img":
            found.update(_alt_captions(near))
    return found


def _captions(near: _Near) -> list[HtmlElement]:
    return _with_closing_lines(_lines_after(near, _reads_as_caption))


def _credited_captions(near: _Near) -> list[HtmlElement]:
    captions = _lines_after(near, _credited)
    if not captions:  # most pictures: no credited line to pair with its credit
        return captions
    credits = [
        credit
        for after in near.lines
        if after.line in captions
        and (credit := after.credit()) is not None
        and _SLASH_CREDIT.fullmatch(_normal(text_of(credit))) is not None
    ]
    return captions + credits


def _alt_captions(near: _Near) -> list[HtmlElement]:
    raw = near.image.get("alt")
    if raw is None or len(raw) < ALT_MIN_CHARS:  # most are short or none: no more work
        return []
    alt = _normal(raw)
    if len(alt) < ALT_MIN_CHARS:
        return []
    return _with_closing_lines(
        _lines_after(near, lambda line: _repeats(alt, line.line), ALT_CAPTION_TAGS)
    )


def _with_closing_lines(captions: list[HtmlElement]) -> list[HtmlElement]:
    """``captions`` and the short line closing each one's box when the box holds
    nothing else but the picture: the caption's second line, its credit or the place
    it was taken ("Jo Doe, Harbour Road, Oslo."), in the caption's style but with
    nothing a rule can tell it by."""
    found = list(captions)
    for caption in captions:
        line = _next_significant(caption)
        box = caption.getparent()
        if (
            line is not None
            and line.getnext() is None
            and not (line.tail and line.tail.strip(_SPACE))
            and line.tag in CAPTION_TAGS
            and box is not None
            and not (box.text and box.text.strip(_SPACE))
            and _picture_box(box, caption)
            and 0 < words_length(line) <= CREDIT_END_CHARS
            and next(line.iter(*_NOT_IN_SECOND_LINE, "img", "picture"), None) is None
        ):
            found.append(line)
    return found


def _boxed_captions(near: _Near) -> list[HtmlElement]:
    found = _lines_after(near, _closes_box, BOXED_CAPTION_TAGS)
    if found and any(_opens_page(link) for link in near.image.iterancestors("a")):
        return []  # a card: its picture and title lead to another page
    return found


def _picture_box(box: HtmlElement, caption: HtmlElement) -> bool:
    """Whether ``box`` holds the picture itself, then ``caption``, then one more line,
    and nothing else: the picture's own box (a caption found past the picture's
    wrappers has the story's blocks beside it)."""
    children = [child for child in box if child.tag.__class__ is str]
    return (
        len(children) == CLOSED_BOX_CHILDREN
        and children[0].tag in ("img", "picture")
        and children[1] is caption
    )


def _closes_box(after: _Line) -> bool:
    """Whether the line is the last of two elements in a plain ``div``, holds text but
    no link, heading or paragraph (a profile's or review's box has those), is no
    picture credit nor a label of a word or two, and no text runs on after it."""
    line = after.line
    if line.getnext() is not None or (line.tail and line.tail.strip(_SPACE)):
        return False
    box = line.getparent()
    if box is None or box.tag != "div" or (box.text and box.text.strip(_SPACE)):
        return False
    if sum(1 for child in box if child.tag.__class__ is str) != 2:
        return False
    if next(line.iter(*_NOT_IN_CAPTION), None) is not None:
        return False
    # a credit alone is the credit rules', and the evidence for the caption above it
    text = after.text()
    if len(text.split(None, BOXED_CAPTION_MIN_WORDS)) < BOXED_CAPTION_MIN_WORDS:
        return False  # an icon's label, a gallery's "View photos" control
    return not (len(text.strip(_SPACE)) <= CREDIT_END_CHARS and _is_credit_line(text))


def _opens_page(link: HtmlElement) -> bool:
    """Whether a link around an image leads to a page, not to the picture itself or to
    a script (a lightbox)."""
    href = (link.get("href") or "").strip().lower()
    if not href or href.startswith(("#", "javascript:")):
        return False
    return not href.split("?", 1)[0].endswith(_IMAGE_FILES)


def _repeats(alt: str, line: HtmlElement) -> bool:
    """Whether ``line`` starts with the ``alt`` text. A heading outside a ``<figure>``
    is a headline: told by its ancestors before its words are read (a teaser card's
    title under its thumbnail repeats the alt text too)."""
    heading = line.tag in FIGURE_CAPTION_HEADINGS
    if heading and next(line.iterancestors("figure"), None) is None:
        return False
    text = _opening(line, ALT_COMPARED_CHARS)
    compared = min(len(alt), len(text), ALT_COMPARED_CHARS)
    return (
        compared >= ALT_MIN_CHARS
        and text[:compared] == alt[:compared]
        and (
            heading
            or next(line.iter("h1", "h2"), None) is None
            or next(line.iterancestors("figure"), None) is not None
        )
        and next(line.iterancestors("a"), None) is None
    )


def _opening(element: HtmlElement, chars: int) -> str:
    """The start of ``element``'s text with its whitespace closed up, at least ``chars``
    long when the text is: read piece by piece, so that a long block after an image
    (the rest of the story) is never joined whole."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size >= chars:
            opening = _normal("".join(pieces))
            if len(opening) >= chars:
                return opening
    return _normal("".join(pieces))


def _lines_after(
    near: _Near,
    test: Callable[[_Line], bool],
    tags: frozenset[str] = CAPTION_TAGS,
) -> list[HtmlElement]:
    """The lines passing ``test`` right after the image or after its wrappers.

    A wrapper holding text is not the image's alone, and neither is any wrapper
    around it, so the first one found holding text ends the search.
    """
    found = []
    for after in near.lines:
        line = after.line
        if line.tag in tags and test(after):
            if _holds_text(after.wrapper):
                break
            if next(line.iter("img", "picture"), None) is None:
                found.append(line)
    return found


def _next_significant(node: HtmlElement) -> HtmlElement | None:
    """The sibling after ``node`` past line breaks and blank text, when it is an
    element (None when it is text, or there is none)."""
    if node.tail and node.tail.strip(_SPACE):
        return None
    sibling = node.getnext()
    while sibling is not None and sibling.tag == "br":
        if sibling.tail and sibling.tail.strip(_SPACE):
            return None
        sibling = sibling.getnext()
    if sibling is None or sibling.tag.__class__ is not str:
        return None  # a comment or processing instruction
    return sibling


def _reads_as_caption(after: _Line) -> bool:
    """Italics or small print: by tag, by a ``caption``/``credit``/``small`` class, by a
    single italic child holding all its text, or by an inline font size smaller than
    that of the element after it (a page styling every paragraph alike is not). Or a
    line closing with a picture's credit (:func:`_ends_in_credit`)."""
    line = after.line
    if line.tag in ITALIC_TAGS:
        return True
    names = line.get("class")
    if names is not None and (
        "caption" in names or "credit" in names or "small" in _SPACES.split(names)
    ):
        return True
    style = line.get("style")
    if style is not None:
        following = next_element(line)
        if following is not None and style != following.get("style") and _small_print(style):
            return True
    italic = _sole_italic(line)
    if italic is not None and _normal(text_of(italic)) == _normal(after.text()):
        return True
    return _ends_in_credit(after.text())


def _sole_italic(line: HtmlElement) -> HtmlElement | None:
    """The italic element holding all of ``line``'s text as its only child, perhaps
    under wrappers of styling (a ``<span>`` for the font, another for its size) each
    holding nothing but the next."""
    node = line
    for _level in range(WRAPPER_LEVELS + 1):
        children = [child for child in node if child.tag.__class__ is str]
        if len(children) != 1:
            return None
        node = children[0]
        if node.tag in ITALIC_TAGS:
            return node
        if node.tag not in _STYLING_WRAPPERS:
            return None
    return None


def _credited(after: _Line) -> bool:
    """Whether the line closes with a picture's credit, or the line after it is one
    (read with the markup's whitespace between its caption and credit closed up). A
    credit holding a picture is the next picture's, under which the line is story.
    A line longer than the rule takes (measured as the engine measures it), or a
    following one longer than a credit, is not read."""
    text = after.text().strip()
    if len(text) > CREDITED_CAPTION_MAX_CHARS:
        return False
    if _ends_in_credit(_normal(text)):
        return True
    return after.credit() is not None


def _credit_after(line: HtmlElement) -> HtmlElement | None:
    """The picture's credit line (:func:`_is_credit_line`) right after ``line``. One of
    names alone ("Agency / Name") goes with the caption it vouches for: the credit
    rules know the others by their words ("Photo:", "©"), but not this one."""
    following = _next_significant(line)
    return following if following is not None and _credit_element(following) else None


def _credit_element(element: HtmlElement) -> bool:
    """Whether ``element`` is a picture's credit line (:func:`_is_credit_line`): at most
    ``CREDIT_END_CHARS``, with no picture of its own (that would be the next picture's)."""
    return (
        words_length(element) <= CREDIT_END_CHARS
        and next(element.iter("img", "picture"), None) is None
        and _is_credit_line(text_of(element))
    )


def between_picture_and_credit(line: HtmlElement) -> bool:
    """Whether ``line`` stands where a caption stands: first in its box, after nothing
    but a picture (or nothing: the picture may be taken out by then), with a picture's
    credit line (:func:`_is_credit_line`) right after it or after the wrappers holding
    nothing but it (up to ``WRAPPER_LEVELS``). A standfirst follows its headline."""
    node = line
    own = _normal(text_of(line))
    for _level in range(WRAPPER_LEVELS):
        if _text_stands_before(node):
            return False
        following = _next_significant(node)
        if following is not None:
            return _credit_element(following)
        if node.getnext() is not None or (node.tail and node.tail.strip(_SPACE)):
            return False  # text or a comment follows: no credit
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or _normal(text_of(node)) != own:
            return False
    return False


def caption_beside_placeholder(credit: HtmlElement) -> HtmlElement | None:
    """The caption over ``credit`` (a picture's credit line a rule took) when the two
    follow an empty picture slot: a lazy-loaded picture's placeholder, its image not yet
    set (:func:`_is_placeholder`). The caption is the credit's one sibling before it,
    first in its box, with the placeholder right before it or before that box; a caption
    rule reads from a real ``<img>`` only, and this slot holds none."""
    line = credit.getprevious()
    if (
        line is None
        or line.tag.__class__ is not str
        or line.tag not in CAPTION_TAGS
        or (line.tail and line.tail.strip(_SPACE))
        or next(line.iter(*_NOT_IN_CAPTION, "img", "picture"), None) is not None
    ):
        return None
    size = words_length(line)
    if not 0 < size <= CREDITED_CAPTION_MAX_CHARS:
        return None
    node = line
    for _level in range(2):
        before = node.getprevious()
        if before is not None:
            return line if before.tag.__class__ is str and _is_placeholder(before) else None
        parent = node.getparent()
        if parent is None or (parent.text and parent.text.strip(_SPACE)):
            return None
        node = parent
    return None


def _is_placeholder(element: HtmlElement) -> bool:
    """An empty picture slot: no text, no image, and a lazy-loader's source attribute
    or a box kept at the picture's shape by its padding, on it or inside it."""
    if _holds_text(element) or next(element.iter("img"), None) is not None:
        return False
    for node in element.iter():
        if node.tag.__class__ is not str:
            continue
        style = node.get("style")
        if style is not None and _PLACEHOLDER_STYLE.search(style) is not None:
            return True
        if any(node.get(name) for name in _LAZY_SOURCE_ATTRIBUTES):
            return True
    return False


def _text_stands_before(node: HtmlElement) -> bool:
    """Whether text stands before ``node`` in its parent (a picture holds none)."""
    parent = node.getparent()
    if parent is not None and parent.text and parent.text.strip(_SPACE):
        return True
    for sibling in node.itersiblings(preceding=True):
        if (sibling.tail and sibling.tail.strip(_SPACE)) or (
            sibling.tag.__class__ is str and _holds_text(sibling)
        ):
            return True
    return False


def _is_credit_line(text: str) -> bool:
    """Whether ``text`` is a picture's credit standing alone: "Photo: Jo Doe", "Jo Doe,
    AP", "Jo Doe | Reuters" (the credit after a caption's last sentence, as
    :func:`_ends_in_credit` reads it). Not a teaser's byline ("By AP", under its
    headline) nor the site's notice ("© 2024 Example News", under the footer's links),
    which look alike. The shapes of a credit are tested first: most lines read here
    have none, and the byline's expression costs many times more than they do."""
    line = _normal(text)
    return (
        bool(line)
        and (
            line.lower().startswith(_PICTURE_CREDIT_PREFIXES)
            or _ends_in_credit(". " + line)
            or _SLASH_CREDIT.fullmatch(line) is not None
        )
        and _BYLINE.fullmatch(line) is None
        and _YEAR.search(line) is None
    )


def _ends_in_credit(text: str) -> bool:
    """Whether ``text`` closes with a picture's credit (:data:`_CREDIT_END`). Without a
    closing bracket or a copyright sign, only an agency's name after a sentence's end
    can be one: most lines hold no ``.!?`` in their end, and the name is not looked for."""
    end = text[-CREDIT_END_CHARS:].lower().rstrip()
    if not (
        end.endswith((")", "]"))
        or "©" in end
        or (
            ("." in end or "!" in end or "?" in end)
            and _AGENCY.search(end, max(0, len(end) - AGENCY_END_CHARS))
        )
    ):
        return False
    return _CREDIT_END.search(end) is not None


def _small_print(style: str) -> bool:
    """Whether an inline style sets a small font size."""
    _before, found, size = style.translate(_STYLE_KEY).partition("font-size:")
    if not found:
        return False
    for unit, limit in SMALL_SIZES:
        number, has_unit, _after = size.partition(unit)
        if has_unit and _number(number) < limit:
            return True
    return size.startswith(SMALL_KEYWORDS)


def _number(text: str) -> float:
    match = _NUMBER.fullmatch(text)
    if match is None:
        return math.nan
    value = float(match.group(1))
    exponent = match.group(2)
    return value * 10.0 ** int(exponent) if exponent and exponent.lstrip("+-") else value


def _holds_text(element: HtmlElement) -> bool:
    return bool(text_of(element).strip(_SPACE))


def _normal(text: str) -> str:
    """``text`` with its runs of markup whitespace closed up to one space, ends trimmed.
    A printable text (no tab or newline) without two spaces in a row has nothing to
    close up: the two tests cost about a sixth of the substitution, and half the
    lines read here pass them. The others are closed up by ``str.replace`` (each pass
    halves the runs left; a markup's indents, eight spaces or more, go first), at a
    third of what the regular expression's substitution costs per run."""
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if "  " in text:
        text = text.replace("        ", " ").replace("    ", " ")
        while "  " in text:
            text = text.replace("  ", " ")
    return text.strip(" ")


#: Stands in for a rule on a caption over its credit beside an empty picture slot (the
#: engine finds it from the credit lines the text rules take inside the body).
PLACEHOLDER_CAPTIONS = Rule(
    "placeholder-captions",
    Tags("div p span"),
    Effect.DROP,
    description="A caption over a picture's credit line where the picture is an empty "
    "lazy-load slot (a box with a data-src or a padding kept at the picture's shape), "
    "no <img> yet: the caption the image rules read under a real picture.",
    role=Role.CAPTION,
)


IMAGE_CAPTIONS = Rule(
    "image-captions",
    Nearby(_captions, around="img picture", shared=_Near),
    Effect.DROP,
    max_chars=200,
    description="A short italic or small-print line right after an image.",
    role=Role.CAPTION,
)


CREDITED_IMAGE_CAPTIONS = Rule(
    "credited-image-captions",
    Nearby(_credited_captions, around="img picture", shared=_Near),
    Effect.DROP,
    max_chars=CREDITED_CAPTION_MAX_CHARS,
    description="A caption right after an image, longer than image-captions takes, that "
    "closes with the picture's credit or stands over a credit line.",
    role=Role.CAPTION,
)


ALT_CAPTIONS = Rule(
    "alt-captions",
    Nearby(_alt_captions, around="img", shared=_Near),
    Effect.DROP,
    max_chars=ALT_CAPTION_MAX_CHARS,
    description="A line right after an image that starts with the image's alt text: the "
    "caption the site wrote twice, or a teaser's title under its thumbnail.",
    role=Role.CAPTION,
)


BOXED_CAPTIONS = Rule(
    "boxed-captions",
    Nearby(_boxed_captions, around="img picture", shared=_Near),
    Effect.DROP,
    max_chars=200,
    description="A short line closing a box that holds only an image and that line: a "
    "figure built of divs, its caption unmarked.",
    role=Role.CAPTION,
)
