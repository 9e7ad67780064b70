"""The explain report: the page itself with the engine's decisions drawn over it.

One self-contained HTML file: the page as parsed, written back through an allow-list
(:mod:`.page_markup`, :mod:`.page_css`), with kept blocks outlined in green, removed
blocks shaded red with the rule's name shown on hover, the body container framed in
blue, and a side panel (:mod:`.panel`) listing the rules that fired, with a search box
and the extracted text.

Safe by construction, twice over: the allow-list writes nothing that runs, fetches or
navigates, and the report's first element is a Content-Security-Policy that allows no
network at all (``data:`` images only), no script but the panel's own (by its hash), no
form submission and no ``<base>``. Each holds without the other; the security tests
(``tests/security``) open every report in Chromium and fail on anything either let
through.
"""

from __future__ import annotations

import html
import re
from typing import Any

from lxml import etree

from ..parse import parse
from .decisions import Explanation
from .locators import ID_ATTRIBUTE, mark_elements
from .page_css import filter_sheet
from .page_markup import Marks, page_attributes, page_markup
from .panel import PANEL_WIDTH, SCRIPT, SCRIPT_HASH, panel

HtmlElement = Any

_CLASSES = {
    "kept": "nc-kept",
    "removed": "nc-removed",
    "body container": "nc-body",
    "standfirst": "nc-body",
    "runner-up container": "nc-runner-up",
    "vetoed": "nc-vetoed",
}
#: Characters of the page's own CSS the report reads (its ``<style>`` elements in order);
#: the sheets past it are left out, and the panel says so. Reading CSS costs about a
#: millisecond per 10 KB here.
MAX_PAGE_CSS = 1024 * 1024
#: A ``media`` attribute the report may wrap a sheet in: a plain media query list.
_MEDIA = re.compile(r"[\w\s,():.\-/]{1,200}")

POLICY = "; ".join(
    (
        "default-src 'none'",
        "img-src data:",
        "style-src 'unsafe-inline'",
        f"script-src '{SCRIPT_HASH}'",
        "form-action 'none'",
        "base-uri 'none'",
        "frame-src 'none'",
        "object-src 'none'",
    )
)

STYLE = f"""
.nc-kept {{ outline: 2px solid #1a7f37 !important; outline-offset: -1px !important; }}
.nc-body {{ outline: 4px solid #0969da !important; outline-offset: -2px !important; }}
.nc-runner-up {{ outline: 3px dashed #9a6700 !important; outline-offset: -2px !important; }}
.nc-removed {{ background-color: rgba(207, 34, 46, 0.28) !important;
  box-shadow: inset 0 0 0 2px rgba(207, 34, 46, 0.9) !important; position: relative; }}
.nc-vetoed {{ box-shadow: inset 0 0 0 2px rgba(154, 103, 0, 0.9) !important; }}
.nc-removed:hover::after {{ content: attr(data-nc-rule) !important; position: absolute;
  left: 0; top: 0; z-index: 2147483646; background: #cf222e; color: #fff;
  font: 12px/1.4 sans-serif; padding: 2px 6px; white-space: nowrap; }}
body {{ margin-right: {PANEL_WIDTH + 12}px !important; }}
html {{ display: block !important; opacity: 1 !important; visibility: visible !important;
  filter: none !important; backdrop-filter: none !important; transform: none !important;
  translate: none !important; scale: none !important; rotate: none !important;
  perspective: none !important; clip-path: none !important; mask: none !important;
  -webkit-mask: none !important; content-visibility: visible !important;
  contain: none !important; container-type: normal !important; zoom: 1 !important;
  will-change: auto !important; mix-blend-mode: normal !important; }}
"""


def build_report(page: str | bytes, explanation: Explanation) -> str:
    """The report for ``page`` (the same input :func:`newsclean.explain` was given)."""
    root = parse(page)
    if root is None:
        root = etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    mark_elements(root)  # same numbering as the explanation: same parse, same order
    marks: Marks = {
        str(block.id): (_CLASSES[block.decision], block.reason, block.decision)
        for block in explanation.blocks
        if not block.line  # a line removed from a block: its holder keeps its own mark
    }
    notes: list[str] = []
    css = _page_css(root, notes)
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    root_attributes = page_attributes(root, marks, ID_ATTRIBUTE)
    body_attributes, content = page_markup(body, marks, ID_ATTRIBUTE)
    title = html.escape(explanation.article.title or "page")
    return (
        f"<!DOCTYPE html>\n<html{root_attributes}><head>"
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        f'<meta charset="utf-8"><title>newsclean report: {title}</title>'
        f"<style>{css}</style><style>{STYLE}</style></head>"
        f"<body{body_attributes}>{content}{panel(explanation, notes)}"
        f"<script>{SCRIPT}</script></body></html>"
    )


def _page_css(root: HtmlElement, notes: list[str]) -> str:
    """The page's ``<style>`` sheets in document order, filtered, up to the size limit
    (sheets a browser would not apply, in ``<noscript>`` or ``<template>``, are skipped)."""
    kept: list[str] = []
    read = 0
    for style in root.iter("style"):
        if any(a.tag in ("noscript", "template") for a in style.iterancestors()):
            continue
        css = style.text or ""
        read += len(css)
        if read > MAX_PAGE_CSS:
            notes.append(f"The page's CSS past {MAX_PAGE_CSS // 1024} KB is left out.")
            break
        media = (style.get("media") or "").strip()
        if media and media.lower() not in ("all", "screen"):
            css = f"@media {media}{{{css}}}" if _MEDIA.fullmatch(media) else ""
        kept.append(filter_sheet(css))
    return "\n".join(sheet for sheet in kept if sheet)
