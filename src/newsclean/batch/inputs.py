"""Turn command-line inputs (files, directories, globs, ``-``) into pages to extract.

Discovery is lazy, so a directory of a million pages or a WARC of a million records
is never listed or held in memory at once. A plain page is read by the worker that
extracts it (the path travels, not the bytes); a WARC is read here, record by record.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import UsageError
from .pages import PAGE_SUFFIXES, STDIN, WARC_SUFFIXES, Input, Page, ReadFailure
from .warc import warc_pages


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
    for item in inputs:
        if item.source == STDIN:
            yield Page(STDIN, item, data=sys.stdin.buffer.read())
        elif item.is_warc:
            yield from warc_pages(item)
        else:
            yield Page(item.source, item)
