"""The explain report: the page itself with the engine's decisions drawn over it.

One self-contained HTML file: the page as parsed, scripts and every external
resource removed (nothing is fetched when it is opened), its own CSS kept; kept
blocks outlined in green, removed blocks shaded red with the rule's name shown
on hover, the body container framed in blue; a side panel lists the rules that
fired with counts, has a search box, and shows the extracted text.
"""

from __future__ import annotations

import html as html_escape
import re
from typing import Any

from lxml import etree

from ..parse import parse
from .decisions import Explanation
from .locators import ID_ATTRIBUTE, mark_elements

HtmlElement = Any

_CLASSES = {
    "kept": "nc-kept",
    "removed": "nc-removed",
    "body container": "nc-body",
    "runner-up container": "nc-runner-up",
    "vetoed": "nc-vetoed",
}
_EXTERNAL_CSS = re.compile(r"@import[^;]*;|url\(\s*['\"]?(?!data:)[^)]*\)", re.IGNORECASE)
_FETCHING_ATTRIBUTES = ("src", "srcset", "data-src", "poster", "background", "action", "ping")
_REMOVED_TAGS = ("script", "noscript", "iframe", "object", "embed", "video", "audio", "source",
                 "track", "template", "base", "frame", "frameset", "applet")  # fmt: skip

STYLE = """
.nc-kept { outline: 2px solid #1a7f37 !important; outline-offset: -1px; }
.nc-body { outline: 4px solid #0969da !important; outline-offset: -2px; }
.nc-runner-up { outline: 3px dashed #9a6700 !important; outline-offset: -2px; }
.nc-removed { background-color: rgba(207, 34, 46, 0.28) !important;
  box-shadow: inset 0 0 0 2px rgba(207, 34, 46, 0.9) !important; position: relative; }
.nc-vetoed { box-shadow: inset 0 0 0 2px rgba(154, 103, 0, 0.9) !important; }
.nc-removed:hover::after { content: attr(data-nc-rule); position: absolute; left: 0; top: 0;
  z-index: 2147483646; background: #cf222e; color: #fff; font: 12px/1.4 sans-serif;
  padding: 2px 6px; white-space: nowrap; }
#nc-panel { position: fixed; top: 0; right: 0; width: 360px; height: 100vh; overflow: auto;
  z-index: 2147483647; background: #fff; color: #1f2328; border-left: 1px solid #d0d7de;
  font: 13px/1.5 sans-serif; padding: 12px; box-sizing: border-box; }
#nc-panel h2 { font-size: 15px; margin: 8px 0; }
#nc-panel input { width: 100%; box-sizing: border-box; padding: 4px; }
#nc-panel li.nc-hide { display: none; }
#nc-panel pre { white-space: pre-wrap; font: 12px/1.5 sans-serif; }
body { margin-right: 372px !important; }
"""

SCRIPT = """
document.getElementById('nc-search').addEventListener('input', function (event) {
  var needle = event.target.value.toLowerCase();
  document.querySelectorAll('#nc-rules li').forEach(function (item) {
    item.classList.toggle('nc-hide', item.textContent.toLowerCase().indexOf(needle) < 0);
  });
});
"""


def build_report(page: str | bytes, explanation: Explanation) -> str:
    """The report for ``page`` (the same input :func:`newsclean.explain` was given)."""
    root = parse(page)
    if root is None:
        root = etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    mark_elements(root)  # same numbering as the explanation: same parse, same order
    by_id = {el.get(ID_ATTRIBUTE): el for el in root.iter() if isinstance(el.tag, str)}
    for block in explanation.blocks:
        element = by_id.get(str(block.id))
        if element is None:
            continue
        classes = element.get("class", "")
        element.set("class", f"{classes} {_CLASSES[block.decision]}".strip())
        element.set("data-nc-rule", block.reason)
        element.set("data-nc-decision", block.decision)
    _neutralise(root)
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    style = etree.SubElement(head, "style")
    style.text = STYLE
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    body.append(_panel(explanation))
    script = etree.SubElement(body, "script")
    script.text = SCRIPT
    return "<!DOCTYPE html>\n" + etree.tostring(root, method="html", encoding="unicode")


def _neutralise(root: HtmlElement) -> None:
    """Remove scripts, handlers and every reference the browser would fetch."""
    etree.strip_elements(root, *_REMOVED_TAGS, with_tail=False)
    for link in list(root.iter("link")):
        parent = link.getparent()
        if parent is not None:
            parent.remove(link)
    for style in root.iter("style"):
        if style.text:
            style.text = _EXTERNAL_CSS.sub("none", style.text)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        kept = {}
        for name, value in element.items():
            lowered = name.lower()
            if lowered.startswith("on") or lowered in _FETCHING_ATTRIBUTES:
                continue
            if lowered == "style":
                value = _EXTERNAL_CSS.sub("none", value)
            elif lowered == "href" and (
                element.tag != "a" or value.strip().lower().startswith("javascript:")
            ):
                continue
            kept[name] = value
        element.attrib.clear()  # rebuilt: lxml refuses to delete oddly named attributes
        for name, value in kept.items():
            try:
                element.set(name, value)
            except ValueError:
                continue


def _panel(explanation: Explanation) -> HtmlElement:
    counts = explanation.rule_counts()
    rules = "".join(
        f'<li data-rule="{html_escape.escape(name)}">{html_escape.escape(name)} <b>{count}</b></li>'
        for name, count in counts.items()
    )
    kept = sum(1 for b in explanation.blocks if b.decision == "kept")
    removed = sum(1 for b in explanation.blocks if b.decision == "removed")
    article = explanation.article
    markup = (
        '<div id="nc-panel">'
        f"<h2>newsclean: {kept} blocks kept, {removed} removed</h2>"
        f"<p><b>{html_escape.escape(article.title or '(no title)')}</b><br>"
        f"{html_escape.escape(', '.join(article.authors))}</p>"
        '<input id="nc-search" type="search" placeholder="Search rules">'
        f'<h2>Rules that removed blocks</h2><ul id="nc-rules">{rules}</ul>'
        f'<h2>Extracted text</h2><pre id="nc-text">{html_escape.escape(article.text)}</pre>'
        "</div>"
    )
    fragment: HtmlElement = etree.fromstring(markup, etree.HTMLParser()).find(".//div")
    return fragment
