"""Open documents in headless Chromium, poke at them as a person would, and record what they do.

One browser for the whole run; each document is a real file opened by its ``file://`` URL (the
report's policy and relative URLs depend on it). On each document the harness:

1. opens it and waits for ``load`` and a moment more (``<meta refresh>``, SMIL ``begin="0s"``);
2. reads the DOM, open shadow roots included, for latent dangers (event handler attributes,
   scripts, refused URL schemes, embedding and form elements, ``<meta http-equiv>``,
   ``<base>``, SMIL, clobbering names);
3. for the report: checks that its own panel (``#nc-panel``, whose content may sit in its
   shadow root) is on top and that its search box still filters;
4. hovers then clicks every link, button, input and element with a handler or an ``href``
   (presses Enter in text fields), sweeps the mouse over the page and tabs through it;
5. records every request except the document's own (Playwright's request events and the
   local server's log), dialog, navigation, popup, download, console error, page error, and a
   ``window.__pwned`` set by a payload.

Policies: ``report`` allows nothing but ``data:`` images. ``content`` (Article.html, rendered
Markdown, in a page without CSP as a consumer would serve them) also allows image requests
over http(s), and the navigation a click on a link with an allowed URL makes.
"""

from __future__ import annotations

import contextlib
import http.server
import re
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
ALLOWED_SCHEMES = frozenset(("http", "https", "mailto", "tel"))
_GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)


def url_scheme(value: str) -> str | None:
    """The scheme of ``value`` once ASCII whitespace and control characters are gone, in
    lower case; None for a relative URL."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", value)
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", cleaned)
    return match.group(1).lower() if match else None


# --- the local server every network payload points at ------------------------------------


class Server:
    """A loopback HTTP server answering everything (204, or a 1x1 GIF to image fetches) and
    logging each request's path and time."""

    def __init__(self) -> None:
        hits: list[tuple[float, str, str]] = []
        self.hits = hits

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                hits.append((time.monotonic(), self.command, self.path))
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(min(length, 1 << 20))
                if self.headers.get("Sec-Fetch-Dest") == "image":
                    self.send_response(200)
                    self.send_header("Content-Type", "image/gif")
                    self.send_header("Content-Length", str(len(_GIF)))
                    self.end_headers()
                    self.wfile.write(_GIF)
                else:
                    self.send_response(204)
                    self.end_headers()

            do_GET = do_POST = do_HEAD = do_OPTIONS = do_PUT = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.host = f"127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --- what is recorded ------------------------------------------------------------------------


@dataclass
class Document:
    """One file to open: ``policy`` is ``report`` or ``content``."""

    path: Path
    policy: str
    vector_id: str = ""

    @property
    def url(self) -> str:
        return self.path.as_uri()


@dataclass
class Findings:
    items: list[str] = field(default_factory=list)

    def add(self, kind: str, detail: str, phase: str) -> None:
        line = f"{kind}: {detail[:200]} [{phase}]"
        if line not in self.items:
            self.items.append(line)


