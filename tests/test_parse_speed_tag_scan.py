"""The tag reader is shaped for sre's speed (alternatives told apart by their first
character, common attributes spelled out); it must read every input exactly as the
plain reader it replaced, which is rebuilt here from the same pieces."""

from __future__ import annotations

import random
import re

import pytest

from newsclean.parse import tag_scan as T

_NAMES = ("script", "plaintext", *T.RAW_TEXT_ELEMENTS)
_TAG_NAMES = (*_NAMES, "p", "i", "s", "t", "x", "n", "a", "span", "scripts", "pl", "td", "nav")


def _plain_after_lt(limit: int | None) -> str:
    """What may follow a ``<`` as the reader first read it: one repeat step per
    attribute, and a lookahead that sends raw-text names to their own alternatives."""
    step = "(?:" + T._COMMON_ATTRIBUTE + "|" + T._SEPARATOR + T._ATTRIBUTE + ")"
    repeat = "*+" if limit is None else "{0," + str(limit) + "}+"
    rest = T._NAME_REST + step + repeat + T._SEPARATOR + ">"
    raw_start = T._NAME_REST + step + repeat + r"(?:[\t\n\f\r /]*" + T._SPACE + ")?>"
    special = "(?:" + "|".join(T._any_case(name) for name in _NAMES) + ")" + T._NAME_END
    raw = "|".join(T._any_case(name) + raw_start + T._raw_text(name) for name in _NAMES)
    return (
        "(?:"
        + "|".join(
            (
                r"/[A-Za-z]" + rest,
                "(?!" + special + ")[A-Za-z]" + rest,
                "(?=" + special + ")(?:" + raw + "|[A-Za-z]" + rest + ")",
                r"!--(?:-?>|[^-]*+(?:-(?!-!?>)[^-]*+)*+--!?>|.*+)",
                r"(?:!|\?|/(?![A-Za-z]))[^>]*+>?",
                r"(?![A-Za-z!?/])",
            )
        )
        + ")"
    )


def _plain_reader(limit: int | None) -> re.Pattern[str]:
    return re.compile("[^<]*+(?:<" + _plain_after_lt(limit) + "[^<]*+)*+", re.DOTALL | re.ASCII)


def _case(word: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.3 else c for c in word)


def _tag(rng: random.Random) -> str:
    tag = rng.choice(["<", "</", "<!--", "<"]) + _case(rng.choice(_TAG_NAMES), rng)
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6])):
        tag += rng.choice([" ", "  ", "\t", "/", "\n", ""])
        tag += rng.choice(["a", "b", "x-y", '"q', "=z"])
        tag += rng.choice(["", "=", '="v"', "='v'", "=v", ' = "v"', '="', "='", '="a>b"'])
    if rng.random() < 0.75:
        tag += rng.choice([">", ">", " >", "/>", " />", "/ >"])
    return tag


def _soup(rng: random.Random) -> str:
    """Tag soup: tags (raw-text names in any case among them) with attributes of every
    shape, and loose markup characters."""
    loose = ["<", ">", "/", "!", "-", "?", '"', "'", "=", " ", "\t", "\n", "a", "x", "-->", "<!"]
    loose += ["<!--", "</", "<?", ' a="b"', " c=d", "'>'", ' href="x>y"', "é"]
    pieces = [
        _tag(rng) if rng.random() < 0.4 else rng.choice(loose) for _ in range(rng.randint(1, 25))
    ]
    return "".join(pieces)


@pytest.mark.parametrize("seed", range(4))
def test_the_reader_stops_where_the_plain_reader_does(seed: int) -> None:
    rng = random.Random(seed)
    limits = (0, 1, 3, 10_000)
    plain = {limit: _plain_reader(limit) for limit in limits}
    plain_tokens = re.compile("[^<]++|<" + _plain_after_lt(None), re.DOTALL | re.ASCII)
    for _ in range(1500):
        page = _soup(rng)
        for limit in limits:
            expected = plain[limit].match(page)
            read = T._patterns(limit, False)[0].match(page)
            assert read is not None and expected is not None
            assert read.end() == expected.end(), (limit, page)
            read = T._patterns(limit, True)[0].match(page.encode())
            assert read is not None and read.end() == len(page[: expected.end()].encode())
        assert T.tokens(page) == [(m.start(), m.group()) for m in plain_tokens.finditer(page)], page


def test_a_tag_left_open_is_read_one_way() -> None:
    # the head of a tag the reader could not close is read once, as the tokenizer reads
    # it: trying other splits of its attributes ("a=x" as "a" and "=x") found false
    # overfull tags, and took time doubling with each attribute of a tag left open in a
    # quote (seconds for a dozen)
    assert T.overfull_tag("<html><body><p a=x b=y", 3) is None
    assert T.overfull_tag("<html><body><p a=x b=y c", 3) is None
    assert T.overfull_tag("<html><body><p a b c d", 3) == len("<html><body>")
    head = "<p" + "".join(f' a{index}="{index}"' for index in range(40)) + ' z="open '
    assert T.overfull_tag("<html><body>" + head + "x" * 30_000, 10_000) is None
