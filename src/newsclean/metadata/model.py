"""The metadata fields read from a page, as one value."""

from __future__ import annotations

import attrs

from .dates import Moment


@attrs.frozen
class Metadata:
    """The metadata fields read from a page."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: Moment | None = None
    modified: Moment | None = None
    site_name: str | None = None
    description: str | None = None
    lang: str | None = None
    url: str | None = None
    image: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    publisher: str | None = None
    #: the URL relative links resolve against (``<base href>``, else the page's URL)
    base_url: str | None = None
    #: what the page's structured data says of its authors (a JSON-LD ``Person``'s
    #: ``description``): the engine drops the author box repeating it; not an output
    author_bios: tuple[str, ...] = ()
    #: the article's text as the structured data gives it (a JSON-LD ``articleBody``,
    #: a ``HowTo``'s steps), raw pieces, and where it comes from: the engine falls back
    #: on it when the body it finds is short; not an output
    body_fragments: tuple[str, ...] = ()
    body_source: str | None = None
