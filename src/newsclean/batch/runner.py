"""Extract many pages, in this process or in worker processes (:mod:`.pool`).

Work is sent in chunks (one message per chunk, not per page) and only a few chunks
per worker are out at a time, so memory stays flat however many pages a run has: the
inputs are pulled lazily and results leave in order (or as they come, ``ordered=False``).
"""

from __future__ import annotations

import itertools
import os
import warnings
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import Any

import attrs

from ..api import extract
from ..errors import UnsupportedDirective
from .pages import Input, Page, ReadFailure, read_page
from .pool import WorkerPool

#: Pages per message to a worker.
CHUNK_SIZE = 16
#: Chunks out per worker (being extracted or waiting for an earlier chunk to be written).
CHUNKS_PER_WORKER = 4
#: ``Article`` renderings a record may carry besides its fields.
RENDERINGS = ("markdown", "html")


@attrs.frozen
class PageError:
    """Why a page gave no article: the error's type (``InputError``, ``LimitError``,
    ``OSError``...) and its message."""

    type: str
    message: str

    def __str__(self) -> str:
        return f"{self.type}: {self.message}"


@attrs.frozen
class Result:
    """The outcome of one page: the article's fields, or the error that stopped it.

    ``fields`` are ``Article.to_dict(renderings=False)`` plus the renderings asked for;
    ``record_id`` and ``url`` are the page's WARC record id and target URI, if any.
    """

    source: str
    input: Input
    fields: dict[str, Any] | None = None
    error: PageError | None = None
    record_id: str | None = None
    url: str | None = None

    def record(self) -> dict[str, Any]:
        """The JSON record: ``source``, the WARC ids when present, then the article's
        fields and ``"error": null``, or, for a failed page, ``error`` alone
        (``{"type", "message"}``), so that every input has a record."""
        record: dict[str, Any] = {"source": self.source}
        if self.record_id is not None:
            record["warc_record_id"] = self.record_id
        if self.url is not None:
            record["warc_target_uri"] = self.url
        if self.fields is None:
            error = self.error or PageError("Error", "no result")
            record["error"] = {"type": error.type, "message": error.message}
        else:
            record.update(self.fields)
            record["error"] = None
        return record


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def process_page(
    page: Page | ReadFailure, options: dict[str, Any], renderings: Sequence[str] = ()
) -> Result:
    """Extract one page; any failure becomes ``Result.error``.

    ``renderings`` names ``Article`` renderings (``"markdown"``, ``"html"``) to add to
    the fields.
    """
    if isinstance(page, ReadFailure):
        failure = PageError(page.error_type, page.error)
        return Result(page.source, page.input, None, failure, page.record_id, page.url)
    try:
        data = read_page(page)
        url = options.get("url") or page.url
        article = extract(data, **{**options, "url": url})
        fields = article.to_dict(renderings=False)
        for name in renderings:
            fields[name] = getattr(article, name)
        return Result(page.source, page.input, fields, None, page.record_id, page.url)
    except OSError as exc:
        error = PageError("OSError", f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a page must never end the run; the error is reported
        error = PageError(type(exc).__name__, str(exc))
    return Result(page.source, page.input, None, error, page.record_id, page.url)


def run(
    pages: Iterable[Page | ReadFailure],
    options: dict[str, Any],
    renderings: Sequence[str] = (),
    jobs: int = 1,
    ordered: bool = True,
) -> Generator[Result, None, None]:
    """Extract every page with ``jobs`` processes; yield one :class:`Result` per page.

    Close the iterator (or let it end) to stop the workers; they are also stopped when
    it is interrupted.
    """
    renderings = tuple(renderings)
    chunks = _chunks(pages, CHUNK_SIZE)
    first = next(chunks, [])
    second = next(chunks, None) if jobs > 1 else None
    if second is None:  # one process, or too few pages to be worth starting workers
        for page in itertools.chain(first, itertools.chain.from_iterable(chunks)):
            yield process_page(page, options, renderings)
        return
    pool: WorkerPool[list[Page | ReadFailure], list[Result]] = WorkerPool(
        jobs, _process_chunk, (options, renderings), initializer=_quiet_rule_warnings
    )
    with pool:
        work = itertools.chain([first, second], chunks)
        for results in pool.map(work, ordered=ordered, window=jobs * CHUNKS_PER_WORKER):
            yield from results


def _quiet_rule_warnings() -> None:
    """Workers leave rule-file warnings to the parent, which reports them once a run."""
    warnings.simplefilter("ignore", UnsupportedDirective)


def _process_chunk(
    chunk: list[Page | ReadFailure], options: dict[str, Any], renderings: Sequence[str]
) -> list[Result]:
    return [process_page(page, options, renderings) for page in chunk]


def _chunks(pages: Iterable[Page | ReadFailure], size: int) -> Iterator[list[Page | ReadFailure]]:
    iterator = iter(pages)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
