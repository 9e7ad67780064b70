"""``newsclean INPUT...``: one page to standard output or a file, or many pages in
worker processes to JSON Lines, a stream of pages, or a file per input."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..batch.inputs import discover, pages
from ..batch.pages import Input
from ..batch.runner import process_page, run
from ..errors import WorkerError
from .output import DirectoryWriter, StreamWriter, Writer, render
from .progress import Progress
from .targets import Target, output_path


def one_page(
    argument: str,
    format_name: str,
    target: Target,
    options: dict[str, object],
    renderings: tuple[str, ...],
) -> int:
    """Extract one page and print it (``-f json``: its record, a failed page's too)."""
    item = next(discover([argument]))
    page = next(pages([item]))
    result = process_page(page, options, renderings)
    if result.error is not None:
        print(f"newsclean: {result.source}: {result.error}", file=sys.stderr)
    content = render(result, format_name)
    if target.path is None:
        sys.stdout.write(content)
    elif content or result.error is None:
        target.path.write_text(content, encoding="utf-8")
    return 1 if result.error is not None else 0


def many_pages(
    arguments: list[str],
    args: argparse.Namespace,
    format_name: str,
    target: Target,
    options: dict[str, object],
    renderings: tuple[str, ...],
) -> int:
    """Extract every page the arguments name; 0 when all succeeded, 1 when some failed."""
    directory = target.path if target.is_directory else None
    progress = Progress(args.progress)
    with contextlib.ExitStack() as stack:
        writer: Writer
        if directory is not None:
            writer = DirectoryWriter(directory, format_name, overwrite=args.overwrite)
        else:
            stream: IO[str] = sys.stdout
            if target.path is not None:
                stream = stack.enter_context(open(target.path, "w", encoding="utf-8"))
            writer = StreamWriter(stream, format_name)
        exclude = str(target.path) if target.path is not None else None
        inputs = discover(arguments, exclude=exclude)
        if directory is not None and args.skip_existing:
            inputs = _not_done(inputs, directory, format_name, progress)
        results = stack.enter_context(
            contextlib.closing(
                run(pages(inputs), options, renderings, args.jobs, ordered=not args.unordered)
            )
        )
        complete = False
        try:
            for result in results:
                progress.update(writer.write(result))
            complete = True
        except WorkerError as exc:
            print(f"newsclean: {exc}; run stopped", file=sys.stderr)
            return 1
        finally:
            writer.close(complete)
    if not args.quiet:
        print(progress.summary(), file=sys.stderr)
    return 1 if progress.failed else 0


def _not_done(
    inputs: Iterator[Input], directory: Path, format_name: str, progress: Progress
) -> Iterator[Input]:
    """``--skip-existing``: the inputs whose output is not there yet."""
    for item in inputs:
        if output_path(directory, item, format_name).exists():
            progress.skip()
        else:
            yield item
