"""Find a tag with too many attributes before libxml2 parses it, reading the markup as
libxml2's HTML5 tokenizer does.

libxml2 appends each attribute by walking the element's attribute list, so one tag with
tens of thousands of attributes costs seconds, and the cost grows with the square of
their number. A check that ends a tag at its first ``>`` is evaded by a ``>`` inside a
quoted value every few kilobytes, and one that honours every quote reads script text as
tags. This module follows the tokenizer's states instead: data, tags (names, ``=``,
quoted and bare values), comments and bogus comments, raw text up to its own end tag
(``script`` with its escaped states, ``style``, ``textarea``, ``title``...) and
``plaintext``. The whole page is read by one compiled expression with possessive
repeats, so the work stays in C and never backtracks.
"""

from __future__ import annotations

import functools
import re
import string
from typing import Any, AnyStr

_SPACE = r"[\t\n\f\r ]"
#: what ends a tag name or starts its attributes
_NAME_END = r"[\t\n\f\r />]"
#: the rest of a tag name after its first letter
_NAME_REST = r"[^\t\n\f\r />]*+"
_ATTRIBUTE = (
    r"[^\t\n\f\r />][^\t\n\f\r />=]*+"  # a name may start with "=" or hold quotes
    r"(?:" + _SPACE + r"*+=" + _SPACE + r"*+"
    r"(?:\"[^\"]*+\"?|'[^']*+'?|[^\t\n\f\r >]*+))?"  # a quote runs to the end of the page
)
_SEPARATOR = r"[\t\n\f\r /]*+"
#: `` name="value"``, read the same way as by the general pattern but in fewer steps
_COMMON_ATTRIBUTE = r' [a-zA-Z0-9_:.-]++="[^"]*+"'
#: One attribute with the separators before it (none after a quoted value). Each
#: alternative starts with a character test, so that a ``>`` ends the repeat at once.
_ATTRIBUTE_STEP = (
    "(?:" + _COMMON_ATTRIBUTE + r"|[\t\n\f\r /]" + _SEPARATOR + _ATTRIBUTE + "|" + _ATTRIBUTE + ")"
)
#: How many `` name="value"`` attributes a tag's rest spells out before the general
#: repeat (see :func:`_tag_rest`): nine start tags in ten have no more.
_SPELLED_OUT = 4

# How sre spends its time here: entering an alternative or a repeat's next step, or an
# assertion, is a nested call that costs as much as reading a hundred characters, while
# an alternative whose first item is a character (class) that does not match is skipped
# almost for free. So each alternative below starts with a character test, and the
# commonest tags (a name, a few ``name="value"``, ``>``) take as few nested calls as
# they can.


