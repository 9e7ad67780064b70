"""The one URL allow-list: what newsclean may hand a caller, or a browser, as a URL.

Every URL that leaves newsclean (``Article.url``, ``Article.image``, the links and images
of ``Article.html`` and ``Article.markdown``, the explain report) goes through
:func:`safe_url` or :func:`web_url`. Schemes are judged as a browser would read them, only
stricter: ASCII whitespace and C0 control characters are removed anywhere before the
scheme is read and case-folded (a browser strips them at the ends and drops tab and newline
inside, so ``jav&#x09;ascript:`` is ``javascript:`` to it), and only the schemes listed
here pass. Anything else (``javascript:``, ``vbscript:``, ``file:``, ``data:text/html``,
``view-source:``, ``intent:``, an unknown ``x:``) is refused, not repaired.

:func:`site_of` tells which site a URL is on without a public suffix list (see its
docstring for where that heuristic errs).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

#: Schemes a link may have.
LINK_SCHEMES = frozenset(("http", "https", "mailto", "tel"))
#: Schemes a page's own address or its lead image may have.
WEB_SCHEMES = frozenset(("http", "https"))
#: What a browser strips from both ends of a URL (C0 controls and space) ...
_ENDS = "".join(chr(code) for code in range(0x21))
#: ... and removes anywhere inside it.
_TAB_OR_NEWLINE = re.compile("[\t\n\r]")
#: What is removed anywhere before judging a scheme: every C0 control, space and DEL.
_INVISIBLE = re.compile("[\x00-\x20\x7f]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
#: An absolute http(s) URL of printable ASCII with a plain host, no ``;`` in its path
#: and a non-empty query and fragment when it has them: resolving it against any base
#: gives it back as it is (``urljoin`` returns it, or splits and joins it unchanged),
#: so :func:`safe_url` takes it as it is. Most URLs pages write look like this.
_PLAIN_WEB_URL = re.compile(
    r"(https?)://[A-Za-z0-9.\-]+(?::[0-9]+)?"
    r"(?:/[^\x00-\x20\x7f?#;]*)?(?:\?[^\x00-\x20\x7f#]+)?(?:#[^\x00-\x20\x7f]+)?"
)


def scheme_of(url: str) -> str | None:
    """The scheme of ``url`` in lower case once ASCII whitespace and control characters
    are gone anywhere; None for a relative URL."""
    # a scheme matched as written has no invisible character to remove
    match = _SCHEME.match(url) or _SCHEME.match(_INVISIBLE.sub("", url))
    return match.group(1).lower() if match else None


def _cleaned(url: str) -> str:
    """``url`` as a browser reads it: ends stripped, tab and newline removed."""
    return _TAB_OR_NEWLINE.sub("", url.strip(_ENDS))


def is_data_image(url: str) -> bool:
    """True for a ``data:image/...`` URL (judged as :func:`scheme_of` judges)."""
    return _INVISIBLE.sub("", url)[:11].lower() == "data:image/"


def safe_url(
    url: str | None,
    base: str | None = None,
    *,
    image: bool = False,
    schemes: frozenset[str] = LINK_SCHEMES,
) -> str | None:
    """``url`` resolved against ``base`` when it is relative, or None when its scheme is
    not in ``schemes``. ``data:image/*`` passes only for an image source (``image``).

    A relative URL stays relative without a base. The result is what a browser would
    use (ends stripped, tab and newline removed), judged once more after resolving.
    """
    if not url:
        return None
    value = _cleaned(url)
    plain = _PLAIN_WEB_URL.fullmatch(value) if value.isascii() else None
    if plain is not None and plain[1] in schemes:
        return value if not base or _splits(base) else None
    if not value or not _allowed(value, image, schemes):
        return None
    try:
        if base:  # as a browser resolves, "https:x.html" too (relative to an https base)
            value = urljoin(base, value)
        urlsplit(value)  # what reads the result later must not fail on it
    except ValueError:  # an invalid IPv6 host ("https://[x/"), for instance
        return None
    return value if _allowed(value, image, schemes) else None


def _splits(url: str) -> bool:
    """True when ``url`` splits into parts (as a base, it must, for anything to resolve)."""
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def _allowed(url: str, image: bool, schemes: frozenset[str]) -> bool:
    scheme = scheme_of(url)
    if scheme is None or scheme in schemes:
        return True
    return image and scheme == "data" and is_data_image(url)


def web_url(url: str | None, base: str | None = None) -> str | None:
    """``url`` as an http(s) address (or relative, without a base): a page or lead image."""
    return safe_url(url, base, schemes=WEB_SCHEMES)


def site_of(url: str | None) -> str | None:
    """The site of ``url``: its host without ``www.``, reduced to the name a company
    registers (``news.example.co.uk`` is on ``example.co.uk``).

    There is no public suffix list behind it, only a rule for two-letter country
    endings: after a second level of at most three letters (``co.uk``, ``com.au``,
    ``org.br``) three labels are kept, otherwise two. So it errs both ways on some
    hosts: two sites under a registry-run longer second level (``a.blogspot.com`` and
    ``b.blogspot.com``, ``x.github.io``) count as one site, and a short real name under
    a country ending (``www.bbc.de`` is fine, but ``shop.bbc.de`` and ``news.bbc.de``
    give ``shop.bbc.de`` and ``news.bbc.de``) counts as two.
    """
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    labels = host.lower().rstrip(".").removeprefix("www.").split(".")
    # a two-letter country ending after a short second level keeps three labels
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


def same_site(url: str, other: str) -> bool:
    """True when both are http(s) URLs on one site (see :func:`site_of`)."""
    if scheme_of(url) not in WEB_SCHEMES or scheme_of(other) not in WEB_SCHEMES:
        return False
    site = site_of(url)
    return site is not None and site == site_of(other)
