"""``newsclean rules list`` and ``newsclean rules check``: tools for rule authors."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from ..api import extract
from ..errors import NewscleanError
from ..rules.files import rule_files
from ..rules.registry import default_registry, host_of
from ..rules.rulefile import RuleFile


def main(argv: list[str]) -> int:
    """``newsclean rules list|check ...``."""
    parser = argparse.ArgumentParser(prog="newsclean rules", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="which rules apply, from where, in what order")
    listing.add_argument("--url", help="list the rules that apply to this page's site")
    listing.add_argument(
        "--rules", action="append", default=[], metavar="PATH", help="rule files to add on top"
    )
    check = commands.add_parser("check", help="validate rule files and run their test cases")
    check.add_argument("paths", nargs="+", metavar="PATH", help="rule files or directories")
    args = parser.parse_args(argv)
    if args.command == "list":
        return _list(args.url, [Path(p) for p in args.rules])
    return _check([Path(p) for p in args.paths])


def _list(url: str | None, paths: list[Path]) -> int:
    registry = default_registry().copy()
    try:
        for rule_file in rule_files(paths):
            registry.apply(rule_file)
    except NewscleanError as exc:
        print(f"newsclean rules: {exc}", file=sys.stderr)
        return 2
    host = host_of(url)
    print(f"{'#':>3}  {'rule':32} {'effect':7} {'site':24} source")
    for position, rule in enumerate(registry.rules_for(url), start=1):
        site = rule.domain or "(all sites)"
        source = rule.source or "built-in"
        print(f"{position:>3}  {rule.name:32} {rule.effect.value:7} {site:24} {source}")
    if host:
        print(f"\nsite rules for {host} replace generic rules of the same name")
    return 0


def _check(paths: list[Path]) -> int:
    failures = 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            loaded = rule_files(paths)
        except NewscleanError as exc:
            print(f"INVALID  {exc}")
            return 1
    for warning in caught:
        print(f"WARNING  {warning.message}")
    for rule_file in loaded:
        print(
            f"OK       {rule_file.path}: {len(rule_file.rules)} rules, {len(rule_file.tests)} tests"
        )
        for link in rule_file.page_links:
            print(f"         recorded, not followed: {link}")
        failures += _run_tests(rule_file)
    print(f"\n{failures} failing test(s)" if failures else "\nall tests passed")
    return 1 if failures else 0


def _run_tests(rule_file: RuleFile) -> int:
    registry = default_registry().with_files([rule_file])
    failures = 0
    for test in rule_file.tests:
        if test.page is None:
            print(f"SKIPPED  {test.url}: no saved page (newsclean fetches nothing)")
            continue
        try:
            text = " ".join(
                extract(test.page.read_bytes(), url=test.url, registry=registry).text.split()
            )
        except (OSError, NewscleanError) as exc:
            print(f"FAILED   {test.page}: {exc}")
            failures += 1
            continue
        missing = [s for s in test.contains if " ".join(s.split()) not in text]
        present = [s for s in test.excludes if " ".join(s.split()) in text]
        if missing or present:
            failures += 1
            print(f"FAILED   {test.page}")
            for snippet in missing:
                print(f"           missing: {snippet!r}")
            for snippet in present:
                print(f"           present: {snippet!r}")
        else:
            print(f"PASSED   {test.page}")
    return failures
