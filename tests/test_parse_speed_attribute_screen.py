"""The screen that clears a page before the tag reader must never clear a page the
reader would refuse: it may only say "cannot be overfull" where the reader finds
nothing, and overfull_tag must give what the reader alone gives."""

from __future__ import annotations

import random

import pytest

from newsclean.parse import tag_scan as T

LIMIT = 40


def _reader_alone(html: str | bytes, limit: int) -> int | None:
    """overfull_tag without the screen."""
    reader, overfull = T._patterns(limit, isinstance(html, bytes))
    read = reader.match(html)
    stop = read.end() if read is not None else 0
    return stop if stop < len(html) and overfull.match(html, stop) else None


def _names(count: int, value: str = "", every: int = 1) -> str:
    return " ".join(f"a{i}" + (value if i % every == 0 else "") for i in range(count))


_WIDE = _names(LIMIT + 5)
_OVERFULL = [
    f"<p {_WIDE}>",
    "<p " + _names(LIMIT + 5, '="x>y"', every=3) + ">",  # quoted ">" in many values
    "<p " + _names(LIMIT + 5, '="x>y"') + ">",  # in every value
    "<p " + _names(LIMIT + 5, "='<b>'", every=2) + ">",  # "<" and ">" inside values
    "<p " + _names(LIMIT + 5, '="<"') + ">",
    "<p " + "".join(f'a{i}="v"' for i in range(LIMIT + 5)) + ">",  # no spaces between
    "<p" + "/=a" * (LIMIT + 5) + ">",  # names that start with "="
    "<p " + " ".join(f"a\"{i}'" for i in range(LIMIT + 5)) + ">",  # quotes in names
    '<p a="x=" ' + _WIDE + ">",  # a closing quote that looks like an opening one
    '<p a="x=\'" ' + _WIDE + ">",  # a quote of the other kind opened inside a value
    "<p a='x=\"' " + _names(25) + ' b="u>v" ' + _names(25) + ">",  # quotes that cross
    f"<p {_WIDE} z='open",
    f"<p {_WIDE}",  # a tag left open
    f"</p {_WIDE}>",  # end tags are read too
    "<p\t" + _names(LIMIT + 5).replace(" ", "\f") + ">",  # form feeds
    "<p/" + _names(LIMIT + 5).replace(" ", "/") + ">",
    "<p " + _names(LIMIT + 5).replace(" ", " = ") + ">",
    f"<p é=é {_WIDE}>",  # non-ASCII in names (UTF-8 bytes, or str)
    f"<script>x</script><p {_WIDE}>",
    f"<!-- a='> --><p {_WIDE}>",
    "<!-- --><p " + _names(LIMIT + 5, '="-->"', every=4) + ">",
]
_NOT_OVERFULL = [
    f'<p z="open {_WIDE}>',  # a quote left open to the end of the page: one value
    "<p " + "=" * (LIMIT + 5) + ">",
    '<p a="x=">' + _WIDE + ">",
    f"<!-- <p {_WIDE}> -->",  # comments, raw text and values: the reader finds nothing
    f"<script>var s = '<p {_WIDE}>';</script>",
    f"<style>/* <p {_WIDE}> */</style>",
    f"<textarea><p {_WIDE}></textarea>",
    f'<p title="<b {_WIDE}>">',
]


@pytest.mark.parametrize("markup", _OVERFULL + _NOT_OVERFULL)
def test_the_screen_never_clears_what_the_reader_refuses(markup: str) -> None:
    page = "<html><head><title>t</title></head><body>" + markup + "<i>x</i></body></html>"
    for html in (page, page.encode()):
        expected = _reader_alone(html, LIMIT)
        if markup in _OVERFULL:
            assert expected is not None
            assert not T.cannot_be_overfull(html, LIMIT)
        assert T.overfull_tag(html, LIMIT) == expected


def test_pages_of_small_tags_are_cleared() -> None:
    row = '<li class="item" data-x="a>b"><a href="/x?a=1&b=2">one two</a></li>\n'
    page = "<html><body><ul>" + row * 2000 + "</ul><script>s='<b>';</script></body></html>"
    # blocks of 100 characters, each holding a ">" that ends every tag
    assert T.cannot_be_overfull(page, 200)
    assert T.cannot_be_overfull(page.encode(), 200)
    assert T.overfull_tag(page, 200) is None


def test_long_stretches_with_few_attribute_marks_are_cleared() -> None:
    # minified script: no ">" for far more than limit + 2 characters after a "<", and
    # few of the characters an attribute needs; a "='" in it looks like an opened value
    # until its next quote, and the ">" after that ends every tag
    loop = "<script>var u='a?r='+m;" + "if(a<b.length)f(g);" * 5 + "if(x>y)h('y');</script>"
    for markup in ("<script>" + "if(a<b.length){f(g)};" * 60 + "</script>", loop):
        page = "<html><body>" + markup + "<i>x</i></body></html>"
        for html in (page, page.encode()):
            assert T.cannot_be_overfull(html, LIMIT)
            assert T.overfull_tag(html, LIMIT) is None


def test_long_stretches_with_many_attribute_marks_are_left_to_the_reader() -> None:
    dense = "<script>" + "if(a<b.length) f(g);" * 60 + "</script>"  # a space each time
    for markup in (dense, "<script>" + "f(g);" * 40 + f"</script><p {_WIDE}>"):
        page = "<html><body>" + markup + "<i>x</i></body></html>"
        for html in (page, page.encode()):
            assert not T.cannot_be_overfull(html, LIMIT)
            assert T.overfull_tag(html, LIMIT) == _reader_alone(html, LIMIT)


def _soup(rng: random.Random) -> str:
    loose = ["<", ">", "/", "=", " ", "\n", '"', "'", "<!--", "-->", "<script>", "</script>"]
    loose += ["<p", "</p", " a", "b", "=x", '="', "='", '"', "'", "é", "<style>", "</style>"]
    loose += ['="a>b"', "='<'", " = ", "\t", "/>", "<!x", "<?", "-"]
    pieces = [rng.choice(loose) for _ in range(rng.randint(1, 60))]
    for _ in range(rng.randint(0, 2)):
        opener = rng.choice(["<p ", "</p ", "<script ", "<x\n", "<p/"])
        values = ["", '=">"', "='<'", '="a"', "=b", '="', "='", " = 'c'"]
        wide = opener + " ".join(f"q{i}{rng.choice(values)}" for i in range(rng.randint(5, 14)))
        pieces.insert(rng.randint(0, len(pieces)), wide)
    return "".join(pieces)


@pytest.mark.parametrize("seed", range(3))
def test_the_screen_agrees_with_the_reader_on_soup(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        page = _soup(rng)
        for html in (page, page.encode()):
            for limit in (1, 3, 8):
                expected = _reader_alone(html, limit)
                assert T.overfull_tag(html, limit) == expected, (limit, page)
                if expected is not None:
                    assert not T.cannot_be_overfull(html, limit), (limit, page)
