"""Where a page names its authors: the structured sources, most trusted first, then the
byline a reader sees under the headline (:mod:`.bylines` turns each text into names)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice
from typing import Any

from ..dom.tags import UNSHOWN_TAGS
from ..dom.text import text_of
from ..dom.tree import line_block
from ..tuning.metadata import (
    BYLINE_MAX_CHARS,
    FACTS_BOX_MIN_ROWS,
    UNLABELLED_BYLINE_TEXTS,
)
from .above_bylines import above_byline
from .bare_bylines import bare_byline, date_line, in_link
from .bylines import STARTS_WITH_BY, handle, lone_lead, split_names
from .dates import parse_date
from .jsonld import text_values
from .meta_tags import AUTHOR_KEYS
from .microdata import Itemprops
from .name_tails import owner_line
from .nearby import in_comments, in_figure, texts_after
from .publisher_names import PublisherNames
from .writer_links import (
    in_prose,
    labelled_handle,
    opens_line,
    writer_link_texts,
    writer_path,
)

HtmlElement = Any
Names = tuple[tuple[str, ...], bool]

_AUTHOR_CLASS = re.compile(r"author|byline|writer|autor|auteur", re.IGNORECASE)
#: A picture's credit line: its lead word, then "by" or a colon.
CREDIT = re.compile(
    r"\W*(?:photo(?:graph)?s?|fotos?|bild(?:er)?|images?|pictures?|credits?|crédits?)"
    r"(?:\s*[:：]|\s+(?:by|von|par|de)\b)",
    re.IGNORECASE,
)


def author_candidates(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    itemprops: Itemprops,
    root: HtmlElement,
    headline: Callable[[], HtmlElement | None],
    publisher: PublisherNames,
) -> Iterator[Names]:
    """Name lists from each source, most trusted first, each with whether the source
    says they are people; read only as far as needed (``headline`` finds the h1 the
    visible byline follows, only when the sources before it gave nothing). A meta
    author naming the site's company (``publisher``) is left out: no writer's; one
    it names that the page gives as a person's writer too is a person's."""
    for item in articles:
        for key in ("author", "creator"):
            value = item.get(key)
            found = [n for raw in text_values(value) for n in split_names(raw)]
            if found:
                yield tuple(dict.fromkeys(found)), "Person" in str(value)
    for key in AUTHOR_KEYS:
        value = metas.get(key)
        if value and not value.startswith("@"):
            # a site-wide notice ("Ada Verlag GmbH, Bonn, Germany"): its owner, no places
            owner = owner_line(value)
            names = (owner,) if owner else split_names(value)
            byline = partial(_byline_names, root, headline)
            kept = tuple(n for n in names if not publisher.is_publisher(n, byline))
            yield kept, all(n in publisher.writers for n in kept)
    for element in itemprops.named("author", "creator", among=True):
        if in_figure(element) or _of_readers_item(element):
            continue  # a picture's creator or a review's writer, not the story's
        name = element.find(".//*[@itemprop='name']")
        text = element.get("content") or text_of(name if name is not None else element)
        yield split_names(text), False
    yield _link_names(itemprops.author_links()), False
    h1 = headline()
    if h1 is not None:
        yield from _visible_byline(h1)
        yield from above_byline(h1)


def _byline_names(root: HtmlElement, headline: Callable[[], HtmlElement | None]) -> Iterator[str]:
    """The names of the visible byline under the headline, then the texts of the
    page's links to a writer's own page."""
    h1 = headline()
    yield from next((names for names, _ in _visible_byline(h1)), ()) if h1 is not None else ()
    body = root.find("body")
    yield from writer_link_texts(body) if body is not None else ()


def _link_names(links: list[HtmlElement]) -> tuple[str, ...]:
    """The names of the first six ``rel=author`` links, from the first text linking to
    each address: a second link to the writer's page beside the name is a label in any
    language ("View my complete profile", "Afficher mon profil complet"). A link's
    handle with digits ("freeman1984") is the writer's, as the link says."""
    texts: dict[str, str] = {}
    for link in links[:6]:
        text = text_of(link)
        if text.strip():
            texts.setdefault(link.get("href") or str(len(texts)), text)
    names = (n for text in texts.values() for n in split_names(text) or handle(text))
    return tuple(dict.fromkeys(names))


