"""FiveFilters site configs (the format of Full-Text RSS and Wallabag) as newsclean rules.

A config is named after its site (``example.com.txt``; ``.example.com.txt`` for
every subdomain) and holds ``directive: value`` lines. XPath expressions run
with lxml. What each directive becomes:

- ``body`` / ``strip``: BODY / DROP rules; ``strip_id_or_class``: a DROP rule for
  elements whose class or id holds that word; ``strip_image_src``: DROP for images
  whose ``src`` contains it.
- ``title`` / ``author`` / ``date``: rules that set those metadata fields.
- ``test_url`` + ``test_contains``: recorded as test cases (a saved page is needed
  to run them: newsclean fetches nothing); ``single_page_link`` /
  ``next_page_link``: recorded, never followed.
- ``tidy``: newsclean always parses with libxml2's forgiving HTML parser, so
  ``yes`` is what it does anyway; ``prune: yes`` and ``autodetect_on_failure: yes``
  are newsclean's own behaviour (pruning link lists inside the body; scoring when
  no body rule matches).
- Anything else (``replace_string``, ``http_header``, ``prune: no``, ...) is
  reported with its line in ``RuleFile.unsupported`` and as a warning, never ignored
  silently.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import RuleFileError
from .matchers import XPath
from .model import Effect, Rule
from .rulefile import SELECTOR_EFFECTS, RuleFile, RuleTest, Unsupported

#: Directives whose value newsclean's own behaviour already is.
_DEFAULT_ON = {"tidy": "yes", "prune": "yes", "autodetect_on_failure": "yes"}
_RECORDED = ("single_page_link", "next_page_link", "single_page_link_in_feed")


def load_site_config(path: Path, *, trusted: bool = False) -> RuleFile:
    """Read one FiveFilters site config file (``trusted``: its XPath is not held to the
    cost limits of :mod:`.xpath_cost`)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: {exc}") from exc
    domain = path.stem.lstrip(".")
    if domain.startswith("www."):
        domain = domain[4:]
    rules: list[Rule] = []
    unsupported: dict[str, Unsupported] = {}
    page_links: list[str] = []
    tests: list[RuleTest] = []
    counts: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        directive, colon, value = line.partition(":")
        directive, value = directive.strip().lower(), value.strip()
        if not colon or not directive:
            raise RuleFileError(f"{path}:{number}: expected 'directive: value'")
        expression = value if directive in SELECTOR_EFFECTS else _generated(directive, value)
        if expression is not None:
            kind = directive if directive in SELECTOR_EFFECTS else "strip"
            match = _xpath(path, number, expression, trusted)
            rules.append(_rule(path, domain, kind, value, match, counts))
        elif directive == "test_url":
            tests.append(RuleTest(page=None, url=value))
        elif directive == "test_contains":
            if not tests:
                raise RuleFileError(f"{path}:{number}: test_contains before any test_url")
            last = tests[-1]
            tests[-1] = RuleTest(last.page, last.url, (*last.contains, value), last.excludes)
        elif directive in _RECORDED:
            page_links.append(f"{directive}: {value}")
        elif directive in _DEFAULT_ON and value.lower() == _DEFAULT_ON[directive]:
            continue
        else:
            named = f"{directive}: {value}" if directive in _DEFAULT_ON else directive
            unsupported.setdefault(named, Unsupported(number, named))
    return RuleFile(
        path=path,
        rules=tuple(rules),
        tests=tuple(tests),
        unsupported=tuple(unsupported.values()),
        page_links=tuple(page_links),
    )


def _generated(directive: str, value: str) -> str | None:
    """The XPath of a directive that names a word (``strip_id_or_class``) or a piece of
    an image address (``strip_image_src``); None for other directives."""
    word = value.strip("'\" ")
    if directive == "strip_id_or_class":
        return (
            f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {word} ') or @id='{word}']"
        )
    if directive == "strip_image_src":
        return f"//img[contains(@src, '{word}')]"
    return None


def _xpath(path: Path, number: int, expression: str, trusted: bool) -> XPath:
    try:
        return XPath(expression, bounded=not trusted)
    except RuleFileError as exc:
        raise RuleFileError(f"{path}:{number}: {exc}") from exc
    except Exception as exc:  # lxml's XPathSyntaxError
        raise RuleFileError(f"{path}:{number}: invalid XPath {expression!r}: {exc}") from exc


def _rule(
    path: Path, domain: str, kind: str, value: str, match: XPath, counts: dict[str, int]
) -> Rule:
    counts[kind] = counts.get(kind, 0) + 1
    effect = SELECTOR_EFFECTS[kind]
    return Rule(
        f"fivefilters:{domain}:{kind}:{counts[kind]}",
        match,
        effect,
        domain=domain,
        strong=effect is Effect.DROP,
        description=f"{kind}: {value} ({path.name})",
        source=str(path),
    )