# The DOM audit and the target list run in the page's main world, through the prototypes'
# own methods and getters so that clobbered names on document/forms do not fool them.
_PRELUDE = r"""
const D = Document.prototype, E = Element.prototype, N = Node.prototype;
const F = DocumentFragment.prototype;
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const qsa = (root, s) =>
  (root === document ? D : root instanceof ShadowRoot ? F : E).querySelectorAll.call(root, s);
const localName = getter(E, 'localName'), nsURI = getter(E, 'namespaceURI');
const attrsOf = getter(E, 'attributes'), shadowOf = getter(E, 'shadowRoot');
const attrName = getter(Attr.prototype, 'name'), attrValue = getter(Attr.prototype, 'value');
const contains = N.contains, rootOf = N.getRootNode;
// every element, open shadow roots included (the report's panel lives in one)
const walk = (root, out) => {
  for (const el of Array.from(qsa(root, '*'))) {
    out.push(el);
    const shadow = shadowOf.call(el);
    if (shadow) walk(shadow, out);
  }
  return out;
};
const allEls = walk(document, []);
const panels = allEls.filter((el) => E.getAttribute.call(el, 'id') === 'nc-panel');
const panel = panels.length ? panels[panels.length - 1] : null;
const panelShadow = panel !== null ? shadowOf.call(panel) : null;
const inPanel = (el) => panel !== null &&
  (contains.call(panel, el) || (panelShadow !== null && rootOf.call(el) === panelShadow));
// the panel's own elements, inside its shadow root when it has one
const find = (selector) => panel === null ? [] :
  Array.from(qsa(panelShadow !== null ? panelShadow : panel, selector));
const scripts = allEls.filter((el) => localName.call(el) === 'script');
const ownScript = policy === 'report' && scripts.length ? scripts[scripts.length - 1] : null;
// the report may open with its own Content-Security-Policy: the first element of <head>
const head = allEls.find((el) => localName.call(el) === 'head');
const first = head ? getter(E, 'firstElementChild').call(head) : null;
const ownPolicy = policy === 'report' && first !== null && localName.call(first) === 'meta' &&
  (E.getAttribute.call(first, 'http-equiv') || '').toLowerCase() === 'content-security-policy'
  ? first : null;
const own = (el) => el === ownScript || el === ownPolicy || inPanel(el);
const scheme = (v) => {
  const m = /^([A-Za-z][A-Za-z0-9+.\-]*):/.exec(v.replace(/[\x00-\x20\x7f]/g, ''));
  return m ? m[1].toLowerCase() : null;
};
const describe = (el) => {
  const tag = localName.call(el);
  const ns = nsURI.call(el);
  const prefix = ns === 'http://www.w3.org/2000/svg' ? 'svg:' :
    ns === 'http://www.w3.org/1998/Math/MathML' ? 'math:' : '';
  return '<' + prefix + tag + '>';
};
"""

_AUDIT = (
    "(policy) => {"
    + _PRELUDE
    + r"""
const out = [];
const allowed = new Set(['http', 'https', 'mailto', 'tel']);
const urlAttrs = new Set(['href', 'src', 'action', 'formaction', 'poster', 'background', 'data',
  'codebase', 'cite', 'ping', 'srcset', 'imagesrcset', 'lowsrc', 'dynsrc', 'longdesc',
  'manifest', 'xlink:href']);
const embedding = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'fencedframe', 'base', 'link', 'form', 'button', 'select', 'textarea', 'keygen', 'isindex',
  'set', 'animate', 'animatemotion', 'animatetransform', 'discard', 'handler', 'template']);
// names that shadow a property of document when given to the elements document exposes by
// name (own property names only: `in` would see the named properties themselves)
const documentNames = new Set([Document.prototype, HTMLDocument.prototype, Node.prototype,
  EventTarget.prototype, Object.prototype].flatMap((p) => Object.getOwnPropertyNames(p)));
const byName = new Set(['embed', 'form', 'iframe', 'img', 'object']);
const clobbers = (el, lower, name, value) => {
  if (value.startsWith('nc-')) return true;  // the report's own ids
  if (!documentNames.has(value)) return false;
  return name === 'name' ? byName.has(lower) :
    lower === 'object' || (lower === 'img' && E.hasAttribute.call(el, 'name'));
};
for (const el of allEls) {
  if (own(el)) continue;
  const tag = localName.call(el);
  const lower = tag.toLowerCase();
  if (lower === 'script') out.push('script element ' + describe(el));
  if (embedding.has(lower)) out.push('element ' + describe(el));
  if (lower === 'input' && policy === 'content') out.push('element ' + describe(el));
  if (lower === 'input' && policy === 'report') out.push('element ' + describe(el));
  if (policy === 'content' && lower === 'style') out.push('element ' + describe(el));
  for (const attr of Array.from(attrsOf.call(el))) {
    const name = attrName.call(attr).toLowerCase();
    const value = attrValue.call(attr);
    if (name.startsWith('on')) out.push('handler ' + describe(el) + ' ' + name);
    if (lower === 'meta' && name === 'http-equiv') out.push('meta http-equiv=' + value);
    if (urlAttrs.has(name) || name.endsWith(':href')) {
      const s = scheme(value);
      if (s !== null && !allowed.has(s)) {
        const image = name === 'src' && lower === 'img' ||
          (name === 'href' || name === 'xlink:href') && lower === 'image';
        const cleaned = value.replace(/[\x00-\x20\x7f]/g, '');
        if (!(s === 'data' && image && /^data:image\//i.test(cleaned)))
          out.push('refused scheme ' + s + ': in ' + describe(el) + ' ' + name);
      }
    }
    if (name === 'id' || name === 'name') {
      const said = name + '="' + value + '" on ' + describe(el);
      if (policy === 'content') out.push('clobbering-capable ' + said);
      else if (clobbers(el, lower, name, value))
        out.push('clobbering ' + said);
    }
  }
}
if (policy === 'report') {
  if (scripts.length > 1) out.push((scripts.length - 1) + ' script(s) besides the report\'s');
} else if (scripts.length) out.push(scripts.length + ' script(s)');
const pwned = Object.getOwnPropertyDescriptor(window, '__pwned');
let box = null;
if (policy === 'report' && panel !== null) {
  const boxes = find('#nc-search');
  if (boxes.length === 1) {
    E.scrollIntoView.call(boxes[0], {block: 'center'});
    const r = E.getBoundingClientRect.call(boxes[0]);
    box = [r.x + r.width / 2, r.y + r.height / 2, r.width, r.height];
  }
}
return [out, pwned === undefined ? null : String(pwned.value), box];
}"""
)

