"""``newsclean explain`` (report or JSON trace) and ``newsclean why`` (one block's story)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import NewscleanError
from ..explain import Block, Explanation, explain
from ..explain.report import build_report


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def explain_main(argv: list[str]) -> int:
    """``newsclean explain PAGE [-o report.html] [--format html|json] [--url URL]``."""
    parser = argparse.ArgumentParser(
        prog="newsclean explain",
        description="Show why each block of a page was kept or removed.",
        epilog="example: newsclean explain page.html -o report.html",
    )
    parser.add_argument("page", help="an HTML file, or - for standard input")
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument("--format", choices=("html", "json"), default="html")
    parser.add_argument("--url", help="the page's URL (enables site rules)")
    args = parser.parse_args(argv)
    try:
        data = _read(args.page)
        explanation = explain(data, url=args.url)
    except OSError as exc:
        print(f"newsclean explain: cannot read {args.page}: {exc}", file=sys.stderr)
        return 2
    except NewscleanError as exc:
        print(f"newsclean explain: {args.page}: {exc}", file=sys.stderr)
        return 1
    if args.format == "json":
        output = json.dumps(explanation.to_dict(), indent=1, ensure_ascii=False) + "\n"
    else:
        output = build_report(data, explanation)
    if args.output:
        Path(args.output).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return 0


def why_main(argv: list[str]) -> int:
    """``newsclean why PAGE "some text"``: the decision path of the block holding it."""
    parser = argparse.ArgumentParser(
        prog="newsclean why",
        description="Print why the block holding some text was kept or removed.",
        epilog='example: newsclean why page.html "Continue reading"',
    )
    parser.add_argument("page", help="an HTML file, or - for standard input")
    parser.add_argument("text", help="text from the block to explain")
    parser.add_argument("--url", help="the page's URL (enables site rules)")
    args = parser.parse_args(argv)
    try:
        explanation = explain(_read(args.page), url=args.url)
    except OSError as exc:
        print(f"newsclean why: cannot read {args.page}: {exc}", file=sys.stderr)
        return 2
    except NewscleanError as exc:
        print(f"newsclean why: {args.page}: {exc}", file=sys.stderr)
        return 1
    found = explanation.find(args.text)
    if not found:
        print(f"newsclean why: no block the engine decided on holds {args.text!r}")
        return 1
    sys.stdout.write(describe(found[0], explanation))
    return 0


def describe(block: Block, explanation: Explanation) -> str:
    """A block's decision path, as lines of text."""
    lines = [
        f"{block.decision.upper()}: {block.reason}",
        f"  element   {block.css}",
        f"  xpath     {block.xpath}",
        f"  text      {block.text[:120]!r}",
        f"  measures  {block.text_length} characters, link density {block.link_density}"
        + (f", score {block.score}" if block.score is not None else ""),
    ]
    if block.rules:
        lines.append("  rules that fired on it or an ancestor:")
        for hit in block.rules:
            where = "this element" if hit.on == "self" else hit.on
            lines.append(f"    {hit.rule} ({hit.effect}) on {where}")
    in_body = [b for b in explanation.blocks if b.decision == "body container"]
    if in_body:
        lines.append(f"  body container: {in_body[0].css}")
    return "\n".join(lines) + "\n"
