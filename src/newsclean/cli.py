"""``newsclean FILE``: print the article text of a saved page (the full CLI comes later)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from . import __version__
from .api import extract
from .errors import NewscleanError

#: ``newsclean NAME ...`` runs the ``main(argv) -> int`` function named here
#: ("module:function" inside the package) with the remaining arguments.
SUBCOMMANDS: dict[str, str] = {}


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


def _extract_command(argv: list[str]) -> int:
    """``newsclean FILE``: print the article text."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Print the article text of a saved news page.",
        epilog="example: newsclean tests/fixtures/wire-story/page.html",
    )
    parser.add_argument("file", help="an HTML file, or - for standard input")
    parser.add_argument("--url", help="the page's URL (enables site rules)")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.file, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        print(f"newsclean: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        article = extract(data, url=args.url)
    except NewscleanError as exc:
        print(f"newsclean: {args.file}: {exc}", file=sys.stderr)
        return 1
    if article.text:
        sys.stdout.write(article.text + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
