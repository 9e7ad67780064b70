"""What an XPath expression from a rule file may cost, read from its text, and how it is
kept to that on every page.

libxml2 evaluates XPath by the letter. Most rule expressions are one pass over the tree
(``//div[@class='story']``), but some forms cost the square of the page or worse:

- an absolute path inside a predicate (``//*[count(//*) > 0]``, ``//p[//h1]``), or a
  ``preceding::``/``following::`` axis there: the whole page once per element;
- several ``//`` steps (``//div//div//p``): libxml2 merges each context's descendants
  into the result with a duplicate check against everything found so far, so the cost is
  the result times the ancestor-descendant pairs (``//*//*`` takes 1.5 s on a 10,000
  element page of the corpus, ``//div//div`` 6.8 s on a chain of 2,000 divs);
- a relative descendant or ancestor axis inside a predicate (``//div[not(.//iframe)]``):
  the pairs of the page (linear on real pages, quadratic on a deep one);
- a sibling axis inside a predicate (``//p[preceding-sibling::h2]``): the sibling pairs
  (26 s on 40,000 paragraphs in one ``<div>``).

So a rule file's expression is **refused** (``RuleFileError`` at load time and in
``newsclean rules check``) when it has an absolute path, ``preceding::`` or
``following::`` inside a predicate, ``count()`` of an absolute path, or more than
:data:`MAX_DESCENDANT_STEPS` descendant steps; and it is **bounded** when it has two or
more descendant steps or a descendant, ancestor or sibling axis in a predicate: such an
expression runs only on a page whose :class:`Shape` keeps its cost under
:data:`MAX_PAIRS`, and a path of several ``//`` steps is evaluated one step at a time,
each context's descendants merged in Python by identity (linear in the pairs, not their
square). A caller who trusts their files loads them with ``trusted=True``.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
from lxml import etree

from ..errors import RuleFileError

HtmlElement = Any

#: Descendant steps (``//``, ``descendant::``) one rule-file expression may have. Of the
#: 7,985 expressions of the public ftr-site-config collection, 19 have five to eight.
MAX_DESCENDANT_STEPS = 4
#: The most ancestor-descendant pairs (the sum of every element's depth) a page may have
#: for a bounded expression of descendant steps or a descendant/ancestor predicate to run
#: on it: each ``//`` step costs about 0.35 s per million pairs, a predicate 0.06 s. The
#: corpus's largest page has 138,353 pairs; a chain of 2,048 elements 2,096,128.
MAX_PAIRS = 1_000_000
#: The most sibling pairs (the sum over parents of their children squared) a page may
#: have for an expression with a sibling axis in a predicate to run on it: about 8 ns
#: each (40,000 paragraphs in one parent, 1.6e9 pairs, took 26 s). The corpus's largest
#: is 13.8 million (3,711 children of one element).
MAX_SIBLING_PAIRS = 100_000_000

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>"[^"]*"|'[^']*')
    | (?P<number>\d+(?:\.\d*)?|\.\d+)
    | (?P<axis>[A-Za-z_][\w.\-]*)\s*::
    | (?P<function>[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)\s*(?=\()
    | (?P<name>(?:[A-Za-z_][\w.\-]*:)?(?:[A-Za-z_][\w.\-]*|\*)|\$[\w.\-:]+)
    | (?P<symbol>//|/|\.\.|\.|@|\[|\]|\(|\)|,|\||!=|<=|>=|=|<|>|\+|-|\*)
    )""",
    re.VERBOSE,
)
#: Tokens after which ``/`` starts a new (absolute) path rather than a step.
_PATH_START = frozenset(
    ("", "[", "(", ",", "|", "=", "!=", "<", ">", "<=", ">=", "+", "-", "and", "or", "div", "mod")
)
_DESCENDANT_AXES = frozenset(("descendant", "descendant-or-self"))
_PAIRS_AXES = _DESCENDANT_AXES | {"ancestor", "ancestor-or-self"}
_SIBLING_AXES = frozenset(("preceding-sibling", "following-sibling"))
_WHOLE_PAGE_AXES = frozenset(("preceding", "following"))


