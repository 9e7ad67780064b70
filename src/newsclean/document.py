"""Turn the caller's input (bytes or str, HTML or a Markdown-saved page) into an lxml tree."""

from __future__ import annotations

import functools
import re
import threading
from typing import Any, AnyStr

import attrs
from lxml import etree

from .encoding import (
    BROWSER_WINDOWS_1252,
    UNDEFINED_IN_WINDOWS_1252,
    sniff_encoding,
    strip_xml_declaration,
)
from .errors import InputError, LimitError
from .markdown_page import looks_like_markdown_page, markdown_page_to_html

HtmlElement = Any

_local = threading.local()
#: libxml2's nesting limit, even with ``huge_tree``.
PARSER_MAX_DEPTH = 2048
MAX_BYTES = 64 * 1024 * 1024
MAX_NODES = 2_000_000
#: C0 controls other than tab, newline and carriage return: libxml2 keeps them in text,
#: but lxml refuses to set such text again (as the pipeline does when it moves text).
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
_EACH_CONTROL_BYTE = tuple(bytes((byte,)) for byte in _CONTROL_BYTES)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _parser(encoding: str | None) -> etree.HTMLParser:
    """One parser per thread and encoding: lxml parsers are not thread-safe."""
    parsers: dict[str | None, etree.HTMLParser] | None = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = {}
    parser = parsers.get(encoding)
    if parser is None:
        parser = etree.HTMLParser(
            encoding=encoding,
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            huge_tree=True,  # deep but legitimate pages must not come back truncated
            default_doctype=False,  # type: ignore[call-arg]  # missing from lxml-stubs
        )
        parsers[encoding] = parser
    return parser


#: Signatures of common non-HTML files that arrive where a page was expected.
_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF media file"),
)


def _refuse_binary(data: bytes, encoding: str) -> None:
    """Raise InputError for data that is plainly not a web page."""
    head = data[:1024]
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise InputError(f"input is {what}, not HTML")
    if not encoding.startswith("utf-16") and not encoding.startswith("utf-32") and b"\x00" in head:
        raise InputError("input is binary data (NUL bytes), not HTML")


def _looks_like_markdown_bytes(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<html" not in head and b"<body" not in head and b"<head" not in head


@attrs.frozen
class Limits:
    """Bounds on what one page may cost; past one, ``extract()`` raises LimitError."""

    #: input size, in bytes (or characters for ``str``)
    max_bytes: int = MAX_BYTES
    #: elements, counted as ``<`` characters before parsing (an upper bound)
    max_nodes: int = MAX_NODES
    #: nesting depth; libxml2 itself stops at 2048
    max_depth: int = PARSER_MAX_DEPTH
    #: attributes on one element (libxml2 checks them pairwise: quadratic time)
    max_attributes: int = 10_000


def check_size(html: str | bytes, limits: Limits) -> None:
    """Raise LimitError before parsing an input past the size, node or attribute limits."""
    size = len(html)
    if size > limits.max_bytes:
        raise LimitError(f"input is {size} bytes, over the limit of {limits.max_bytes}")
    # a page cannot hold more "<" than characters: small pages need no counting
    if isinstance(html, str):
        tags = html.count("<") if size > limits.max_nodes else 0
        widest = _most_attributes(html, limits.max_attributes)
    else:
        data = bytes(html)
        tags = data.count(b"<") if size > limits.max_nodes else 0
        widest = _most_attributes(data, limits.max_attributes)
    if tags > limits.max_nodes:
        raise LimitError(f"input has {tags} tags, over the limit of {limits.max_nodes}")
    if widest > limits.max_attributes:
        raise LimitError(f"an element has over {limits.max_attributes} attributes")


def _most_attributes(html: AnyStr, limit: int) -> int:
    """The attribute count of the fullest tag that may hold over ``limit`` attributes
    (0 when none may).

    An attribute takes at least two characters, so only a tag running ``2 * limit``
    characters before its first ``>`` needs counting; a C-level search finds those.
    Each is then read as libxml2 reads it (a ``>`` inside quotes does not end it)
    and its attributes counted: name, perhaps ``=`` and a quoted or bare value.
    (A tag whose quoted values hold a ``>`` every few kilobytes escapes the search;
    a quote-aware search of every tag reads script and style text as tags, which
    costs more and comes close to the limit on ordinary pages.)
    """
    candidate, whole_tag, attribute = _attribute_patterns(2 * limit, type(html) is bytes)
    widest = 0
    position = 0
    while (hit := candidate.search(html, position)) is not None:
        tag = whole_tag.match(html, hit.start())
        end = tag.end() if tag is not None else hit.end()
        count = sum(1 for _ in attribute.finditer(html, hit.start() + 1, end)) - 1
        widest = max(widest, count)  # less the tag's name, read as a first "attribute"
        position = max(end, hit.start() + 1)
    return widest


@functools.lru_cache(maxsize=8)
def _attribute_patterns(run: int, binary: bool) -> tuple[re.Pattern[Any], ...]:
    sources = (
        "<[A-Za-z][^>]{" + str(run) + "}",
        r"""<[A-Za-z](?:[^>"']++|"[^"]*+"|'[^']*+')*+""",
        r"""[^\s/>"'=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>"']*+))?""",
    )
    return tuple(re.compile(s.encode() if binary else s) for s in sources)


def check_depth(root: HtmlElement, limits: Limits, error_log: Any) -> None:
    """Raise LimitError when the tree nests deeper than allowed."""
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in error_log):
        raise LimitError(f"the page nests deeper than {PARSER_MAX_DEPTH} elements")
    if limits.max_depth < PARSER_MAX_DEPTH:
        too_deep = etree.XPath(f"(//*[count(ancestor::*) >= {limits.max_depth}])[1]")
        if too_deep(root):
            raise LimitError(f"the page nests deeper than {limits.max_depth} elements")


