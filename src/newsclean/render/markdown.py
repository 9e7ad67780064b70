"""Render the clean article tree as CommonMark with GitHub's tables and strikethrough.

Blocks are separated by a blank line; lists nest by indentation; tables become
GFM pipe tables (the first row is the header); images are ``![alt](src)`` and
links inline. Text is escaped so that it reads back as the same blocks. The layout's
invisible hints (soft hyphens, zero-width spaces: ``dom.hints``) go, as from the text.
"""

from __future__ import annotations

import re
from typing import Any

from ..dom.hints import without_hints
from ..dom.tags import OUTPUT_BLOCKS

HtmlElement = Any

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_EMPHASIS = {"em": "*", "i": "*", "strong": "**", "b": "**", "del": "~~", "s": "~~"}
_INLINE_ESCAPE = re.compile(r"([\\`*_\[\]<>|~])")
_SPACES = re.compile(r"[ \t\r\n]+")
_RUNS_OF_SPACES = re.compile(r" {2,}")
#: Characters that would start a block when they begin a line.
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d{1,9}[.)])(?=\s|$)", re.MULTILINE)
_BLOCK_TAGS = OUTPUT_BLOCKS | {"img", "figcaption"}


def render_markdown(root: HtmlElement) -> str:
    """The Markdown of the clean tree ``root`` (its children are the article's blocks)."""
    blocks = _blocks(root)
    return "\n\n".join(block for block in blocks if block.strip())


def _blocks(container: HtmlElement) -> list[str]:
    blocks: list[str] = []
    inline: list[HtmlElement | str] = []
    if container.text and container.text.strip():
        inline.append(container.text)
    for child in container:
        if child.tag in _BLOCK_TAGS or child.tag in ("li", "dt", "dd"):
            if inline:
                blocks.append(_paragraph(inline))
                inline = []
            blocks.extend(_block(child))
        else:
            inline.append(child)
        if child.tail and child.tail.strip():
            inline.append(child.tail)
    if inline:
        blocks.append(_paragraph(inline))
    return blocks


def _paragraph(pieces: list[HtmlElement | str]) -> str:
    text = "".join(_escape(p) if isinstance(p, str) else _inline(p) for p in pieces)
    return _tidy(text)


def _block(element: HtmlElement) -> list[str]:
    tag = element.tag
    if tag in _HEADINGS:
        return ["#" * _HEADINGS[tag] + " " + _tidy(_inline_content(element)).replace("\n", " ")]
    if tag in ("p", "figcaption", "dd"):
        return _blocks(element)
    if tag == "dt":
        return ["**" + _tidy(_inline_content(element)) + "**"]
    if tag == "hr":
        return ["---"]
    if tag == "img":
        return [_image(element)]
    if tag == "pre":
        return [_fenced("".join(element.itertext()))]
    if tag in ("ul", "ol"):
        return [_list(element)]
    if tag == "li":
        return [_list_item(element, "- ")]
    if tag == "blockquote":
        inner = "\n\n".join(_blocks(element))
        return ["\n".join(("> " + line).rstrip() for line in inner.split("\n"))]
    if tag == "table":
        return [_table(element)]
    return _blocks(element)  # figure, dl


def _list(element: HtmlElement) -> str:
    ordered = element.tag == "ol"
    start = int(element.get("start") or 1) if (element.get("start") or "1").isdigit() else 1
    items = [child for child in element if child.tag == "li"]
    lines = []
    for number, item in enumerate(items, start=start):
        marker = f"{number}. " if ordered else "- "
        lines.append(_list_item(item, marker))
    return "\n".join(lines)


def _list_item(item: HtmlElement, marker: str) -> str:
    body = "\n\n".join(b for b in _blocks(item) if b.strip()) or ""
    indent = " " * len(marker)
    lines = body.split("\n")
    first = marker + lines[0] if lines[0] else marker.rstrip()
    rest = [(indent + line) if line else "" for line in lines[1:]]
    return "\n".join([first, *rest])


def _fenced(code: str) -> str:
    code = without_hints(code)
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{code.strip(chr(10))}\n{fence}"


def _table(table: HtmlElement) -> str:
    rows = [row for row in table.iter("tr")]
    if not rows:
        return ""
    grid = [_cells(row) for row in rows]
    width = max(len(cells) for cells in grid)
    grid = [cells + [""] * (width - len(cells)) for cells in grid]
    header, body = grid[0], grid[1:]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(cells) + " |" for cells in body]
    return "\n".join(lines)


def _cells(row: HtmlElement) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in ("td", "th"):
            continue
        text = _tidy(_inline_content(cell)).replace("\n", " ")
        cells.append(text)
        span = cell.get("colspan") or "1"
        cells.extend([""] * (int(span) - 1 if span.isdigit() and 0 < int(span) < 50 else 0))
    return cells


def _inline_content(element: HtmlElement) -> str:
    parts = [_escape(element.text or "")]
    for child in element:
        parts.append(_inline(child))
        parts.append(_escape(child.tail or ""))
    return "".join(parts)


def _inline(element: HtmlElement) -> str:
    tag = element.tag
    if tag == "br":
        return "\\\n"
    if tag == "img":
        return _image(element)
    if tag == "code":
        return _code_span("".join(element.itertext()))
    content = _inline_content(element)
    if tag == "a":
        href = element.get("href")
        label = content.strip() or _escape(href or "")
        return f"[{label}]({_destination(href)})" if href else content
    mark = _EMPHASIS.get(tag)
    if mark and content.strip():
        stripped = content.strip()
        lead = " " if content[:1].isspace() else ""
        trail = " " if content[-1:].isspace() else ""
        return f"{lead}{mark}{stripped}{mark}{trail}"
    if tag in _BLOCK_TAGS or tag in ("li", "dt", "dd"):
        return " " + content + " "
    return content


def _image(img: HtmlElement) -> str:
    alt = _escape(" ".join((img.get("alt") or "").split()))
    return f"![{alt}]({_destination(img.get('src') or '')})"


def _destination(url: str) -> str:
    if re.search(r"[\s()<>]", url):
        return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"
    return url


def _code_span(code: str) -> str:
    code = " ".join(without_hints(code).split("\n"))
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * (longest + 1)
    padding = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{ticks}{padding}{code}{padding}{ticks}"


def _escape(text: str) -> str:
    if not text:
        return ""
    text = without_hints(text)
    if "\n" in text or "  " in text or "\t" in text or "\r" in text:
        text = _SPACES.sub(" ", text)
    return _INLINE_ESCAPE.sub(r"\\\1", text) if _INLINE_ESCAPE.search(text) else text


def _tidy(text: str) -> str:
    """Collapse spaces, trim each line, and escape what would start a block."""
    if "\n" in text:
        text = "\n".join(_RUNS_OF_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    else:
        text = _RUNS_OF_SPACES.sub(" ", text)
    text = text.strip()
    return _LINE_START.sub(_escape_line_start, text) if _LINE_START.search(text) else text


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():  # "2024." would start an ordered list: escape its dot
        return match.group(1) + marker[:-1] + "\\" + marker[-1]
    return match.group(1) + "\\" + marker
