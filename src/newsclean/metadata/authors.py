"""Where a page names its authors: the structured sources, most trusted first, then the
byline a reader sees under the headline (:mod:`.bylines` turns each text into names)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

from ..dom.text import text_of
from .above_bylines import above_byline
from .bylines import handle, split_names
from .card_bylines import heading_between
from .closing_bylines import closing_byline
from .jsonld import text_values
from .meta_tags import AUTHOR_KEYS
from .microdata import Itemprops
from .name_tails import owner_line
from .nearby import in_figure
from .publisher_names import PublisherNames
from .visible_bylines import VisibleBylines
from .writer_links import writer_link_texts

HtmlElement = Any
Names = tuple[tuple[str, ...], bool]


def author_candidates(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    itemprops: Itemprops,
    root: HtmlElement,
    bylines: VisibleBylines,
    publisher: PublisherNames,
    footers: Sequence[HtmlElement] = (),
) -> Iterator[Names]:
    """Name lists from each source, most trusted first, each with whether the source
    says they are people; read only as far as needed (``bylines``, the visible ones
    under the headline, are walked only when the sources before them gave nothing; a
    byline closing the story, in one of ``footers`` or an author's box, is read last). A meta
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
            byline = partial(_byline_names, root, bylines)
            kept = tuple(n for n in names if not publisher.is_publisher(n, byline))
            yield kept, all(n in publisher.writers for n in kept)
    for element in itemprops.named("author", "creator", among=True):
        if in_figure(element) or _of_readers_item(element):
            continue  # a picture's creator or a review's writer, not the story's
        name = element.find(".//*[@itemprop='name']")
        text = element.get("content") or text_of(name if name is not None else element)
        yield split_names(text), False
    yield _link_names(itemprops.author_links()), False
    if (first := bylines.first()) is not None:
        yield first.names, False
    h1 = bylines.h1()
    if h1 is not None:
        yield from above_byline(h1)
        yield from closing_byline(h1, footers)  # below the story: read last


def _byline_names(root: HtmlElement, bylines: VisibleBylines) -> Iterator[str]:
    """The names of the visible byline under the headline, then the texts of the
    page's links to a writer's own page."""
    yield from first.names if (first := bylines.first()) is not None else ()
    body = root.find("body")
    yield from writer_link_texts(body) if body is not None else ()


def _link_names(links: list[HtmlElement]) -> tuple[str, ...]:
    """The names of the first six ``rel=author`` links, from the first text linking to
    each address: a second link to the writer's page beside the name is a label in any
    language ("View my complete profile", "Afficher mon profil complet"). A link's
    handle with digits ("freeman1984") is the writer's, as the link says. A writer
    linked after a headline that opens below the last one kept signs a teaser card's
    story (:mod:`.card_bylines`)."""
    texts: dict[str, str] = {}
    kept: HtmlElement | None = None
    for link in links[:6]:
        text = text_of(link)
        href = link.get("href") or str(len(texts))
        if not text.strip() or href in texts:
            continue
        if kept is not None and heading_between(kept, link):
            break  # the links after it are the cards' too
        texts[href] = text
        kept = link
    names = (n for text in texts.values() for n in split_names(text) or handle(text))
    return tuple(dict.fromkeys(names))


#: The item types whose author is a reader, not the story's writer.
_READERS_ITEMS = re.compile(r"Review|Comment|Answer")


def _of_readers_item(element: HtmlElement) -> bool:
    """True for the author of a microdata item that is a reader's (a review, a
    comment, an answer: ``itemtype`` says so; a question is the page's own) inside the page."""
    for node in element.iterancestors():
        if node.get("itemscope") is not None:
            return _READERS_ITEMS.search(node.get("itemtype") or "") is not None
    return False