def _any_case(word: str) -> str:
    """``word`` in any ASCII case, as classes (``[sS][cC]...``): sre tries them faster
    than an ignore-case group."""
    return "".join(f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


_SCRIPT = _any_case("script")
_SCRIPT_END = r"</" + _SCRIPT + _NAME_END
_SCRIPT_START = r"<" + _SCRIPT + _NAME_END
#: elements whose text holds no tags, up to their own end tag (RAWTEXT and RCDATA)
RAW_TEXT_ELEMENTS = ("style", "xmp", "iframe", "noembed", "noframes", "textarea", "title")


def _tag_rest(limit: int | None, self_closing: bool = True, spelled_out: int = 0) -> str:
    """A tag after its name, through its ``>``; at most ``limit`` attributes (any
    number for None). libxml2 reads no raw text after a start tag that closes itself
    (``<script/>``), so a raw-text start must not end in ``/>``.

    The first ``spelled_out`` attributes may be read as nested alternatives: ``>``, or
    `` name="value"`` and the rest, or else the general repeat. ``_COMMON_ATTRIBUTE`` is
    the repeat's first alternative and reads what it would, so whichever succeeds ends
    where the repeat alone would; a tag that fails is read again at most once per level.
    """
    end = _SEPARATOR + ">" if self_closing else r"(?:[\t\n\f\r /]*" + _SPACE + ")?>"

    def after(read: int) -> str:
        """The tag's rest after ``read`` attributes."""
        repeat = "*+" if limit is None else "{0," + str(limit - read) + "}+"
        general = _ATTRIBUTE_STEP + repeat + end
        if read in (spelled_out, limit):
            return general
        return "(?:>|" + _COMMON_ATTRIBUTE + after(read + 1) + "|" + general + ")"

    return after(0)


def _script_text() -> str:
    """Script text: ``<!--`` escapes it, and inside that a ``<script>`` double-escapes it
    until ``</script>``; ``-->`` goes back to plain script text."""
    dashes = r"-++(?!>)|-(?=>)"
    double = r"[^<-]++|" + dashes + r"|<(?!" + _SCRIPT_END[1:] + ")"
    escaped = (
        r"[^<-]++|" + dashes + r"|<(?!/?" + _SCRIPT + _NAME_END + ")"
        r"|" + _SCRIPT_START + r"(?:" + double + r")*+" + _SCRIPT_END
    )
    escape = (
        r"-*+>|(?:" + escaped + r")*+"
        r"(?:-{2,}+>|" + _SCRIPT_START + r"(?:" + double + r")*+(?:-{2,}+>|\Z)"
        r"|(?=" + _SCRIPT_END + r")|\Z)"
    )
    return r"(?:[^<]++|<(?!!--|" + _SCRIPT_END[1:] + r")|<!--(?:" + escape + r"))*+"


def _raw_text(name: str) -> str:
    """The text after a raw-text element's start tag: all the rest of the page after
    ``plaintext``, else up to the element's own end tag."""
    if name == "script":
        return _script_text()
    if name == "plaintext":
        return ".*+"
    return r"(?:[^<]++|<(?!/" + _any_case(name) + _NAME_END + "))*+"


def _after_lt(limit: int | None) -> str:
    """What may follow a ``<``: a tag (a raw-text element's start with its text), a
    comment, a bogus comment, or nothing (a ``<`` that is text).

    Tags are told apart by their first letter: one no raw-text name begins with is read
    at once; the others try the raw-text names of that letter (``script``, ``style``
    after ``s``), whose second letters rule out most tags (``span``) without a nested
    call, before the plain tag. A raw-text start that closes itself or is overfull
    fails there and is read as a plain tag too. The plain tag's rest, most of the
    expression, is written twice rather than once per initial: the same steps per tag,
    and half the compiling (once per process, but about 25 ms).
    """
    rest = _NAME_REST + _tag_rest(limit, spelled_out=_SPELLED_OUT)
    raw_start = _tag_rest(limit, self_closing=False)
    by_initial: dict[str, list[str]] = {}
    for name in ("script", "plaintext", *RAW_TEXT_ELEMENTS):
        by_initial.setdefault(name[0], []).append(name)
    plain = "".join(c + c.upper() for c in string.ascii_lowercase if c not in by_initial)
    raw_texts = (
        _any_case(initial)
        + "(?:"
        + "|".join(
            _any_case(name[1:]) + "(?=" + _NAME_END + ")" + raw_start + _raw_text(name)
            for name in names
        )
        + ")"
        for initial, names in by_initial.items()
    )
    raw_initials = "".join(c + c.upper() for c in by_initial)
    return (
        "(?:"
        + "|".join(
            (
                r"/[A-Za-z][^\t\n\f\r />]*+>",  # the commonest tag of all: a bare end tag
                r"/[A-Za-z]" + _NAME_REST + _tag_rest(limit),  # an end tag
                "[" + plain + "]" + rest,
                *raw_texts,
                "[" + raw_initials + "]" + rest,
                r"!--(?:-?>|[^-]*+(?:-(?!-!?>)[^-]*+)*+--!?>|.*+)",
                r"(?:!|\?|/(?![A-Za-z]))[^>]*+>?",
                r"(?![A-Za-z!?/])",
            )
        )
        + ")"
    )


@functools.lru_cache(maxsize=8)
def _patterns(limit: int, binary: bool) -> tuple[re.Pattern[Any], re.Pattern[Any]]:
    """The page reader (stops only before a tag it cannot close within ``limit``
    attributes) and a tag head holding more than ``limit`` attributes. The head's
    attributes are read the one way the tokenizer reads them (a possessive repeat):
    trying other splits of a tag left open in a quote took time doubling with each
    attribute before it."""
    sources = (
        "[^<]*+(?:<" + _after_lt(limit) + "[^<]*+)*+",
        r"</?[A-Za-z][^\t\n\f\r />]*+(?:" + _SEPARATOR + _ATTRIBUTE + "){" + str(limit + 1) + "}+",
    )
    reader, overfull = (
        re.compile(source.encode() if binary else source, re.DOTALL | re.ASCII)
        for source in sources
    )
    return reader, overfull


#: How many steps :func:`cannot_be_overfull` takes at most (a small ``limit`` on a
#: long page leaves it to the reader).
_MOST_STEPS = 4096
#: How many ``>`` of a stretch are tried before the reader is left to decide.
_TRIES = 4
#: How far before a quote the ``=`` opening a value is looked for through spaces.
_REACH = 32


def _opens_value(html: AnyStr, quote: int, equals: AnyStr, spaces: AnyStr) -> bool:
    """Whether the quote at ``quote`` may open a value: ``=`` and spaces come before
    it (or only spaces as far as is looked)."""
    start = max(0, quote - _REACH)
    before = html[start:quote].rstrip(spaces)
    return before[-1:] == equals if before else start > 0


def _open_quote(html: AnyStr, at: int, marks: tuple[AnyStr, ...]) -> AnyStr | None:
    """The quote whose value may hold the ``>`` at ``at``, or None when that ``>`` ends
    every tag crossing it: the last quote of each kind before it (if any) opens no value."""
    _, double, single, equals, spaces, _ = marks
    for quote in (double, single):
        last = html.rfind(quote, 0, at)
        if last >= 0 and _opens_value(html, last, equals, spaces):
            return quote
    return None


def _tag_end(html: AnyStr, start: int, end: int, marks: tuple[AnyStr, ...]) -> int:
    """The last ``>`` of ``html[start:end]`` that ends every tag crossing it (among its
    last few), or -1."""
    at = end
    for _ in range(_TRIES):
        at = html.rfind(marks[0], start, at)
        if at < 0:
            return -1
        if _open_quote(html, at, marks) is None:
            return at
    return -1


#: The characters one of which each attribute needs (see :func:`cannot_be_overfull`).
_ATTRIBUTE_MARKS = b"\t\n\f\r /\"'="


def _cleared(html: str | bytes, start: int, end: int, limit: int) -> int:
    """``end`` when ``html[start:end]`` holds ``limit`` of :data:`_ATTRIBUTE_MARKS` at
    most, else -1. They are deleted in one pass (``bytes.translate``, in C) rather than
    counted one kind at a time; they are ASCII, so UTF-8 keeps their number."""
    stretch = html[start:end]
    data = stretch.encode("utf-8", "surrogatepass") if isinstance(stretch, str) else stretch
    return end if len(data) - len(data.translate(None, _ATTRIBUTE_MARKS)) <= limit else -1


def _sparse_tag_end(html: AnyStr, start: int, limit: int, marks: tuple[AnyStr, ...]) -> int:
    """Where the walk goes on from the ``<`` at ``start`` when no ``>`` within
    ``limit + 2`` characters ends every tag (minified script, a long value of prose or
    of data): the first such ``>`` further on (among the next few), or the end of the
    page, if the stretch up to it holds ``limit`` attribute marks at most; else -1.
    Counting the marks costs a pass over the stretch, still far less than the reader
    reading the page (and compiling itself first)."""
    at = start + limit + 1
    for _ in range(_TRIES):
        at = html.find(marks[0], at + 1)
        if at < 0:
            return _cleared(html, start, len(html), limit)
        quote = _open_quote(html, at, marks)
        if quote is None:
            return _cleared(html, start, at, limit)
        at = html.find(quote, at)  # a value may hold this ">": try those after its end
        if at < 0:
            return _cleared(html, start, len(html), limit)
    return -1


def _walk(html: AnyStr, limit: int, marks: tuple[AnyStr, ...]) -> bool:
    """:func:`cannot_be_overfull` for one type of text."""
    span = limit + 2  # the fewest characters of an overfull tag
    end = -1  # tags start after this point: a ">" ending every tag, or the start
    for _ in range(_MOST_STEPS):
        start = html.find(marks[5], end + 1)
        if start < 0 or start + span > len(html):
            return True
        end = _tag_end(html, start, start + span, marks)
        if end < 0:
            end = _sparse_tag_end(html, start, limit, marks)
        if end < 0:
            return False
    return False


_TEXT_MARKS = (">", '"', "'", "=", " \t\n\f\r", "<")
_BYTE_MARKS = tuple(mark.encode() for mark in _TEXT_MARKS)


def cannot_be_overfull(html: str | bytes, limit: int) -> bool:
    """Whether no tag of ``html`` can hold more than ``limit`` attributes, shown by a
    few ``find`` and ``rfind`` (False when it cannot be: the reader then decides).

    The argument holds for any ``<`` the tokenizer could read as a tag (in text,
    comments or scripts alike, so the reader's state does not matter). A tag's first
    attribute follows a separator (``\\t\\n\\f\\r /``), and each later one follows a
    separator or the quote closing the value before it, or begins with ``=`` (after a
    bare name) or ``"`` (after a value whose quote never closed): ``n`` attributes take
    ``n`` different characters after the ``<`` and the name's letter, so an overfull
    tag spans ``limit + 2`` characters at least. A ``>`` in a tag is inside a quoted
    value, whose quote follows ``=`` and spaces and which holds no quote of its kind:
    the last one of its kind before the ``>``. So a ``>`` after which neither last
    quote follows ``=`` ends every tag crossing it. The walk goes from each ``<`` to
    the last such ``>`` less than ``limit + 2`` characters on, then to the next ``<``:
    when it finds one each time (or the page ends first), no tag is overfull.

    Where no such ``>`` comes that soon, a longer stretch still clears: the tags that
    start in it and end before its ``>`` lie in it, and so do those its ``>`` ends,
    so a stretch holding ``limit`` of the characters listed above at most (a marks
    count, :func:`_sparse_tag_end`) holds no overfull tag. Pages with long scripts
    and few ``>`` are cleared so, without the reader.
    """
    if isinstance(html, bytes):
        return _walk(html, limit, _BYTE_MARKS)
    return _walk(html, limit, _TEXT_MARKS)


def overfull_tag(html: str | bytes, limit: int) -> int | None:
    """The offset of the first tag with more than ``limit`` attributes, or None.

    ``html`` is the text libxml2 will read (bytes in an ASCII-compatible encoding, or
    str). A tag left open at the end of the page counts too. Most pages are cleared by
    :func:`cannot_be_overfull` without being read.
    """
    if cannot_be_overfull(html, limit):
        return None
    reader, overfull = _patterns(limit, isinstance(html, bytes))
    # the reader stops before a tag only when it is overfull or the page ends inside it
    read = reader.match(html)
    stop = read.end() if read is not None else 0
    too_many = stop < len(html) and overfull.match(html, stop)
    return stop if too_many else None


def tokens(html: str) -> list[tuple[int, str]]:
    """Each token's offset and text, as the reader splits them (for tests)."""
    token = re.compile("[^<]++|<" + _after_lt(None), re.DOTALL | re.ASCII)
    return [(match.start(), match.group()) for match in token.finditer(html)]
