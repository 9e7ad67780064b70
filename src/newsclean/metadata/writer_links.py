"""Links to a writer's own page: the byline of a page that marks up nothing else. The
link's address says it ("/author/jo-smith", "/autor/887546/jo-smith", "?author=3"); a
link in a sentence of the story is no byline, one in a line of other links (the
story's date, section and tags) is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

from lxml import etree

from ..dom.text import text_of, words_length, words_link_density
from ..dom.tree import line_block
from ..tuning.metadata import BYLINE_MAX_CHARS, FACTS_LINE_MIN_LINKED
from .bylines import handle

HtmlElement = Any

#: A link to a writer's own page: a path part that names writers, maybe the writer's id,
#: and the writer's slug last ("/author/jo-smith", "/autoren/jo", "/people/jo-smith/",
#: "/autor/887546/jo-smith", "/editors/jo-smith/index.html", a profile or a résumé page:
#: "/profil/jo", "/profile/jo-smith", "/resume/jo-smith"; not "/people/news/..." nor
#: the "/people/" section), the slug maybe followed by the writer's id
#: ("/autori/jo-smith/l~a:189/", "/author/jo-smith/4411"; not a year). A blog's writer
#: query ("/?author=3", "/author?id=30111") says the same.
_WRITER_PATH = re.compile(
    r"/(?:authors?|autor(?:en|es|i|in|innen|zy)?|auteurs?|people|staff|bylines?|bio"
    r"|profil(?:es?)?|resume|journalists?|contributors?|writers?|redakteure?|editors?)"
    r"(?:/\d+)?/[^/?#]+"
    r"(?:/(?!(?:19|20)\d\d/?(?:[?#]|$))[^/?#]*\d[^/?#]*)?(?:/index\.html?)?/?(?:[?#]|$)"
    r"|[?&]author=[^&#]|/author/?\?\w+=",
    re.IGNORECASE,
)


def writer_path(href: str) -> bool:
    """True for an address of a writer's own page (:data:`_WRITER_PATH`)."""
    return _WRITER_PATH.search(href) is not None


def in_prose(link: HtmlElement) -> bool:
    """True for a link inside a longer line, a sentence of the story ("<a
    href=/topics/people/...>a minister</a> said"), not a byline. A long line that is
    mostly other links (the story's date, its section and a dozen tags beside the
    writer's name: ``FACTS_LINE_MIN_LINKED``) is the story's line of facts, no sentence."""
    block = line_block(link)
    words = words_length(block)
    return words > BYLINE_MAX_CHARS and words_link_density(block, words) < FACTS_LINE_MIN_LINKED


def opens_line(link: HtmlElement) -> bool:
    """True for a link whose text opens its line: nothing but marks before it."""
    line = " ".join(text_of(line_block(link)).split()).lstrip(_OPENING_MARKS)
    own = " ".join(text_of(link).split())
    return bool(own) and line.startswith(own)


#: What may stand before a byline's first name on its line.
_OPENING_MARKS = "|·•—–-:/»› "
_LINKS = etree.XPath("descendant::a[@href]", regexp=False)


def writer_link_texts(body: HtmlElement) -> Iterator[str]:
    """The texts of the page's links to a writer's own page (a writer the page names
    anywhere, not only in the byline under the headline)."""
    for link in cast(list[HtmlElement], _LINKS(body)):
        if writer_path(link.get("href") or ""):
            yield text_of(link)


#: An author's label alone, set before the link to the writer's page ("Autor", "By:").
_LABEL_ALONE = re.compile(
    r"\W*(?:by|von|par|por|authors?|autor(?:in|en)?|auteurs?)\s*[:：]?\s*", re.IGNORECASE
)


def labelled_handle(link: HtmlElement) -> tuple[str, ...]:
    """The writer's handle a link to his own page shows after an author's label alone
    ("<span>Autor</span> <a href=/author/jdoe>jdoe</a>"): the label and the address
    say it is the writer's, though no name is written as names are."""
    before = link.getprevious()
    if before is None:
        parent = link.getparent()
        label = (parent.text or "") if parent is not None else ""
    else:
        label = before.tail if before.tail and before.tail.strip() else text_of(before)
    return handle(text_of(link)) if _LABEL_ALONE.fullmatch(label) else ()
