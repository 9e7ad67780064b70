"""Where a run writes (``-o``), checked before any page is read: nothing a run writes
may be, or replace, one of its inputs, and nothing it wrote before is replaced
without ``--overwrite``.

Under ``-o DIR`` each input's output is its name (its path from the run's base
directory, full file name kept) plus the format's suffix: ``sub/story.html.gz`` gives
``DIR/sub/story.html.gz.md``; a WARC gives ``DIR/crawl.warc.gz.jsonl``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import attrs

from ..batch.inputs import discover, glob_base, is_inside
from ..batch.pages import STDIN, Input
from ..errors import UsageError

#: ``-f`` formats and the suffix their files get under ``-o DIR``.
FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}
#: The suffix of an archive's output under ``-o DIR`` (one JSON line per record).
ARCHIVE_SUFFIX = ".jsonl"


@attrs.frozen
class Target:
    """``-o`` resolved: standard output (no path), a file, or a directory."""

    path: Path | None = None
    is_directory: bool = False


def is_directory_target(target: str | None) -> bool:
    """``-o`` names a directory: an existing one, or a new path ending with a separator."""
    return target is not None and (os.path.isdir(target) or target.endswith(("/", os.sep)))


def check_target(output: str | None, arguments: list[str]) -> Target:
    """The target of ``-o``, refused (:class:`UsageError`) when it cannot be written or
    when writing it would touch an input."""
    if output is None:
        return Target()
    if is_directory_target(output):
        directory = Path(output)
        if directory.exists() and not directory.is_dir():
            raise UsageError(f"-o {output}: not a directory")
        _refuse_unwritable(directory if directory.exists() else _existing_parent(directory))
        _refuse_inputs_inside(directory, arguments)
        return Target(directory, is_directory=True)
    file = Path(output)
    if not file.parent.is_dir():
        raise UsageError(f"cannot write {output}: no such directory {file.parent}")
    _refuse_unwritable(file if file.exists() else file.parent)
    _refuse_an_input(file, arguments)
    return Target(file)


def output_path(directory: Path, item: Input, format_name: str) -> Path:
    """Where ``item``'s output goes under ``directory``."""
    suffix = ARCHIVE_SUFFIX if item.is_warc else FORMATS[format_name]
    return directory / (item.name + suffix)


def refuse_existing_outputs(directory: Path, arguments: list[str], format_name: str) -> None:
    """Refuse a run that would replace an output of an earlier one (before any work:
    one pass over the input names, no page read)."""
    if not directory.is_dir():
        return
    for item in discover(arguments, exclude=str(directory)):
        path = output_path(directory, item, format_name)
        if path.exists():
            raise UsageError(
                f"{path} exists (from an earlier run?): --overwrite replaces existing "
                "outputs, --skip-existing keeps them and extracts the other inputs"
            )


def _refuse_unwritable(path: Path) -> None:
    """Say before any work, not after it, that the output cannot be written."""
    if not os.access(path, os.W_OK):
        raise UsageError(f"cannot write {path}: permission denied")


def _existing_parent(directory: Path) -> Path:
    """The nearest existing directory above a directory ``-o`` will create."""
    parent = directory.absolute().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return parent


def _refuse_inputs_inside(directory: Path, arguments: Iterable[str]) -> None:
    """``-o DIR`` must not be, or hold, an input: its outputs would mix with the pages a
    run reads (and with ``-f html`` be taken for pages). A DIR inside an input directory
    is fine: discovery leaves it out."""
    real = os.path.realpath(directory)
    for argument in arguments:
        if argument == STDIN:
            continue
        held = argument if os.path.exists(argument) else glob_base(argument)
        if is_inside(os.path.realpath(held), real):
            raise UsageError(
                f"-o {directory} holds the input {argument}: outputs would mix with the "
                "inputs; write them into a directory of their own"
            )


def _refuse_an_input(file: Path, arguments: list[str]) -> None:
    """``-o FILE`` must not be one of the inputs: it is emptied before they are read."""
    if not file.exists():
        return  # nothing there yet, so no input; the run leaves it out when it appears
    identity = _identity(str(file))
    for argument in arguments:
        if argument != STDIN and os.path.isfile(argument) and _identity(argument) == identity:
            raise UsageError(f"-o {file} is also an input ({argument}); write elsewhere")
    searched = [a for a in arguments if a != STDIN and not os.path.isfile(a)]
    for item in discover(searched):
        if _identity(item.source) == identity:
            raise UsageError(f"-o {file} is also an input ({item.source}); write elsewhere")


def _identity(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)
