"""The report's own side panel: rule counts, a search box and the extracted text, in a
shadow root the page's CSS cannot reach, and the one script of the report.

The panel is a declarative shadow root (``<template shadowrootmode="open">``): no page
selector matches inside it, and its ``:host`` rules are ``!important``, which beats any
rule of the page for the host element itself (the page's ``!important`` is removed
anyway). The script reads nothing through a name the page could have given an element
(``document.getElementById`` can be shadowed by ``<img name=getElementById>``): it calls
the DOM's own methods from their prototypes.
"""

from __future__ import annotations

import base64
import hashlib
import html

from .decisions import Explanation

#: The panel's width in CSS pixels (the page keeps a margin this wide, plus a gutter).
PANEL_WIDTH = 360

PANEL_STYLE = f"""
:host {{ all: initial !important; display: block !important; position: fixed !important;
  top: 0 !important; right: 0 !important; left: auto !important; bottom: auto !important;
  width: {PANEL_WIDTH}px !important; height: 100vh !important; margin: 0 !important;
  z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important;
  transform: none !important; filter: none !important; clip-path: none !important;
  pointer-events: auto !important; }}
.panel {{ height: 100%; overflow: auto; box-sizing: border-box; background: #fff;
  color: #1f2328; border-left: 1px solid #d0d7de; font: 13px/1.5 sans-serif; padding: 12px; }}
h2 {{ font-size: 15px; margin: 8px 0; }}
input {{ width: 100%; box-sizing: border-box; padding: 4px; font: inherit; }}
li.nc-hide {{ display: none; }}
pre {{ white-space: pre-wrap; font: 12px/1.5 sans-serif; }}
.note {{ color: #9a6700; }}
"""

#: Moves the panel out of ``<body>`` (so nothing the page does to its body reaches it)
#: and makes the search box filter the rule list.
SCRIPT = """
(function () {
  'use strict';
  var D = Document.prototype, E = Element.prototype, N = Node.prototype;
  var getter = function (proto, name) {
    return Object.getOwnPropertyDescriptor(proto, name).get;
  };
  var host = D.getElementById.call(document, 'nc-panel');
  var root = getter(E, 'shadowRoot').call(host);
  N.appendChild.call(getter(D, 'documentElement').call(document), host);
  var find = DocumentFragment.prototype.querySelectorAll;
  var search = find.call(root, '#nc-search')[0];
  var items = find.call(root, '#nc-rules li');
  var value = getter(HTMLInputElement.prototype, 'value');
  var text = getter(N, 'textContent'), classes = getter(E, 'classList');
  var toggle = DOMTokenList.prototype.toggle, lower = String.prototype.toLowerCase;
  EventTarget.prototype.addEventListener.call(search, 'input', function () {
    var needle = lower.call(value.call(search));
    for (var i = 0; i < items.length; i++) {
      var label = lower.call(text.call(items[i]));
      toggle.call(classes.call(items[i]), 'nc-hide', label.indexOf(needle) < 0);
    }
  });
})();
"""

#: The script's hash for the report's Content-Security-Policy (the only script it allows).
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()


def panel(explanation: Explanation, notes: list[str]) -> str:
    """The panel's markup: the host element and its shadow root."""
    counts = explanation.rule_counts()
    rules = "".join(
        f'<li data-rule="{html.escape(name)}">{html.escape(name)} <b>{count}</b></li>'
        for name, count in counts.items()
    )
    kept = sum(1 for b in explanation.blocks if b.decision == "kept")
    removed = sum(1 for b in explanation.blocks if b.decision == "removed")
    article = explanation.article
    remarks = "".join(f'<p class="note">{html.escape(note)}</p>' for note in notes)
    return (
        '<nc-report id="nc-panel"><template shadowrootmode="open">'
        f'<style>{PANEL_STYLE}</style><div class="panel" id="nc-panel-inner">'
        f"<h2>newsclean: {kept} blocks kept, {removed} removed</h2>"
        f"<p><b>{html.escape(article.title or '(no title)')}</b><br>"
        f"{html.escape(', '.join(article.authors))}</p>{remarks}"
        '<input id="nc-search" type="search" placeholder="Search rules" aria-label="Search rules">'
        f'<h2>Rules that removed blocks</h2><ul id="nc-rules">{rules}</ul>'
        f'<h2>Extracted text</h2><pre id="nc-text">{html.escape(article.text)}</pre>'
        "</div></template></nc-report>"
    )
