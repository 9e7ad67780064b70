"""``collapse_space`` is ``" ".join(text.split())``, whatever whitespace the text holds,
less the layout's invisible hints (``dom.hints``: a zero-width space, a BOM)."""

from __future__ import annotations

import itertools

from newsclean.dom.hints import without_hints
from newsclean.dom.text import collapse_space, unmarked

#: Every character ``str.split`` splits on, and a few that look alike but are not.
_SPACES = [chr(code) for code in range(0x110000) if chr(code).isspace()]
_OTHERS = ["a", "é", "’", "中", "\u200b", "\ufeff", "\x00"]


def test_only_a_plain_space_is_printable_whitespace() -> None:
    """The shortcut rests on this: any other whitespace makes a text unprintable."""
    assert [c for c in _SPACES if c.isprintable()] == [" "]


def test_collapse_space_matches_split_and_join() -> None:
    alphabet = [*_SPACES, *_OTHERS]
    for length in range(3):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            assert collapse_space(text) == " ".join(without_hints(text).split()), repr(text)
    for text in ("", " ", "  a  b ", "a b", " a\u00a0b", "a\nb", "x  y", "’tis  so\t"):
        assert collapse_space(text) == " ".join(text.split()), repr(text)
    hinted = "Fähr\u00adverbindung \u200b am\u2060 Kai\ufeff"
    assert collapse_space(hinted) == "Fährverbindung am Kai"


def test_unmarked_strips_divider_marks_only_when_there_are_some() -> None:
    assert unmarked("+++ credits: titelbild ada lind") == "credits: titelbild ada lind"
    assert unmarked("- anzeige-") == "anzeige"
    assert unmarked("*** ***") == ""
    # no mark at either end: nothing to read again (most texts)
    assert unmarked("credits: ada lind") == ""
    assert unmarked("„zitat“") == ""
    assert unmarked("") == ""
