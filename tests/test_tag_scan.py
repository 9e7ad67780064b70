"""The tag reader that refuses overfull tags must read markup exactly as libxml2 does:
a tag it misses costs seconds, and one it invents refuses a good page."""

from __future__ import annotations

import gzip
import pathlib
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import LimitError, extract
from newsclean.parse.document import markup_is_ascii, widest_start_tag
from newsclean.parse.tag_scan import overfull_tag, tokens

LIMIT = 40


def _attributes(count: int, prefix: str = "a") -> str:
    return " ".join(f"{prefix}{index}" for index in range(count))


def _big_tag(prefix: str = "a") -> str:
    return f"<b {_attributes(LIMIT + 5, prefix)}>"


def _libxml2_widest(markup: str) -> int:
    return widest_start_tag(markup)


@pytest.mark.parametrize(
    "markup",
    [
        _big_tag(),
        "<p title='>'" + _big_tag()[2:],  # a ">" inside a quoted value does not end the tag
        '<p ="' + _big_tag(),  # "=" starting a name, not a value
        '<p a"b ' + _big_tag(),  # a quote inside a name opens nothing
        "<script/>" + _big_tag(),  # a start tag that closes itself holds no raw text
        "<script>x</script >" + _big_tag(),
        "<style>x</STYLE\t>" + _big_tag(),
        "<!-->" + _big_tag(),  # a comment closed at once
        "<!--x--!>" + _big_tag(),
        "<?x '>' " + _big_tag(),  # a bogus comment ends at its first ">"
        "<![CDATA[ > ]]>" + _big_tag(),
        "<textarea>x</textarea a='>'>" + _big_tag(),  # end tags have attributes too
        "<noscript>" + _big_tag(),  # read as markup by libxml2
        "<é " + _big_tag(),
    ],
)
def test_tags_libxml2_reads_are_counted(markup: str) -> None:
    page = "<html><body>" + markup + "<i>end</i></body></html>"
    assert _libxml2_widest(page) > LIMIT
    assert overfull_tag(page, LIMIT) is not None
    assert overfull_tag(page.encode(), LIMIT) is not None


@pytest.mark.parametrize(
    "markup",
    [
        "<script>{}</script>",
        "<script><!--<script></script>{}</script>",  # double-escaped script text
        "<SCRIPT type='x'>{}</SCRIPT>",
        "<style>{}</style>",
        "<title>{}</title>",
        "<textarea>{}</textarea>",
        "<xmp>{}</xmp>",
        "<iframe>{}</iframe>",
        "<plaintext>{}",
        "<!--{}-->",
        "<!x {}",
        '<p title="{}">',
        "<script>x</scripts>{}</script>",
    ],
)
def test_text_that_only_looks_like_a_tag_is_not_counted(markup: str) -> None:
    page = "<html><body>" + markup.format(_big_tag()) + "<i>end</i></body></html>"
    assert _libxml2_widest(page) <= LIMIT
    assert overfull_tag(page, LIMIT) is None


_FRAGMENTS = [
    "word ", "<b", "<i ", " k", "=", '="', '"', "'", "='", ">", " ", "\n", "/", "/>", "<!--",
    "-->", "--!>", "<!-", "-", "--", "<!", "<?", "</", "</b ", "<script>", "</script>",
    "<script ", "</script ", "<SCRIPT>", "</Script\t", "<style>", "</style>", "<title>",
    "</title >", "<textarea>", "</textarea>", "<plaintext>", "<xmp>", "</xmp>", "<iframe>",
    "<noscript>", "<![CDATA[", "]]>", "<script/>", "<svg>", "<scripts>", "< ", "</>", "<!-->",
]  # fmt: skip


@st.composite
def _soup(draw: Any) -> str:
    """Markup fragments in any order, with wide tags whose values hold ``>`` and ``<``."""
    pieces = []
    for number in range(draw(st.integers(1, 25))):
        if draw(st.booleans()) and draw(st.booleans()):
            opener = draw(st.sampled_from(["<u", "<U", "<u/", "</u", "<script", "<title"]))
            values = draw(
                st.lists(st.sampled_from(["", '=">"', "='<'", '="a"', "=b"]), min_size=45)
            )
            attributes = "".join(f" q{number}_{i}{v}" for i, v in enumerate(values))
            pieces.append(opener + attributes + draw(st.sampled_from([">", "/>", " >", ""])))
        else:
            pieces.append(draw(st.sampled_from(_FRAGMENTS)))
    return "<html><body>" + "".join(pieces)


@settings(max_examples=400, deadline=None)
@given(_soup())
def test_every_tag_libxml2_finds_overfull_is_found(page: str) -> None:
    if _libxml2_widest(page) > LIMIT:
        assert overfull_tag(page, LIMIT) is not None


def test_evasion_by_quoted_brackets_is_refused_quickly() -> None:
    names = [f"a{index}" + ('="x>y"' if index % 400 == 0 else "") for index in range(40_000)]
    page = "<html><body><p " + " ".join(names) + ">text</p></body></html>"
    for markup in (page, page.encode(), page.encode("utf-16")):
        start = time.perf_counter()
        with pytest.raises(LimitError):
            extract(markup)
        assert time.perf_counter() - start < 1


def test_markup_is_read_from_bytes_only_where_it_is_ascii() -> None:
    assert markup_is_ascii("utf-8") and markup_is_ascii("shift_jis")
    assert markup_is_ascii("windows-1251")
    for encoding in ("utf-16-le", "utf-32", "iso-2022-jp", "cp037"):
        assert not markup_is_ascii(encoding)


def test_tokens_split_the_page_as_the_tokenizer_does() -> None:
    page = '<p class="a>b">x<!-- <b c> --><script>if (a<b) {}</script>y'
    assert [text for _, text in tokens(page)] == [
        '<p class="a>b">',
        "x",
        "<!-- <b c> -->",
        "<script>if (a<b) {}",
        "</script>",
        "y",
    ]


CORPUS = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not on this machine")
def test_no_corpus_page_is_refused() -> None:
    pages = sorted(CORPUS.glob("trafilatura-eval/html/*.gz"))
    pages += sorted(CORPUS.glob("readability-pages/*/source.html.gz"))
    assert pages
    refused = [
        page.name for page in pages if overfull_tag(gzip.decompress(page.read_bytes()), 10_000)
    ]
    assert refused == []


def test_a_tag_libxml2_does_not_build_is_not_refused() -> None:
    # the reader counts an end tag's attributes; libxml2 drops them, and confirms it
    words = "<p>" + "The council approved the harbour plan on Tuesday. " * 5 + "</p>"
    end_tag = "</p " + _attributes(20_000) + ">"
    assert overfull_tag(end_tag, 10_000) is not None
    article = extract(f"<html><body><article>{words}{end_tag}</article></body></html>")
    assert "harbour plan" in article.text
