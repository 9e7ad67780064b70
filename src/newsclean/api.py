"""The public entry point: options checked, the page parsed, the engine and the
metadata readers run side by side, and their findings joined into one ``Article``."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from .article import Article
from .dom.page_tags import PageTags
from .engine.extraction import Extraction
from .engine.observer import QUIET, Observer
from .engine.pipeline import run_engine
from .engine.structured import structured_fallback
from .errors import OptionError
from .metadata import (
    Metadata,
    apply_site_selectors,
    read_comment_parts,
    read_comments,
    read_metadata,
)
from .metadata.language import guess_language
from .parse import MAX_BYTES, MAX_NODES, MAX_PAGE_ATTRIBUTES, PARSER_MAX_DEPTH, Limits, parse
from .rules.files import rule_files
from .rules.model import Role
from .rules.registry import Registry, default_registry
from .rules.registry_state import RegistryState
from .settings import Favor, Options, Tuning
from .urls import web_url

RulePaths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


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
    include_title: bool = True,
    include_standfirst: bool = False,
    favor: Favor = "balanced",
    tuning: Tuning | None = None,
    rules: Path | Sequence[Path] | None = None,
    max_bytes: int = MAX_BYTES,
    max_nodes: int = MAX_NODES,
    max_depth: int = PARSER_MAX_DEPTH,
    max_page_attributes: int = MAX_PAGE_ATTRIBUTES,
) -> Article:
    """Extract the article from an HTML page.

    ``html`` is the page as ``str`` or ``bytes`` (bytes are decoded as a browser
    would). ``url`` enables the site rules of its domain and resolves relative
    links. ``registry`` selects a rule configuration; by default the built-in
    rules plus installed packs.

    The other options shape the output: images (``Article.html``/``markdown``),
    links (kept as links there; the text is the same), tables (in every output),
    figure captions (in every output; otherwise dropped as boilerplate), reader
    comments (``Article.comments``, never in the body), the standfirst (the summary
    between headline and body: always ``Article.standfirst``, in the body outputs only
    with ``include_standfirst=True``), the title as a heading at the top of
    ``Article.html``/``markdown`` (never in the text), and ``favor``: lean towards
    ``"precision"`` (less boilerplate) or ``"recall"`` (less lost text). ``tuning``
    replaces the thresholds of ``favor`` with your own :class:`~newsclean.Tuning`.

    ``rules`` names rule files or directories of them (TOML, or FiveFilters site
    configs) applied on top of ``registry``: the caller's rules win.

    Any ``str`` or ``bytes`` gives an ``Article`` (possibly empty) or raises a
    :class:`NewscleanError`: ``InputError`` for what is not HTML, ``LimitError``
    past ``max_bytes`` (input size), ``max_nodes`` (tags), ``max_page_attributes``
    or ``max_depth`` (nesting; at most 2048, libxml2's own limit), ``OptionError`` for
    bad options (a ``url`` other than http(s) or relative, for one). The defaults keep
    the worst page they accept under 256 MB of memory (docs/reliability.md).
    """
    request = make_request(
        url=url,
        registry=registry,
        rules=rules,
        max_bytes=max_bytes,
        max_nodes=max_nodes,
        max_depth=max_depth,
        max_page_attributes=max_page_attributes,
        include_images=include_images,
        include_links=include_links,
        include_tables=include_tables,
        include_captions=include_captions,
        include_comments=include_comments,
        include_title=include_title,
        include_standfirst=include_standfirst,
        favor=favor,
        tuning=tuning,
    )
    return run(html, request)


@attrs.frozen
class Request:
    """One call's configuration, checked: options, limits and the rules in force."""

    options: Options
    limits: Limits
    registry: Registry
    url: str | None = None


def make_request(
    *,
    url: str | None = None,
    registry: Registry | None = None,
    rules: RulePaths | None = None,
    max_bytes: int = MAX_BYTES,
    max_nodes: int = MAX_NODES,
    max_depth: int = PARSER_MAX_DEPTH,
    max_page_attributes: int = MAX_PAGE_ATTRIBUTES,
    tuning: Tuning | None = None,
    **options: Any,
) -> Request:
    """The :class:`Request` for ``extract()``'s keyword options; unknown names and bad
    values are an :class:`OptionError`."""
    known = {field.name for field in attrs.fields(Options)} - {"custom_tuning"}
    unknown = sorted(set(options) - known)
    if unknown:
        raise OptionError(f"unknown option(s): {', '.join(unknown)}")
    if url is not None and (not isinstance(url, str) or web_url(url) is None):
        raise OptionError(f"url must be an http(s) or relative URL, not {url!r}")
    base = registry or default_registry()
    return Request(
        options=Options(**options, custom_tuning=tuning),
        limits=Limits(
            max_bytes=max_bytes,
            max_nodes=max_nodes,
            max_depth=max_depth,
            max_page_attributes=max_page_attributes,
        ),
        registry=base if rules is None else registry_for_files(rules, base),
        url=url,
    )


def run(html: str | bytes, request: Request, observer: Observer = QUIET) -> Article:
    """Parse ``html``, read its metadata and run the engine beside it, reporting the
    engine's decisions to ``observer``; join what they found."""
    options, url = request.options, request.url
    without = frozenset() if not options.include_captions else frozenset((Role.CAPTION,))
    rules = request.registry.compiled(url, without_roles=without)
    root = parse(html, request.limits, ids=rules.reads_ids)
    if root is None:
        return Article()
    observer.parsed(root)
    tags = PageTags(root)  # the one pass collecting what both sides read first
    meta = read_metadata(root, url, tags)
    if rules.metadata_rules:
        meta = apply_site_selectors(meta, root, rules.metadata_selectors())
    found = run_engine(
        root,
        tags,
        rules,
        options,
        headline=meta.title,
        base_url=meta.base_url,
        page_url=meta.url or url,
        authors=meta.authors,
        author_bios=meta.author_bios,
        description=meta.description,
        observer=observer,
    )
    found = structured_fallback(
        found, meta.body_source, meta.body_fragments, meta.description, options, observer
    )
    return _joined(meta, found, heading=meta.title if options.include_title else None)


def _joined(meta: Metadata, found: Extraction, heading: str | None) -> Article:
    """The one place where the metadata and the engine's findings meet (``heading``:
    the title to put above the body in Markdown and HTML, as the page gives it: the
    HTML keeps the layout's hints). The metadata is given as a reader sees it
    (:meth:`Metadata.as_shown`), as the engine's text is rendered."""
    meta = meta.as_shown()
    return Article(
        text=found.text,
        title=meta.title,
        standfirst=found.standfirst,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        description=meta.description,
        lang=meta.lang or guess_language(found.text),
        url=meta.url,
        image=meta.image,
        section=meta.section,
        tags=meta.tags,
        publisher=meta.publisher,
        comments=read_comments(found.comment_sections) or read_comment_parts(found.comment_items),
        snapshot=attrs.evolve(found.snapshot, title=heading),
    )


#: Registries with rule files applied, by (base registry's state, files and their
#: mtimes): a configuration loaded once, not results. The state in the key is the
#: configuration itself, held alive by the key, so a change to the base registry
#: (a new state) never finds a stale entry.
_WITH_FILES: dict[tuple[RegistryState, tuple[tuple[str, float], ...]], Registry] = {}
_WITH_FILES_KEPT = 32
_WITH_FILES_LOCK = threading.Lock()


def registry_for_files(paths: RulePaths, base: Registry) -> Registry:
    """``base`` with the rule files under ``paths`` on top, loaded once per change."""
    listed = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    stamps = tuple((str(p), os.stat(p).st_mtime if os.path.exists(p) else -1.0) for p in listed)
    key = (base.state, stamps)
    registry = _WITH_FILES.get(key)
    if registry is None:
        registry = base.with_files(rule_files(listed))
        with _WITH_FILES_LOCK:
            if len(_WITH_FILES) >= _WITH_FILES_KEPT:
                _WITH_FILES.clear()
            _WITH_FILES[key] = registry
    return registry
