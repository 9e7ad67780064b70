"""TOML rule files: declarative rules, switches and tests for a site or for every site.

A TOML file holds ``[[site]]`` tables; a site without ``domain`` is generic::

    [pack]
    name = "harbour-rules"

    [[site]]
    domain = "harbourgazette.example"
    body = ["div.story-text"]            # CSS, or XPath when it starts with / or (
    strip = ["div.promo", "//aside[@data-ad]"]
    title = ["h1.headline"]
    author = [".byline a"]
    date = ["time[datetime]"]
    disable = ["related-rails"]          # built-in rules switched off on this site
    score = [{ select = "div.column-main", weight = 25 }]

    [[site.test]]
    page = "pages/turbines.html"         # relative to this file
    url = "https://www.harbourgazette.example/energy/turbines"
    contains = ["Regulators have approved"]
    excludes = ["More in Energy"]

A ``[[rule]]`` table names its rule (``name``, ``select``, ``effect`` = drop, body,
lead, score, title, author or date, optional ``weight``, ``domain``, ``strong`` and
``role`` = comments or caption): it replaces a built-in or installed rule of the same
name. A DROP rule with ``role = "comments"`` finds reader comments for
``include_comments``; one with ``role = "caption"`` is switched off by ``include_captions``.

Precedence: rules loaded later replace rules of the same name, and loading goes
built-ins, then installed packs, then the caller's files, so the caller wins.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import RuleFileError
from .matchers import Css, XPath
from .model import Effect, Rule
from .rulefile import SELECTOR_EFFECTS, RuleFile, RuleTest, selector

_SITE_KEYS = frozenset({"domain", "disable", "score", "test", *SELECTOR_EFFECTS})


def load_toml_rules(file: Path, *, trusted: bool = False) -> RuleFile:
    """Read one TOML rule file (``trusted``: its selectors are not held to the cost
    limits of :mod:`.xpath_cost`)."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleFileError(f"{file}: {exc}") from exc
    pack = str(data.get("pack", {}).get("name") or file.stem)
    unknown = sorted(set(data) - {"pack", "site", "rule"})
    if unknown:
        raise RuleFileError(f"{file}: unknown table(s) {', '.join(unknown)}")
    rules: list[Rule] = []
    disabled: list[tuple[str, str | None]] = []
    tests: list[RuleTest] = []
    for number, site in enumerate(data.get("site", []), start=1):
        if not isinstance(site, dict):
            raise RuleFileError(f"{file}: [[site]] {number} is not a table")
        extra = sorted(set(site) - _SITE_KEYS)
        if extra:
            raise RuleFileError(f"{file}: [[site]] {number}: unknown key(s) {', '.join(extra)}")
        domain = site.get("domain")
        rules.extend(_site_rules(site, file, pack, domain, trusted))
        disabled.extend(
            (name, domain) for name in _strings(site.get("disable", []), file, "disable")
        )
        tests.extend(_site_tests(site, file))
    for number, entry in enumerate(data.get("rule", []), start=1):
        rules.append(_named_rule(entry, file, number, trusted))
    return RuleFile(path=file, rules=tuple(rules), disabled=tuple(disabled), tests=tuple(tests))


def _site_rules(
    site: dict[str, Any], file: Path, pack: str, domain: str | None, trusted: bool
) -> list[Rule]:
    """The selector and score rules of one ``[[site]]`` table."""
    where = domain or "generic"
    rules = []
    for key, effect in SELECTOR_EFFECTS.items():
        for index, expression in enumerate(_strings(site.get(key, []), file, key), start=1):
            rules.append(
                Rule(
                    f"{pack}:{where}:{key}:{index}",
                    _selector(expression, file, trusted),
                    effect,
                    domain=domain,
                    strong=effect is Effect.DROP,
                    description=f"{key} {expression} ({file.name})",
                    source=str(file),
                )
            )
    for index, entry in enumerate(site.get("score", []), start=1):
        if not isinstance(entry, dict) or "select" not in entry or "weight" not in entry:
            raise RuleFileError(f"{file}: score entries need select and weight")
        rules.append(
            Rule(
                f"{pack}:{where}:score:{index}",
                _selector(str(entry["select"]), file, trusted),
                Effect.SCORE,
                weight=float(entry["weight"]),
                domain=domain,
                description=f"score {entry['weight']} ({file.name})",
                source=str(file),
            )
        )
    return rules


def _site_tests(site: dict[str, Any], file: Path) -> list[RuleTest]:
    """The ``[[site.test]]`` cases of one ``[[site]]`` table."""
    tests = []
    for case in site.get("test", []):
        page = case.get("page")
        tests.append(
            RuleTest(
                page=(file.parent / page) if page else None,
                url=case.get("url"),
                contains=tuple(_strings(case.get("contains", []), file, "contains")),
                excludes=tuple(_strings(case.get("excludes", []), file, "excludes")),
            )
        )
    return tests


_RULE_KEYS = frozenset(
    {"name", "select", "effect", "weight", "domain", "strong", "description", "role"}
)


def _named_rule(entry: Any, file: Path, number: int, trusted: bool) -> Rule:
    """A ``[[rule]]`` table: a rule with a name of its own, which replaces a built-in or a
    pack's rule of that name."""
    if not isinstance(entry, dict) or not {"name", "select", "effect"} <= set(entry):
        raise RuleFileError(f"{file}: [[rule]] {number} needs name, select and effect")
    extra = sorted(set(entry) - _RULE_KEYS)
    if extra:
        raise RuleFileError(f"{file}: [[rule]] {number}: unknown key(s) {', '.join(extra)}")
    try:
        return Rule(
            str(entry["name"]),
            _selector(str(entry["select"]), file, trusted),
            Effect(str(entry["effect"])),
            weight=float(entry.get("weight", 0.0)),
            domain=entry.get("domain"),
            strong=bool(entry.get("strong", False)),
            description=str(entry.get("description", f"from {file.name}")),
            role=entry.get("role"),
            source=str(file),
        )
    except ValueError as exc:
        raise RuleFileError(f"{file}: [[rule]] {number}: {exc}") from exc


def _selector(expression: str, file: Path, trusted: bool) -> Css | XPath:
    try:
        return selector(expression, trusted=trusted)
    except RuleFileError as exc:
        raise RuleFileError(f"{file}: {exc}") from exc


def _strings(value: Any, file: Path, key: str) -> Iterable[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise RuleFileError(f"{file}: {key} must be a string or a list of strings")
    return items
