"""The shared URL allow-list (newsclean.urls) and the decisions taken around it: a caller's
URL with a refused scheme, ``data:`` lead images, ``<base href>`` on another site."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from newsclean import OptionError, extract
from newsclean.urls import is_data_image, safe_url, same_site, scheme_of, site_of, web_url

STORY = (
    "<p>The city council voted on Tuesday to extend the night train service through the "
    "winter months, after a year in which ridership rose faster than anyone had predicted.</p>"
    "<p>Officials said the extra trains would run every forty minutes between midnight and "
    "five in the morning, and that fares would stay the same until the spring review.</p>"
)


def page(head: str = "", body: str = "") -> str:
    return (
        f"<html><head><title>Night trains</title>{head}</head><body><article>"
        f"<h1>Night trains return</h1>{STORY}{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("https://example.com/", "https"),
        ("JaVaScRiPt:alert(1)", "javascript"),
        ("\x01java\tscript:alert(1)", "javascript"),
        (" d a t a :text/html,x", "data"),
        ("/relative/path", None),
        ("story.html?x=a:b", None),
        ("java%09script:alert(1)", None),  # not a scheme: a relative path
    ],
)
def test_scheme_is_read_after_removing_invisible_characters(url: str, scheme: str) -> None:
    assert scheme_of(url) == scheme


def test_safe_url_allow_list() -> None:
    base = "https://news.example.com/a/b.html"
    assert safe_url("c.html", base) == "https://news.example.com/a/c.html"
    assert safe_url("  https://x.example/\n", None) == "https://x.example/"
    assert safe_url("mailto:desk@example.com", base) == "mailto:desk@example.com"
    assert safe_url("javascript:alert(1)", base) is None
    assert safe_url("file:///etc/passwd", base) is None
    assert safe_url("data:image/png;base64,AAAA", base) is None
    assert safe_url("data:image/png;base64,AAAA", base, image=True) == "data:image/png;base64,AAAA"
    assert safe_url("data:text/html,x", base, image=True) is None
    assert safe_url("relative.html") == "relative.html"
    assert safe_url("//[::1", base) is None  # an invalid host: refused, not raised
    assert web_url("mailto:desk@example.com") is None
    assert is_data_image(" DATA:image/gif;base64,R0lG")


def test_sites_without_a_public_suffix_list() -> None:
    assert site_of("https://www.example.com/x") == "example.com"
    assert site_of("https://news.bbc.co.uk/") == "bbc.co.uk"
    assert site_of("https://evil.co.uk/") == "evil.co.uk"
    assert site_of("not a url") is None
    assert same_site("https://example.com/a", "http://www.example.com/b")
    assert not same_site("https://example.com/a", "https://example.com.attacker.example/")
    assert not same_site("javascript://example.com/%0aalert(1)", "https://example.com/")


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///tmp/page.html", "data:text/html,x", "mailto:a@b.c"]
)
def test_a_caller_url_with_a_refused_scheme_is_an_option_error(url: str) -> None:
    with pytest.raises(OptionError, match="url"):
        extract(page(), url=url)


def test_a_data_image_is_never_the_lead_image() -> None:
    markup = page(
        head='<meta property="og:image" content="data:image/png;base64,iVBORw0KGgo=">'
        '<meta name="twitter:image" content="/img/train.jpg">'
    )
    article = extract(markup, url="https://news.example.com/story")
    assert article.image == "https://news.example.com/img/train.jpg"


@pytest.mark.parametrize(
    ("base", "link"),
    [
        # another site: honoured for links, as a browser does; never the page's URL
        ("https://archive.example.org/original/", "https://archive.example.org/original/t.html"),
        # a refused scheme: ignored, links resolve against the caller's URL
        ("javascript:alert(1)//", "https://news.example.com/2024/t.html"),
    ],
)
def test_base_href(base: str, link: str) -> None:
    markup = page(
        head=f'<base href="{base}">',
        body='<p>Read <a href="t.html">the timetable</a> for the winter.</p>',
    )
    article = extract(markup, url="https://news.example.com/2024/story.html")
    assert f'href="{link}"' in article.html
    assert article.url == "https://news.example.com/2024/story.html"


@pytest.mark.parametrize("href", ["https://[2001:db8/story", "https://example.com]/story"])
def test_a_canonical_link_python_cannot_split_is_no_address(href: str) -> None:
    """Such a link is refused like a bad scheme, and the page is still extracted."""
    assert web_url(href) is None and safe_url("/a", base=href) is None
    article = extract(page(f'<link rel="canonical" href="{href}">'))
    assert article.url is None and "night train service" in article.text


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.com/a/b.html",
        "http://news.example.com:8080/a?x=1&y=2#top",
        "https://news.example.com",
        "https://news.example.com/a/./b/../c",
        "https://news.example.com/a?",  # not plain: an empty query is dropped
        "https://news.example.com/a;p",  # not plain: params
        "HTTPS://news.example.com/a",  # not plain: upper-case scheme
    ],
)
def test_plain_urls_resolve_as_urljoin_resolves_them(url: str) -> None:
    """The shortcut for plain absolute URLs gives what resolving them gives."""
    for base in ("https://news.example.com/x/y.html", "http://other.example/", "ftp://h/p"):
        assert safe_url(url, base) == urljoin(base, url)
    assert safe_url("https://news.example.com/a", "https://[x/") is None  # an invalid base
