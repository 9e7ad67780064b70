"""The ``newsclean`` command: one page to standard output, or many pages to JSON Lines."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO

from ..batch.inputs import check_inputs, discover, is_warc, pages
from ..batch.pages import STDIN
from ..batch.runner import default_jobs, process_page, run
from ..errors import UsageError
from ..version import __version__
from .options import add_extract_options, chosen_options
from .output import (
    FORMATS,
    DirectoryWriter,
    Progress,
    StreamWriter,
    body_field,
    check_format,
    is_directory_target,
    render,
)

#: ``newsclean NAME ...`` runs the ``main(argv) -> int`` function named here
#: ("module:function" inside the package) with the remaining arguments.
SUBCOMMANDS: dict[str, str] = {
    "explain": "explain:explain_main",
    "why": "explain:why_main",
    "rules": "rules:main",
}

EXAMPLES = """\
examples:
  newsclean page.html                          print the article text
  curl -s URL | newsclean - --url URL -f json  one JSON record from standard input
  newsclean saved/ -o articles.jsonl           every page under saved/ (recursive)
  newsclean 'crawl/*.warc.gz' -j 4 > out.jsonl  the HTML responses of WARC archives
  newsclean saved/ -o out/ -f markdown          one Markdown file per page into out/

exit status: 0 all pages extracted, 1 some pages failed, 2 usage error
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsclean`` console script."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in SUBCOMMANDS:
        return _subcommand(SUBCOMMANDS[arguments[0]])(arguments[1:])
    return _extract_command(arguments)


def _subcommand(target: str) -> Callable[[list[str]], int]:
    module_name, _, function = target.partition(":")
    module = importlib.import_module(f"{__package__}.{module_name}")
    command: Callable[[list[str]], int] = getattr(module, function)
    return command


def build_parser() -> tuple[
    argparse.ArgumentParser, Callable[[argparse.Namespace], dict[str, object]]
]:
    """The argument parser, and the function that reads the ``extract()`` options from it."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description=(
            "Extract the article (headline, byline, date, body) from saved news pages. "
            "One page prints its text; several pages, directories, globs and WARC archives "
            "give one JSON line per page."
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="HTML file (.gz too), directory (walked recursively), glob, WARC/WARC.gz, or -",
    )
    parser.add_argument(
        "-f", "--format", choices=list(FORMATS), default="text",
        help="output of a single page, or of each page under -o DIR (default: text); "
        "with many pages, markdown/html add that field to each JSON line",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", metavar="FILE|DIR",
        help="write to FILE, or one file per input into DIR (an existing directory or a "
        "path ending in /) instead of standard output",
    )  # fmt: skip
    parser.add_argument(
        "-j", "--jobs", type=int, default=default_jobs(), metavar="N",
        help="worker processes (default: all cores, %(default)s here)",
    )  # fmt: skip
    parser.add_argument(
        "--unordered", action="store_true",
        help="write pages as they finish instead of in input order (faster with -j)",
    )  # fmt: skip
    parser.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=True,
        help="progress bar on a terminal (needs tqdm: newsclean[progress]); never on a pipe",
    )  # fmt: skip
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no summary line at the end of a run"
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    options = add_extract_options(parser)
    return parser, lambda args: chosen_options(args, options)


def _extract_command(argv: list[str]) -> int:
    parser, read_options = build_parser()
    args = parser.parse_args(argv)
    options = read_options(args)
    try:
        check_format(args.format)
        if args.jobs < 1:
            raise UsageError("-j must be at least 1")
        arguments = check_inputs(args.inputs)
    except UsageError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    if _single_page(arguments, args.output):
        return _one_page(arguments[0], args.format, args.output, options)
    return _many_pages(arguments, args, options)


def _single_page(arguments: list[str], output: str | None) -> bool:
    """One page file (or stdin) not headed into a directory: print it in the chosen format."""
    if len(arguments) != 1 or is_directory_target(output):
        return False
    argument = arguments[0]
    return argument == STDIN or (os.path.isfile(argument) and not is_warc(argument))


def _one_page(
    argument: str, format_name: str, output: str | None, options: dict[str, object]
) -> int:
    item = next(discover([argument]))
    page = next(pages([item]))
    result = process_page(page, options, body_field(format_name))
    if result.record is None:
        print(f"newsclean: {result.source}: {result.error}", file=sys.stderr)
        return 1
    content = render(result.record, format_name)
    if output is None:
        sys.stdout.write(content)
    else:
        Path(output).write_text(content, encoding="utf-8")
    return 0


def _many_pages(arguments: list[str], args: argparse.Namespace, options: dict[str, object]) -> int:
    stream: IO[str] | None = None
    if is_directory_target(args.output):
        writer: StreamWriter | DirectoryWriter = DirectoryWriter(Path(args.output), args.format)
    elif args.output is not None:
        stream = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        writer = StreamWriter(stream)
    else:
        writer = StreamWriter(sys.stdout)
    progress = Progress(args.progress)
    body = body_field(args.format)
    try:
        work = pages(discover(arguments))
        for result in run(work, options, body, jobs=args.jobs, ordered=not args.unordered):
            writer.write(result)
            progress.update(result)
    except UsageError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    except BrokenProcessPool:
        print("newsclean: a worker process died (out of memory?); run stopped", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return 130
    finally:
        writer.close()
        if stream is not None:
            stream.close()
    if not args.quiet:
        print(progress.summary(), file=sys.stderr)
    return 1 if progress.failed else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
