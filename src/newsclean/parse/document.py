"""Turn the caller's input (bytes or str, HTML or a Markdown-saved page) into an lxml tree."""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
import threading
from typing import Any, cast

import attrs
from lxml import etree

from ..errors import InputError, LimitError
from .encoding import (
    BROWSER_WINDOWS_1252,
    UNDEFINED_IN_WINDOWS_1252,
    sniff_encoding,
    strip_xml_declaration,
)
from .markdown_page import looks_like_markdown_page, markdown_page_to_html
from .tag_scan import overfull_tag

HtmlElement = Any

_local = threading.local()
#: libxml2's nesting limit, even with ``huge_tree``.
PARSER_MAX_DEPTH = 2048
# The default size limits keep the worst page they accept to 256 MB of RSS growth in a
# worker with every output rendered (bench/memory_bound.py, docs/reliability.md): about
# 480 bytes per element, 280 per attribute and 6.5 times the input's bytes, so
# 200,000 elements (96 MB) + 200,000 attributes (55 MB) + 12 MiB (82 MB). The largest
# corpus page has 1.6 MB, 10,106 elements, 13,949 attributes and 19,629 "<".
MAX_BYTES = 12 * 1024 * 1024
MAX_NODES = 200_000
MAX_PAGE_ATTRIBUTES = 200_000
#: C0 controls other than tab, newline and carriage return: libxml2 keeps them in text,
#: but lxml refuses to set such text again (as the pipeline does when it moves text).
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
_EACH_CONTROL_BYTE = tuple(bytes((byte,)) for byte in _CONTROL_BYTES)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _parser(encoding: str | None, ids: bool = True) -> etree.HTMLParser:
    """One parser per thread, encoding and ``ids``: lxml parsers are not thread-safe.

    Without ``ids`` libxml2 keeps no table of the page's ``id`` values, which only
    XPath's ``id()`` reads: hashing every value as it parses and unhashing it as each
    attribute is freed cost about 0.3 million instructions a news page."""
    parsers: dict[tuple[str | None, bool], etree.HTMLParser] | None = getattr(
        _local, "parsers", None
    )
    if parsers is None:
        parsers = _local.parsers = {}
    parser = parsers.get((encoding, ids))
    if parser is None:
        parser = etree.HTMLParser(
            encoding=encoding,
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            huge_tree=True,  # deep but legitimate pages must not come back truncated
            default_doctype=False,  # type: ignore[call-arg]  # missing from lxml-stubs
            collect_ids=ids,
        )
        parsers[encoding, ids] = parser
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
    #: attributes on one element (libxml2 walks the list to append each: quadratic time)
    max_attributes: int = 10_000
    #: attributes on the whole page (each costs libxml2 a node: memory)
    max_page_attributes: int = MAX_PAGE_ATTRIBUTES


def check_size(html: str | bytes, limits: Limits) -> None:
    """Raise LimitError before parsing an input past the size or node limits.

    The "<" are counted as the characters a copy without them lacks: the copy finds
    each with ``memchr`` and moves the runs between in blocks, where ``count`` reads
    the page a character at a time (on 30 news pages, 0.36 against 0.86 million
    instructions a page: the copy is freed before the parse, which needs more).
    """
    size = len(html)
    if size > limits.max_bytes:
        raise LimitError(f"input is {size} bytes, over the limit of {limits.max_bytes}")
    # a page cannot hold more "<" than characters: small pages need no counting
    tags = 0
    if size > limits.max_nodes:
        tags = size - len(
            html.replace("<", "") if isinstance(html, str) else html.replace(b"<", b"")
        )
    if tags > limits.max_nodes:
        raise LimitError(f"input has {tags} tags, over the limit of {limits.max_nodes}")


def check_attributes(markup: str | bytes, limits: Limits, encoding: str | None = None) -> None:
    """Raise LimitError before libxml2 builds an element with more than
    ``limits.max_attributes`` attributes, or a page with more than
    ``limits.max_page_attributes``.

    ``markup`` is exactly what libxml2 is given: str, or bytes in ``encoding`` (one
    where markup characters are single ASCII bytes). The tag reader finds every tag
    that may be over the limit, and a count of the characters that can separate
    attributes bounds the page's total; libxml2's own tokenizer, which is linear when
    it only reports tags to a parser target, confirms either before the page is refused.
    """
    limit, total = limits.max_attributes, limits.max_page_attributes
    # an attribute takes two characters at least (a separator and a name): a page
    # under twice a limit long cannot break it, and needs no scan or count
    wide = len(markup) > 2 * limit and overfull_tag(markup, limit) is not None
    if not wide and (len(markup) <= 2 * total or _attribute_bound(markup) <= total):
        return
    widest, count = start_tags(markup, encoding)
    if widest > limit:
        raise LimitError(f"an element has over {limit} attributes")
    if count > total:
        raise LimitError(f"the page has {count} attributes, over the limit of {total}")


#: The characters an attribute can follow (see :func:`_attribute_bound`), all ASCII.
_SEPARATORS = b" \t\n\r\x0c/\"'"


def _attribute_bound(markup: str | bytes) -> int:
    """An upper bound on the page's attributes: each one after a tag's name follows a
    space, a ``/`` or the quote closing the value before it.

    The separators are deleted in one pass (``bytes.translate``, in C) rather than
    counted one character at a time; they are ASCII, so UTF-8 keeps their number.
    """
    data = markup.encode("utf-8", "surrogatepass") if isinstance(markup, str) else markup
    return len(data) - len(data.translate(None, _SEPARATORS))


