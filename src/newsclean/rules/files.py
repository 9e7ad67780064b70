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


def load_rule_file(path: RulePath) -> RuleFile:
    """Read one TOML rule file or FiveFilters site config (``.txt``)."""
    file = Path(path)
    if file.suffix == ".txt":
        return load_site_config(file)
    return load_toml_rules(file)


def rule_files(paths: RulePath | Sequence[RulePath]) -> list[RuleFile]:
    """Every rule file under ``paths`` (files, or directories searched for ``*.toml``
    and ``*.txt``), in a stable order; unsupported directives are warned about."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    loaded: list[RuleFile] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".toml", ".txt"))
        elif path.exists():
            files = [path]
        else:
            raise RuleFileError(f"no such rule file or directory: {path}")
        for file in files:
            rule_file = load_rule_file(file)
            for directive in rule_file.unsupported:
                warnings.warn(
                    f"{file}: directive {directive!r} is not supported and was not applied",
                    UnsupportedDirective,
                    stacklevel=2,
                )
            loaded.append(rule_file)
    return loaded
