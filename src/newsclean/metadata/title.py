"""The headline: the metadata's title without the site's name, checked against the
visible h1."""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..dom.page_tags import PageTags
from ..dom.text import text_of
from ..tuning.metadata import (
    TITLE_LABEL_WORDS,
    TITLE_SITE_KEY_MIN_CHARS,
    TITLE_SITE_NAME_MAX_CHARS,
)
from .jsonld import text_value
from .labelled_titles import labelled_headline
from .loose_headline import loose_headline
from .meta_tags import TITLE_KEYS
from .name_choice import site_key
from .values import clean

HtmlElement = Any

#: A separator between a title's parts: one of ``|-–—·•:»/\`` between spaces, ``::``
#: or `` _``, i.e. ``\s+[|\-–—·•:»/\\]\s+|\s*::\s*|\s+_\s*``. Written to start with the
#: character class every separator starts with (whitespace or ``:``), what it began
#: with checked behind it: the regex engine then skips other characters in C instead of
#: trying each alternative at every position. It matches and splits the same.
TITLE_SEPARATORS = re.compile(r"[\s:](?:(?<=\s)\s*(?:[|\-–—·•:»/\\]\s+|::\s*|_\s*)|(?<=:):\s*)")


_SEPARATOR_GROUP = re.compile(f"({TITLE_SEPARATORS.pattern})")


#: How many candidate elements a page without an h1 is searched for its headline.
HEADLINE_SEARCH = 3000


def headline_element(
    body: HtmlElement,
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    root: HtmlElement,
    site_name: str | None,
    tags: PageTags | None = None,
) -> HtmlElement | None:
    """Without an h1, the element whose own text is the page's title, else a heading
    showing the title written another way (:func:`loose_headline`), if any."""
    title = read_title(metas, articles, root, None, site_name, tags)
    if not title:
        return None
    # a text without the title's longest word, or shorter than the title, cannot tidy
    # into it: two C-level checks spare tidying every text of a large page
    wanted, word = len(title), max(title.split(), key=len)
    candidates = body.iter("h2", "h3", "div", "span", "b", "strong", "p", "td", "font")
    for element in itertools.islice(candidates, HEADLINE_SEARCH):  # a headline leads
        text = element.text
        if text and len(text) >= wanted and word in text and clean(text) == title:
            return element
    return loose_headline(body, title, TITLE_SEPARATORS)


def read_title(
    metas: dict[str, str],
    articles: list[dict[str, Any]],
    root: HtmlElement,
    h1: HtmlElement | None,
    site_name: str | None,
    tags: PageTags | None = None,
) -> str | None:
    """The headline: the metadata's title without the site's name, else the ``<title>``.

    The visible h1 is preferred when that title is truncated ("Story…") or
    generic (the site's name), and it picks the story's part of a ``<title>``
    whose site part is unknown. A blog's first h1 is often its own name; when
    that h1 is just one part of the ``<title>`` and another heading is another
    part, that other heading wins. ``tags``: the page's elements by kind, when the
    caller collected them (spares a search of the tree for the ``<title>`` and h1s).
    """
    site = site_name or ""
    title_element = tags.title if tags is not None else next(root.iter("title"), None)
    page_title = clean(title_element.text) if title_element is not None else ""
    candidates = [_ld_headline(item, page_title, site) for item in articles]
    candidates += [clean(metas.get(key)) for key in TITLE_KEYS]
    candidates = [c for c in candidates if c and c.lower() not in _GENERIC_TITLES]
    parts = [p for p in TITLE_SEPARATORS.split(page_title) if p] if page_title else []
    h1 = _agreeing_heading(root, h1, [*candidates, page_title], tags) if h1 is not None else None
    h1_text = clean(text_of(h1)) if h1 is not None else ""
    blog_name = not site and len(parts) > 1 and h1_text in parts and h1_text != max(parts, key=len)
    if h1_text and (h1_text == site or blog_name):
        other = _heading_matching(root, h1, [p for p in parts if p not in (h1_text, site)])
        if other:
            return other
        if h1_text == site:
            h1_text = ""
    headline = _headline_over_label(candidates, page_title, h1_text, site)
    if headline:
        return headline
    for candidate in candidates:
        if candidate == site:
            continue
        title = _strip_site(candidate, site)
        if h1_text and _truncated(title, h1_text):
            return h1_text
        if h1_text and (
            _h1_is_story(h1_text, title, page_title, site) or labelled_headline(h1_text, title)
        ):
            return h1_text
        return title
    return _from_page_title(root, page_title, parts, h1_text, site)


