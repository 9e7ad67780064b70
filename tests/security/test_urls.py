"""The URL allow-list, through the public API only: what newsclean may hand a caller as a URL.

Target behaviour (issue 17): ``Article.url``, ``Article.image``, and the links and images of
``Article.html`` and ``Article.markdown`` hold only http, https, mailto, tel and relative URLs,
judged after removing ASCII whitespace and control characters and case-folding; ``data:image/*``
only as an image source (``<img src>``, ``![](...)``). Everything else is refused: dropped
(an image, a metadata field) or unwrapped (a link keeps its text).

A caller's ``url=`` wins over the page's canonical link (``<link rel=canonical>``, ``og:url``,
JSON-LD ``url``) for resolving relative URLs, and is what ``Article.url`` reports, unless the
canonical link is on the same site: the same registrable domain (``www.example.com`` and
``example.com``; ``news.bbc.co.uk`` and ``www.bbc.co.uk``, but not ``evil.co.uk``), over
http or https.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from lxml import etree
from markdown_it import MarkdownIt

from newsclean import extract

ALLOWED = frozenset(("http", "https", "mailto", "tel"))
CALLER = "https://news.example.com/2024/05/night-trains.html"

#: Refused URLs as written in an attribute value (entities and raw control characters are
#: the page's own markup; the attribute is double-quoted).
REFUSED = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "\x01javascript:alert(1)",
    "\x1fjavascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "jav&#x0A;ascript:alert(1)",
    "jav&Tab;ascript:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "&#x6A;avascript&#x3A;alert(1)",
    "javascript&colon;alert(1)",
    "&#x20;javascript:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "livescript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    " data:text/html,<script>alert(1)</script>",
    "da\tta:text/html,<script>alert(1)</script>",
    "data:application/xhtml+xml,<x/>",
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "mhtml:file://C:/x.mht!story.html",
    "view-source:https://news.example.com/",
    "intent://scan/#Intent;scheme=zxing;end",
    "chrome://settings",
    "chrome-extension://abcdefghijklmnop/x.html",
    "about:blank",
    "blob:https://news.example.com/1234",
    "filesystem:https://news.example.com/temporary/x",
    "ws://news.example.com/socket",
    "jar:https://news.example.com/x.jar!/a.html",
    "ms-its:mhtml:file://C:/x.mht!https://news.example.com/x.chm::/x.html",
    "x:alert(1)",
]
#: data: images are fine as an image source, never as a link or a page URL
DATA_IMAGE = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwAD"
    "hgGAWjR9awAAAABJRU5ErkJggg=="
)
DATA_SVG = "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"

STORY = (
    "<p>The city council voted on Tuesday to extend the night train service through the "
    "winter months, after a year in which ridership rose faster than anyone had predicted.</p>"
    "<p>Officials said the extra trains would run every forty minutes between midnight and "
    "five in the morning, and that fares would stay the same until the spring review.</p>"
)
TAIL = (
    "<p>Passenger groups welcomed the decision but asked for better lighting at the smaller "
    "stations, where late travellers have complained for years about dark platforms.</p>"
)


def page(head: str = "", body: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Night trains</title>'
        f"{head}</head><body><article><h1>Night trains return for winter</h1>{STORY}{body}"
        f"{TAIL}</article></body></html>"
    )


def scheme(url: str) -> str | None:
    """The scheme once ASCII whitespace and control characters are gone, case-folded; None
    for a relative URL."""
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", re.sub(r"[\x00-\x20\x7f]", "", url))
    return match.group(1).lower() if match else None


def allowed(url: str | None, *, image: bool = False) -> bool:
    if url is None:
        return True
    found = scheme(url)
    if found is None or found in ALLOWED:
        return True
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", url).lower()
    return image and cleaned.startswith("data:image/")


def html_urls(fragment: str) -> list[tuple[str, str, str]]:
    """(tag, attribute, value) of every URL-valued attribute in ``Article.html``."""
    if not fragment.strip():
        return []
    root = etree.fromstring(f"<div>{fragment}</div>", etree.HTMLParser())
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.items():
            if name.lower() in ("href", "src", "srcset", "cite", "action", "poster", "data"):
                found.append((str(element.tag), str(name).lower(), str(value)))
    return found


def markdown_urls(markdown: str) -> list[tuple[str, str]]:
    """(link|image, destination) of ``Article.markdown`` as markdown-it reads it, with its own
    link check and normalisation off: what newsclean wrote, entities decoded."""
    md = MarkdownIt("commonmark").enable("table")
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    found = []
    for token in md.parse(markdown):
        for child in token.children or []:
            if child.type == "link_open":
                found.append(("link", str(child.attrGet("href"))))
            elif child.type == "image":
                found.append(("image", str(child.attrGet("src"))))
    return found


def leaks_in_outputs(markup: str, **options: Any) -> list[str]:
    """Every refused URL in Article.url/.image/.html/.markdown of ``markup``."""
    leaks = []
    for url in (None, CALLER):
        article = extract(markup, url=url, **options)
        where = f"url={url!r}"
        if not allowed(article.url):
            leaks.append(f"Article.url {article.url!r} ({where})")
        if not allowed(article.image, image=True):
            leaks.append(f"Article.image {article.image!r} ({where})")
        for tag, name, value in html_urls(article.html):
            if not allowed(value, image=tag == "img" and name == "src"):
                leaks.append(f"Article.html <{tag} {name}={value!r}> ({where})")
        for kind, value in markdown_urls(article.markdown):
            if not allowed(value, image=kind == "image"):
                leaks.append(f"Article.markdown {kind} {value!r} ({where})")
    return leaks


def _jsonld(**fields: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Night trains"}
    data.update({key: html.unescape(value) for key, value in fields.items()})
    text = json.dumps(data).replace("</", "<\\/")  # no "</script>" inside the script
    return f'<script type="application/ld+json">{text}</script>'


#: Where a page puts a URL newsclean reads, by name: markup around the value, and options.
PLACES: dict[str, tuple[Callable[[str], str], dict[str, Any]]] = {
    "link rel=canonical": (lambda v: page(head=f'<link rel="canonical" href="{v}">'), {}),
    "meta og:url": (lambda v: page(head=f'<meta property="og:url" content="{v}">'), {}),
    "JSON-LD url": (lambda v: page(head=_jsonld(url=v)), {}),
    "meta og:image": (lambda v: page(head=f'<meta property="og:image" content="{v}">'), {}),
    "link rel=image_src": (lambda v: page(head=f'<link rel="image_src" href="{v}">'), {}),
    "JSON-LD image": (lambda v: page(head=_jsonld(image=v)), {}),
    "a href": (lambda v: page(body=f'<p>Read <a href="{v}">the full timetable</a> here.</p>'), {}),
    "area href": (
        lambda v: page(body=f'<p>Map <map><area href="{v}" alt="the map"></map> here.</p>'),
        {},
    ),
    "img src": (
        lambda v: page(body=f'<figure><img src="{v}" alt="A night train"></figure>'),
        {"include_images": True},
    ),
    "img data-src": (
        lambda v: page(body=f'<figure><img data-src="{v}" alt="A night train"></figure>'),
        {"include_images": True},
    ),
    "img srcset": (
        lambda v: page(body=f'<figure><img srcset="{v} 2x" alt="A night train"></figure>'),
        {"include_images": True},
    ),
    "picture source srcset": (
        lambda v: page(
            body=f'<figure><picture><source srcset="{v}"><img alt="A train"></picture></figure>'
        ),
        {"include_images": True},
    ),
    "iframe src (embed link)": (lambda v: page(body=f'<iframe src="{v}"></iframe>'), {}),
    "blockquote cite": (
        lambda v: page(body=f'<blockquote cite="{v}"><p>We are delighted.</p></blockquote>'),
        {},
    ),
    "q cite": (lambda v: page(body=f'<p>She said <q cite="{v}">at last</q> twice.</p>'), {}),
}


@pytest.mark.parametrize("place", list(PLACES))
def test_refused_schemes_never_reach_an_output(place: str) -> None:
    build, options = PLACES[place]
    leaks = []
    for value in [*REFUSED, DATA_SVG] if "img" not in place and "image" not in place else REFUSED:
        leaks += [f"{value!r}: {leak}" for leak in leaks_in_outputs(build(value), **options)]
    assert not leaks, f"{len(leaks)} refused URLs got through:\n" + "\n".join(leaks)


def test_data_images_are_kept_as_image_sources_only() -> None:
    article = extract(
        page(body=f'<figure><img src="{DATA_IMAGE}" alt="A dot"></figure>'), include_images=True
    )
    assert ("img", "src", DATA_IMAGE) in html_urls(article.html)
    assert ("image", DATA_IMAGE) in markdown_urls(article.markdown)
    linked = extract(page(body=f'<p>See <a href="{DATA_IMAGE}">the dot</a> now.</p>'))
    assert not any(value.startswith("data:") for _, _, value in html_urls(linked.html))
    assert "the dot" in linked.html and "the dot" in linked.markdown  # the text stays


@pytest.mark.parametrize(
    "href",
    [
        "https://news.example.com/timetable",
        "HTTPS://NEWS.EXAMPLE.COM/timetable",
        "http://trains.example.org/winter",
        "mailto:desk@example.com",
        "tel:+441234567890",
    ],
)
def test_allowed_links_stay(href: str) -> None:
    article = extract(page(body=f'<p>Read <a href="{href}">the full timetable</a> here.</p>'))
    assert ("a", "href", href) in html_urls(article.html)
    assert ("link", href) in markdown_urls(article.markdown)


def test_relative_links_and_images_resolve_against_the_caller_url() -> None:
    markup = page(
        head='<link rel="canonical" href="https://mirror.example.org/copy/night-trains">',
        body='<p>Read <a href="timetable.html">the timetable</a> and <a href="/about">us</a>.</p>'
        '<figure><img src="img/train.jpg" alt="A night train"></figure>',
    )
    article = extract(markup, url=CALLER, include_images=True)
    urls = html_urls(article.html)
    assert ("a", "href", "https://news.example.com/2024/05/timetable.html") in urls
    assert ("a", "href", "https://news.example.com/about") in urls
    assert ("img", "src", "https://news.example.com/2024/05/img/train.jpg") in urls


SITES = {
    # another site: the caller's URL stands
    "other site": (CALLER, "https://mirror.example.org/copy/night-trains", CALLER),
    "look-alike prefix": (CALLER, "https://news.example.com.attacker.example/x", CALLER),
    "look-alike suffix": (CALLER, "https://notexample.com/2024/05/night-trains.html", CALLER),
    "public suffix co.uk": (
        "https://www.bbc.co.uk/news/1",
        "https://evil.co.uk/news/1",
        "https://www.bbc.co.uk/news/1",
    ),
    # the same site: the canonical link is the better name
    "www and bare": (
        "https://example.com/story?utm_source=feed",
        "https://www.example.com/story",
        "https://www.example.com/story",
    ),
    "sibling subdomain": (
        CALLER,
        "https://www.example.com/2024/05/night-trains.html",
        "https://www.example.com/2024/05/night-trains.html",
    ),
    "http to https": (
        "http://example.com/story",
        "https://www.example.com/story",
        "https://www.example.com/story",
    ),
    "same site under co.uk": (
        "https://www.bbc.co.uk/news/1",
        "https://news.bbc.co.uk/news/1",
        "https://news.bbc.co.uk/news/1",
    ),
    "relative canonical": (
        CALLER,
        "/2024/05/night-trains",
        "https://news.example.com/2024/05/night-trains",
    ),
    # a refused scheme never wins, and never hides the caller's URL
    "javascript": (CALLER, "javascript:alert(1)", CALLER),
    "javascript with a tab entity": (CALLER, "jav&#x09;ascript:alert(1)", CALLER),
    "DATA text/html": (CALLER, "DATA:text/html,<script>alert(1)</script>", CALLER),
    "file": (CALLER, "file:///etc/passwd", CALLER),
}


@pytest.mark.parametrize("case", list(SITES))
def test_caller_url_wins_over_a_canonical_link_elsewhere(case: str) -> None:
    caller, canonical, expected = SITES[case]
    for head in (
        f'<link rel="canonical" href="{canonical}">',
        f'<meta property="og:url" content="{canonical}">',
    ):
        article = extract(page(head=head), url=caller)
        assert article.url == expected, head


def test_without_a_caller_url_the_canonical_link_is_the_url() -> None:
    canonical = "https://www.example.com/2024/05/night-trains.html"
    assert extract(page(head=f'<link rel="canonical" href="{canonical}">')).url == canonical
    assert extract(page(head='<link rel="canonical" href="javascript:alert(1)">')).url is None


def test_refused_image_metadata_falls_through_to_an_allowed_one() -> None:
    markup = page(
        head='<meta property="og:image" content="javascript:alert(1)">'
        '<meta name="twitter:image" content="https://news.example.com/img/train.jpg">'
    )
    assert extract(markup).image == "https://news.example.com/img/train.jpg"
