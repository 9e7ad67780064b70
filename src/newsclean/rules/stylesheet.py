"""Elements the page's own stylesheet hides, read in one pass over its ``<style>`` text.

Only what can be read with certainty without a browser counts:

- rules at the top level of a sheet (a rule inside ``@media`` or ``@supports`` applies
  to some screens only), whose declarations say ``display: none``;
- selectors made of class, id and attribute selectors (optionally with a tag name),
  joined by descendant or child combinators: no pseudo-classes, no tag-only parts,
  nothing about ``html`` or the ``js``/``no-js`` classes a script sets;
- an element is hidden only if no rule anywhere in the sheet (``@media`` included)
  that sets another ``display`` names one of its classes or its id: a tab panel
  shown with ``.panel.active {display: block}``, a sidebar shown from some width up.

The selectors are translated to one XPath by cssselect and evaluated in C.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from cssselect import GenericTranslator, SelectorError
from lxml import etree

HtmlElement = Any

#: At most this many hiding selectors are read from a page (a bound on the work).
MAX_SELECTORS = 200

_COMMENTS = re.compile(r"/\*.*?(?:\*/|$)", re.S)
_AT_RULE = re.compile(r"@[^{};]*\{")
#: ``selectors { declarations }`` without nested blocks.
_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
_HIDES = re.compile(r"(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)", re.I)
_SHOWS = re.compile(r"(?:^|;)\s*display\s*:\s*(?!none)[a-z-]", re.I)
_COMPOUND = (
    r"(?:[a-z][a-z0-9-]*)?(?:[.#][\w-]+|\[[\w-]+(?:[~|^$*]?=(?:\"[^\"]*\"|'[^']*'|[\w-]+))?\])+"
)
_SIMPLE = re.compile(rf"{_COMPOUND}(?:\s*>?\s*{_COMPOUND})*", re.I)
_SCRIPT_SET = re.compile(r"^(?:html\b|\.no-js\b|\.js\b)", re.I)
_NAMES = re.compile(r"[.#]((?:\\.|[\w-])+)")


def hidden_elements(body: HtmlElement, sheets: Iterable[str]) -> list[HtmlElement]:
    """The elements under ``body`` that the style sheets ``sheets`` hide."""
    hiding, shown = _read(sheets)
    if not hiding:
        return []
    xpath = _xpath(tuple(hiding[:MAX_SELECTORS]))
    if xpath is None:
        return []
    found = xpath(body)
    assert isinstance(found, list)
    return [el for el in found if not _named_in(el, shown)]


def _read(sheets: Iterable[str]) -> tuple[list[str], set[str]]:
    """The hiding selectors at the top level, and every class or id name a rule that
    shows something (anywhere in the sheets) names."""
    hiding: list[str] = []
    shown: set[str] = set()
    for sheet in sheets:
        if "none" not in sheet:
            continue
        css = _COMMENTS.sub("", sheet)
        for match in _RULE.finditer(css):
            if _SHOWS.search(match.group(2)):
                shown.update(name.replace("\\", "") for name in _NAMES.findall(match.group(1)))
        for match in _RULE.finditer(_top_level(css)):
            if not _HIDES.search(match.group(2)):
                continue
            for selector in match.group(1).split(","):
                selector = " ".join(selector.split())
                if _SIMPLE.fullmatch(selector) and not _SCRIPT_SET.match(selector):
                    hiding.append(selector)
    return hiding, shown


def _top_level(css: str) -> str:
    """``css`` without its at-rule blocks (``@media``, ``@supports``...), braces balanced."""
    kept: list[str] = []
    position = 0
    while (start := _AT_RULE.search(css, position)) is not None:
        kept.append(css[position : start.start()])
        depth, index = 1, start.end()
        while index < len(css) and depth:
            depth += {"{": 1, "}": -1}.get(css[index], 0)
            index += 1
        position = index
    kept.append(css[position:])
    return "".join(kept)


@functools.lru_cache(maxsize=256)
def _xpath(selectors: tuple[str, ...]) -> etree.XPath | None:
    """One compiled XPath for the union of ``selectors`` (those cssselect cannot read
    are left out); compiled once per distinct set, as a site's pages share their CSS."""
    translator = GenericTranslator()
    parts = []
    for selector in selectors:
        try:
            parts.append(translator.css_to_xpath(selector, prefix="descendant::"))
        except SelectorError:
            continue
    return etree.XPath(" | ".join(parts)) if parts else None


def _named_in(element: HtmlElement, names: set[str]) -> bool:
    """True when a class or the id of ``element`` is among ``names``."""
    if not names:
        return False
    classes = (element.get("class") or "").split()
    return any(name in names for name in classes) or element.get("id") in names
