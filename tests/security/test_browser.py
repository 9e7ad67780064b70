"""Every security vector, through the explain report, Article.html and Article.markdown, in
headless Chromium: nothing may run, fetch, navigate, pop up, download or log an error.

Each vector of vectors.txt is embedded in a small news page and extracted with three option
sets. Its outputs are opened as files (see browserlib for what is done and recorded on each):

- ``report``: the explain report (policy ``report``: nothing but ``data:`` images allowed, not
  even following a link: the report is a picture of the page, not a way into it);
- ``html``: ``Article.html`` in a minimal page without CSP, as a consumer would serve it;
- ``markdown``: ``Article.markdown`` rendered by markdown-it-py the careful way (raw HTML off);
- ``markdown-rawhtml``: the same with markdown-it's default ``html=True``, which many keep.

The three content kinds may load images over http(s) and follow a link whose URL is allowed.
One test per kind and vector class, each listing every offending vector with what it did.
Set NEWSCLEAN_SECURITY_RESULTS=path.json to keep every finding for a closer look.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from browserlib import CHROMIUM, Document, Harness, Server
from vectorlib import (
    OPTION_SETS,
    Vector,
    article_outputs,
    classes,
    load_vectors,
    news_page,
    report_html,
    vector_url,
)

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs playwright (pip install -e '.[test]')"
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)"
)

KINDS = ("report", "html", "markdown", "markdown-rawhtml")
VECTORS = load_vectors()
CLASSES = classes(VECTORS)

#: (kind, vector id, option set) -> findings
Results = dict[tuple[str, str, str], list[str]]


def _documents(host: str) -> Iterator[tuple[tuple[str, str, str], str, str, str]]:
    """(key, policy, vector id, markup) of every document, a vector's all together."""
    for vector in VECTORS:
        page = news_page(vector, host)
        url = vector_url(vector, host)
        for name, options in OPTION_SETS.items():
            yield (
                ("report", vector.id, name),
                "report",
                vector.id,
                report_html(page, url=url, **options),
            )
            for kind, markup in article_outputs(page, url=url, options=options).items():
                yield (kind, vector.id, name), "content", vector.id, markup


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


