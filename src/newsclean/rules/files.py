"""Find and read rule files: TOML packs and FiveFilters site configs, by suffix."""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from pathlib import Path

from ..errors import RuleFileError, UnsupportedDirective
from .fivefilters import load_site_config
from .rulefile import RuleFile, RulePath
from .toml_rules import load_toml_rules


def load_rule_file(path: RulePath, *, trusted: bool = False) -> RuleFile:
    """Read one TOML rule file or FiveFilters site config (``.txt``). Its XPath and CSS
    are held to the cost limits of :mod:`.xpath_cost` (refused, or bounded on costly
    pages) unless the caller ``trusted`` it."""
    file = Path(path)
    if file.suffix == ".txt":
        return load_site_config(file, trusted=trusted)
    return load_toml_rules(file, trusted=trusted)


def rule_file_paths(paths: RulePath | Sequence[RulePath]) -> list[Path]:
    """Every rule file under ``paths`` (files, or directories searched for ``*.toml``
    and ``*.txt``), in a stable order."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    found: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in (".toml", ".txt"))
        elif path.exists():
            found.append(path)
        else:
            raise RuleFileError(f"no such rule file or directory: {path}")
    return found


def rule_files(paths: RulePath | Sequence[RulePath], *, trusted: bool = False) -> list[RuleFile]:
    """Every rule file under ``paths``, loaded (``trusted``: as for
    :func:`load_rule_file`); unsupported directives are warned about
    (:class:`~newsclean.errors.UnsupportedDirective`, one warning per directive)."""
    loaded: list[RuleFile] = []
    for file in rule_file_paths(paths):
        rule_file = load_rule_file(file, trusted=trusted)
        for directive in rule_file.unsupported:
            warnings.warn(directive.describe(file), UnsupportedDirective, stacklevel=2)
        loaded.append(rule_file)
    return loaded