@attrs.frozen
class Cost:
    """What an expression costs beyond one pass over the page."""

    #: the most descendant steps of one branch of the expression, outside predicates
    steps: int = 0
    #: a descendant or ancestor axis inside a predicate
    predicate_pairs: bool = False
    #: a sibling axis inside a predicate
    predicate_siblings: bool = False
    #: the top-level ``//`` split points, when the expression is a union of paths
    branches: tuple[tuple[str, ...], ...] = ()

    @property
    def bounded(self) -> bool:
        return self.steps >= 2 or self.predicate_pairs or self.predicate_siblings


def xpath_cost(expression: str) -> Cost:
    """Read ``expression``'s cost; raise ``RuleFileError`` for the refused forms."""
    tokens = _tokens(expression)
    predicates = parens = 0
    before = previous = ""  # the two tokens before this one, lower case
    steps_in_branch = most_steps = all_steps = 0
    pairs = siblings = False
    for kind, text, _start in tokens:
        lowered = text.lower()
        predicates += (text == "[") - (text == "]")
        parens += (text == "(") - (text == ")")
        descendant = text == "//" or (kind == "axis" and lowered in _DESCENDANT_AXES)
        if text in ("/", "//") and predicates and previous in _PATH_START:
            raise RuleFileError(f"XPath {expression!r}: an absolute path inside a predicate")
        if text in ("/", "//") and previous == "(" and before == "count":
            raise RuleFileError(f"XPath {expression!r}: count() of an absolute path")
        if kind == "axis" and predicates and lowered in _WHOLE_PAGE_AXES:
            raise RuleFileError(f"XPath {expression!r}: the {lowered}:: axis inside a predicate")
        if predicates:
            pairs = pairs or descendant or (kind == "axis" and lowered in _PAIRS_AXES)
            siblings = siblings or (kind == "axis" and lowered in _SIBLING_AXES)
        elif descendant:
            steps_in_branch += 1
        if text == "|" and not predicates and not parens:
            steps_in_branch = 0
        all_steps += descendant
        most_steps = max(most_steps, steps_in_branch)
        before, previous = previous, lowered
    if all_steps > MAX_DESCENDANT_STEPS:
        raise RuleFileError(
            f"XPath {expression!r}: {all_steps} descendant steps, over the limit of "
            f"{MAX_DESCENDANT_STEPS}"
        )
    return Cost(most_steps, pairs, siblings, _branches(expression.strip(), tokens))


def _tokens(expression: str) -> list[tuple[str, str, int]]:
    """(kind, text, where it starts) of each token of ``expression`` (stripped)."""
    tokens = []
    position = 0
    text = expression.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise RuleFileError(f"XPath {expression!r}: cannot read it at {text[position:]!r}")
        position = match.end()
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind), match.start(kind)))
    return tokens


def _branches(text: str, tokens: list[tuple[str, str, int]]) -> tuple[tuple[str, ...], ...]:
    """The top-level union branches of ``text``, each cut before its top-level descendant
    steps: the first piece is evaluated as it is, each later one from every element the
    pieces before it found (``.//p``, ``descendant::p``). () when a piece is empty."""
    branches: list[list[str]] = []
    pieces: list[str] = []
    depth = start = 0
    prefix = ""
    for index, (_kind, token, where) in enumerate(tokens):
        depth += (token in ("[", "(")) - (token in ("]", ")"))
        following = tokens[index + 1] if index + 1 < len(tokens) else ("", "", 0)
        axis_step = token == "/" and following[0] == "axis"
        if depth or not (token in ("|", "//") or (axis_step and following[1] in _DESCENDANT_AXES)):
            continue
        pieces.append(prefix + text[start:where].strip())
        start = where + len(token)
        prefix = ".//" if token == "//" else ""
        if token == "|":
            branches.append(pieces)
            pieces, prefix = [], ""
    pieces.append(prefix + text[start:].strip())
    branches.append(pieces)
    if any(piece in ("", ".//") for branch in branches for piece in branch[1:]):
        return ()
    return tuple(tuple(branch) for branch in branches)


