"""Turn command-line inputs (files, directories, globs, ``-``) into pages to extract.

Discovery is lazy, so a directory of a million pages or a WARC of a million records
is never listed or held in memory at once. A plain page is read by the worker that
extracts it (the path travels, not the bytes); a WARC is read here, record by record.

Every input is named by its path relative to one base directory, the common parent of
all the arguments (a directory argument, a glob's fixed part, a file's directory), with
its full file name: two different files never get the same name, so never the same
output file under ``-o DIR``.
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


def glob_base(pattern: str) -> str:
    """The directory a glob's matches lie under: its path before the first wildcard."""
    fixed: list[str] = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def argument_base(argument: str) -> str:
    """The directory an argument's inputs are named from, before the run's common base."""
    if os.path.isdir(argument):
        return argument
    if os.path.exists(argument):
        return os.path.dirname(argument) or "."
    return glob_base(argument)


def common_base(arguments: Iterable[str]) -> str | None:
    """The common parent directory of the arguments (absolute), or None when they have
    none (paths on different Windows drives)."""
    bases = [os.path.abspath(argument_base(a)) for a in arguments if a != STDIN]
    if not bases:
        return None
    try:
        return os.path.commonpath(bases)
    except ValueError:
        return None


def discover(arguments: Iterable[str], exclude: str | None = None) -> Iterator[Input]:
    """Every input the arguments name: files as given, directories walked, globs expanded.

    ``exclude`` is the run's own output (a file or a directory): left out when a walk or
    a glob comes across it, so a run never reads what it writes.
    """
    arguments = list(arguments)
    base = common_base(arguments)
    skip = _Exclusion(exclude)
    for argument in arguments:
        if argument == STDIN:
            yield Input(STDIN, "stdin", False)
        elif os.path.isdir(argument):
            yield from _walk(Path(argument), base, skip)
        elif os.path.exists(argument):
            yield _input(Path(argument), base)
        else:
            yield from _glob(argument, base, skip)


def _glob(pattern: str, base: str | None, skip: _Exclusion) -> Iterator[Input]:
    """The matches of ``pattern``; a matched directory is walked, unless a directory
    walked already holds it (``a/**`` matches ``a/`` and every directory below it)."""
    walked: list[str] = []
    for match in sorted(glob.iglob(pattern, recursive=True)):
        absolute = os.path.abspath(match)
        is_dir = os.path.isdir(match)
        if any(is_inside(absolute, d) for d in walked) or skip.covers(match, is_dir=is_dir):
            continue
        if is_dir:
            walked.append(absolute)
            yield from _walk(Path(match), base, skip)
        else:
            yield _input(Path(match), base)


def _walk(directory: Path, base: str | None, skip: _Exclusion) -> Iterator[Input]:
    for parent, subdirectories, files in os.walk(directory):
        subdirectories[:] = sorted(
            name
            for name in subdirectories
            if not skip.covers(os.path.join(parent, name), is_dir=True)
        )
        for name in sorted(files):
            path = os.path.join(parent, name)
            if (_is_page_file(name) or is_warc(name)) and not skip.covers(path, is_dir=False):
                yield _input(Path(path), base)


def _input(path: Path, base: str | None) -> Input:
    name = path.name
    if base is not None:
        relative = os.path.relpath(os.path.abspath(path), base)
        if not relative.startswith(os.pardir):
            name = Path(relative).as_posix()
    return Input(str(path), name, is_warc(path.name))


def is_inside(path: str, directory: str) -> bool:
    """``path`` is ``directory`` or lies under it (both absolute, normalised)."""
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


class _Exclusion:
    """The run's own output, recognised by its identity on disk (any spelling or link).

    Looked up once: a discovery pass runs either before the output exists (the checks
    before a run) or after it was created (the run itself).
    """

    def __init__(self, path: str | None) -> None:
        self.identity: tuple[int, int] | None = None
        self.is_dir = False
        self.name = ""
        if path is not None:
            try:
                found = os.stat(path)
            except OSError:
                return
            self.identity = (found.st_dev, found.st_ino)
            self.is_dir = os.path.isdir(path)
            self.name = os.path.basename(os.path.realpath(path))

    def covers(self, path: str, *, is_dir: bool) -> bool:
        if self.identity is None or is_dir != self.is_dir:
            return False
        if not is_dir and os.path.basename(path) != self.name:
            return False  # a file is only stat'ed when its name could be the output's
        try:
            found = os.stat(path)
        except OSError:
            return False
        return (found.st_dev, found.st_ino) == self.identity


def pages(inputs: Iterable[Input]) -> Iterator[Page | ReadFailure]:
    """Each page of each input; a WARC that cannot be read yields a :class:`ReadFailure`."""
    for item in inputs:
        if item.source == STDIN:
            yield Page(STDIN, item, data=sys.stdin.buffer.read())
        elif item.is_warc:
            yield from warc_pages(item)
        else:
            yield Page(item.source, item)