def _visible_byline(h1: HtmlElement) -> Iterator[Names]:
    """The names of the first byline after the headline: a line starting "By", an
    element marked as the author's, or the first link to a writer's page (its own
    text only: "more" or "More posts" beside the name is no byline). A bare name set
    beside the date line above the story (:mod:`.bare_bylines`) is taken before a
    byline found below the story's first paragraph: that "by" line is most often an
    ad's label ("by" a sponsor) or another story's."""
    linked = led = deck = False  # ``led``: the text before was a lead word alone ("von")
    early: list[tuple[str, HtmlElement]] | None = []  # the texts above the story
    marks: dict[HtmlElement, tuple[bool, bool]] = {}  # the texts share holders and parents
    for text, holder in texts_after(h1, 60):
        if led and (names := _led_names(text, holder)):
            yield names, False
            return
        led = False
        if len(text) > BYLINE_MAX_CHARS and len(" ".join(text.split())) > BYLINE_MAX_CHARS:
            # a long text a browser does not show (a script) is no paragraph of the story
            if early is not None and holder.tag not in UNSHOWN_TAGS:
                if bare := bare_byline(early):  # read only when no byline came first
                    yield bare, False
                    return
                # a deck right under the headline: the name and date line may follow it
                early, deck = (None if early or deck else early), True
            continue
        parent = holder.getparent()
        own = _marks(holder, marks)
        above = _marks(parent, marks) if parent is not None else (False, False)
        if STARTS_WITH_BY.match(text) or own[0] or above[0]:
            # "By" may stand alone with the names in a sibling link: try the parent too
            nodes = (holder, parent)
        elif not linked and (link := _writer_link(holder, parent, own, above, deck)) is not None:
            linked = True
            nodes = (link, None)
        else:
            teaser = deck and (holder.tag == "a" or in_link(holder))  # a link below a deck
            if early is not None and len(early) < UNLABELLED_BYLINE_TEXTS and not teaser:
                early.append((text, holder))
            continue
        if holder.tag == "time" or in_comments(holder) or in_figure(holder):
            continue  # "Veröffentlicht am <date>" is the date line
        if _filed_under(holder):
            continue
        for node in nodes:
            line = _line_text(node) if node is not None else ""
            if CREDIT.match(line):
                break  # "Photo by Jo Lind on ...", "Foto: Jo Lind": a picture's credit
            names = split_names(line) if len(line) <= BYLINE_MAX_CHARS else ()
            if not names and node is not None and _marks(node, marks)[1]:
                names = labelled_handle(node)  # "Autor <a href=/author/jdoe>jdoe</a>"
            if names and not _in_facts_box(holder):
                yield names, False
                return
        led = _lone_lead(text, holder)
    if early and (bare := bare_byline(early)):
        yield bare, False


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


#: The item types whose author is a reader, not the story's writer.
_READERS_ITEMS = re.compile(r"Review|Comment|Answer")
#: A row of a facts box: a short label, its colon, a value ("Pages: 400").
_LABEL_ROW = re.compile(r"\s*[^\W\d][^:：\n]{0,24}[:：]\s*\S")


def _of_readers_item(element: HtmlElement) -> bool:
    """True for the author of a microdata item that is a reader's (a review, a
    comment, an answer: ``itemtype`` says so; a question is the page's own) inside the page."""
    for node in element.iterancestors():
        if node.get("itemscope") is not None:
            return _READERS_ITEMS.search(node.get("itemtype") or "") is not None
    return False


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
    Writer" apart, and glued they would read "JamesStaff"; a line break is a space
    ("By<br>jdoe")."""
    line = ""
    for piece in _texts(element):
        if line and piece and line[-1].islower() and piece[0].isupper():
            line += " "
        line += piece
    return " ".join(line.split())


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
