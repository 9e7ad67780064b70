"""``newsclean explain`` (report or JSON trace) and ``newsclean why`` (one block's story),
with every option ``extract()`` takes, ``--rules`` included, so a rule author sees what
their own file did."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import NewscleanError, UsageError
from ..explain import Block, Explanation, explain
from ..explain.report import build_report
from .options import add_extract_options, chosen_options, load_rule_files


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _explained(
    command: str, parser: argparse.ArgumentParser, argv: list[str]
) -> tuple[argparse.Namespace, bytes, Explanation] | int:
    """Parse, check and explain the page: the arguments, the page and its explanation,
    or the exit status of a usage error (2) or of a page that is no page (1)."""
    added = add_extract_options(parser)
    args = parser.parse_args(argv)
    options = chosen_options(args, added)
    output = getattr(args, "output", None)
    try:
        if output and not Path(output).parent.is_dir():
            raise UsageError(f"cannot write {output}: no such directory {Path(output).parent}")
        for note in load_rule_files(options):
            print(f"newsclean {command}: {note}", file=sys.stderr)
        data = _read(args.page)
    except UsageError as exc:
        print(f"newsclean {command}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        reason = exc.strerror or exc
        print(f"newsclean {command}: cannot read {args.page}: {reason}", file=sys.stderr)
        return 2
    try:
        return args, data, explain(data, **options)
    except NewscleanError as exc:
        print(f"newsclean {command}: {args.page}: {exc}", file=sys.stderr)
        return 1


def explain_main(argv: list[str]) -> int:
    """``newsclean explain PAGE [-o report.html] [--format html|json] [extract() options]``."""
    parser = argparse.ArgumentParser(
        prog="newsclean explain",
        description="Show why each block of a page was kept or removed.",
        epilog="example: newsclean explain page.html -o report.html --rules my-rules/",
    )
    parser.add_argument("page", help="an HTML file, or - for standard input")
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument("--format", choices=("html", "json"), default="html")
    found = _explained("explain", parser, argv)
    if isinstance(found, int):
        return found
    args, data, explanation = found
    if args.format == "json":
        output = json.dumps(explanation.to_dict(), indent=1, ensure_ascii=False) + "\n"
    else:
        output = build_report(data, explanation)
    if not args.output:
        sys.stdout.write(output)
        return 0
    try:
        Path(args.output).write_text(output, encoding="utf-8")
    except OSError as exc:
        print(f"newsclean explain: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0


def why_main(argv: list[str]) -> int:
    """``newsclean why PAGE "some text" [extract() options]``: the decision path of the
    block holding it."""
    parser = argparse.ArgumentParser(
        prog="newsclean why",
        description="Print why the block holding some text was kept or removed.",
        epilog='example: newsclean why page.html "Continue reading" --rules my-rules/',
    )
    parser.add_argument("page", help="an HTML file, or - for standard input")
    parser.add_argument("text", help="text from the block to explain")
    found = _explained("why", parser, argv)
    if isinstance(found, int):
        return found
    args, _, explanation = found
    blocks = explanation.find(args.text)
    if not blocks:
        chosen = [b.css for b in explanation.blocks if b.decision == "body container"]
        message = f"newsclean why: no block the engine decided on holds {args.text!r}"
        if chosen:  # text the body left out with the rest of the page, or no text of it
            message += f"; it is in none of the body containers chosen: {', '.join(chosen)}"
        print(message, file=sys.stderr)
        return 1
    sys.stdout.write(describe(blocks[0], explanation) + "".join(_copies(blocks)))
    return 0


def _copies(blocks: list[Block]) -> list[str]:
    """A line for each other block of the same text as the first, none holding another:
    a copy of the text elsewhere on the page, decided on in its own right (the standfirst
    and its repeat in the body)."""
    first = blocks[0]
    lines = []
    for other in blocks[1:]:
        nested = (first.xpath + "/").startswith(other.xpath + "/") or other.xpath.startswith(
            first.xpath + "/"
        )
        if other.text == first.text and not nested:
            where = f"a line of {other.css}" if other.line else other.css
            lines.append(f"also at {where}: {other.decision}: {other.reason}\n")
    return lines


def _words_density(block: Block) -> str:
    """The collapsed-whitespace share of linked words, shown where it tells another
    story than the raw one (links indented over many lines)."""
    if block.words_link_density == block.link_density:
        return ""
    return f" ({block.words_link_density} of its words)"


def describe(block: Block, explanation: Explanation) -> str:
    """A block's decision path, as lines of text."""
    lines = [
        f"{block.decision.upper()}: {block.reason}",
        f"  element   {block.css}" + (" (a line of it)" if block.line else ""),
        f"  xpath     {block.xpath}",
        f"  text      {block.text[:120]!r}",
        f"  measures  {block.text_length} characters, link density {block.link_density}"
        + _words_density(block)
        + (f", score {block.score}" if block.score is not None else ""),
    ]
    if block.rules:
        lines.append("  rules that fired on it or an ancestor:")
        for hit in block.rules:
            where = "this element" if hit.on == "self" else hit.on
            effect = f"{hit.effect}, vetoed: {hit.vetoed}" if hit.vetoed else hit.effect
            lines.append(f"    {hit.rule} ({effect}) on {where}")
    lines += _containers(block, explanation)
    return "\n".join(lines) + "\n"


def _containers(block: Block, explanation: Explanation) -> list[str]:
    """The body container that holds ``block`` (the innermost one), else every one chosen."""
    chosen = [b for b in explanation.blocks if b.decision == "body container"]
    holding = [c for c in chosen if block.xpath == c.xpath or block.xpath.startswith(c.xpath + "/")]
    if holding:
        return [f"  body container: {max(holding, key=lambda c: len(c.xpath)).css}"]
    if chosen:
        return [f"  body containers (it is in none): {', '.join(c.css for c in chosen)}"]
    return ["  no body container was chosen"]
