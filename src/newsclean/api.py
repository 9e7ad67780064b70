"""The public entry point."""

from __future__ import annotations

from .article import Article
from .document import parse
from .engine import extract_tree
from .registry import Registry, default_registry


def extract(
    html: str | bytes,
    *,
    url: str | None = None,
    registry: Registry | None = None,
) -> Article:
    """Extract the article from an HTML page.

    ``html`` is the page as ``str`` or ``bytes`` (bytes are decoded as a browser
    would). ``url`` enables the site rules of its domain. ``registry`` selects a
    rule configuration; by default the built-in rules plus installed packs.
    """
    root = parse(html)
    if root is None:
        return Article()
    rules = (registry or default_registry()).compiled(url)
    return extract_tree(root, rules, url)
