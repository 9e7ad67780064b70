"""The public entry point."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from .article import Article
from .document import MAX_BYTES, MAX_NODES, PARSER_MAX_DEPTH, Limits, parse
from .engine import extract_tree
from .errors import OptionError
from .options import CAPTION_RULES, Favor, Options
from .registry import Registry, default_registry


def extract(
    html: str | bytes,
    *,
    url: str | None = None,
    registry: Registry | None = None,
    include_images: bool = False,
    include_links: bool = True,
    include_tables: bool = True,
    include_captions: bool = False,
    include_comments: bool = False,
    favor: Favor = "balanced",
    rules: Path | Sequence[Path] | None = None,
    max_bytes: int = MAX_BYTES,
    max_nodes: int = MAX_NODES,
    max_depth: int = PARSER_MAX_DEPTH,
) -> Article:
    """Extract the article from an HTML page.

    ``html`` is the page as ``str`` or ``bytes`` (bytes are decoded as a browser
    would). ``url`` enables the site rules of its domain and resolves relative
    links. ``registry`` selects a rule configuration; by default the built-in
    rules plus installed packs.

    The other options shape the output: images (``Article.html``/``markdown``),
    links (kept as links there; the text is the same), tables (in every output),
    figure captions (in every output; otherwise dropped as boilerplate), reader
    comments (``Article.comments``, never in the body), and ``favor``: lean towards
    ``"precision"`` (less boilerplate) or ``"recall"`` (less lost text).

    ``rules`` names rule files or directories of them (TOML, or FiveFilters site
    configs) applied on top of ``registry``: the caller's rules win.

    Any ``str`` or ``bytes`` gives an ``Article`` (possibly empty) or raises a
    :class:`NewscleanError`: ``InputError`` for what is not HTML, ``LimitError``
    past ``max_bytes`` (input size), ``max_nodes`` (tags) or ``max_depth``
    (nesting; at most 2048, libxml2's own limit), ``OptionError`` for bad options.
    """
    options = build_options(
        include_images=include_images,
        include_links=include_links,
        include_tables=include_tables,
        include_captions=include_captions,
        include_comments=include_comments,
        favor=favor,
    )
    limits = Limits(max_bytes=max_bytes, max_nodes=max_nodes, max_depth=max_depth)
    root = parse(html, limits)
    if root is None:
        return Article()
    base = registry or default_registry()
    if rules is not None:
        base = registry_for_files(rules, base)
    without = CAPTION_RULES if include_captions else frozenset()
    return extract_tree(root, base.compiled(url, without=without), url, options)


#: Registries with rule files applied, by (base registry, files and their mtimes): a
#: configuration loaded once, not results.
_WITH_FILES: dict[tuple[int, tuple[tuple[str, float], ...]], Registry] = {}


def registry_for_files(paths: str | Path | Sequence[str | Path], base: Registry) -> Registry:
    """``base`` with the rule files under ``paths`` on top, loaded once per change."""
    from .rulefiles import registry_with

    listed = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    stamps = tuple((str(p), os.stat(p).st_mtime if os.path.exists(p) else -1.0) for p in listed)
    key = (id(base), stamps)
    registry = _WITH_FILES.get(key)
    if registry is None:
        if len(_WITH_FILES) > 32:
            _WITH_FILES.clear()
        registry = _WITH_FILES[key] = registry_with(listed, base)
    return registry


def build_options(**options: Any) -> Options:
    """The :class:`Options` for ``extract()``'s keyword options; unknown names are an
    :class:`OptionError`."""
    known = {field.name for field in attrs.fields(Options)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise OptionError(f"unknown option(s): {', '.join(unknown)}")
    return Options(**options)
