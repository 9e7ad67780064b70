"""Matchers: how a rule finds its elements (a CSS selector, an XPath, words or a regex
of class/id-like attributes, tags, an attribute, an element's whole text, the page's
stylesheet, or a Python callable). The matcher value classes and the converters of their
fields belong here; the rule holding one is in :mod:`.model`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs
from cssselect import GenericTranslator, SelectorError
from lxml import etree

from .plain_twin import is_plain, twin
from .xpath_cost import Plan, Shape

HtmlElement = Any  # lxml.html.HtmlElement; typed loosely because lxml-stubs lacks html types

#: Attributes a :class:`Pattern` looks at unless told otherwise.
DEFAULT_PATTERN_ATTRIBUTES: tuple[str, ...] = ("class", "id")


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    """Accept any iterable of names, or one space-separated string."""
    return tuple(values.split()) if isinstance(values, str) else tuple(values)


@attrs.frozen
class Css:
    """Match elements by a CSS selector, translated once to compiled XPath.

    ``bounded`` (rule files, unless loaded as trusted): the translation is held to the
    limits of :mod:`.xpath_cost` (refused past them, bounded on costly pages)."""

    selector: str
    bounded: bool = attrs.field(default=False, kw_only=True)
    xpath: etree.XPath = attrs.field(init=False, eq=False, repr=False)
    plan: Plan | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        try:
            expression = GenericTranslator().css_to_xpath(
                self.selector, prefix="descendant-or-self::"
            )
        except SelectorError as exc:
            raise ValueError(f"invalid CSS selector {self.selector!r}: {exc}") from exc
        # without EXSLT regexps, which lxml would register on every call (and which a rule
        # cannot reach: it has no way to declare their ``re:`` prefix)
        object.__setattr__(self, "xpath", etree.XPath(expression, regexp=False))
        object.__setattr__(self, "plan", Plan.of(expression) if self.bounded else None)

    def select(self, root: HtmlElement, shape: Shape | None = None) -> list[HtmlElement]:
        """Every element under ``root`` (inclusive) that the selector matches (``shape``:
        the page's, shared by the rules of one walk)."""
        if self.plan is not None:
            return self.plan.select(self.xpath, root, shape)
        result = self.xpath(root)
        assert isinstance(result, list)
        return result


@attrs.frozen
class XPath:
    """Match elements by an XPath expression, compiled once (``bounded``: as for
    :class:`Css`).

    With ``around`` (tag names), the expression is a path relative to each element of
    those tags (``following-sibling::*[1]`` of every image, say): a rule about
    what stands near images then costs a pass over the images, not over the page.
    """

    expression: str
    around: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    bounded: bool = attrs.field(default=False, kw_only=True)
    xpath: etree.XPath = attrs.field(init=False, eq=False, repr=False)
    plan: Plan | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        try:
            compiled = etree.XPath(self.expression, regexp=False)
        except etree.XPathSyntaxError as exc:
            raise ValueError(f"invalid XPath {self.expression!r}: {exc}") from exc
        object.__setattr__(self, "xpath", compiled)
        object.__setattr__(self, "plan", Plan.of(self.expression) if self.bounded else None)

    def select(self, root: HtmlElement, shape: Shape | None = None) -> list[HtmlElement]:
        """Every element the expression returns, evaluated with ``root`` as context (or
        with each element of the ``around`` tags under it), in the order found."""
        if self.plan is not None:
            return self.plan.select(self.xpath, root, shape)
        anchors = root.iter(*self.around) if self.around else (root,)
        found: dict[HtmlElement, None] = {}
        for anchor in anchors:
            result = self.xpath(anchor)
            assert isinstance(result, list)
            for node in result:
                if isinstance(node, etree.ElementBase | etree._Element):
                    found[node] = None
        return list(found)


def _compile(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.IGNORECASE)


def _optional_lower_set(values: Iterable[str] | None) -> frozenset[str] | None:
    return None if values is None else _lower_set(values)


def _lower_set(values: Iterable[str]) -> frozenset[str]:
    items = values.split() if isinstance(values, str) else values
    return frozenset(str(v).lower() for v in items)


def _optional_regex(pattern: str | re.Pattern[str] | None) -> re.Pattern[str] | None:
    return None if pattern is None else _compile(pattern)


def _normal_prefixes(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(" ".join(p.lower().split()) for p in values)


def _normal_words(values: Iterable[str]) -> tuple[str, ...]:
    """Keywords and endings lowercased, a run of spaces made one: a space at either end
    stays, a word's bound ("auf ", ": ") where the pattern has one."""
    return tuple(re.sub(r"\s+", " ", word.lower()) for word in values)


@attrs.frozen
class Pattern:
    """Match elements whose class/id (or other named attributes) match a regex.

    The regex is searched in the lowercased attribute values joined by spaces,
    so ``Pattern(r"share")`` matches ``class="ArticleShareBar"``. ``tags``
    optionally restricts the match to some element names.
    """

    regex: re.Pattern[str] = attrs.field(converter=_compile)
    attributes: tuple[str, ...] = attrs.field(
        default=DEFAULT_PATTERN_ATTRIBUTES, converter=_str_tuple
    )
    tags: frozenset[str] | None = attrs.field(default=None, converter=_optional_lower_set)

    def matches_key(self, tag: str, values: str) -> bool:
        """True when an element named ``tag`` with attribute text ``values`` matches."""
        if self.tags is not None and tag not in self.tags:
            return False
        return self.regex.search(values) is not None


@attrs.frozen
class Predicate:
    """Match elements for which a Python callable returns True.

    ``tags`` limits the elements offered to the callable (the fewer, the faster).
    """

    function: Callable[[HtmlElement], bool]
    tags: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)

    def select(self, root: HtmlElement) -> list[HtmlElement]:
        """Every element under ``root`` the callable accepts."""
        iterator: Iterable[HtmlElement] = root.iter(*self.tags) if self.tags else root.iter()
        return [el for el in iterator if isinstance(el.tag, str) and self.function(el)]


#: An anchor :attr:`Nearby.shared` has not read yet (None: it found nothing there).
_UNREAD: Any = object()


@attrs.frozen
class Nearby:
    """Match the elements a Python callable finds near each element of ``around``.

    The Python form of ``XPath(..., around=...)``, for a test that a few lxml calls per
    anchor make faster than libxml2 evaluates it as a path.
    """

    function: Callable[[Any], Iterable[HtmlElement]]
    around: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: What several rules read near each anchor alike (the lines after an image, for
    #: the caption rules): read once per page and anchor for all the rules naming the
    #: same callable, and handed to ``function`` in place of the anchor; a read of None
    #: (nothing near that anchor: most pictures have no line after them) is not handed.
    shared: Callable[[HtmlElement], Any] | None = None

    def select(self, root: HtmlElement, page: dict[Any, Any] | None = None) -> list[HtmlElement]:
        """What the callable finds from each element of ``around`` under ``root``, each
        element once, in the order found (``page``: what ``shared`` read on this page,
        kept by the caller for the rules of one walk)."""
        found: dict[HtmlElement, None] = {}
        shared = self.shared
        if shared is None:
            for anchor in root.iter(*self.around):
                found.update(dict.fromkeys(self.function(anchor)))
            return list(found)
        function = self.function
        for near in self._shared_reads(root, shared, {} if page is None else page):
            selected = function(near)
            if selected:  # most anchors: nothing found
                found.update(dict.fromkeys(selected))
        return list(found)

    def _shared_reads(
        self, root: HtmlElement, shared: Callable[[HtmlElement], Any], page: dict[Any, Any]
    ) -> list[Any]:
        """What ``shared`` read at each element of ``around``, in document order, but
        the reads of None.

        Each listing of anchors walks the whole body, so the anchors are listed once per
        page for all the rules naming the same ``shared``: a rule whose ``around`` is
        part of an earlier rule's takes that list's elements of its tags. Each anchor
        is read once for all those rules.
        """
        around = self.around
        lists: dict[tuple[str, ...], list[tuple[HtmlElement, Any]]] = page.setdefault(
            (shared, "anchors"), {}
        )
        reads = lists.get(around)
        if reads is None:
            wider = next((got for tags, got in lists.items() if set(around) <= set(tags)), None)
            if wider is not None:
                reads = [pair for pair in wider if pair[0].tag in around]
            else:
                read: dict[HtmlElement, Any] = page.setdefault(shared, {})
                reads = []
                for anchor in root.iter(*around):
                    near = read.get(anchor, _UNREAD)
                    if near is _UNREAD:
                        near = read[anchor] = shared(anchor)
                    if near is not None:
                        reads.append((anchor, near))
            lists[around] = reads
        return [near for _anchor, near in reads]


_SPLIT = re.compile(r"[^a-z0-9]+")


def _word_set(words: Iterable[str]) -> frozenset[str]:
    items = words.split() if isinstance(words, str) else words
    return frozenset(_SPLIT.sub("", str(word).lower()) for word in items)


@attrs.frozen
class Words:
    """Match elements whose class/id (or other named attributes) contain listed words.

    Attribute values are split into words (at punctuation, spaces and camelCase)
    and a listed word matches a single word or two or three adjacent words written
    together: ``Words("share-tools")`` matches ``class="ShareTools"`` and
    ``id="article-share-tools"``. This is the fast matcher the built-in rules
    use; prefer it over :class:`Pattern` where a word list suffices.
    """

    words: frozenset[str] = attrs.field(converter=_word_set)
    attributes: tuple[str, ...] = attrs.field(
        default=DEFAULT_PATTERN_ATTRIBUTES, converter=_str_tuple
    )
    tags: frozenset[str] | None = attrs.field(default=None, converter=_optional_lower_set)
    #: Elements never matched, e.g. headings for a rule about containers.
    skip_tags: frozenset[str] = attrs.field(default=frozenset(), converter=_lower_set)
    #: With ``at_end=True`` a word must end the name (``c-article-body`` but not
    #: ``article-body__title``), optionally followed by a generic wrapper word.
    at_end: bool = False


@attrs.frozen
class Tags:
    """Match elements by name, e.g. ``Tags("nav footer aside")``."""

    names: frozenset[str] = attrs.field(converter=_lower_set)


@attrs.frozen
class Attr:
    """Match elements carrying an attribute, optionally with one of some values.

    ``Attr("hidden")`` matches any element with a ``hidden`` attribute;
    ``Attr("aria-hidden", "true")`` only those where it is ``true`` (any case).
    """

    name: str
    values: frozenset[str] | None = attrs.field(default=None, converter=_optional_lower_set)


def _phrase_set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(str(v).lower().split()) for v in values)


class LineBox(enum.Enum):
    """The box a body text rule takes its line in, where rules matching the same lines
    each take one kind (the engine tells which box a line is in)."""

    #: a closing box: a row of links before the line ("About | Privacy © 2024 Example")
    CLOSING = "closing"
    #: any other box (a picture's caption)
    OTHER = "other"


@attrs.frozen
class Text:
    """Match short elements by their whole text, e.g. an "Advertisement" label.

    The text (whitespace collapsed, lowercased) must equal one of ``phrases``,
    start with one of ``prefixes`` or wholly match ``pattern``. Without
    ``tags``, childless elements anywhere on the page are looked at; with
    ``tags``, those elements inside the chosen body, by their full text. With
    ``at_edges=True`` (and ``tags``) only the body's opening and closing blocks
    are: the unbroken run of matching blocks from either end (a sign-off, an
    appeal, a dateline), never a line in the middle of the story.
    """

    phrases: frozenset[str] = attrs.field(default=(), converter=_phrase_set)
    prefixes: tuple[str, ...] = attrs.field(default=(), converter=_normal_prefixes)
    tags: frozenset[str] | None = attrs.field(default=None, converter=_optional_lower_set)
    max_length: int = 80
    pattern: re.Pattern[str] | None = attrs.field(default=None, converter=_optional_regex)
    at_edges: bool = False
    #: with ``pattern``: words one of which a text must hold for the pattern to be tried,
    #: a test many times cheaper than a pattern that must read the whole text to fail
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_normal_words)
    #: with ``pattern``: endings one of which a text must end with for the pattern to be
    #: tried, for a pattern that can only match at a text's end ("... more"): one test
    #: in C, where a keyword found anywhere lets through every text using the word
    suffixes: tuple[str, ...] = attrs.field(default=(), converter=_normal_words)
    #: a text in which this is found anywhere is no match, whatever matched it (a line
    #: opening like a teaser's label that gives a contact's e-mail address)
    unless: re.Pattern[str] | None = attrs.field(default=None, converter=_optional_regex)
    #: with ``tags``: the one kind of box whose line the rule takes (None: any box), for
    #: rules matching the same lines and telling them apart by their box
    box: LineBox | None = None
    #: ``pattern`` for a plain text (:func:`is_plain`): case-sensitive where that
    #: matches alike, and faster
    plain_pattern: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        plain = None if self.pattern is None else twin(self.pattern)
        object.__setattr__(self, "plain_pattern", plain)

    def matches_text(self, text: str) -> bool:
        """True when ``text`` (already normalised and lowercased: a plain text meets
        ``plain_pattern``) is a match."""
        if len(text) > self.max_length:
            return False
        if not (text in self.phrases or (self.prefixes and text.startswith(self.prefixes))):
            if self.keywords:
                # a loop costs less than any() over a generator, built on each call
                for word in self.keywords:
                    if word in text:
                        break
                else:
                    return False
            if self.suffixes and not text.endswith(self.suffixes):
                return False
            pattern = self.plain_pattern if is_plain(text) else self.pattern
            if pattern is None or pattern.fullmatch(text) is None:
                return False
        # looked for only in a match: most texts fail the rule first
        return self.unless is None or self.unless.search(text) is None


@attrs.frozen
class Stylesheet:
    """Match the elements the page's own ``<style>`` rules hide with ``display: none``
    (read as :mod:`newsclean.rules.stylesheet` describes)."""


Matcher = Css | XPath | Pattern | Words | Tags | Attr | Text | Predicate | Nearby | Stylesheet