_TARGETS = (
    "(policy) => {"
    + _PRELUDE
    + r"""
const clickable = new Set(['a', 'area', 'button', 'input', 'select', 'textarea', 'label',
  'summary', 'math', 'mi', 'mrow', 'maction']);
const out = [];
allEls.forEach((el, index) => {
  if (inPanel(el)) return;
  const tag = localName.call(el).toLowerCase();
  let hit = clickable.has(tag);
  let href = null;
  for (const attr of Array.from(attrsOf.call(el))) {
    const name = attrName.call(attr).toLowerCase();
    if (name.startsWith('on') || name === 'tabindex' || name === 'formaction') hit = true;
    if (name === 'href' || name.endsWith(':href')) { hit = true; href = attrValue.call(attr); }
  }
  if (hit) out.push([index, tag, href, E.getAttribute.call(el, 'type')]);
});
return out.slice(0, 40);
}"""
)

_LOCATE = (
    "([policy, index]) => {"
    + _PRELUDE
    + r"""
const el = allEls[index];
if (!el) return null;
E.scrollIntoView.call(el, {block: 'center', inline: 'center'});
const r = E.getBoundingClientRect.call(el);
let href = null;
for (const attr of Array.from(attrsOf.call(el))) {
  const name = attrName.call(attr).toLowerCase();
  if (name === 'href' || name.endsWith(':href')) {
    try { href = new URL(attrValue.call(attr), document.baseURI).href.split('#')[0]; } catch (e) {}
  }
}
return [r.x + r.width / 2, r.y + r.height / 2, r.width, r.height, href];
}"""
)

_REPORT_CHECK = (
    "(policy) => {"
    + _PRELUDE
    + r"""
const out = [];
if (panel === null) return ['no #nc-panel'];
const visible = (el) => {
  const style = getComputedStyle(el);
  const r = E.getBoundingClientRect.call(el);
  return style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0.1
    && r.width > 50 && r.height > 10 && r.x >= 0 && r.x < innerWidth && r.y < innerHeight;
};
if (!visible(panel)) out.push('the panel is not visible');
const r = E.getBoundingClientRect.call(panel);
const top = D.elementFromPoint.call(
  document, r.x + r.width / 2, Math.min(r.y + 40, innerHeight - 5));
if (top === null || !contains.call(panel, top))
  out.push('something covers the panel: ' + (top ? describe(top) : 'nothing'));
const search = find('#nc-search');
if (search.length !== 1 || !visible(search[0])) out.push('the search box is missing or hidden');
const items = find('#nc-rules li');
const shown = items.filter((li) => getComputedStyle(li).display !== 'none');
if (shown.length)
  out.push('the search box does not filter (' + shown.length + ' rules still shown)');
return out;
}"""
)

