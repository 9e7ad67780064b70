"""Read the HTML responses of a WARC (or ARC) archive with warcio (``newsclean[warc]``).

warcio is a maintained reader that handles gzip members, chunked transfer encoding and
compressed HTTP bodies; newsclean only picks the records worth extracting, and checks
what warcio lets pass: a record that ends before its ``Content-Length`` (an archive cut
short) and a gzip stream without its end marker are failures, not short pages.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO, Any

from ..errors import UsageError
from .pages import MAX_PAGE_BYTES, Input, Page, ReadFailure

#: HTTP ``Content-Type`` values that hold a page (parameters such as charset ignored).
HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_SIZE = 1 << 16


def _archive_iterator() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise UsageError("reading WARC files needs warcio: pip install 'newsclean[warc]'") from None
    return ArchiveIterator


def warc_pages(item: Input) -> Iterator[Page | ReadFailure]:
    """The HTML responses of the archive file ``item``, in file order."""
    try:
        handle = open(item.source, "rb")  # noqa: SIM115 - closed below, after the generator
    except OSError as exc:
        yield ReadFailure(item.source, item, f"cannot read: {exc.strerror or exc}", "OSError")
        return
    with handle:
        yield from archive_pages(handle, item)


def archive_pages(stream: IO[bytes], item: Input) -> Iterator[Page | ReadFailure]:
    """The HTML responses of an archive read from ``stream`` (a file, or bytes in memory).

    A record that cannot be read, or an archive that breaks off, ends in a
    :class:`ReadFailure` rather than an exception, so one bad archive never ends a run.
    """
    archive_iterator = _archive_iterator()
    checked = _GzipCheck(stream)
    is_arc = item.source.lower().endswith((".arc", ".arc.gz"))
    records = number = 0
    cut_record = False
    try:
        for record in archive_iterator(checked, arc2warc=is_arc):
            records += 1
            if not _is_html_response(record):
                continue
            number += 1
            page = _record_page(record, item, number)
            cut_record = isinstance(page, ReadFailure) and page.error.startswith("WARC record")
            yield page
    except Exception:  # warcio raises plain exceptions (even AttributeError) on bad input
        if not records:
            message = "not a valid WARC/ARC file (no readable record at its start)"
        elif checked.at_end:
            message = f"WARC truncated: the archive ends inside record {records + 1}"
        else:
            message = f"not a valid WARC/ARC file (record {records + 1} cannot be read)"
        yield ReadFailure(item.source, item, message)
        return
    if checked.cut and not cut_record:
        message = "WARC truncated: its gzip stream ends before its end marker"
        yield ReadFailure(item.source, item, message)


def _record_page(record: Any, item: Input, number: int) -> Page | ReadFailure:
    """One HTML record as a page, or a failure when it is too large or cut short."""
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{item.source}#{record_id or number}"
    data = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        message = f"record larger than {MAX_PAGE_BYTES} bytes"
        return ReadFailure(source, item, message, url=url, record_id=record_id)
    raw = record.raw_stream
    while raw.read(_READ_SIZE):  # what the content reader left (a body's trailing bytes)
        pass
    missing = getattr(raw, "limit", 0)
    if missing:
        message = (
            f"WARC record truncated: {record.length - missing} of its {record.length} bytes "
            "(the archive ends inside it)"
        )
        return ReadFailure(source, item, message, url=url, record_id=record_id)
    return Page(source, item, data=data, url=url, record_id=record_id)


class _GzipCheck:
    """The archive's bytes as warcio reads them, passed through a second inflater that
    only follows the gzip framing: warcio silently drops a last member cut short, so
    ``cut`` tells whether the stream ended inside a member."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.inflater: Any = None
        self.started = False
        self.in_member = False
        self.at_end = False

    @property
    def cut(self) -> bool:
        return self.at_end and self.in_member

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        if data and not self.started:
            self.started = True
            if data[:2] == b"\x1f\x8b":
                self.inflater = zlib.decompressobj(wbits=31)
        if data and self.inflater is not None:
            self._follow(data)
        elif not data and size != 0:
            self.at_end = True
        return data

    def _follow(self, data: bytes) -> None:
        while data:
            try:  # output is dropped; bounded so that a gzip bomb costs no memory
                self.inflater.decompress(data, _READ_SIZE * 16)
            except zlib.error:
                self.inflater = None  # not gzip after all: warcio will say what it is
                return
            data = self.inflater.unconsumed_tail
            self.in_member = True
            if self.inflater.eof:
                data = self.inflater.unused_data
                self.inflater = zlib.decompressobj(wbits=31)
                self.in_member = False

    def tell(self) -> int:
        return int(self.stream.tell())


def _is_html_response(record: Any) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None:
            return False
        status = headers.get_statuscode()
        if status and not status.startswith("2"):
            return False
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES
