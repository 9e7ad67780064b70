"""Command-line flags built from the keyword-only parameters of :func:`newsclean.extract`.

Every option that ``extract()`` accepts becomes a flag without touching the CLI:
``bool`` gives ``--x/--no-x``, a ``Literal`` gives a choice, ``int``/``float``/``str``/
``Path`` a typed value and a sequence of those a repeatable flag. Parameters of other
types (a ``Registry``, a callable) have no command-line form and are left out.
"""

from __future__ import annotations

import argparse
import inspect
import types
import typing
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..api import extract
from ..errors import NewscleanError, OptionError, UnsupportedDirective, UsageError
from ..rules.files import rule_files
from ..settings import Tuning

_SCALARS: tuple[type, ...] = (int, float, str, Path)
_SEQUENCES = (list, tuple, Sequence, typing.Sequence)


@attrs.frozen
class ExtractOption:
    """One keyword-only parameter of ``extract()`` and how argparse reads it."""

    name: str
    flag: str
    kwargs: dict[str, Any]


def extract_options(function: Callable[..., Any] = extract) -> list[ExtractOption]:
    """The command-line form of each keyword-only parameter of ``function``."""
    hints = typing.get_type_hints(function)
    options = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        kwargs = _argparse_kwargs(hints.get(parameter.name, Any))
        if kwargs is None:
            continue
        default = parameter.default
        shown = "" if default is inspect.Parameter.empty else f" (default: {default!r})"
        kwargs["help"] = f"extract() option {parameter.name}{shown}"
        flag = "--" + parameter.name.replace("_", "-")
        options.append(ExtractOption(parameter.name, flag, kwargs))
    return options


def add_extract_options(parser: argparse.ArgumentParser) -> list[ExtractOption]:
    """Add a flag per ``extract()`` option to ``parser``; return the ones added.

    A flag whose name the CLI already uses for itself is skipped rather than shadowed.
    """
    group = parser.add_argument_group("extraction options (the keyword options of extract())")
    added = []
    for option in extract_options():
        try:
            group.add_argument(option.flag, dest=f"extract_{option.name}", **option.kwargs)
        except argparse.ArgumentError:
            continue
        added.append(option)
    return added


def chosen_options(args: argparse.Namespace, options: list[ExtractOption]) -> dict[str, Any]:
    """The options the user gave on the command line (the others keep extract()'s default)."""
    chosen = {}
    for option in options:
        value = getattr(args, f"extract_{option.name}", None)
        if value is not None:
            chosen[option.name] = value
    return chosen


def _tuning_file(path: str) -> Tuning:
    """``--tuning FILE``: the thresholds in a TOML file (see ``Tuning.from_toml``)."""
    try:
        return Tuning.from_toml(path)
    except OptionError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


#: Option types read from a file named on the command line.
_FROM_FILE: dict[Any, Callable[[str], Any]] = {Tuning: _tuning_file}


def _argparse_kwargs(hint: Any) -> dict[str, Any] | None:
    hint = _without_none(hint)
    origin = typing.get_origin(hint)
    if hint in _FROM_FILE:
        return {"type": _FROM_FILE[hint], "default": None, "metavar": "FILE"}
    if hint is bool:
        return {"action": argparse.BooleanOptionalAction, "default": None}
    if origin is typing.Literal:
        choices = typing.get_args(hint)
        return {"choices": choices, "type": type(choices[0]), "default": None}
    if hint in _SCALARS:
        return {"type": hint, "default": None, "metavar": hint.__name__.upper()}
    if origin in _SEQUENCES:
        items = [item for item in typing.get_args(hint) if item is not Ellipsis]
        if len(items) == 1 and items[0] in _SCALARS:
            name = items[0].__name__.upper()
            return {"type": items[0], "action": "append", "default": None, "metavar": name}
    return None


def _without_none(hint: Any) -> Any:
    """``X | None`` → ``X``; ``X | Sequence[X] | None`` → ``Sequence[X]`` (a repeatable
    flag); other unions are left as they are (and so skipped)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [item for item in typing.get_args(hint) if item is not type(None)]
        if len(members) == 1:
            return members[0]
        sequences = [m for m in members if typing.get_origin(m) in _SEQUENCES]
        if len(sequences) == 1:
            return sequences[0]
    return hint


def load_rule_files(options: dict[str, Any]) -> list[str]:
    """Load the ``--rules`` files once, before any work: a missing or broken file is a
    usage error reported once (not a failure per page). Return the notes to print,
    one line per directive a file uses that newsclean does not carry out."""
    paths = options.get("rules")
    if not paths:
        return []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnsupportedDirective)
            loaded = rule_files(paths)
    except NewscleanError as exc:
        raise UsageError(str(exc)) from None
    return [directive.describe(file.path) for file in loaded for directive in file.unsupported]
