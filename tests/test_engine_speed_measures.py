"""The shortcut of ``words_length`` gives what XPath's ``normalize-space()`` does."""

from __future__ import annotations

import itertools

from lxml import etree, html

from newsclean.dom.text import _WORDS_LENGTH, words_length

#: XPath's whitespace, others ``str.split`` splits on, and characters that are neither.
_CHARACTERS = [" ", "\t", "\n", "\r", "\x0c", "\u00a0", "\u2003", "\u3000", "a", "é", "中", "’"]


def test_words_length_of_a_childless_element_is_xpaths() -> None:
    for length in range(4):
        for chars in itertools.product(_CHARACTERS, repeat=length):
            text = "".join(chars)
            if "\x0c" in text:
                continue  # not an XML character: lxml refuses it
            element = etree.Element("p")
            element.text = text
            assert words_length(element) == int(_WORDS_LENGTH(element)), repr(text)


def test_words_length_with_children_is_xpaths() -> None:
    element = html.fromstring("<div> a  <b>b\t</b> c\u00a0 </div>")
    assert words_length(element) == int(_WORDS_LENGTH(element))
