"""Write extraction results: one page in a chosen format, JSON Lines, or a file per input."""

from __future__ import annotations

import json
import os
import sys
import time
from collections import OrderedDict
from pathlib import Path
from typing import IO, Any

from ..article import Article
from ..batch.runner import Result
from ..errors import UsageError

#: ``-f`` formats and the extension of their files under ``-o DIR``.
FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}


def check_format(name: str) -> None:
    """Fail with a usage error when this version's ``Article`` cannot render ``name``."""
    if name in ("text", "json"):
        return
    if not hasattr(Article, name):
        raise UsageError(f"-f {name} needs Article.{name}, which this version of newsclean lacks")


def body_field(name: str) -> str:
    """The article field the chosen format adds to each record."""
    return name if name in ("markdown", "html") else "text"


def render(record: dict[str, Any], name: str) -> str:
    """One page's output in format ``name``, ending with a newline when non-empty."""
    if name == "json":
        return json.dumps(record, ensure_ascii=False) + "\n"
    content = str(record[body_field(name)] or "")
    return content + "\n" if content else ""


def json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


class StreamWriter:
    """Every record as a JSON line on one stream (standard output or ``-o FILE``)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, result: Result) -> None:
        if result.record is not None:
            self.stream.write(json_line(result.record))

    def close(self) -> None:
        self.stream.flush()


class DirectoryWriter:
    """One output file per input under ``directory``: a WARC gives a ``.jsonl`` of its records.

    Handles of archives still being written stay open (a few at a time, least recently used
    closed first and reopened for appending), so a million records cost no million opens.
    """

    OPEN_FILES = 32

    def __init__(self, directory: Path, format_name: str) -> None:
        self.directory = directory
        self.format_name = format_name
        self.handles: OrderedDict[Path, IO[str]] = OrderedDict()
        self.started: set[Path] = set()

    def write(self, result: Result) -> None:
        if result.record is None:
            return
        if result.input.is_warc:
            path = self.directory / f"{result.input.name}.jsonl"
            self._handle(path).write(json_line(result.record))
        else:
            path = self.directory / (result.input.name + FORMATS[self.format_name])
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(result.record, self.format_name), encoding="utf-8")

    def _handle(self, path: Path) -> IO[str]:
        handle = self.handles.pop(path, None)
        if handle is None:
            path.parent.mkdir(parents=True, exist_ok=True)
            mode = "a" if path in self.started else "w"
            self.started.add(path)
            handle = open(path, mode, encoding="utf-8")  # noqa: SIM115 - kept open across writes
            if len(self.handles) >= self.OPEN_FILES:
                self.handles.popitem(last=False)[1].close()
        self.handles[path] = handle
        return handle

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()
        self.handles.clear()


class Progress:
    """Pages done, pages/s and errors: a tqdm bar on a terminal, silence on a pipe."""

    def __init__(self, enabled: bool) -> None:
        self.started = time.perf_counter()
        self.done = 0
        self.failed = 0
        self.bar: Any = None
        if enabled and sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(unit=" pages", file=sys.stderr, dynamic_ncols=True)
            self.bar.set_postfix(errors=0, refresh=False)

    def update(self, result: Result) -> None:
        self.done += 1
        if result.error is not None:
            self.failed += 1
            message = f"newsclean: {result.source}: {result.error}"
            if self.bar is not None:
                self.bar.write(message, file=sys.stderr)
            else:
                print(message, file=sys.stderr)
        if self.bar is not None:
            self.bar.update(1)
            if result.error is not None:
                self.bar.set_postfix(errors=self.failed, refresh=False)

    def summary(self) -> str:
        if self.bar is not None:
            self.bar.close()
        seconds = time.perf_counter() - self.started
        rate = self.done / seconds if seconds > 0 else 0.0
        pages = "page" if self.done == 1 else "pages"
        return (
            f"newsclean: {self.done} {pages}, {self.done - self.failed} ok, {self.failed} failed"
            f" in {seconds:.1f} s ({rate:.1f} pages/s)"
        )


def is_directory_target(target: str | None) -> bool:
    """``-o`` names a directory: an existing one, or a new path ending with a separator."""
    return target is not None and (os.path.isdir(target) or target.endswith(("/", os.sep)))