@pytest.fixture(scope="module")
def harness(server: Server) -> Iterator[Harness]:
    """One Chromium for every test of this module."""
    with sync_api.sync_playwright() as playwright:
        running = Harness(playwright, server)
        yield running
        running.close()


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory, server: Server, harness: Harness) -> Results:
    folder = tmp_path_factory.mktemp("security")
    started = time.monotonic()
    unique: dict[tuple[str, str], Document] = {}  # (policy, digest): the same file, the same result
    key_doc: dict[tuple[str, str, str], tuple[str, str]] = {}
    for key, policy, vector_id, markup in _documents(server.host):
        digest = hashlib.sha1(markup.encode("utf-8", "surrogatepass")).hexdigest()
        if (policy, digest) not in unique:
            path = folder / f"{vector_id}-{key[0]}-{key[2].replace('+', '-')}.html"
            path.write_text(markup, encoding="utf-8", errors="surrogatepass")
            unique[policy, digest] = Document(path, policy, vector_id)
        key_doc[key] = (policy, digest)
    built = time.monotonic() - started
    # side by side, documents of distinct vectors only (see Harness.check_many): a request
    # the server logged but the browser did not report goes to the document of its vector
    queues: dict[str, list[tuple[str, str]]] = {}
    for ident, doc in unique.items():
        queues.setdefault(doc.vector_id, []).append(ident)
    checked: dict[tuple[str, str], list[str]] = {}
    while queues:
        batch = []
        for vector_id in list(queues)[: Harness.WIDTH]:
            batch.append(queues[vector_id].pop(0))
            if not queues[vector_id]:
                del queues[vector_id]
        found_here = harness.check_many([unique[i] for i in batch])
        checked.update(zip(batch, found_here, strict=True))
    found: Results = {key: list(checked[ident]) for key, ident in key_doc.items()}
    for owner, hits in harness.late.items():
        for key in found:
            if key[1] == owner:
                found[key] += [f"request (server log, late; output unknown): {h}" for h in hits]
    opened = len(unique)
    elapsed = time.monotonic() - started
    print(
        f"\nsecurity: {len(VECTORS)} vectors, {len(found)} outputs, {opened} distinct documents;"
        f" built in {built:.0f} s, built and opened in {elapsed:.0f} s"
    )
    target = os.environ.get("NEWSCLEAN_SECURITY_RESULTS")
    if target:
        Path(target).write_text(
            json.dumps(
                {
                    "elapsed": elapsed,
                    "opened": opened,
                    "vectors": {v.id: {"class": v.cls, "payload": v.payload} for v in VECTORS},
                    "findings": {"|".join(k): v for k, v in found.items()},
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return found


def _offences(results: Results, kind: str, vectors: list[Vector]) -> list[str]:
    lines = []
    for vector in vectors:
        by_option = {name: results.get((kind, vector.id, name), []) for name in OPTION_SETS}
        if not any(by_option.values()):
            continue
        lines.append(vector.label())
        distinct = {tuple(f) for f in by_option.values()}
        if len(distinct) == 1:
            lines += [f"    {item}" for item in next(iter(distinct))]
        else:
            for name, items in by_option.items():
                lines += [f"    [{name}] {item}" for item in items]
    return lines


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("kind", KINDS)
def test_vectors_in_chromium(results: Results, kind: str, cls: str) -> None:
    vectors = [v for v in VECTORS if v.cls == cls]
    lines = _offences(results, kind, vectors)
    bad = sum(1 for line in lines if not line.startswith("    "))
    assert not lines, f"{kind}: {bad} of {len(vectors)} {cls} vectors misbehave:\n" + "\n".join(
        lines
    )


def test_there_are_enough_vectors() -> None:
    assert len(VECTORS) >= 300
    assert len({v.payload for v in VECTORS}) == len(VECTORS), "duplicate payloads"


# --- the harness itself sees what a live page does ----------------------------------------

CANARIES: dict[str, tuple[str, str]] = {
    # name: (markup inserted in a page, kind of finding the harness must record)
    "script on load": ("<img src=x onerror=alert(1)>", "dialog"),
    "window property": ("<script>window.__pwned=1</script>", "window.__pwned"),
    "click on a javascript: link": ('<a href="javascript:alert(1)">go</a>', "dialog"),
    "button formaction": (
        '<form><button formaction="javascript:alert(1)">b</button></form>',
        "dialog",
    ),
    "svg link set by SMIL": (
        '<svg><a><set attributeName="href" to="javascript:alert(1)"></set>'
        '<rect width="200" height="40"></rect></a></svg>',
        "dialog",
    ),
    "hover": ('<p onmouseover="alert(1)" style="padding:40px">x</p>', "dialog"),
    "stylesheet": ('<link rel="stylesheet" href="{{URL}}canary.css">', "request"),
    "css image": ('<p style="background:url({{URL}}canary.png)">x</p>', "request"),
    "meta refresh": ('<meta http-equiv="refresh" content="0;url={{URL}}away">', "request"),
    "ping on click": ('<a href="#here" ping="{{URL}}ping">x</a>', "request"),
    "page error": ("<script>undefinedFunction()</script>", "page error"),
    "handler attribute left in the DOM": ('<b onclick="void 0">x</b>', "latent"),
}


@pytest.mark.parametrize("name", list(CANARIES))
def test_the_harness_catches_a_live_page(
    tmp_path: Path, server: Server, harness: Harness, name: str
) -> None:
    markup, expected = CANARIES[name]
    vector = Vector(999, "canary", markup, 0)
    path = tmp_path / "canary.html"
    path.write_text(news_page(vector, server.host), encoding="utf-8")
    findings = harness.check(Document(path, "content", vector.id))
    assert any(f.startswith(expected) for f in findings), findings


def test_the_harness_sees_a_clobbered_report(
    tmp_path: Path, server: Server, harness: Harness
) -> None:
    """A report whose search box is broken by a name that shadows document.getElementById.

    The report's own script calls the DOM's methods from their prototypes, so a page cannot
    break it that way: the breakage is staged on a copy whose script reads
    ``document.getElementById`` as a naive script would (and without the policy, which
    allows only the real script)."""
    page = news_page(Vector(998, "canary", "<p>plain</p>", 0), server.host)
    report = report_html(page)
    naive = (
        "var root = document.getElementById('nc-panel').shadowRoot;"
        "root.getElementById('nc-search').addEventListener('input', function (event) {"
        "  var needle = event.target.value.toLowerCase();"
        "  root.querySelectorAll('#nc-rules li').forEach(function (item) {"
        "    item.classList.toggle('nc-hide', item.textContent.toLowerCase().indexOf(needle) < 0);"
        "  });"
        "});"
    )
    staged = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", report)
    staged = re.sub(r"<script>.*?</script>", f"<script>{naive}</script>", staged, flags=re.S)
    marker = staged.rindex('<nc-report id="nc-panel">')
    clobbered = staged[:marker] + '<img name="getElementById">' + staged[marker:]
    clean_path, bad_path = tmp_path / "clean.html", tmp_path / "clobbered.html"
    clean_path.write_text(report, encoding="utf-8")
    bad_path.write_text(clobbered, encoding="utf-8")
    clean = harness.check(Document(clean_path, "report", "v998"))
    bad = harness.check(Document(bad_path, "report", "v998"))
    assert clean == [], clean
    assert any(f.startswith("report broken") for f in bad), bad
    assert any(f.startswith("page error") for f in bad), bad


def test_the_report_script_survives_clobbering(
    tmp_path: Path, server: Server, harness: Harness
) -> None:
    """The real report with clobbering names put back in by hand (the sanitiser drops
    them): its script still works."""
    page = news_page(Vector(997, "canary", "<p>plain</p>", 0), server.host)
    report = report_html(page)
    marker = report.rindex('<nc-report id="nc-panel">')
    names = '<img name="getElementById"><form name="querySelectorAll"></form><img id="nc-search">'
    path = tmp_path / "clobbered.html"
    path.write_text(report[:marker] + names + report[marker:], encoding="utf-8")
    findings = harness.check(Document(path, "report", "v997"))
    assert not [f for f in findings if not f.startswith("latent")], findings
