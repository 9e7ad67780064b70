"""Read a page saved as Markdown with raw HTML blocks (as pandoc writes HTML) as a page.

Raw HTML lines pass through untouched; the Markdown between them (paragraphs
at blank lines, ``#`` headings, ``-``/``1.`` lists, ``[text](url)`` links,
``![alt](src)`` images, emphasis and backslash escapes) becomes HTML. Images
become ``<img alt>`` so that a caption pandoc tucked into the alt text stays
out of the visible text, as it was on the page.
"""

from __future__ import annotations

import html
import re

from ..dom.tags import MARKDOWN_HTML_BLOCKS

_HTML_HEAD = re.compile(r"<(?:!doctype|html|head|body)\b", re.IGNORECASE)
#: Elements whose tags stand as their own lines; inline tags (span, a, em) belong to text.
_BLOCK_NAMES = "|".join(sorted(MARKDOWN_HTML_BLOCKS, key=lambda name: (-len(name), name)))
_HTML_LINE = re.compile(rf"^\s*(?:</?(?:{_BLOCK_NAMES})(?=[\s/>])|<!--)", re.IGNORECASE)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+(.*)|\s*$)")
_MARKDOWN_SIGNS = re.compile(
    r"^\s{0,3}#{1,6}\s|\]\([^)\s]*\)|^\s*[-*+]\s|^\s*\d+\.\s", re.MULTILINE
)
_IMAGE = re.compile(r"!\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*([^)\s]*)(?:\s+\"[^\"]*\")?\s*\)", re.S)
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*([^)\s]*)(?:\s+\"[^\"]*\")?\s*\)", re.S)
_TAG = re.compile(r"(<!--.*?-->|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>)", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|\"'~])")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_AMPERSAND = re.compile(r"&(?!#?\w+;)")


def looks_like_markdown_page(text: str) -> bool:
    """True for Markdown with HTML blocks, False for an ordinary HTML document or fragment."""
    head = text[:2048]
    if _HTML_HEAD.search(head):
        return False
    sample = text[:20000]
    if not _MARKDOWN_SIGNS.search(sample):
        return False
    # an HTML fragment has its text inside tags; Markdown has blank-line separated blocks
    return "\n\n" in sample


#: pandoc keeps ARIA attributes and roles it has no place for as data-*; give them back.
_PANDOC_DATA_ATTRIBUTES = re.compile(r"(<[A-Za-z][^<>]*?\s)data-(aria-[\w-]+|role)=")


def markdown_page_to_html(text: str) -> str:
    """An HTML document for a Markdown page with raw HTML blocks.

    One line-by-line state machine (open paragraph, list stack, list item), kept
    as one function so that every transition is in view.
    """
    text = _restore_attributes(text)
    out: list[str] = ["<html><body>"]
    paragraph: list[str] = []
    list_stack: list[tuple[int, str]] = []  # (indent, "ul"|"ol")
    item: list[str] | None = None

    def flush_paragraph() -> None:
        if paragraph:
            out.append("<p>" + _inline(" ".join(paragraph)) + "</p>")
            paragraph.clear()

    def flush_item() -> None:
        nonlocal item
        if item is not None:
            out.append(_inline(" ".join(item)) + "</li>")
            item = None

    def close_lists(to_indent: int = -1) -> None:
        flush_item()
        while list_stack and list_stack[-1][0] > to_indent:
            out.append(f"</{list_stack.pop()[1]}>")

    for line in text.splitlines():
        if not line.strip():
            flush_paragraph()
            flush_item()
            continue
        if _HTML_LINE.match(line):
            flush_paragraph()
            close_lists()
            out.append(line.strip())
            continue
        heading = _HEADING.match(line)
        if heading and item is None:
            flush_paragraph()
            close_lists()
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
            continue
        entry = _ITEM.match(line)
        if entry:
            flush_paragraph()
            flush_item()
            indent = len(entry.group(1).expandtabs(4))
            kind = "ul" if line.strip()[0] in "-*+" else "ol"
            while list_stack and list_stack[-1][0] > indent:
                out.append(f"</{list_stack.pop()[1]}>")
            if not list_stack or list_stack[-1][0] < indent:
                list_stack.append((indent, kind))
                out.append(f"<{kind}>")
            out.append("<li>")
            item = [entry.group(2) or ""]
            continue
        if item is not None:
            item.append(line.strip())
            continue
        if list_stack and line.startswith(" "):
            item = [line.strip()]  # a continuation after a blank line inside a list item
            out.append("<li>")
            continue
        close_lists()
        paragraph.append(line.strip())
    flush_paragraph()
    close_lists()
    out.append("</body></html>")
    return "\n".join(out)


def _restore_attributes(text: str) -> str:
    previous = None
    while previous != text:  # several attributes in one tag need several passes
        previous = text
        text = _PANDOC_DATA_ATTRIBUTES.sub(r"\1\2=", text)
    return text


def _image(match: re.Match[str]) -> str:
    alt = " ".join(_TAG.sub(" ", match.group(1)).split())
    alt = html.escape(html.unescape(_ESCAPE.sub(r"\1", alt)), quote=True)
    return f'<img src="{html.escape(match.group(2), quote=True)}" alt="{alt}">'


def _link(match: re.Match[str]) -> str:
    return f'<a href="{html.escape(match.group(2), quote=True)}">{match.group(1)}</a>'


def _inline(text: str) -> str:
    text = _IMAGE.sub(_image, text)
    text = _LINK.sub(_link, text)
    parts = _TAG.split(text)
    for i in range(0, len(parts), 2):  # even parts are text, odd parts are tags
        part = _ESCAPE.sub(lambda m: "\x00" + str(ord(m.group(1))) + "\x01", parts[i])
        part = _AMPERSAND.sub("&amp;", part).replace("<", "&lt;").replace(">", "&gt;")
        part = _STRONG.sub(r"<strong>\1</strong>", part)
        part = _EMPHASIS.sub(r"<em>\1</em>", part)
        parts[i] = re.sub(
            "\x00(\\d+)\x01", lambda m: html.escape(chr(int(m.group(1))), quote=False), part
        )
    return "".join(parts)
