"""Elements the page's own stylesheet hides, read in one pass over its ``<style>`` text.

Only what can be read with certainty without a browser counts:

- rules at the top level of a sheet (a rule inside ``@media`` or ``@supports`` applies
  to some screens only), whose declarations say ``display: none`` (in lower case);
- selectors naming one class or one id (perhaps after a tag name): selectors with
  combinators, pseudo-classes or attributes depend on more than the element;
- an element is hidden only if no rule anywhere in the sheet (``@media`` included,
  ``@media print`` aside) that sets another ``display`` names one of its classes or its
  id: a tab panel shown with ``.panel.active {display: block}``, a sidebar shown from
  some width up (but not a copy shown only on paper).

The names are matched by the rules walk as it reads the page's classes and ids
(:class:`PageStyles`), so this costs one regex pass over the sheets and a set lookup
per distinct class value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

#: At most this many characters of style sheets are read from a page.
MAX_CSS_CHARS = 2_000_000

_COMMENTS = re.compile(r"/\*.*?(?:\*/|$)", re.S)
#: Written in lower case, as style sheets are in practice (a case-blind search costs
#: ten times as much on the large sheets some pages inline).
_HIDES = re.compile(r"display\s*:\s*none\b")
_SHOWS = re.compile(r"\bdisplay\s*:\s*(?!none\b)[a-z]", re.I)
#: ``@media print`` blocks (one level of rules inside): what they show, only paper shows.
_PRINT_RULES = re.compile(r"@media\s+print\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
#: A selector naming one class or one id, perhaps after a tag name.
_SINGLE = re.compile(r"(?:[a-z][a-z0-9-]*)?([.#])([\w-]+)", re.I)


@attrs.define
class PageStyles:
    """The class and id names a page's style sheets hide (the walk matches them)."""

    classes: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    #: the sheets, comments removed, to look up whether a rule shows a name
    sheets: tuple[str, ...] = ()
    _shown: dict[str, bool] = attrs.field(factory=dict, alias="_shown")
    #: the sheets less their ``@media print`` rules, made on first need
    _on_screen: tuple[str, ...] | None = attrs.field(default=None, alias="_on_screen")

    def __bool__(self) -> bool:
        return bool(self.classes or self.ids)

    def hides(self, attribute: str, value: str) -> bool:
        """True when a ``class`` or ``id`` attribute with ``value`` hides its element
        (an id selector names the whole value; any other attribute hides nothing)."""
        if attribute == "class":
            names = value.split()
            if self.classes.isdisjoint(names):  # nearly always: one call in C
                return False
            hidden = self.classes
        elif attribute == "id" and value in self.ids:
            names, hidden = [value], self.ids
        else:
            return False
        return not any(self._is_shown(name) for name in names if name in hidden)

    def _is_shown(self, name: str) -> bool:
        """True when a rule anywhere that sets a display other than none names ``name``
        (looked up on first need: a page uses few of the names its sheets hide, and
        most pages none, so the print rules are taken out of the sheets only then)."""
        found = self._shown.get(name)
        if found is None:
            if self._on_screen is None:
                self._on_screen = tuple(
                    _PRINT_RULES.sub("", css) if "print" in css else css for css in self.sheets
                )
            found = self._shown[name] = any(_shows(css, name) for css in self._on_screen)
        return found


def read_styles(sheets: Iterable[str]) -> PageStyles:
    """What the style sheets ``sheets`` hide, read in one pass over each.

    The work goes from the declarations outward: each ``display: none`` is found by
    a regex, its rule's selector by searching back for the brace that opens it, the
    rule's nesting by counting the braces since the previous one.
    """
    classes: set[str] = set()
    ids: set[str] = set()
    texts: list[str] = []
    budget = MAX_CSS_CHARS
    for sheet in sheets:
        if "none" not in sheet or budget <= 0:
            continue
        css = _COMMENTS.sub("", sheet[:budget])
        budget -= len(css)
        texts.append(css)
        for selector in _hiding_selectors(css):
            single = _SINGLE.fullmatch(selector)
            if single is not None:
                (classes if single.group(1) == "." else ids).add(single.group(2))
    return PageStyles(frozenset(classes), frozenset(ids), tuple(texts))


def _hiding_selectors(css: str) -> list[str]:
    """The selectors of the rules at the top level of ``css`` that hide."""
    found: list[str] = []
    depth, counted = 0, 0
    for match in _HIDES.finditer(css):
        opening = css.rfind("{", 0, match.start())
        if opening < counted:
            continue  # a second display in the same rule
        depth += css.count("{", counted, opening) - css.count("}", counted, opening)
        counted = opening
        if depth != 0:
            continue  # inside @media or @supports: some screens only
        found.extend(" ".join(s.split()) for s in _selector_before(css, opening).split(","))
    return found


def _shows(css: str, name: str) -> bool:
    """True when a rule of ``css`` whose selector names ``name`` sets a display other
    than none (looked for with literal searches, which run at memory speed)."""
    for mention in (f".{name}", f"#{name}"):
        start = css.find(mention)
        while start >= 0:
            end = start + len(mention)
            following = css[end : end + 1]
            whole_name = following == "" or not (following.isalnum() or following in "-_")
            if whole_name:
                opening = css.find("{", end)
                if opening >= 0 and "}" not in css[end:opening]:
                    closing = css.find("}", opening)
                    if _SHOWS.search(css, opening, closing if closing >= 0 else len(css)):
                        return True
            start = css.find(mention, end)
    return False


def _selector_before(css: str, opening: int) -> str:
    """The selector of the rule that opens with the brace at ``opening``."""
    start = max(css.rfind("}", 0, opening), css.rfind(";", 0, opening)) + 1
    return css[start:opening]