@attrs.define
class Shape:
    """What a page offers a bounded expression: its ancestor-descendant pairs (the sum of
    every element's depth) and its sibling pairs (the sum over parents of their children
    squared). Read once per page, on first use."""

    root: HtmlElement
    _pairs: tuple[int, int] | None = None

    def pairs(self) -> tuple[int, int]:
        if self._pairs is None:
            depth = pairs = siblings = 0
            for event, element in etree.iterwalk(self.root, events=("start", "end")):
                if event == "start":
                    depth += 1
                    pairs += depth - 1
                    children = len(element)
                    siblings += children * children
                else:
                    depth -= 1
            self._pairs = (pairs, siblings)
        return self._pairs

    def allows(self, cost: Cost) -> bool:
        """True when ``cost`` stays under the budget on this page."""
        pairs, siblings = self.pairs()
        if (cost.steps >= 2 or cost.predicate_pairs) and pairs > MAX_PAIRS:
            return False
        return not (cost.predicate_siblings and siblings > MAX_SIBLING_PAIRS)


@attrs.frozen
class Plan:
    """How a bounded expression runs: its cost, and each union branch's pieces compiled
    (the empty first piece of ``//p...`` becomes the absolute first step ``//p``)."""

    cost: Cost
    pieces: tuple[tuple[etree.XPath, ...], ...]

    @classmethod
    def of(cls, expression: str) -> Plan:
        """The plan of ``expression``; ``RuleFileError`` for a refused form."""
        cost = xpath_cost(expression)
        pieces = []
        for branch in cost.branches if cost.steps >= 2 else ():
            first, *rest = branch
            if not first and rest:
                first, rest = "/" + rest[0].removeprefix("."), rest[1:]
            pieces.append(tuple(etree.XPath(piece, regexp=False) for piece in (first, *rest)))
        return cls(cost, tuple(pieces))

    def select(self, compiled: etree.XPath, root: HtmlElement, shape: Shape | None) -> list[Any]:
        """What ``compiled`` (the whole expression) selects under ``root``, or nothing on
        a page too costly for it; several ``//`` steps one at a time, merged by identity."""
        if not self.cost.bounded:
            return _elements(compiled(root))
        if not (shape or Shape(root)).allows(self.cost):
            return []
        if not self.pieces:
            return _elements(compiled(root))
        found: dict[Any, None] = {}
        for first, *rest in self.pieces:
            contexts = _elements(first(root))
            for piece in rest:
                contexts = _descend(piece, contexts)
            found.update(dict.fromkeys(contexts))
        if len(self.pieces) > 1 and found:  # a union: back in document order
            return [e for e in root.getroottree().iter() if e in found]
        return list(found)


def _descend(piece: etree.XPath, contexts: list[Any]) -> list[Any]:
    """``piece`` from each context in document order, merged by identity. A context
    inside one already searched is skipped: what it would find, the outer one found
    (each piece starts with a descendant step), so the searched subtrees are disjoint and
    a piece costs one pass however deeply its contexts nest."""
    searched: set[Any] = set()
    merged: dict[Any, None] = {}
    for context in contexts:
        if any(ancestor in searched for ancestor in context.iterancestors()):
            continue
        searched.add(context)
        merged.update(dict.fromkeys(_elements(piece(context))))
    return list(merged)


def _elements(result: Any) -> list[Any]:
    if not isinstance(result, list):
        return []
    return [node for node in result if isinstance(node, etree._Element)]
