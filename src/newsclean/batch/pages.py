"""What the batch runner works on: inputs named on the command line, the pages they
hold, and the bytes of a page (gunzipped within a bound)."""

from __future__ import annotations

import zlib

import attrs

from ..errors import InputError

#: File names picked up when walking a directory (each also with ``.gz``).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".xht")


WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


STDIN = "-"


#: A gzip-compressed page larger than this once inflated is refused.
MAX_PAGE_BYTES = 256 * 1024 * 1024


@attrs.frozen
class Input:
    """One input named on the command line or found in a directory.

    ``name`` is where its output goes under ``-o DIR`` (relative to the directory it was
    found in, without the page suffixes).
    """

    source: str
    name: str
    is_warc: bool


@attrs.frozen
class Page:
    """One page to extract: a file to read, or bytes already read (stdin, a WARC record)."""

    source: str
    input: Input
    data: bytes | None = None
    url: str | None = None
    record_id: str | None = None


@attrs.frozen
class ReadFailure:
    """An input that failed before any page could be extracted from it."""

    source: str
    input: Input
    error: str


def read_page(page: Page) -> bytes:
    """The page's bytes, gunzipped when the file is gzip-compressed."""
    if page.data is not None:
        return page.data
    with open(page.source, "rb") as handle:
        data = handle.read()
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, page.source)
    return data


def _gunzip(data: bytes, source: str) -> bytes:
    """Gunzip at most :data:`MAX_PAGE_BYTES`, so a gzip bomb cannot exhaust memory."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, MAX_PAGE_BYTES)
    except zlib.error as exc:
        raise InputError(f"{source}: not a valid gzip file ({exc})") from None
    if inflater.unconsumed_tail:
        raise InputError(f"{source}: more than {MAX_PAGE_BYTES} bytes once gunzipped")
    return out