_IMAGE_SOURCES = r"""() => Array.from(Document.prototype.querySelectorAll.call(document, 'img'))
  .flatMap((img) => [img.currentSrc, img.src])"""

_PWNED = r"""() => {
  const d = Object.getOwnPropertyDescriptor(window, '__pwned');
  return d === undefined ? null : String(d.value);
}"""


class _Slot:
    """One reused page and what the document open in it did."""

    def __init__(self, harness: Harness) -> None:
        self.harness = harness
        self.context = harness.browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.doc: Document | None = None
        self.findings = Findings()
        self.phase = "load"
        self.tag: str | None = None
        self.href: str | None = None
        self.navigated = False
        self.dirty = False  # renew the page before the next document
        self.document_seen = False
        self.seen_requests: set[str] = set()
        self.images: list[tuple[str, str]] = []
        self.followed: set[str] = set()  # allowed links clicked: their navigation may come late
        self.requests: list[tuple[Any, str, str]] = []  # refused requests, reported at the end
        self.blocked: dict[int, str] = {}  # ... and those the browser stopped before sending
        page = self.page
        page.on("request", self._on_request)
        page.on("requestfailed", self._on_request_failed)
        page.on("dialog", self._on_dialog)
        page.on("framenavigated", self._on_navigated)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self._add("page error", str(error)))
        page.on("popup", self._on_popup)
        page.on("download", lambda download: self._add("download", download.url))
        page.on("websocket", lambda socket: self._add("websocket", socket.url))
        page.on("worker", lambda worker: self._add("worker", worker.url))

    # -- events -------------------------------------------------------------------------------

    def _add(self, kind: str, detail: str, phase: str | None = None) -> None:
        if self.doc is not None:
            self.findings.add(kind, detail, phase or self.phase)

    def _following_allowed_link(self) -> bool:
        return (
            self.doc is not None
            and self.doc.policy == "content"
            and self.tag in ("a", "area")
            and self.href is not None
            and url_scheme(self.href) in ALLOWED_SCHEMES | {None}
        )

    def _on_request(self, request: Any) -> None:
        doc = self.doc
        if doc is None:
            return
        url = request.url
        if not self.document_seen and url == doc.url:
            self.document_seen = True
            return
        self.seen_requests.add(url.split("#")[0])
        kind = request.resource_type
        scheme = url_scheme(url) or ""
        if scheme == "data" and kind == "image":
            return
        if doc.policy == "content":
            if kind == "image" and scheme in ("http", "https"):
                self.images.append((url, self.phase))  # allowed if an <img> asked for it
                return
            if request.is_navigation_request() and (
                self._following_allowed_link() or url.split("#")[0] in self.followed
            ):
                return  # following an allowed link is what a link is for
        self.requests.append((request, f"{kind} {url}", self.phase))

    def _on_request_failed(self, request: Any) -> None:
        # Playwright reports the attempt, then the block: the reference is still a finding
        failure = str(request.failure or "").lower()
        if self.doc is not None and failure in ("csp", "origin"):
            self.blocked[id(request)] = "CSP" if failure == "csp" else "the cross-origin check"

    def _on_dialog(self, dialog: Any) -> None:
        self._add("dialog", f"{dialog.type}({dialog.message!r})")
        with contextlib.suppress(Exception):
            dialog.dismiss()

    def _on_navigated(self, frame: Any) -> None:
        doc = self.doc
        if doc is None or frame != self.page.main_frame:
            return
        if frame.url.split("#")[0] == doc.url:
            return  # the document itself, or a fragment of it
        self.navigated = True
        if not self._following_allowed_link() and frame.url.split("#")[0] not in self.followed:
            self._add("navigation", frame.url)

    def _on_console(self, message: Any) -> None:
        if message.type == "error":
            self._add("console error", message.text)

    def _on_popup(self, popup: Any) -> None:
        self._add("popup", popup.url or "(blank)")
        self.harness.popups.append(popup)

    # -- steps --------------------------------------------------------------------------------

    def renew(self) -> None:
        """A fresh context and page: nothing the last document left running (a refresh loop,
        a pending navigation) can reach the next one."""
        with contextlib.suppress(Exception):
            self.context.close()
        self.__init__(self.harness)  # type: ignore[misc]

    def start(self, doc: Document) -> None:
        if self.dirty:
            self.renew()
        self.doc = doc
        self.findings = Findings()
        self.phase, self.tag, self.href = "load", None, None
        self.seen_requests, self.images, self.followed = set(), [], set()
        self.requests, self.blocked = [], {}
        self.started = len(self.harness.server.hits)
        self.open(wait=False)

    def open(self, wait: bool = True) -> None:
        assert self.doc is not None
        self.navigated = False
        self.document_seen = False
        try:
            self.page.goto(self.doc.url, wait_until="load" if wait else "commit", timeout=10_000)
        except Exception as error:
            self._add("load", str(error).splitlines()[0])

    def loaded(self) -> None:
        try:
            self.page.wait_for_load_state("load", timeout=10_000)
        except Exception as error:
            self._add("load", str(error).splitlines()[0])

    def evaluate(self, script: str, argument: Any = None) -> Any:
        """``script`` in the page; None when the page navigated meanwhile."""
        try:
            return self.page.evaluate(script, argument)
        except Exception as error:
            text = str(error)
            if "context was destroyed" in text or "navigat" in text or "closed" in text:
                self.navigated = True
                return None
            self._add("harness", text.splitlines()[0])
            return None

    def pwned(self) -> None:
        value = self.evaluate(_PWNED)
        if value is not None:
            self._add("window.__pwned", value)

    def reopen_if_gone(self) -> None:
        if self.navigated:
            self.pwned()
            self.open()

    def inspect(self) -> None:
        """The DOM audit, and the report's own panel and search box."""
        assert self.doc is not None
        audit = self.evaluate(_AUDIT, self.doc.policy)
        if audit is None:  # it navigated away already
            self.reopen_if_gone()
            audit = self.evaluate(_AUDIT, self.doc.policy) or [[], None, None]
        items, pwned, box = audit
        if pwned is not None:
            self._add("window.__pwned", pwned)
        for item in items:
            self._add("latent", item, "dom")
        if self.doc.policy != "report":
            return
        self.phase = "report search"
        if not box or box[2] * box[3] == 0:
            self._add("report broken", "no single visible #nc-search in the panel")
            return
        try:
            self.page.mouse.click(box[0], box[1])
            self.page.keyboard.insert_text("zzz-no-rule")
        except Exception as error:
            self._add("report broken", str(error).splitlines()[0])
        for problem in self.evaluate(_REPORT_CHECK, self.doc.policy) or []:
            self._add("report broken", problem, "report check")

    def poke(self) -> None:
        """Hover and click every target, then sweep the mouse and tab through the page."""
        assert self.doc is not None
        page = self.page
        self.reopen_if_gone()
        for index, tag, href, kind in self.evaluate(_TARGETS, self.doc.policy) or []:
            self.reopen_if_gone()
            self.phase = f"click <{tag}>" + (f" href={href!r}" if href else "")
            self.tag, self.href = tag, href
            box = self.evaluate(_LOCATE, [self.doc.policy, index])
            if not box or box[2] * box[3] == 0:
                continue
            if self._following_allowed_link() and box[4]:
                self.followed.add(box[4])
            x, y = min(max(box[0], 1), 1279), min(max(box[1], 1), 899)
            try:
                page.mouse.click(x, y)  # moves the mouse there first: hover handlers fire
                if tag == "input" and (kind or "text").lower() in ("text", "search", ""):
                    page.keyboard.press("Enter")
                elif tag == "select":
                    page.keyboard.press("Escape")
                    page.keyboard.press("ArrowDown")
            except Exception as error:
                if "navigat" not in str(error) and "context was destroyed" not in str(error):
                    self._add("harness", str(error).splitlines()[0])
                self.navigated = True
        self.tag = self.href = None
        self.reopen_if_gone()
        self.phase = "hover and keyboard"
        try:
            for x, y in ((5, 5), (1200, 880)):
                page.mouse.move(x, y)
            for _ in range(3):
                page.keyboard.press("Tab")
        except Exception:
            self.navigated = True

    def finish(self) -> list[str]:
        assert self.doc is not None
        doc = self.doc
        self.phase = "end"
        self.pwned()
        if self.images:
            shown = set(self.evaluate(_IMAGE_SOURCES) or [])
            for url, when in self.images:
                if url not in shown:
                    self._add("request", f"image (not an <img>) {url}", when)
        for request, detail, when in self.requests:
            if id(request) in self.blocked:
                self._add(f"request blocked by {self.blocked[id(request)]}", detail, when)
            else:
                self._add("request", detail, when)
        server = self.harness.server
        for _when, method, path in server.hits[self.started :]:
            url = f"http://{server.host}{path}"
            owner = path.split("/")[1] if path.count("/") >= 2 else ""
            if owner == doc.vector_id and url.split("#")[0] not in self.seen_requests:
                self._add("request (server log)", f"{method} {url}", "any")
        items = self.findings.items
        if any(item.startswith("load") or "refresh" in item.lower() for item in items):
            self.dirty = True  # a refresh timer could still fire into the next document
        self.doc = None
        return items


