"""Turn command-line inputs (files, directories, globs, ``-``) into pages to extract.

Discovery is lazy, so a directory of a million pages or a WARC of a million records
is never listed or held in memory at once. A plain page is read by the worker that
extracts it (the path travels, not the bytes); a WARC is read here, record by record.
"""

from __future__ import annotations

import glob
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from .errors import InputError, NewscleanError

#: File names picked up when walking a directory (each also with ``.gz``).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".xht")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
STDIN = "-"
#: A gzip-compressed page larger than this once inflated is refused.
MAX_PAGE_BYTES = 256 * 1024 * 1024


class UsageError(NewscleanError):
    """The command line asks for something impossible (missing input, unknown format)."""


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


def is_warc(path: str) -> bool:
    """A WARC (or ARC) archive, by its name."""
    return path.lower().endswith(WARC_SUFFIXES)


def _is_page_file(name: str) -> bool:
    lower = name.lower().removesuffix(".gz")
    return lower.endswith(PAGE_SUFFIXES)


def check_inputs(arguments: Iterable[str]) -> list[str]:
    """Fail early, before any work, on an argument that names nothing."""
    missing = []
    for argument in arguments:
        if argument == STDIN or os.path.exists(argument):
            continue
        if glob.has_magic(argument) and next(glob.iglob(argument, recursive=True), None):
            continue
        missing.append(argument)
    if missing:
        raise UsageError(f"no such file, directory or matching glob: {', '.join(missing)}")
    return list(arguments)


def discover(arguments: Iterable[str]) -> Iterator[Input]:
    """Every input the arguments name: files as given, directories walked, globs expanded."""
    for argument in arguments:
        if argument == STDIN:
            yield Input(STDIN, "stdin", False)
        elif os.path.isdir(argument):
            yield from _walk(Path(argument))
        elif os.path.exists(argument):
            yield _input(Path(argument), Path(argument).parent)
        else:
            for match in sorted(glob.iglob(argument, recursive=True)):
                if os.path.isdir(match):
                    yield from _walk(Path(match))
                else:
                    yield _input(Path(match), Path(match).parent)


def _walk(directory: Path) -> Iterator[Input]:
    for parent, subdirectories, files in os.walk(directory):
        subdirectories.sort()
        for name in sorted(files):
            if _is_page_file(name) or is_warc(name):
                yield _input(Path(parent) / name, directory)


def _input(path: Path, base: Path) -> Input:
    relative = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name
    return Input(str(path), output_stem(relative), is_warc(path.name))


def output_stem(name: str) -> str:
    """``a/b.html.gz`` → ``a/b``: the name an input's output file is built from."""
    lower = name.lower()
    for suffix in (".gz", *WARC_SUFFIXES, *PAGE_SUFFIXES):
        if lower.endswith(suffix):
            name, lower = name[: -len(suffix)], lower[: -len(suffix)]
    return name or "page"


def pages(inputs: Iterable[Input]) -> Iterator[Page | ReadFailure]:
    """Each page of each input; a WARC that cannot be read yields a :class:`ReadFailure`."""
    from .warc import warc_pages

    for item in inputs:
        if item.source == STDIN:
            yield Page(STDIN, item, data=sys.stdin.buffer.read())
        elif item.is_warc:
            yield from warc_pages(item)
        else:
            yield Page(item.source, item)


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
