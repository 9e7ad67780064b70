"""The ``newsclean`` command: parse the command line, check it before any work, and
end quietly whatever happens (Ctrl-C, SIGTERM, a closed pipe)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import stat
import sys
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence

from ..batch.inputs import check_inputs, is_warc
from ..batch.pages import STDIN
from ..batch.runner import RENDERINGS, default_jobs
from ..errors import Terminated, UnsupportedDirective, UsageError
from ..version import __version__
from .extract import many_pages, one_page
from .options import add_extract_options, chosen_options, load_rule_files
from .output import check_format, renderings_for
from .targets import FORMATS, Target, check_target, refuse_existing_outputs

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
  cat page.html | newsclean --url URL -f json  one JSON record from standard input
  newsclean saved/ -o articles.jsonl           every page under saved/ (recursive)
  newsclean 'crawl/*.warc.gz' -j 4 > out.jsonl  the HTML responses of WARC archives
  newsclean saved/ -o out/ -f markdown          one Markdown file per page into out/
  newsclean saved/ -o out/ --skip-existing      resume an interrupted run

exit status: 0 all pages extracted, 1 some pages failed, 2 usage error,
             130/143 interrupted by Ctrl-C/SIGTERM
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsclean`` console script."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in SUBCOMMANDS:
        command, arguments = _subcommand(SUBCOMMANDS[arguments[0]]), arguments[1:]
    else:
        command = _extract_command
    with _sigterm_raises(), warnings.catch_warnings():
        # rule-file notes are printed once, as lines of their own, by the commands
        warnings.simplefilter("ignore", UnsupportedDirective)
        try:
            code = command(arguments)
            sys.stdout.flush()
        except UsageError as exc:  # found during a run (warcio missing for an archive)
            print(f"newsclean: {exc}", file=sys.stderr)
            return 2
        except BrokenPipeError:  # `newsclean ... | head`: the reader has all it wants
            _drop_stdout()
            return 128 + 13  # as a Unix tool ended by SIGPIPE
        except OSError as exc:  # an output that could not be written (disk full...)
            where = f" {exc.filename}" if exc.filename else ""
            print(f"newsclean: cannot write{where}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("newsclean: interrupted", file=sys.stderr)
            return 128 + signal.SIGINT
        except Terminated as stop:
            print("newsclean: terminated", file=sys.stderr)
            return 128 + stop.signal_number
    return code


def _subcommand(target: str) -> Callable[[list[str]], int]:
    module_name, _, function = target.partition(":")
    module = importlib.import_module(f"{__package__}.{module_name}")
    command: Callable[[list[str]], int] = getattr(module, function)
    return command


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` where the program is, as Ctrl-C raises
    ``KeyboardInterrupt``, so workers are stopped and outputs closed either way."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signal_number: int, frame: object) -> None:
        raise Terminated(signal_number)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _drop_stdout() -> None:
    """Point standard output at the null device, so that the final flush at exit does
    not fail again on the closed pipe."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def build_parser() -> tuple[
    argparse.ArgumentParser, Callable[[argparse.Namespace], dict[str, object]]
]:
    """The argument parser, and the function that reads the ``extract()`` options from it."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description=(
            "Extract the article (headline, byline, date, body) from saved news pages. "
            "One page prints its text; several pages, directories, globs and WARC archives "
            "give one JSON line per page. With no INPUT, a page piped in is read."
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT",
        help="HTML file (.gz too), directory (walked recursively), glob, WARC/WARC.gz, or - "
        "for standard input (the default when it is a pipe or a file)",
    )  # fmt: skip
    parser.add_argument(
        "-f", "--format", choices=list(FORMATS),
        help="text (the default for one page and for -o DIR), markdown, html, or json "
        "(the default for many pages into one stream: JSON Lines); text, markdown and html "
        "of many pages into one stream are separated by a line holding a form feed",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", metavar="FILE|DIR",
        help="write to FILE, or one file per input into DIR (an existing directory or a "
        "path ending in /, mirroring the inputs' paths) instead of standard output",
    )  # fmt: skip
    parser.add_argument(
        "--overwrite", action="store_true",
        help="-o DIR: replace the outputs of an earlier run (refused without it)",
    )  # fmt: skip
    parser.add_argument(
        "--skip-existing", action="store_true",
        help="-o DIR: leave inputs whose output exists alone (resume an interrupted run)",
    )  # fmt: skip
    parser.add_argument(
        "--with", dest="with_fields", action="append", choices=RENDERINGS, metavar="FIELD",
        help="add Article.markdown or Article.html to each JSON record (repeatable)",
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
        arguments = check_inputs(args.inputs or _piped_stdin())
        target = check_target(args.output, arguments)
        single = _single_page(arguments, target)
        format_name = args.format or ("text" if single or target.is_directory else "json")
        check_format(format_name)
        _check_flags(args, target)
        if target.is_directory and not (args.overwrite or args.skip_existing):
            assert target.path is not None
            refuse_existing_outputs(target.path, arguments, format_name)
        for note in load_rule_files(options):
            print(f"newsclean: {note}", file=sys.stderr)
    except UsageError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    renderings = renderings_for(format_name, args.with_fields)
    if single:
        return one_page(arguments[0], format_name, target, options, renderings)
    return many_pages(arguments, args, format_name, target, options, renderings)


def _piped_stdin() -> list[str]:
    """No input named: standard input when a page is piped or redirected into it."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        mode = 0
    if stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode):
        return [STDIN]
    raise UsageError(
        "no input: name files, directories, globs or WARC archives, or pipe a page in "
        "(newsclean --help)"
    )


def _check_flags(args: argparse.Namespace, target: Target) -> None:
    if args.jobs < 1:
        raise UsageError("-j must be at least 1")
    if args.overwrite and args.skip_existing:
        raise UsageError("--overwrite and --skip-existing exclude each other")
    if args.skip_existing and not target.is_directory:
        raise UsageError("--skip-existing needs -o DIR (one output file per input)")


def _single_page(arguments: list[str], target: Target) -> bool:
    """One page file (or stdin) not headed into a directory: print it in the chosen format."""
    if len(arguments) != 1 or target.is_directory:
        return False
    argument = arguments[0]
    return argument == STDIN or (os.path.isfile(argument) and not is_warc(argument))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
