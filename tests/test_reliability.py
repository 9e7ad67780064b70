"""Any input gives an Article or a NewscleanError, in bounded time, with no network."""

from __future__ import annotations

import contextlib
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from adversarial import XXE, cases
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import LimitError, NewscleanError, extract
from newsclean.cli import main

CASES = list(cases())
FIXTURES = sorted((Path(__file__).resolve().parent / "fixtures").glob("*/page.html"))


@pytest.mark.parametrize(("name", "make", "outcome"), CASES, ids=[c[0] for c in CASES])
def test_adversarial_input(name: str, make: Any, outcome: str) -> None:
    page = make()
    start = time.perf_counter()
    if outcome in ("InputError", "LimitError", "OptionError"):
        with pytest.raises(getattr(newsclean, outcome)):
            extract(page)
    else:
        article = extract(page)
        _ = (article.markdown, article.html, article.to_json())
        if outcome == "empty":
            assert article.text == ""
        elif outcome.startswith("text:"):
            assert outcome[5:] in article.text
    # a guard against hangs (quadratic or worse), not a speed target: speed is measured
    # by bench/, and a loaded machine must not fail this
    limit = 120.0 if name == "5 MB page" else 20.0
    assert time.perf_counter() - start < limit, f"{name} took too long"


def test_limits_are_configurable() -> None:
    page = "<html><body>" + "<div>" * 50 + "<p>deep text of a paragraph</p>" + "</div>" * 50
    assert "deep text" in extract(page).text
    with pytest.raises(LimitError, match="deeper than 20"):
        extract(page, max_depth=20)
    with pytest.raises(LimitError, match="bytes"):
        extract(page, max_bytes=100)
    with pytest.raises(LimitError, match="tags"):
        extract(page, max_nodes=10)
    attributes = "<p " + " ".join(f"a{i}" for i in range(60)) + ">text</p>"
    assert "text" in extract(page + attributes * 10).text
    with pytest.raises(LimitError, match="attributes"):
        extract(page + attributes * 10, max_page_attributes=500)


def test_the_tag_limit_counts_every_lt_exactly() -> None:
    """The node limit counts each "<" once, in bytes and in str: a page of exactly the
    limit passes, one more is refused with the count."""
    page = "<html><body><p>" + "x<b>y</b> " * 20 + "</p></body></html>"
    limit = page.count("<")
    for markup in (page, page.encode()):
        assert "xy" in extract(markup, max_nodes=limit).text.replace(" ", "")
        with pytest.raises(LimitError, match=f"has {limit} tags"):
            extract(markup, max_nodes=limit - 1)


def test_the_page_attribute_limit_counts_what_libxml2_counts() -> None:
    """Spaces, slashes and quotes bound the attributes; only libxml2's count refuses."""
    prose = "<p>" + "a few words with spaces / slashes and 'quotes' " * 20_000 + "</p>"
    assert "slashes" in extract(prose, max_page_attributes=1000).text
    valueless = "<div " + "/".join(f"x{i}" for i in range(3000)) + ">y</div>"
    with pytest.raises(LimitError, match="attributes"):
        extract(valueless * 2, max_page_attributes=5000)


def test_no_entity_or_dtd_expansion() -> None:
    article = extract(XXE)
    assert "root:" not in article.text  # /etc/passwd was not read
    laughs = extract(
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        "<html><body><p>&b;&b;&b;</p></body></html>"
    )
    assert "aaaaaaaaaa" not in laughs.text


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("newsclean tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
def test_no_network_on_any_fixture(tmp_path: Path) -> None:
    for page in FIXTURES:
        article = extract(page.read_bytes(), url="https://news.example/a", include_images=True)
        _ = (article.markdown, article.html)
    out = tmp_path / "out.jsonl"
    assert main([str(p) for p in FIXTURES[:5]] + ["-o", str(out), "-j", "1"]) == 0


pages = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000),
    st.lists(
        st.sampled_from(
            ["<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<script>", "<!--",
             "<table>", "<td>", "<br>", "<h1>", "&amp;", "&#0;", "\x00", "\ufeff", "é", "\u202e",
             "Some words of text. ", '<meta charset="utf-16">', "<?xml?>", "]]>", "<svg>"]
        ),
        max_size=200,
    ).map("".join),
)  # fmt: skip


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=pages, images=st.booleans())
def test_generated_documents(page: str | bytes, images: bool) -> None:
    try:
        article = extract(page, include_images=images)
    except NewscleanError:
        return
    assert isinstance(article.text, str)
    _ = (article.markdown, article.html)


FIXTURE_BYTES = [p.read_bytes() for p in FIXTURES[:8]]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    index=st.integers(0, len(FIXTURE_BYTES) - 1),
    cuts=st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=8)), max_size=6),
)
def test_mutated_fixtures(index: int, cuts: list[tuple[int, bytes]]) -> None:
    data = bytearray(FIXTURE_BYTES[index])
    for position, insert in cuts:
        position %= len(data)
        data[position : position + len(insert)] = insert
    with contextlib.suppress(NewscleanError):
        extract(bytes(data))


FINDINGS = sorted((Path(__file__).resolve().parent.parent / "fuzz" / "findings").glob("*"))


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda p: p.name)
def test_fuzzer_findings_stay_fixed(finding: Path) -> None:
    page = finding.read_bytes()
    for favor in ("precision", "balanced", "recall"):
        start = time.perf_counter()
        with contextlib.suppress(NewscleanError):
            extract(page, include_images=True, favor=favor)
        assert time.perf_counter() - start < 2.0
