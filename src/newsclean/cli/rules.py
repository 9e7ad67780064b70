"""``newsclean rules list`` and ``newsclean rules check``: tools for rule authors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import attrs

from ..api import extract
from ..errors import NewscleanError
from ..rules.files import load_rule_file, rule_file_paths, rule_files
from ..rules.registry import default_registry
from ..rules.registry_state import host_of
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
            for directive in rule_file.unsupported:
                print(f"newsclean rules: {directive.describe(rule_file.path)}", file=sys.stderr)
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


@attrs.define
class _Tally:
    """What ``rules check`` found, for its last line."""

    files: int = 0
    invalid: int = 0
    passed: int = 0
    failing: int = 0
    skipped: int = 0

    def summary(self) -> str:
        return (
            f"{self.files} file(s), {self.invalid} invalid; tests: {self.passed} passed, "
            f"{self.failing} failing, {self.skipped} skipped (no saved page)"
        )


def _check(paths: list[Path]) -> int:
    """Check every file, one by one, so that one invalid file hides no other."""
    tally = _Tally()
    for path in paths:
        try:
            files = rule_file_paths(path)
        except NewscleanError as exc:
            print(f"INVALID  {exc}")
            tally.invalid += 1
            continue
        for file in files:
            tally.files += 1
            _check_file(file, tally)
    print(f"\n{tally.summary()}")
    return 1 if tally.invalid or tally.failing else 0


def _check_file(file: Path, tally: _Tally) -> None:
    try:
        rule_file = load_rule_file(file)
    except NewscleanError as exc:
        message = str(exc)
        print(f"INVALID  {message if message.startswith(str(file)) else f'{file}: {message}'}")
        tally.invalid += 1
        return
    print(f"OK       {file}: {len(rule_file.rules)} rules, {len(rule_file.tests)} tests")
    for directive in rule_file.unsupported:
        print(f"WARNING  {directive.describe(file)}")
    for link in rule_file.page_links:
        print(f"         recorded, not followed: {link}")
    _run_tests(rule_file, tally)


def _run_tests(rule_file: RuleFile, tally: _Tally) -> None:
    registry = default_registry().with_files([rule_file])
    for test in rule_file.tests:
        if test.page is None:
            print(f"SKIPPED  {rule_file.path}: {test.url}: no saved page (nothing is fetched)")
            tally.skipped += 1
            continue
        where = f"{rule_file.path}: {test.page}"
        try:
            text = " ".join(
                extract(test.page.read_bytes(), url=test.url, registry=registry).text.split()
            )
        except (OSError, NewscleanError) as exc:
            print(f"FAILED   {where}: {exc}")
            tally.failing += 1
            continue
        missing = [s for s in test.contains if " ".join(s.split()) not in text]
        present = [s for s in test.excludes if " ".join(s.split()) in text]
        if missing or present:
            tally.failing += 1
            print(f"FAILED   {where}")
            for snippet in missing:
                print(f"           missing: {snippet!r}")
            for snippet in present:
                print(f"           present: {snippet!r}")
        else:
            tally.passed += 1
            print(f"PASSED   {where}")