class _StartTags:
    """A parser target counting the attributes libxml2 gives each start tag."""

    def __init__(self) -> None:
        self.widest = self.total = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.widest = max(self.widest, len(attrib))
        self.total += len(attrib)

    def close(self) -> tuple[int, int]:
        return self.widest, self.total


def start_tags(markup: str | bytes, encoding: str | None = None) -> tuple[int, int]:
    """The most attributes libxml2's tokenizer gives one start tag of ``markup``, and
    how many it gives all of them."""
    target = _StartTags()
    # only start() is defined, so lxml reports nothing else (the stubs expect every event)
    reporting = cast("etree.ParserTarget", target)
    parser = etree.HTMLParser(target=reporting, encoding=encoding, no_network=True, huge_tree=True)
    with contextlib.suppress(etree.XMLSyntaxError, LookupError, ValueError):
        etree.fromstring(markup, parser)  # what was read before an error still counts
    return target.widest, target.total


def widest_start_tag(markup: str | bytes, encoding: str | None = None) -> int:
    """The most attributes libxml2's tokenizer gives one start tag of ``markup``."""
    return start_tags(markup, encoding)[0]


#: The characters the tag reader looks at.
_MARKUP = "<>!?/=\"' \t\n\r\x0c-"
#: Encodings that write ASCII as ASCII but only after a shift sequence.
_SHIFTED = ("iso2022", "hz", "utf_7")


@functools.lru_cache(maxsize=64)
def markup_is_ascii(encoding: str) -> bool:
    """Whether ``encoding`` writes markup characters as their ASCII bytes, so tags can
    be read from the bytes (not UTF-16/32, the ISO-2022 family or EBCDIC)."""
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        return True  # unknown to Python, left to libxml2's iconv: ASCII-based in practice
    if codec.name.startswith(_SHIFTED):
        return False
    try:
        return _MARKUP.encode(codec.name) == _MARKUP.encode("ascii")
    except UnicodeError:
        return False


def check_depth(root: HtmlElement, limits: Limits, error_log: Any) -> None:
    """Raise LimitError when the tree nests deeper than allowed."""
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in error_log):
        raise LimitError(f"the page nests deeper than {PARSER_MAX_DEPTH} elements")
    if limits.max_depth < PARSER_MAX_DEPTH:
        too_deep = etree.XPath(f"(//*[count(ancestor::*) >= {limits.max_depth}])[1]", regexp=False)
        if too_deep(root):
            raise LimitError(f"the page nests deeper than {limits.max_depth} elements")


def parse(
    html: str | bytes, limits: Limits | None = None, *, ids: bool = True
) -> HtmlElement | None:
    """Parse a page into the root ``<html>`` element, or None for an empty page.
    ``ids`` False: the tree keeps no index of ``id`` values, and XPath's ``id()``
    finds nothing in it (for rules none of which calls it: see :func:`_parser`)."""
    limits = limits or Limits()
    if isinstance(html, bytes | bytearray | memoryview | str):
        check_size(html if isinstance(html, str) else bytes(html), limits)
    root = _parse(html, limits, ids)
    if root is not None:
        check_depth(root, limits, _last_error_log())
    return root


def _parse(html: str | bytes, limits: Limits, ids: bool = True) -> HtmlElement | None:
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
            return _parse(data.decode(encoding, errors=BROWSER_WINDOWS_1252), limits, ids)
        if _looks_like_markdown_bytes(data):
            text = data.decode(encoding, errors="replace").lstrip("\ufeff")
            if looks_like_markdown_page(text):
                return _parse_text(markdown_page_to_html(text), limits, ids)
        return _parse_bytes(data, encoding, limits, ids)
    if isinstance(html, str):
        if not html.strip():
            return None
        text = strip_xml_declaration(html.lstrip("\ufeff"))
        if _CONTROL_CHARACTERS.search(text):
            text = _CONTROL_CHARACTERS.sub("", text)
        if looks_like_markdown_page(text):
            text = markdown_page_to_html(text)
        return _parse_text(text, limits, ids)
    raise InputError(f"extract() takes str or bytes, not {type(html).__name__}")


def _last_error_log() -> Any:
    parser = getattr(_local, "last", None)
    return parser.error_log if parser is not None else ()


def _parse_bytes(
    data: bytes, encoding: str, limits: Limits, ids: bool = True
) -> HtmlElement | None:
    if markup_is_ascii(encoding):
        check_attributes(data, limits, encoding)
    else:
        check_attributes(data.decode(encoding, errors="replace"), limits)
    try:
        _local.last = parser = _parser(encoding, ids)
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, LookupError):
        try:  # libxml2 may not know the codec: decode in Python instead
            return _parse_text(data.decode(encoding, errors="replace"), limits, ids)
        except LookupError as exc:
            raise InputError(f"cannot parse the page as HTML: {exc}") from exc
    return root


def _parse_text(text: str, limits: Limits, ids: bool = True) -> HtmlElement | None:
    check_attributes(text, limits)
    _local.last = parser = _parser(None, ids)
    try:
        return etree.fromstring(text, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        if not text.strip():
            return None
        raise InputError(f"cannot parse the page as HTML: {exc}") from exc
