"""Rules: small named objects saying what they match and what that means.

A rule matches elements in one of three ways (a CSS selector compiled once to
XPath, a regular expression over class/id-like attributes, or a Python
predicate) and has one effect: drop the element as boilerplate, mark it as the
article body, or add a number to its score.
"""

from __future__ import annotations

import bisect
import enum
import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
from cssselect import GenericTranslator, SelectorError
from lxml import etree

from .xpath_cost import Plan, Shape

HtmlElement = Any  # lxml.html.HtmlElement; typed loosely because lxml-stubs lacks html types

#: Attributes a :class:`Pattern` looks at unless told otherwise.
DEFAULT_PATTERN_ATTRIBUTES: tuple[str, ...] = ("class", "id")


class Effect(enum.Enum):
    """What a rule does to the elements it matches."""

    DROP = "drop"  #: remove the element and its subtree as boilerplate
    BODY = "body"  #: mark the element as (part of) the article body
    LEAD = "lead"  #: mark a standfirst/summary that precedes the body as part of it
    SCORE = "score"  #: add ``Rule.weight`` to the element's score
    TITLE = "title"  #: the element's text is the article's title (selector rules only)
    AUTHOR = "author"  #: the element's text names the article's authors (selector rules only)
    DATE = "date"  #: the element holds the publication date (selector rules only)


class Role(enum.Enum):
    """What a rule's matches are to a feature beyond the body: features find their
    elements by role, so a user's own rule with the role serves the feature too."""

    #: the elements are the page's reader-comment sections (``Article.comments``)
    COMMENTS = "comments"
    #: the elements are image captions and credits, kept with ``include_captions=True``
    CAPTION = "caption"
    #: the elements are hidden from readers: removed even around a body marker, unless
    #: they hold the page's only copy of the article (a page a script reveals)
    HIDDEN = "hidden"
    #: the element (a heading near the body's end) opens a closing section that is
    #: not the story, such as an appeal for members: with ``at_edges`` text rules it
    #: goes with everything after it, when that is short (``closing_section_max_chars``)
    CLOSING = "closing"
    #: the element (a heading in the body, such as a comment section's) ends the
    #: article: with ``at_edges`` text rules it goes with everything after it in its
    #: container, however long, once some of the story comes before it
    #: (``ending_min_chars_before``)
    ENDING = "ending"
    #: the element (a short label inside the body) goes only with others of the same
    #: rule in one small box: at least ``grouped_min_labels`` different texts in an
    #: element of at most ``grouped_box_max_chars`` (a video player's control bar and
    #: menus: "Mute", "Playback Rate", "Captions", "Font Size"); alone it stays
    GROUPED = "grouped"


#: Effects that set a metadata field instead of deciding about the body.
METADATA_EFFECTS = frozenset((Effect.TITLE, Effect.AUTHOR, Effect.DATE))


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


#: the characters of a "plain" text, for which a pattern may run case-sensitively: the
#: lowercase letters (ASCII, Latin-1, Cyrillic), digits, symbols and punctuation most
#: lowercased lines are made of
_PLAIN_RANGES = "\x00-@\\[-\xbf\xd7\xdf-\xff\u0430-\u045f\u2010-\u205e"
_PLAIN_TEXT = re.compile(f"[{_PLAIN_RANGES}]*")
#: every plain character, in code point order (and their code points)
_PLAIN = "".join(re.findall(f"[{_PLAIN_RANGES}]", "".join(map(chr, range(0x2060)))))
_PLAIN_CODES = [ord(char) for char in _PLAIN]


def is_plain(text: str) -> bool:
    """True when ``text`` (lowercased, as text rules read it: the ASCII shortcut admits
    A-Z) holds only the characters a :func:`twin` is made for."""
    return text.isascii() or _PLAIN_TEXT.fullmatch(text) is not None


