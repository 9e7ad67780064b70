"""Extract many pages, in this process or in a pool of worker processes.

Work is sent in chunks (one message per chunk, not per page) and at most a few chunks
per worker are in flight, so memory stays flat however many pages a run has: the
inputs are pulled lazily and results leave in order (or as they come, ``ordered=False``).
Workers are spawned, so this runs the same on Linux, macOS and Windows.
"""

from __future__ import annotations

import concurrent.futures as futures
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from ..api import extract
from .pages import Input, Page, ReadFailure, read_page

#: Pages per message to a worker.
CHUNK_SIZE = 16
#: Chunks in flight per worker: enough to keep every worker busy, few enough to stay small.
CHUNKS_PER_WORKER = 4


@attrs.frozen
class Result:
    """The outcome of one page: a record for the output, or the error that stopped it."""

    source: str
    input: Input
    record: dict[str, Any] | None = None
    error: str | None = None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def process_page(page: Page | ReadFailure, options: dict[str, Any], body: str) -> Result:
    """Extract one page into its output record; any failure becomes ``Result.error``."""
    if isinstance(page, ReadFailure):
        return Result(page.source, page.input, error=page.error)
    try:
        data = read_page(page)
        url = options.get("url") or page.url
        article = extract(data, **{**options, "url": url})
        return Result(page.source, page.input, record=page_record(page, article, body))
    except OSError as exc:
        return Result(page.source, page.input, error=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a page must never end the run; the error is reported
        return Result(page.source, page.input, error=f"{type(exc).__name__}: {exc}")


def page_record(page: Page, article: Any, body: str) -> dict[str, Any]:
    """The JSON Lines record: source, WARC ids when present, metadata, text.

    ``body`` names an extra rendering to include (``"markdown"``/``"html"``), or ``"text"``.
    """
    record: dict[str, Any] = {"source": page.source}
    if page.record_id is not None:
        record["warc_record_id"] = page.record_id
    if page.url is not None:
        record["warc_target_uri"] = page.url
    metadata = article.to_dict(renderings=False)
    metadata.pop("text", None)
    record["metadata"] = metadata
    record["text"] = article.text
    if body != "text":
        record[body] = getattr(article, body)
    return record


def run(
    pages: Iterable[Page | ReadFailure],
    options: dict[str, Any],
    body: str = "text",
    jobs: int = 1,
    ordered: bool = True,
) -> Iterator[Result]:
    """Extract every page with ``jobs`` processes; yield one :class:`Result` per page."""
    chunks = _chunks(pages, CHUNK_SIZE)
    first = next(chunks, [])
    second = next(chunks, None) if jobs > 1 else None
    if second is None:  # one process, or too few pages to be worth starting workers
        for page in itertools.chain(first, itertools.chain.from_iterable(chunks)):
            yield process_page(page, options, body)
        return
    chunks = itertools.chain([first, second], chunks)
    context = multiprocessing.get_context("spawn")
    with futures.ProcessPoolExecutor(jobs, mp_context=context) as pool:
        pending: deque[futures.Future[list[Result]]] = deque()
        limit = jobs * CHUNKS_PER_WORKER
        try:
            for chunk in chunks:
                pending.append(pool.submit(_process_chunk, chunk, options, body))
                while len(pending) >= limit:
                    yield from _collect(pending, ordered)
            while pending:
                yield from _collect(pending, ordered)
        finally:
            for future in pending:
                future.cancel()


def _collect(pending: deque[futures.Future[list[Result]]], ordered: bool) -> Iterator[Result]:
    """The results of the oldest chunk (ordered) or of any finished chunk."""
    if ordered:
        yield from pending.popleft().result()
        return
    done, _ = futures.wait(pending, return_when=futures.FIRST_COMPLETED)
    for future in done:
        pending.remove(future)
        yield from future.result()


def _process_chunk(
    chunk: list[Page | ReadFailure], options: dict[str, Any], body: str
) -> list[Result]:
    return [process_page(page, options, body) for page in chunk]


def _chunks(pages: Iterable[Page | ReadFailure], size: int) -> Iterator[list[Page | ReadFailure]]:
    iterator = iter(pages)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
