"""What the batch runner works on: inputs named on the command line, the pages they
hold, and the bytes of a page (gunzipped within a bound, and only when whole)."""

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

_GZIP_MAGIC = b"\x1f\x8b"


@attrs.frozen
class Input:
    """One input named on the command line or found in a directory.

    ``name`` is its path relative to the run's base directory (the common parent of
    the arguments), with its full file name kept (``sub/story.html.gz``): where its
    output goes under ``-o DIR``, so that no two inputs share an output.
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
    """An input, or a record of an archive, that failed before it could be extracted."""

    source: str
    input: Input
    error: str
    error_type: str = "InputError"
    url: str | None = None
    record_id: str | None = None


def read_page(page: Page) -> bytes:
    """The page's bytes, gunzipped when the file is gzip-compressed."""
    if page.data is not None:
        return page.data
    with open(page.source, "rb") as handle:
        data = handle.read()
    if data[:2] == _GZIP_MAGIC:
        data = gunzip(data)
    return data


def gunzip(data: bytes) -> bytes:
    """Gunzip every member of ``data``, at most :data:`MAX_PAGE_BYTES` in all, so a gzip
    bomb cannot exhaust memory; a stream cut short (no end marker, or no CRC and size
    trailer) is an :class:`InputError`, never part of a page passed as the page."""
    out = bytearray()
    rest = data
    while rest[:2] == _GZIP_MAGIC:  # members follow each other; trailing padding is not one
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, MAX_PAGE_BYTES + 1 - len(out))
        except zlib.error as exc:
            raise InputError(f"not a valid gzip file ({exc})") from None
        if len(out) > MAX_PAGE_BYTES or inflater.unconsumed_tail:
            raise InputError(f"more than {MAX_PAGE_BYTES} bytes once gunzipped")
        if not inflater.eof:
            raise InputError("truncated gzip file: the stream ends before its end marker")
        rest = inflater.unused_data
    return bytes(out)