class Harness:
    """Chromium plus the recording. :meth:`check_many` opens a few documents side by side
    (each in its own reused page: loads and waits overlap), :meth:`check` one."""

    #: documents open at once
    WIDTH = 8

    def __init__(self, playwright: Any, server: Server) -> None:
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self.server = server
        self.slots: list[_Slot] = []
        self.popups: list[Any] = []
        self.late: dict[str, list[str]] = {}

    def close(self) -> None:
        self.browser.close()

    def check(self, doc: Document) -> list[str]:
        return self.check_many([doc])[0]

    def check_many(self, docs: list[Document]) -> list[list[str]]:
        """Findings of each of ``docs`` (best from distinct vectors: the server log of a
        request the browser did not report is given to the document of that vector)."""
        results: list[list[str]] = []
        for offset in range(0, len(docs), self.WIDTH):
            batch = docs[offset : offset + self.WIDTH]
            while len(self.slots) < len(batch):
                self.slots.append(_Slot(self))
            slots = self.slots[: len(batch)]
            first_hit = len(self.server.hits)
            for slot, doc in zip(slots, batch, strict=True):
                slot.start(doc)
            for slot in slots:
                slot.loaded()
            slots[0].page.wait_for_timeout(60)  # meta refresh 0, SMIL begin="0s", autofocus
            for slot in slots:
                slot.inspect()
                slot.poke()
            slots[0].page.wait_for_timeout(60)  # what the last clicks set off
            for slot in slots:
                results.append(slot.finish())
            for popup in self.popups:
                with contextlib.suppress(Exception):
                    popup.close()
            self.popups.clear()
            here = {doc.vector_id for doc in batch}
            for _when, method, path in self.server.hits[first_hit:]:
                owner = path.split("/")[1] if path.count("/") >= 2 else ""
                if owner not in here:
                    self.late.setdefault(owner, []).append(
                        f"{method} http://{self.server.host}{path}"
                    )
        return results
