"""The bylines a reader sees under the headline, read in one walk over the texts that
follow it: a line starting "By", an element marked as the author's, the first link to a
writer's own page, a text after a lone lead word, a bare name beside the date line.
:class:`VisibleBylines` walks once and keeps what it found: the first byline is the
visible source of :mod:`.authors`; :mod:`.person_bylines` weighs the later ones when a
structured author names no person."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

import attrs

from ..dom.tags import UNSHOWN_TAGS
from ..dom.text import text_of
from ..dom.tree import line_block
from ..tuning.metadata import BYLINE_MAX_CHARS, FACTS_BOX_MIN_ROWS, UNLABELLED_BYLINE_TEXTS
from .bare_bylines import bare_byline, date_line, in_link
from .bylines import STARTS_WITH_BY, lone_lead, split_names
from .dated_bylines import dated_byline
from .dates import parse_date
from .nearby import in_comments, in_figure, texts_after
from .writer_links import in_prose, labelled_handle, opens_line, writer_path

HtmlElement = Any
#: How many texts after the headline the walk reads.
WALK_TEXTS = 60

#: An e-mail or a web address opening a text.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.|https?://|www\.")
_AUTHOR_CLASS = re.compile(r"author|byline|writer|autor|auteur", re.IGNORECASE)
#: A picture's credit line: its lead word, then "by" or a colon.
CREDIT = re.compile(
    r"\W*(?:photo(?:graph)?s?|fotos?|bild(?:er)?|images?|pictures?|credits?|crédits?)"
    r"(?:\s*[:：]|\s+(?:by|von|par|de)\b)",
    re.IGNORECASE,
)


@attrs.frozen
class Byline:
    """A byline found under the headline: its ``names``, the element holding its text,
    how many texts (``index``) and how many long shown texts (``long_before``, the
    story's paragraphs) came before it under the headline, and whether a lead word
    ("By", "Por", "Von") opened it (``led``)."""

    names: tuple[str, ...]
    holder: HtmlElement
    index: int
    long_before: int
    led: bool


class VisibleBylines:
    """The bylines under the page's headline (``headline`` finds it, only when asked),
    walked once and kept: the first for the authors' visible source, the next ones only
    when a weighing asks for them, and only as far as it reads (:meth:`within`)."""

    def __init__(self, headline: Callable[[], HtmlElement | None]) -> None:
        self._headline = headline
        self._h1: HtmlElement | None = None
        self._h1_read = False
        self._found: list[Byline] = []
        self._walk: Iterator[Byline | None] | None = None
        #: Where the walk pauses: at this many texts, at this many long ones.
        self._bound = [WALK_TEXTS, WALK_TEXTS]

    def h1(self) -> HtmlElement | None:
        """The headline the bylines follow."""
        if not self._h1_read:
            self._h1, self._h1_read = self._headline(), True
        return self._h1

    def first(self) -> Byline | None:
        """The first byline under the headline, or None."""
        return next(iter(self), None)

    def within(self, texts: int, long_texts: int) -> Iterator[Byline]:
        """The bylines among the first ``texts`` texts under the headline, before its
        ``long_texts``-th long one: the walk reads no further for them."""
        self._bound[:] = [texts, long_texts]
        try:
            yield from self
        finally:
            self._bound[:] = [WALK_TEXTS, WALK_TEXTS]

    def __iter__(self) -> Iterator[Byline]:
        index = 0
        while True:
            if index < len(self._found):
                yield self._found[index]
                index += 1
                continue
            if self._walk is None:
                h1 = self.h1()
                self._walk = _walk(h1, self._bound) if h1 is not None else iter(())
            found = next(self._walk, None)
            if found is None:  # the walk ended, or paused at the bound
                return
            self._found.append(found)


def _walk(h1: HtmlElement, bound: list[int]) -> Iterator[Byline | None]:
    """The bylines after the headline, in reading order: a line starting "By", an element
    marked as the author's, or the first link to a writer's page (its own text only:
    "more" or "More posts" beside the name is no byline). A bare name set beside the date
    line above the story (:mod:`.bare_bylines`) is given before a byline found below the
    story's first paragraph: that "by" line is most often an ad's label ("by" a sponsor)
    or another story's. At the ``bound`` (texts read, long texts passed) it pauses,
    giving None, until the bound moves on."""
    linked = led = deck = False  # ``led``: the text before was a lead word alone ("von")
    early: list[tuple[str, HtmlElement]] | None = []  # the texts above the story
    marks: dict[HtmlElement, tuple[bool, bool]] = {}  # the texts share holders and parents
    long_texts = seen = 0  # the story's paragraphs passed, the texts read
    for index, (text, holder) in enumerate(texts_after(h1, WALK_TEXTS)):
        while index >= bound[0] or long_texts >= bound[1]:
            yield None
        seen = index + 1
        if led and (names := _led_names(text, holder)):
            early, led = None, False  # a byline came first: no bare name after it
            yield Byline(names, holder, index, long_texts, True)
            continue
        led = False
        if len(text) > BYLINE_MAX_CHARS and len(" ".join(text.split())) > BYLINE_MAX_CHARS:
            # a long text a browser does not show (a script) is no paragraph of the story
            if holder.tag in UNSHOWN_TAGS:
                continue
            if early is not None:
                if bare := bare_byline(early):  # read only when no byline came first
                    yield _bare(bare, early, index, long_texts)
                    early = None
                else:  # a deck right under the headline: the name and date line may follow
                    early, deck = (None if early or deck else early), True
            long_texts += 1
            continue
        parent = holder.getparent()
        own = _marks(holder, marks)
        above = _marks(parent, marks) if parent is not None else (False, False)
        by = STARTS_WITH_BY.match(text) is not None
        if by or own[0] or above[0]:
            # "By" may stand alone with the names in a sibling link: try the parent too
            nodes = (holder, parent)
        elif not linked and (link := _writer_link(holder, parent, own, above, deck)) is not None:
            linked = True
            nodes = (link, None)
        else:
            dated = _dated(text, holder) if long_texts == 0 else None
            if dated:
                early = None  # a byline came first: no bare name after it
                yield Byline(dated, holder, index, long_texts, True)
            led = dated == ()  # "Posted on <date> by" and the name in the next element
            _keep_early(early if dated is None else None, text, holder, deck)
            continue
        if holder.tag == "time" or in_comments(holder) or in_figure(holder) or _filed_under(holder):
            continue  # "Veröffentlicht am <date>" is the date line; a category's link
        if names := _node_names(nodes, holder, marks):
            early = None  # a byline came first: no bare name after it
            yield Byline(names, holder, index, long_texts, by)
            continue
        led = _lone_lead(text, holder)
    if early and (bare := bare_byline(early)):
        yield _bare(bare, early, seen, long_texts)


def _dated(text: str, holder: HtmlElement) -> tuple[str, ...] | None:
    """The names of a date line above the story that goes on with its byline
    (:mod:`.dated_bylines`), outside a picture and its credit; None for no such line."""
    names = dated_byline(text)
    return None if names is None or CREDIT.match(text) or in_figure(holder) else names


def _keep_early(
    early: list[tuple[str, HtmlElement]] | None, text: str, holder: HtmlElement, deck: bool
) -> None:
    """Keep a text above the story for the bare byline (:mod:`.bare_bylines`), not a
    link below a deck (a teaser's)."""
    teaser = deck and (holder.tag == "a" or in_link(holder))
    if early is not None and len(early) < UNLABELLED_BYLINE_TEXTS and not teaser:
        early.append((text, holder))


def _node_names(
    nodes: tuple[HtmlElement | None, HtmlElement | None],
    holder: HtmlElement,
    marks: dict[HtmlElement, tuple[bool, bool]],
) -> tuple[str, ...]:
    """The names of the byline's line: ``holder``'s, else its parent's (the first of
    ``nodes`` naming someone), none for a picture's credit or a facts box's row."""
    for node in nodes:
        line = _line_text(node) if node is not None else ""
        if CREDIT.match(line):
            return ()  # "Photo by Jo Lind on ...", "Foto: Jo Lind": a picture's credit
        names = split_names(line) if len(line) <= BYLINE_MAX_CHARS else ()
        if not names and node is not None and _marks(node, marks)[1]:
            names = labelled_handle(node)  # "Autor <a href=/author/jdoe>jdoe</a>"
        if names and not _in_facts_box(holder):
            return names
    return ()


def _bare(
    names: tuple[str, ...], early: list[tuple[str, HtmlElement]], index: int, long_texts: int
) -> Byline:
    """A bare byline (:func:`.bare_byline`), held by the first early text naming it."""
    holder = next((h for text, h in early if names[0] in text), early[0][1])
    return Byline(names, holder, index, long_texts, False)


def _led_names(text: str, holder: HtmlElement) -> tuple[str, ...]:
    """The names of the text after a lone lead word ("von" | "Jo Lind"), outside a
    figure and a facts box; () for a category's or a tag's link beside the byline."""
    if len(text) > BYLINE_MAX_CHARS or in_figure(holder) or _filed_under(holder):
        return ()
    names = split_names(text)
    return names if names and not _in_facts_box(holder) else ()


def _lone_lead(text: str, holder: HtmlElement) -> bool:
    """True for a lead word alone opening its line ("<span>von</span>", "<time/> | von",
    "<br/> von"), not a picture's ("Photo by"), a sentence's ("Logo des <em>Awards</em>
    von <em>Ada</em>") nor a calendar's cell ("Di", Tuesday)."""
    if not lone_lead(text) or CREDIT.match(text) or holder.tag in ("td", "th"):
        return False
    if holder.text == text:
        return len(" ".join(text_of(holder).split())) <= BYLINE_MAX_CHARS
    before = next((child for child in holder if child.tail == text), None)
    if before is None or before.tag in ("br", "time"):
        return before is not None
    return date_line(text_of(before), before)


def _filed_under(holder: HtmlElement) -> bool:
    """True for a link to the story's category or tag (``rel="category tag"``) set in
    the byline's line ("by jo in Uncategorized"): a section, no writer."""
    rel = holder.get("rel") if holder.tag == "a" else None
    return rel is not None and ("tag" in rel.split() or "category" in rel.split())


#: A row of a facts box: a short label, its colon, a value ("Pages: 400").
_LABEL_ROW = re.compile(r"\s*[^\W\d][^:：\n]{0,24}[:：]\s*\S")


def _in_facts_box(holder: HtmlElement) -> bool:
    """True for a line among rows of "label: value" (a book's title, pages, author and
    publisher; a table of specs): the "Author:" there is a book's or a product's."""
    row = line_block(holder)
    if row.tag in ("td", "th", "dt", "dd") and row.getparent() is not None:
        row = row.getparent()
    near = (*islice(row.itersiblings(preceding=True), 2), *islice(row.itersiblings(), 2))
    rows = 0
    for sibling in near:
        start = text_of(sibling).strip()[:80]
        rows += _LABEL_ROW.match(start) is not None and parse_date(start) is None
    return rows >= FACTS_BOX_MIN_ROWS


def _author_class(names: str) -> bool:
    """``_AUTHOR_CLASS.search(names)``, ruled out first by a look in C for how its words
    start: the regex, case-blind, tries every position of long class lists. (Those letters
    match only themselves in either case, so lowering keeps every match.)"""
    lowered = names.lower()
    if "aut" not in lowered and "byl" not in lowered and "wr" not in lowered:
        return False
    return _AUTHOR_CLASS.search(names) is not None


def _marks(node: HtmlElement, marks: dict[HtmlElement, tuple[bool, bool]]) -> tuple[bool, bool]:
    """Whether ``node``'s class or rel says it holds an author, and whether it is a link
    to a writer's own page; read once per element (``marks``)."""
    found = marks.get(node)
    if found is None:
        author = _author_class(node.get("class") or "") or node.get("rel") == "author"
        writer = node.tag == "a" and writer_path(node.get("href") or "")
        found = marks[node] = (author, writer)
    return found


def _writer_link(
    holder: HtmlElement,
    parent: HtmlElement | None,
    own: tuple[bool, bool],
    above: tuple[bool, bool],
    deck: bool,
) -> HtmlElement | None:
    """The link (``holder`` or its ``parent``, their :func:`_marks` ``own`` and
    ``above``) to a writer's own page, outside prose. Above the story (no long text
    passed: not ``deck``), a link opening its line is a byline however long the line:
    the writer's job follows his name ("Jo Lind, Staff Attorney, ...")."""
    link = holder if own[1] else parent if above[1] else None
    if link is None or not in_prose(link):
        return link
    return link if not deck and opens_line(link) else None


def _line_text(element: HtmlElement) -> str:
    """The byline's text on one line. Texts of separate elements that touch are spaced
    where a small letter meets a capital: the style sheet sets "Meg James" and "Staff
    Writer" apart, and glued they would read "JamesStaff"; and before an e-mail address
    or a web address in an element of its own ("Jo Lind" + "jo.lind@example.com"), which
    glued would take the name's last word with it. A line break is a space ("By<br>jdoe")."""
    line = ""
    for piece in _texts(element):
        if line and piece and _apart(line[-1], piece):
            line += " "
        line += piece
    return " ".join(line.split())


def _apart(last: str, piece: str) -> bool:
    """Whether a text ending in ``last`` and the next element's ``piece`` are two words."""
    if last.islower() and piece[0].isupper():
        return True
    return last.isalnum() and _ADDRESS.match(piece) is not None


def _texts(element: HtmlElement) -> Iterator[str]:
    """``element``'s texts in order, as ``itertext`` gives them, a space for each
    ``<br>`` (no text of its own sets its lines apart)."""
    if not isinstance(element.tag, str):
        return
    if element.tag == "br":
        yield " "
    if element.text:
        yield element.text
    for child in element:
        yield from _texts(child)
        if child.tail:
            yield child.tail
