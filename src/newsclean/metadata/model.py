"""The metadata fields read from a page, as one value."""

from __future__ import annotations

from typing import Any

import attrs

from ..dom.hints import without_hints
from .dates import Moment

#: The fields of one line of text a reader is shown, and those holding several.
_TEXT_FIELDS = ("title", "site_name", "description", "section", "publisher")
_TEXTS_FIELDS = ("authors", "tags")


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

    def as_shown(self) -> Metadata:
        """The fields as a reader sees them: without the layout's invisible hints (soft
        hyphens, zero-width spaces: ``dom.hints``). The engine compares the fields as
        read with the page's text, which still holds them."""
        changed: dict[str, Any] = {}
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if value and without_hints(value) is not value:
                changed[name] = shown(value) or None
        for name in _TEXTS_FIELDS:
            values = getattr(self, name)
            if any(without_hints(value) is not value for value in values):
                changed[name] = tuple(dict.fromkeys(filter(None, map(shown, values))))
        return attrs.evolve(self, **changed) if changed else self


def shown(text: str) -> str:
    """``text`` without the layout's hints, the spaces around one closed up."""
    plain = without_hints(text)
    return text if plain is text else " ".join(plain.split())