def _from_page_title(
    root: HtmlElement, page_title: str, parts: list[str], h1_text: str, site: str
) -> str | None:
    """The headline when the metadata names none but the ``site``: the h1 the
    ``<title>`` agrees with, else the ``<title>``'s story part (of its ``parts``) or the
    whole ``<title>``, else the h1's text."""
    if page_title and page_title != site:
        if h1_text and headline_agrees(h1_text, page_title):
            return h1_text
        if TITLE_SEPARATORS.search(site):  # "Story - Author - Blog", the site "Author - Blog"
            stripped = _strip_site(page_title, site)
            parts = [p for p in TITLE_SEPARATORS.split(stripped) if p]
            if len(parts) == 1 and stripped != page_title:
                return stripped
        key = site_key(site) or site
        kept = [p for p in parts if site_key(p) != key]
        if len(parts) > 1 and kept:
            # the part a main heading shows is the story's (h3s list other stories);
            # else the longest part
            return _heading_matching(root, None, kept, ("h1", "h2")) or max(kept, key=len)
        if len(page_title.split()) > 1 or not h1_text:
            return page_title
    return h1_text or None


def _h1_is_story(h1_text: str, title: str, page_title: str, site: str) -> bool:
    """True when the visible h1 is the story's part of the metadata's ``title`` and
    the other parts may be the site's ("Story | Unnamed Site"; "Story | Site", the site
    "Site Inc" or "Site - Its Motto"), or when that title does not agree with the h1
    but the ``<title>``'s story part is the h1 (a social title, "Story - Site" and the
    h1: two sources outvote one)."""
    parts = [p for p in TITLE_SEPARATORS.split(title) if p]
    if h1_text in parts:
        if site and h1_text != max(parts, key=len):
            return False
        return all(part == h1_text or _names_site(part, site) for part in parts)
    if not page_title or headline_agrees(h1_text.casefold(), title.casefold()):
        return False  # one headline written two ways: the metadata's stands
    return _strip_site(page_title, site) == h1_text


def _names_site(part: str, site: str) -> bool:
    """True when a title's ``part`` may be the site's name: any part when the site is
    unknown, else one whose letters, at least :data:`TITLE_SITE_KEY_MIN_CHARS` of
    them, are in the site name's ("Site" in "Site Inc")."""
    if not site:
        return True
    key = site_key(part)
    return len(key) >= TITLE_SITE_KEY_MIN_CHARS and key in site_key(site)


def _headline_over_label(candidates: list[str], page_title: str, h1_text: str, site: str) -> str:
    """The headline, when the metadata's first title is a label (a section's or the
    site's name: at most :data:`TITLE_LABEL_WORDS` words) that the visible h1 does not share,
    and a later, longer title or the ``<title>`` agrees with the h1: two sources outvote
    one. The h1's text when it is a part of that title ("Site: Story")."""
    first = next((c for c in candidates if c != site), "")
    label = _strip_site(first, site) if first and h1_text else ""
    if not label or len(label.split()) > TITLE_LABEL_WORDS or headline_agrees(h1_text, label):
        return ""
    for other in (*candidates, page_title):
        title = _strip_site(other, site) if other and other != site else ""
        if len(title.split()) <= TITLE_LABEL_WORDS or headline_agrees(label, title):
            continue
        if headline_agrees(h1_text, title):
            return h1_text if h1_text in title else title
    return ""