def parse(html: str | bytes, limits: Limits | None = None) -> HtmlElement | None:
    """Parse a page into the root ``<html>`` element, or None for an empty page."""
    limits = limits or Limits()
    if isinstance(html, bytes | bytearray | memoryview | str):
        check_size(html if isinstance(html, str) else bytes(html), limits)
    root = _parse(html)
    if root is not None:
        check_depth(root, limits, _last_error_log())
    return root


def _parse(html: str | bytes) -> HtmlElement | None:
    if isinstance(html, bytes | bytearray | memoryview):
        data = bytes(html)
        if not data or data.isspace():
            return None
        encoding = sniff_encoding(data)
        _refuse_binary(data, encoding)
        # lxml refuses control bytes once parsed; each lookup is a memchr, cheaper than a copy
        if not encoding.startswith(("utf-16", "utf-32")) and any(
            byte in data for byte in _EACH_CONTROL_BYTE
        ):
            data = data.translate(None, _CONTROL_BYTES)
        if encoding == "windows-1252" and UNDEFINED_IN_WINDOWS_1252.search(data):
            return _parse(data.decode(encoding, errors=BROWSER_WINDOWS_1252))
        if _looks_like_markdown_bytes(data):
            text = data.decode(encoding, errors="replace").lstrip("\ufeff")
            if looks_like_markdown_page(text):
                return _parse_text(markdown_page_to_html(text))
        return _parse_bytes(data, encoding)
    if isinstance(html, str):
        if not html.strip():
            return None
        text = strip_xml_declaration(html.lstrip("\ufeff"))
        if _CONTROL_CHARACTERS.search(text):
            text = _CONTROL_CHARACTERS.sub("", text)
        if looks_like_markdown_page(text):
            text = markdown_page_to_html(text)
        return _parse_text(text)
    raise InputError(f"extract() takes str or bytes, not {type(html).__name__}")


def _last_error_log() -> Any:
    parser = getattr(_local, "last", None)
    return parser.error_log if parser is not None else ()


def _parse_bytes(data: bytes, encoding: str) -> HtmlElement | None:
    try:
        _local.last = parser = _parser(encoding)
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, LookupError):
        try:  # libxml2 may not know the codec: decode in Python instead
            _local.last = _parser(None)
            root = etree.fromstring(data.decode(encoding, errors="replace"), _local.last)
        except (etree.XMLSyntaxError, LookupError, ValueError) as exc:
            raise InputError(f"cannot parse the page as HTML: {exc}") from exc
    return root


def _parse_text(text: str) -> HtmlElement | None:
    _local.last = _parser(None)
    try:
        return etree.fromstring(text, _parser(None))
    except (etree.XMLSyntaxError, ValueError) as exc:
        if not text.strip():
            return None
        raise InputError(f"cannot parse the page as HTML: {exc}") from exc
