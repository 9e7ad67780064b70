"""Read the HTML responses of a WARC (or ARC) archive with warcio (``newsclean[warc]``).

warcio is a maintained reader that handles gzip members, chunked transfer encoding and
compressed HTTP bodies; newsclean only picks the records worth extracting.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from ..errors import UsageError
from .pages import MAX_PAGE_BYTES, Input, Page, ReadFailure

#: HTTP ``Content-Type`` values that hold a page (parameters such as charset ignored).
HTML_TYPES = ("text/html", "application/xhtml+xml")


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
        yield ReadFailure(item.source, item, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        yield from archive_pages(handle, item)


def archive_pages(stream: IO[bytes], item: Input) -> Iterator[Page | ReadFailure]:
    """The HTML responses of an archive read from ``stream`` (a file, or bytes in memory).

    A record that cannot be read, or an archive that breaks off, ends in a
    :class:`ReadFailure` rather than an exception, so one bad archive never ends a run.
    """
    archive_iterator = _archive_iterator()
    number = 0
    is_arc = item.source.lower().endswith((".arc", ".arc.gz"))
    try:
        for record in archive_iterator(stream, arc2warc=is_arc):
            if not _is_html_response(record):
                continue
            number += 1
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            source = f"{item.source}#{record_id or number}"
            data = record.content_stream().read(MAX_PAGE_BYTES + 1)
            if len(data) > MAX_PAGE_BYTES:
                yield ReadFailure(source, item, f"record larger than {MAX_PAGE_BYTES} bytes")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield Page(source, item, data=data, url=url, record_id=record_id)
    except Exception as exc:  # warcio raises plain exceptions on corrupt archives
        message = f"cannot read WARC: {type(exc).__name__}: {str(exc)[:200]}"
        yield ReadFailure(item.source, item, message)


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