@functools.lru_cache(maxsize=256)  # rules sharing a pattern (body and edge) share its twin
def twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled without IGNORECASE when it then matches every lowercased
    plain text (:func:`is_plain`) as before, else ``pattern`` itself: case-sensitive
    matching is about twice as fast.

    Case matters only for the characters a pattern names (literals, class members and
    ranges; a back reference compares such a text alike either way). The twin is made
    when each of them accepts the same plain characters with and without IGNORECASE,
    which "A" (accepting "a" only when ignoring case), a range over A-Z ("[0-_]") or a
    character folding to a plain one ("ſ" accepting "s") would not.
    """
    if not pattern.flags & re.IGNORECASE:
        return pattern
    spans = _source_spans(pattern)
    if spans is None or not all(_folds_alike(*span) for span in spans):
        parsed = _RE_PARSER.parse(pattern.pattern, pattern.flags)  # the parse decides
        spans = set(_named_characters(parsed))
    if all(_folds_alike(*span) for span in spans):
        return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return pattern


#: an escaped character, a character class (its members) and a member of one, and a
#: verbose flag (whose comments may hold anything)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_CLASS = re.compile(r"\\.|\[\^?(\]?(?:\\.|[^\\\]])*)\]", re.DOTALL)
_MEMBER = re.compile(r"\\.|[^\\]", re.DOTALL)
_VERBOSE = re.compile(r"\(\?[aiLmsux-]*x")
#: the escapes naming a control character
_CONTROLS = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}


def _source_spans(pattern: re.Pattern[str]) -> set[tuple[int, int]] | None:
    """(first, last) code points of every character and range ``pattern`` names, and
    maybe more, read from its source (None for one naming a character by its code or
    verbose): the parse of :func:`twin`, which a fresh process paid for each text rule,
    is then needed only when one of them folds otherwise.

    Every character of the source counts, syntax too, and in a class each "x-y", even
    where the parser takes the hyphen as a character.
    """
    source = pattern.pattern
    if not isinstance(source, str) or pattern.flags & re.VERBOSE or _VERBOSE.search(source):
        return None
    spans = {(ord(char), ord(char)) for char in set(_ESCAPE.sub("", source))}
    for escaped in set(_ESCAPE.findall(source)):
        if escaped in "0123456789xuUN":
            return None
        if escaped in _CONTROLS:
            spans.add((_CONTROLS[escaped], _CONTROLS[escaped]))
        elif not escaped.isalpha():  # a letter's other escapes are classes and anchors
            spans.add((ord(escaped), ord(escaped)))
    for members in filter(None, _CLASS.findall(source)):
        items = _MEMBER.findall(members)
        for at in range(len(items) - 2):
            first, last = _member_code(items[at]), _member_code(items[at + 2])
            if items[at + 1] == "-" and first is not None and last is not None and first <= last:
                spans.add((first, last))
    return spans


def _member_code(item: str) -> int | None:
    """The code point a class member names (None for a class such as ``\\w``)."""
    if len(item) == 1:
        return ord(item)
    escaped = item[1]
    if escaped in _CONTROLS:
        return _CONTROLS[escaped]
    return None if escaped.isalnum() else ord(escaped)


@functools.cache
def _folds_alike(first: int, last: int) -> bool:
    """True when the characters ``first`` to ``last`` accept the same plain characters
    with IGNORECASE as without."""
    member = re.compile(f"[{re.escape(chr(first))}-{re.escape(chr(last))}]", re.IGNORECASE)
    inside = _PLAIN[
        bisect.bisect_left(_PLAIN_CODES, first) : bisect.bisect_right(_PLAIN_CODES, last)
    ]
    return "".join(member.findall(_PLAIN)) == inside


#: the standard library's regex parser (private, but stable since Python 3.11): the
#: parse tree says which characters a pattern names, which its source text hides
#: behind escapes and ranges
_RE_PARSER: Any = importlib.import_module("re._parser")


def _named_characters(parsed: Any) -> Iterator[tuple[int, int]]:
    """(first, last) code point of each character and range in a parsed pattern."""
    constants = _RE_PARSER
    for op, value in parsed:
        if op in (constants.LITERAL, constants.NOT_LITERAL):
            yield value, value
        elif op is constants.IN:
            for item_op, item in value:
                if item_op is constants.LITERAL:
                    yield item, item
                elif item_op is constants.RANGE:
                    yield item
        else:  # groups, repeats, branches and assertions: the subpatterns they hold
            for part in value if isinstance(value, tuple | list) else (value,):
                for inner in part if isinstance(part, list) else (part,):
                    if isinstance(inner, constants.SubPattern):
                        yield from _named_characters(inner)


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
    #: same callable, and handed to ``function`` in place of the anchor.
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
        read: dict[HtmlElement, Any] = {} if page is None else page.setdefault(shared, {})
        for anchor in root.iter(*self.around):
            near = read.get(anchor)
            if near is None:
                near = read[anchor] = shared(anchor)
            found.update(dict.fromkeys(self.function(near)))
        return list(found)


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


def _check_weight(instance: Rule, attribute: attrs.Attribute[float], value: float) -> None:
    if instance.effect is Effect.SCORE and value == 0:
        raise ValueError(f"rule {instance.name!r}: a SCORE rule needs a non-zero weight")


def _normalise_domain(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower().lstrip(".")
    if value.startswith("www."):
        value = value[4:]
    return value or None


def _optional_role(value: Role | str | None) -> Role | None:
    return None if value is None else Role(value)


def _to_matcher(value: Matcher | str) -> Matcher:
    return Css(value) if isinstance(value, str) else value


@attrs.frozen
class Rule:
    """A named rule: a matcher and an effect, optionally bound to one domain.

    A plain string given as ``match`` is read as a CSS selector.
    """

    name: str
    match: Matcher = attrs.field(converter=_to_matcher)
    effect: Effect = attrs.field(converter=Effect)
    weight: float = attrs.field(default=0.0, validator=_check_weight)
    domain: str | None = attrs.field(default=None, converter=_normalise_domain)
    description: str = ""
    #: A strong rule is trusted over the text it removes: a DROP rule that is
    #: not strong is vetoed when its element holds most of the page's text.
    strong: bool = False
    #: A DROP rule with ``max_chars`` only removes elements with at most that
    #: much text: a "caption" that holds a whole story is not a caption.
    max_chars: int | None = None
    #: What the matches are to a feature (comments, captions), if anything.
    role: Role | None = attrs.field(default=None, converter=_optional_role)
    #: Where the rule comes from: "" for the built-ins, else a pack name or a file path.
    source: str = attrs.field(default="", eq=False)

    def __attrs_post_init__(self) -> None:
        if self.effect in METADATA_EFFECTS and not isinstance(self.match, Css | XPath):
            raise ValueError(f"rule {self.name!r}: a {self.effect.value} rule needs a selector")

    @property
    def text_match(self) -> Text:
        """The matcher of a text rule, for code holding only text rules (any other kind
        there is a bug of ours, not a page's doing)."""
        match = self.match
        assert isinstance(match, Text)
        return match

    def applies_to(self, host: str | None) -> bool:
        """True when the rule is generic or ``host`` is its domain or a subdomain of it."""
        if self.domain is None:
            return True
        if host is None:
            return False
        return host == self.domain or host.endswith("." + self.domain)
