"""The page's own CSS in the explain report, without anything that can fetch, bind or
reach the report's own panel.

A regex filter cannot hold here: a browser reads ``@\\69mport``, ``\\75rl(`` and an
``@import`` without its ``;`` as the real thing. So the sheet is read with the token rules
of CSS Syntax Level 3 (escapes, strings, comments, ``url(`` tokens, nested blocks), judged
on the decoded names, and written back from the tokens that were judged: the browser
reads exactly what was judged. What stays:

- style rules whose selector names nothing of the report (``nc-``) and their declarations
  whose property is not a binding (``behavior``, ``-moz-binding``) and whose value calls
  only the functions of :data:`FUNCTIONS` (colours, maths, gradients, transforms, filters
  on numbers): never ``url()``, ``image-set()``, ``image()``, ``element()``, ``paint()``,
  ``src()`` or ``attr()``, so nothing can name a resource;
- the grouping at-rules of :data:`GROUPING_AT_RULES`, their content judged the same way;
- ``!important`` is removed, so the report's own marks win the cascade.

Everything else goes: every other at-rule (``@import``, ``@font-face``, ``@namespace``
...), nested rules inside a style rule, any statement holding an unterminated string,
block or ``url(``, a ``<`` outside a string. ``<`` inside a string is written as the
escape ``\\3c `` so no sheet can close the report's ``<style>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Functions a kept value may call: none of them can name a resource.
FUNCTIONS = frozenset(
    """rgb rgba hsl hsla hwb lab lch oklab oklch color color-mix light-dark calc min max clamp
    round mod rem abs sign sin cos tan asin acos atan atan2 pow sqrt hypot log exp var env
    linear-gradient radial-gradient conic-gradient repeating-linear-gradient
    repeating-radial-gradient repeating-conic-gradient -webkit-linear-gradient
    -webkit-radial-gradient -webkit-repeating-linear-gradient translate translatex
    translatey translatez translate3d scale scalex scaley scalez scale3d rotate rotatex
    rotatey rotatez rotate3d matrix matrix3d skew skewx skewy perspective cubic-bezier steps
    linear minmax repeat fit-content blur brightness contrast grayscale drop-shadow opacity
    saturate sepia invert hue-rotate inset circle ellipse polygon rect xywh counter counters
    not is where has nth-child nth-last-child nth-of-type nth-last-of-type lang dir selector
    host host-context""".split()  # noqa: SIM905
)
#: At-rules kept, with their rules inside judged as the sheet's.
GROUPING_AT_RULES = frozenset(
    ("media", "supports", "container", "layer", "keyframes", "-webkit-keyframes", "scope")
)
#: Properties that bind behaviour to elements in old browsers.
BINDING_PROPERTIES = frozenset(("behavior", "-moz-binding", "-ms-behavior", "src"))

_ESCAPE = r"\\(?:[0-9A-Fa-f]{1,6}[ \t\n]?|[^\n0-9A-Fa-f])"
_NAME_CHAR = rf"(?:[A-Za-z0-9_\-\u0080-\U0010ffff]|{_ESCAPE})"
_IDENT = rf"(?:--|-?(?:[A-Za-z_\u0080-\U0010ffff]|{_ESCAPE})){_NAME_CHAR}*"
_TOKEN = re.compile(
    rf"""(?P<ws>[ \t\n]+)
    |(?P<comment>/\*[\s\S]*?(?:\*/|\Z))
    |(?P<string>"(?:[^"\\\n]|\\[\s\S])*(?:"|(?=\n)|\Z)|'(?:[^'\\\n]|\\[\s\S])*(?:'|(?=\n)|\Z))
    |(?P<cdo><!--)|(?P<cdc>-->)
    |(?P<number>[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?(?:%|{_IDENT})?)
    |(?P<ident>{_IDENT})
    |(?P<at>@{_IDENT})
    |(?P<hash>\#{_NAME_CHAR}+)
    |(?P<open>[{{(\[])
    |(?P<close>[}})\]])
    |(?P<delim>[\s\S])""",
    re.VERBOSE,
)
_SPACE = re.compile(r"[ \t\n]*")
_URL_REST = re.compile(r"[ \t\n]*(?:[^)\\]|\\[\s\S])*(?:\)|\Z)")
_HEX_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{1,6})[ \t\n]?|\\([\s\S])")
_CLOSER = {"{": "}", "(": ")", "[": "]"}

#: (kind, text, decoded lower-case name or "")
Token = tuple[str, str, str]


def _decode(text: str) -> str:
    """``text`` with its CSS escapes resolved, in lower case."""

    def one(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return match.group(2)
        code = int(match.group(1), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _HEX_ESCAPE.sub(one, text).lower() if "\\" in text else text.lower()


def tokens(css: str) -> list[Token]:
    """``css`` as tokens (newlines and NUL preprocessed as the spec says)."""
    css = css.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    css = css.replace("\x00", "\ufffd")
    found: list[Token] = []
    position, end = 0, len(css)
    while position < end:
        match = _TOKEN.match(css, position)
        assert match is not None  # the last alternative takes any character
        kind, text = match.lastgroup or "delim", match.group()
        position = match.end()
        if kind == "string" and not (len(text) > 1 and text[-1] == text[0]):
            kind = "bad"  # cut by a newline or the end of the sheet
        elif kind == "ident" and position < end and css[position] == "(":
            name = _decode(text)
            after = _SPACE.match(css, position + 1)
            assert after is not None
            if name == "url" and css[after.end() : after.end() + 1] not in ("'", '"'):
                rest = _URL_REST.match(css, position + 1)
                assert rest is not None
                position = rest.end()
                found.append(("url", css[match.start() : position], "url"))
                continue
            found.append(("function", text + "(", name))
            position += 1
            continue
        elif kind == "delim" and text == "\\":
            kind = "bad"  # a backslash before a newline escapes nothing
        name = _decode(text[1:] if kind in ("at", "hash") else text) if kind != "ws" else ""
        found.append((kind, text, name))
    return found


def _blocks(items: list[Token]) -> list[int]:
    """For each opening token, the index of its closing token (-1 when never closed);
    a closing token that does not close the innermost block is an ordinary token."""
    closing = [-2] * len(items)
    stack: list[int] = []
    for index, (kind, text, _name) in enumerate(items):
        if kind == "open" or kind == "function":
            stack.append(index)
        elif kind == "close" and stack:
            top = items[stack[-1]]
            wanted = ")" if top[0] == "function" else _CLOSER[top[1]]
            if text == wanted:
                closing[stack.pop()] = index
    for index in stack:
        closing[index] = -1
    return closing


class _Sheet:
    """One sheet's tokens and block ends, read statement by statement."""

    def __init__(self, css: str) -> None:
        self.items = tokens(css)
        self.closing = _blocks(self.items)

    def statements(self, start: int, stop: int) -> Iterator[tuple[int, int, int]]:
        """(first token, ``{`` or ``;`` token or -1, end) of each rule between the two."""
        index = start
        while index < stop:
            kind, text, _name = self.items[index]
            if kind in ("ws", "comment", "cdo", "cdc"):
                index += 1
                continue
            head = index
            while index < stop:
                kind, text, _name = self.items[index]
                if kind == "open" and text == "{":
                    end = self.closing[index]
                    if end < 0 or end >= stop:
                        return  # an unterminated block: nothing after it is kept
                    yield head, index, end + 1
                    index = end + 1
                    break
                if text == ";" and self.items[head][0] == "at":
                    yield head, index, index + 1
                    index += 1
                    break
                if kind in ("open", "function"):
                    end = self.closing[index]
                    if end < 0 or end >= stop:
                        return
                    index = end
                index += 1
            else:
                return  # a statement cut by the end of the sheet

    def safe(self, start: int, stop: int) -> bool:
        """True when the tokens between the two name no resource and read the same alone."""
        for kind, text, name in self.items[start:stop]:
            if kind in ("url", "bad", "at", "cdo", "cdc") or (kind == "delim" and text == "<"):
                return False
            if kind == "function" and name not in FUNCTIONS:
                return False
        return True

    def text(self, start: int, stop: int) -> str:
        """The tokens between the two as CSS: comments as ``/**/`` (they may separate
        two tokens), ``<`` in strings escaped."""
        out = []
        for kind, text, _name in self.items[start:stop]:
            if kind == "comment":
                out.append("/**/")
            elif kind == "ws":
                out.append(" ")
            elif kind == "string":
                out.append(text.replace("<", "\\3c "))
            else:
                out.append(text)
        return "".join(out).strip()

    def rules(self, start: int, stop: int, depth: int = 0) -> str:
        """The kept rules between the two token indexes, as CSS."""
        out = []
        for head, brace, end in self.statements(start, stop):
            kind, _text, name = self.items[head]
            if not self.safe(head + (kind == "at"), brace):
                continue
            if any("nc-" in n or "newsclean" in n for _k, _t, n in self.items[head:brace]):
                continue  # aimed at the report's own panel and marks
            prelude = self.text(head, brace)
            if kind == "at":
                if name not in GROUPING_AT_RULES or depth > 8:
                    continue
                if self.items[brace][1] == ";":
                    out.append(prelude + ";")
                elif inner := self.rules(brace + 1, end - 1, depth + 1):
                    out.append(f"{prelude}{{{inner}}}")
            elif declarations := self.declarations(brace + 1, end - 1):
                out.append(f"{prelude}{{{declarations}}}")
        return "".join(out)

    def declarations(self, start: int, stop: int) -> str:
        """The kept declarations between the two token indexes, ``;``-separated."""
        kept = []
        index = start
        while index < stop:
            first = index
            nested = False
            while index < stop and self.items[index][1] != ";":
                kind, text, _name = self.items[index]
                if kind in ("open", "function"):
                    nested = nested or text == "{"
                    index = self.closing[index] if 0 <= self.closing[index] < stop else stop
                index += 1
            declaration = self._declaration(first, min(index, stop)) if not nested else None
            if declaration:
                kept.append(declaration)
            index += 1
        return ";".join(kept)

    def _declaration(self, start: int, stop: int) -> str | None:
        words = [i for i in range(start, stop) if self.items[i][0] not in ("ws", "comment")]
        if len(words) < 3 or self.items[words[0]][0] != "ident" or self.items[words[1]][1] != ":":
            return None
        if self.items[words[0]][2] in BINDING_PROPERTIES or not self.safe(words[1], stop):
            return None
        end = stop
        if self.items[words[-1]][2] == "important" and self.items[words[-2]][1] == "!":
            end = words[-2]
        value = self.text(words[1] + 1, end)
        return f"{self.items[words[0]][1]}:{value}" if value else None


def filter_sheet(css: str) -> str:
    """The rules of ``css`` the report may keep, as CSS."""
    sheet = _Sheet(css)
    return sheet.rules(0, len(sheet.items))


def filter_declarations(css: str) -> str:
    """The declarations of a ``style`` attribute the report may keep."""
    sheet = _Sheet(css)
    return sheet.declarations(0, len(sheet.items))
