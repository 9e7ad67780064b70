"""The security vectors, the news page each is embedded in, and newsclean's outputs for it.

Everything in tests/security that needs newsclean's report goes through :func:`report_html`:
the one place that knows which module builds it (it is moving).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VECTORS = Path(__file__).resolve().parent / "vectors.txt"

#: The option sets every vector is extracted with (the names show in failures).
OPTION_SETS: dict[str, dict[str, Any]] = {
    "default": {},
    "images+links": {"include_images": True, "include_links": True},
    "comments+captions": {"include_comments": True, "include_captions": True},
}

STORY_1 = (
    "The city council voted on Tuesday to extend the night train service through the winter "
    "months, after a year in which ridership rose faster than anyone at the transport "
    "authority had predicted when the trial began."
)
STORY_2 = (
    "Officials said the extra trains would run every forty minutes between midnight and five "
    "in the morning, and that fares would stay the same until the spring review of the "
    "regional budget, which is due in March."
)
STORY_3 = (
    "Passenger groups welcomed the decision but asked for better lighting at the smaller "
    "stations, where late travellers have complained for years about dark platforms and "
    "timetables that nobody can read after sunset."
)

# boilerplate the rules remove, so that the report's panel lists rules (its search box is tested)
_BANNER = (
    '<div class="cookie-banner">This site uses cookies to measure readership. '
    "Close this notice to accept.</div>"
)
_NEWSLETTER = (
    '<div class="newsletter-signup">Sign up for our morning newsletter: the news you need, '
    "every weekday.</div>"
)
_FOOTER = (
    '<footer class="site-footer">Copyright 2024 The Daily Example. All rights reserved.</footer>'
)

_NAMED = {"TAB": "\t", "LF": "\n", "CR": "\r", "FF": "\f", "NUL": "\x00"}
_PLACEHOLDER = re.compile(r"\{\{(URL|HOST|ARTICLE|TAB|LF|CR|FF|NUL|x[0-9A-Fa-f]{2})\}\}")


@dataclass(frozen=True)
class Vector:
    """One payload of vectors.txt."""

    number: int  # 1-based, in file order
    cls: str
    payload: str  # as written in the file, placeholders and directives included
    line: int

    @property
    def id(self) -> str:
        return f"v{self.number:03d}"

    def label(self) -> str:
        short = self.payload if len(self.payload) <= 110 else self.payload[:107] + "..."
        return f"{self.id} (line {self.line}): {short}"


def load_vectors(path: Path = VECTORS) -> list[Vector]:
    vectors: list[Vector] = []
    cls = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("## class:"):
            cls = raw[len("## class:") :].split("--")[0].strip()
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        if cls is None:
            raise ValueError(f"{path}:{number}: payload before the first class line")
        vectors.append(Vector(len(vectors) + 1, cls, raw, number))
    return vectors


def classes(vectors: list[Vector]) -> list[str]:
    return list(dict.fromkeys(v.cls for v in vectors))


def vector_url(vector: Vector, host: str) -> str:
    """Where the vector's page claims to live (given to newsclean as ``url=``)."""
    return f"http://{host}/{vector.id}/story.html"


def news_page(vector: Vector, host: str) -> str:
    """The vector embedded in a small news page whose story the extraction keeps."""
    article = f"<h1>Night trains return for winter</h1><p>{STORY_1}</p><p>{STORY_2}</p>"
    payload = vector.payload
    head, body = "", payload
    if payload.startswith("@page "):
        page = payload[len("@page ") :]
    else:
        if payload.startswith("@head "):
            head, body = payload[len("@head ") :], ""
        page = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Night trains</title>'
            f"{head}</head><body>{_BANNER}<article>{article}{body}<p>{STORY_3}</p>{_NEWSLETTER}"
            f"</article>{_FOOTER}</body></html>"
        )

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "URL":
            return f"http://{host}/{vector.id}/"
        if name == "HOST":
            return host
        if name == "ARTICLE":
            return article + f"<p>{STORY_3}</p>"
        if name in _NAMED:
            return _NAMED[name]
        return chr(int(name[1:], 16))

    return _PLACEHOLDER.sub(fill, page)


# --- newsclean's outputs -----------------------------------------------------------------


def report_html(page: str, *, url: str | None = None, **options: Any) -> str:
    """The explain report of ``page``: the ONE place that imports the report's modules."""
    from newsclean.explain import explain
    from newsclean.explain.report import build_report

    return build_report(page, explain(page, url=url, **options))


def content_page(title: str, body: str) -> str:
    """A minimal page holding a fragment, as a consumer would serve it (no CSP of its own)."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head><body>{body}</body></html>"
    )


def markdown_renderers() -> dict[str, Callable[[str], str]]:
    """How a consumer turns ``Article.markdown`` into HTML, with markdown-it-py.

    ``markdown``: the careful consumer: CommonMark with raw HTML off (``html=False``), GFM
    tables on, markdown-it's own link validation left on. ``markdown-rawhtml``: the
    preset's default (``MarkdownIt()`` has ``html=True``), which many consumers keep: the
    Markdown must then hold no raw HTML of the page's making, i.e. newsclean escapes ``<``.
    """
    from markdown_it import MarkdownIt

    careful = MarkdownIt("commonmark", {"html": False}).enable("table")
    lenient = MarkdownIt("commonmark").enable("table")
    return {"markdown": careful.render, "markdown-rawhtml": lenient.render}


def article_outputs(page: str, *, url: str | None, options: dict[str, Any]) -> dict[str, str]:
    """``Article.html`` and the rendered ``Article.markdown`` as pages, by kind."""
    from newsclean import extract

    article = extract(page, url=url, **options)
    outputs = {"html": content_page("Article", article.html)}
    markdown = article.markdown
    for kind, render in markdown_renderers().items():
        # the same title: where both renderers agree, the page is opened once
        outputs[kind] = content_page("Article", render(markdown))
    return outputs