def _ld_headline(item: dict[str, Any], page_title: str, site: str) -> str:
    """An article object's ``headline``, or its ``name`` when only that one is in the
    ``<title>`` (some sites put a one-line description in ``headline``) and it is not
    the site's own name."""
    headline = clean(text_value(item.get("headline")))
    name = clean(text_value(item.get("name")))
    if headline and name and name not in site and name in page_title and headline not in page_title:
        return name
    return headline or name


_GENERIC_TITLES = frozenset(("home", "homepage", "home page", "index", "untitled", "article"))


def _truncated(title: str, heading: str) -> bool:
    """True when ``title`` is ``heading`` cut short ("A long headli…")."""
    stem = title.rstrip(" .…")
    return len(stem) < len(title) and len(stem) < len(heading) and heading.startswith(stem)


def headline_agrees(heading: str, title: str) -> bool:
    """True when the heading is a part of the title, or one holds the other and covers
    at least half of it."""
    if not heading or not title:
        return False
    if heading in TITLE_SEPARATORS.split(title):
        return True  # "Story" in "Story - Site"
    if heading in title:
        return len(heading) >= 0.5 * len(title)
    return title in heading and len(title) >= 0.5 * len(heading)


def _agreeing_heading(
    root: HtmlElement, first: HtmlElement, titles: list[str], tags: PageTags | None
) -> HtmlElement:
    """Of the page's first h1s, the one the metadata agrees with (else the first)."""
    h1s = [first]
    body = root.find("body")
    if body is not None:
        found = body.iter("h1") if tags is None else tags.headlines_in(body)
        h1s += [h for h in itertools.islice(found, 4) if h is not first]
    for heading in h1s:
        text = clean(text_of(heading))
        if any(headline_agrees(text, title) for title in titles):
            return heading
    return first


def _strip_site(title: str, site: str) -> str:
    """``"Story | Site"`` -> ``"Story"`` when the site's name is known. The name is
    compared loosely ("Vegolosi.it" is the site "Vegolosi"), and a name holding a
    separator itself ("Author - Blog") is taken off either end whole."""
    if not site:
        return title
    key = site_key(site) or site
    # pieces at even positions, the separators between them at odd ones
    tokens = _SEPARATOR_GROUP.split(title)
    pieces = [i for i in range(0, len(tokens), 2) if tokens[i]]
    kept = [i for i in pieces if site_key(tokens[i]) != key]
    if kept and len(kept) < len(pieces):
        # each kept piece after the first comes with the separator written before it
        return tokens[kept[0]] + "".join(tokens[i - 1] + tokens[i] for i in kept[1:])
    if (
        len(site) <= TITLE_SITE_NAME_MAX_CHARS
        and TITLE_SEPARATORS.search(site)
        and _may_hold(title, site)
    ):
        name, separator = re.escape(site), TITLE_SEPARATORS.pattern
        for ends in (f"(?:{separator}){name}\\s*$", f"^\\s*{name}(?:{separator})"):
            stripped = re.sub(ends, "", title, flags=re.IGNORECASE).strip()
            if stripped and stripped != title:
                return stripped
    return title


#: Runs of ASCII characters other than letters: a case-blind regex matches them exactly.
_UNCASED_RUNS = re.compile(r"[^A-Za-z\x80-\U0010ffff]+")


def _may_hold(title: str, site: str) -> bool:
    """False when the case-blind ``site`` cannot be in ``title``: one of its runs of
    ASCII non-letters is not. Spares compiling a pattern for each site (most pages)."""
    return all(run in title for run in _UNCASED_RUNS.findall(site))


def _heading_matching(
    root: HtmlElement,
    skip: HtmlElement | None,
    texts: list[str],
    levels: tuple[str, ...] = ("h1", "h2", "h3"),
) -> str:
    """The text of the first heading of ``levels`` (other than ``skip``) equal to one
    of ``texts``."""
    if not texts:
        return ""
    wanted = set(texts)
    body = root.find("body")
    for count, heading in enumerate((body if body is not None else root).iter(*levels)):
        if count > 20:
            break
        if heading is skip:
            continue
        text = clean(text_of(heading))
        if text in wanted:
            return text
    return ""
