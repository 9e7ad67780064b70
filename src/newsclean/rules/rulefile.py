"""What a rule file holds, whatever its format: rules, switches and regression tests."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from ..errors import RuleFileError
from .matchers import Css, XPath
from .model import Effect, Rule

RulePath = str | os.PathLike[str]
#: What each selector key of a site's rules does, in either format (a FiveFilters
#: directive, a key of a TOML site table): the body, what to strip, the metadata fields.
SELECTOR_EFFECTS = {
    "body": Effect.BODY,
    "strip": Effect.DROP,
    "title": Effect.TITLE,
    "author": Effect.AUTHOR,
    "date": Effect.DATE,
}


@attrs.frozen
class RuleTest:
    """A regression case of a rule file: a saved page and snippets that must (not) appear."""

    page: Path | None
    url: str | None = None
    contains: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()


@attrs.frozen
class Unsupported:
    """A directive of a rule file that newsclean does not carry out, with its line."""

    line: int
    directive: str

    def describe(self, path: Path) -> str:
        """``file:line: directive '...' is not supported; ignored``, the one way it is
        reported (as a warning by the library, as a line by the command line)."""
        return f"{path}:{self.line}: directive {self.directive!r} is not supported; ignored"


@attrs.frozen
class RuleFile:
    """What one file contributes: rules, built-in rules to switch off, tests, and the
    directives it uses that newsclean does not carry out."""

    path: Path
    rules: tuple[Rule, ...] = ()
    disabled: tuple[tuple[str, str | None], ...] = ()
    tests: tuple[RuleTest, ...] = ()
    unsupported: tuple[Unsupported, ...] = ()
    #: recorded but never followed (newsclean fetches nothing)
    page_links: tuple[str, ...] = ()


def selector(value: str, *, trusted: bool = False) -> Css | XPath:
    """A CSS selector, or XPath when the expression starts like one; held to the cost
    limits of :mod:`.xpath_cost` unless the caller ``trusted`` the file."""
    text = value.strip()
    try:
        if text.startswith(("/", "(", "./", "..")) or text.startswith("descendant"):
            return XPath(text, bounded=not trusted)
        return Css(text, bounded=not trusted)
    except RuleFileError:
        raise
    except Exception as exc:  # cssselect and lxml raise their own error types
        raise RuleFileError(f"invalid selector {value!r}: {exc}") from exc
