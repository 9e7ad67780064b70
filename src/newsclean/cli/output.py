"""Write extraction results: JSON Lines, pages in one format into one stream, or a file
per input under a directory."""

from __future__ import annotations

import contextlib
import json
import os
from collections import OrderedDict
from pathlib import Path
from typing import IO, Protocol

from ..article import Article
from ..batch.runner import RENDERINGS, PageError, Result
from ..errors import UsageError
from .targets import output_path

#: What separates two pages of ``-f text|markdown|html`` in one stream: a line holding a
#: form feed, the classic page break (``str.split("\f\n")``, ``csplit``; blank to a
#: Markdown reader), which never survives the whitespace clean-up inside a page.
PAGE_SEPARATOR = "\f\n"


def check_format(name: str) -> None:
    """Fail with a usage error when this version's ``Article`` cannot render ``name``."""
    if name in ("text", "json"):
        return
    if not hasattr(Article, name):
        raise UsageError(f"-f {name} needs Article.{name}, which this version of newsclean lacks")


def renderings_for(format_name: str, with_fields: list[str] | None) -> tuple[str, ...]:
    """The ``Article`` renderings the workers must add to each result."""
    if format_name in RENDERINGS:
        return (format_name,)
    return tuple(with_fields or ()) if format_name == "json" else ()


def render(result: Result, format_name: str) -> str:
    """One page's output in format ``name``, ending with a newline when non-empty; a
    failed page is a JSON record, and nothing in the other formats."""
    if format_name == "json":
        return json_line(result)
    if result.fields is None:
        return ""
    content = str(result.fields.get("text" if format_name == "text" else format_name) or "")
    return content + "\n" if content else ""


def json_line(result: Result) -> str:
    return json.dumps(result.record(), ensure_ascii=False) + "\n"


class Writer(Protocol):
    def write(self, result: Result) -> Result:
        """Write ``result``; return it, or a failed result when its output could not be."""

    def close(self, complete: bool) -> None:
        """Flush and close; ``complete`` says whether the run went to its end."""


class StreamWriter:
    """Many pages into one stream (standard output or ``-o FILE``): JSON Lines, one record
    per input (a failed one too); or each page in ``-f``'s format, separated by
    :data:`PAGE_SEPARATOR` (a failed page has no output there: JSON Lines has its record)."""

    def __init__(self, stream: IO[str], format_name: str) -> None:
        self.stream = stream
        self.format_name = format_name
        self.written = 0

    def write(self, result: Result) -> Result:
        if self.format_name == "json":
            self.stream.write(json_line(result))
        elif result.fields is not None:
            separator = PAGE_SEPARATOR if self.written else ""
            # an empty page is an empty line, so that "\n\f\n" splits it out too
            self.stream.write(separator + (render(result, self.format_name) or "\n"))
            self.written += 1
        return result

    def close(self, complete: bool) -> None:
        self.stream.flush()


class DirectoryWriter:
    """One output file per input under ``directory``, named by :func:`output_path`.

    A page's file is written whole or not at all (a temporary file renamed into place),
    so an interrupted run never leaves a half file for ``--skip-existing`` to keep; a
    failed page gets no file, so the next run retries it. An archive's records go to
    ``NAME.jsonl.part``, renamed to ``NAME.jsonl`` when the run ends; an interrupted run
    leaves the ``.part``. Archive handles stay open (a few at a time, least recently
    used closed first and reopened for appending), so a million records cost no million
    opens.
    """

    OPEN_FILES = 32

    def __init__(self, directory: Path, format_name: str, *, overwrite: bool) -> None:
        self.directory = directory
        self.format_name = format_name
        self.overwrite = overwrite
        self.handles: OrderedDict[Path, IO[str]] = OrderedDict()
        self.parts: dict[Path, Path] = {}
        directory.mkdir(parents=True, exist_ok=True)

    def write(self, result: Result) -> Result:
        path = output_path(self.directory, result.input, self.format_name)
        if result.input.is_warc:
            self._handle(path).write(json_line(result))
            return result
        if result.fields is None:
            return result
        if path.exists() and not self.overwrite:
            problem = PageError("OutputExists", f"{path} exists (the same input named twice?)")
            return Result(result.source, result.input, error=problem)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(render(result, self.format_name), encoding="utf-8")
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
        return result

    def _handle(self, path: Path) -> IO[str]:
        part = path.with_name(path.name + ".part")
        handle = self.handles.pop(part, None)
        if handle is None:
            part.parent.mkdir(parents=True, exist_ok=True)
            mode = "a" if path in self.parts else "w"
            self.parts[path] = part
            handle = open(part, mode, encoding="utf-8")  # noqa: SIM115 - kept open across writes
            if len(self.handles) >= self.OPEN_FILES:
                self.handles.popitem(last=False)[1].close()
        self.handles[part] = handle
        return handle

    def close(self, complete: bool) -> None:
        for handle in self.handles.values():
            handle.close()
        self.handles.clear()
        if complete:
            for path, part in self.parts.items():
                os.replace(part, path)
            self.parts.clear()
