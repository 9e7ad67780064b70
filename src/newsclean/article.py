"""The immutable result of an extraction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

import attrs
from lxml import etree

from .metadata.comments import Comment
from .render.clean_tree import Snapshot, clean_tree
from .render.markdown import render_markdown


def _names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _comments(values: Iterable[Comment]) -> tuple[Comment, ...]:
    return tuple(values)


@attrs.frozen
class Article:
    """An extracted article: the body as plain text plus its metadata.

    ``text`` holds one block per paragraph, blocks separated by a blank line. It, the
    Markdown and the metadata strings leave out the layout's invisible hints (soft
    hyphens, zero-width spaces, word joiners, BOMs); ``html`` keeps them.
    ``published``/``modified`` are timezone-aware datetimes when the page gives a
    time with its zone, naive datetimes for a time without a zone, else dates.
    ``lang`` is a BCP 47 primary subtag (``"en"``), from the markup or guessed
    from the text; ``url`` is the canonical URL and ``image`` the lead image,
    both absolute when the page or the caller gives a base URL.
    """

    text: str = ""
    title: str | None = None
    #: the standfirst (dek, summary) set between headline and body; in ``text`` only
    #: when extracted with ``include_standfirst=True``
    standfirst: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_names)
    published: dt.datetime | dt.date | None = None
    modified: dt.datetime | dt.date | None = None
    site_name: str | None = None
    description: str | None = None
    lang: str | None = None
    url: str | None = None
    image: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_names)
    publisher: str | None = None
    #: reader comments, when extracted with ``include_comments=True``
    comments: tuple[Comment, ...] = attrs.field(default=(), converter=_comments)
    _snapshot: Snapshot | None = attrs.field(default=None, repr=False, eq=False, alias="snapshot")
    _rendered: dict[str, str] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    @property
    def html(self) -> str:
        """The body as sanitised HTML (an allow-list of tags and attributes), built on
        first use."""
        return self._render("html")

    @property
    def markdown(self) -> str:
        """The body as CommonMark with GFM tables, built on first use."""
        return self._render("markdown")

    def _render(self, kind: str) -> str:
        done = self._rendered.get(kind)
        if done is None:
            if self._snapshot is None or not self._snapshot.html:
                self._rendered["html"] = self._rendered["markdown"] = ""
                return ""
            tree = clean_tree(self._snapshot)
            self._rendered["markdown"] = render_markdown(tree)
            tree.tag = "article"
            html = etree.tostring(tree, method="html", encoding="unicode")
            self._rendered["html"] = html
            done = self._rendered[kind]
        return done

    def to_dict(self, *, renderings: bool = True) -> dict[str, Any]:
        """Every field, and (unless ``renderings=False``) the Markdown and HTML
        renderings, as JSON-safe values: dates in ISO 8601, tuples as lists."""
        public = [f.name for f in attrs.fields(Article) if not f.name.startswith("_")]
        data = {name: _json_safe(getattr(self, name)) for name in public}
        if renderings:
            data["markdown"] = self.markdown
            data["html"] = self.html
        return data

    def to_json(self, **dumps_options: Any) -> str:
        """:meth:`to_dict` as a JSON string (``dumps_options`` go to :func:`json.dumps`)."""
        dumps_options.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **dumps_options)


def _json_safe(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json_safe(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json_safe(item) for key, item in value.items()}
    if attrs.has(type(value)):
        return {f.name: _json_safe(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value
