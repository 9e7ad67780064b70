"""The shortcuts of ``words_length`` and ``link_length`` give what the long way gives."""

from __future__ import annotations

import itertools

from lxml import etree, html

from newsclean.dom.text import _LINK_TEXT, _WORDS_LENGTH, link_length, words_length

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


def test_link_length_is_the_length_of_the_links_text_nodes() -> None:
    # links nested in links (libxml2's HTML parser keeps an <a> opened inside another's
    # <span> or <div>), three deep, beside plain ones, a comment, non-ASCII text
    page = html.fromstring(
        "<div><p>x <a href='/1'>one <b>bold</b></a> y <a href='/2'>a <span>b"
        " <a href='/3'>nested <i>é</i><div><a href='/4'>deep 中</a> z</div></a>"
        " c</span><!-- a comment --></a><a href='/5'></a></p><p>no links</p></div>"
    )
    assert len(page.xpath(".//a//a//a")) == 1
    for element in page.iter(etree.Element):
        joined = _LINK_TEXT(element)
        assert isinstance(joined, str)
        assert link_length(element) == len(joined), etree.tostring(element)
