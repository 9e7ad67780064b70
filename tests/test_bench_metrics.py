"""Tests of the benchmark metrics (bench/metrics.py) and runner (bench/run.py)."""

from __future__ import annotations

import gzip
import importlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
sys.path.insert(0, str(BENCH))
metrics = importlib.import_module("metrics")
run = importlib.import_module("run")
worst = importlib.import_module("worst")


# --------------------------------------------------------------------------- metrics


def test_normalise_ws() -> None:
    assert metrics.normalise_ws("  a\t\n b\xa0\u2009c  ") == "a b c"
    assert metrics.normalise_ws("\n \t") == ""
    assert metrics.normalise_ws("x") == "x"


def test_snippet_counts_hand_computed() -> None:
    output = "Hello   world.\n\nSecond  para"
    # with: 2 found, 1 missing; without: one matches across the block break.
    counts = metrics.snippet_counts(
        output, ["Hello world.", "Second\npara", "missing"], ["world. Second", "Impressum"]
    )
    assert counts == (2, 1, 1)


def test_snippet_counts_edge_cases() -> None:
    assert metrics.snippet_counts("", ["a", "b"], ["c"]) == (0, 0, 2)
    assert metrics.snippet_counts("abc", [], []) == (0, 0, 0)
    # Substring, not word match; case-sensitive.
    assert metrics.snippet_counts("Impressum und Datenschutz", ["press"], ["impressum"]) == (
        1,
        0,
        0,
    )


def test_prf_hand_computed() -> None:
    p, r, f = metrics.prf(2, 1, 1)
    assert (p, r, f) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    p, r, f = metrics.prf(3, 1, 0)
    assert (p, r, f) == pytest.approx((0.75, 1.0, 2 * 0.75 / 1.75))
    assert metrics.prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert metrics.prf(0, 2, 3) == (0.0, 0.0, 0.0)


def test_bow_pr_hand_computed() -> None:
    # output: the×2 cat dog (4); expected: the×2 cat sat on mat (6); overlap 2+1 = 3.
    assert metrics.bow_pr("The cat, the dog.", "the cat sat on the mat") == pytest.approx(
        (3 / 4, 3 / 6)
    )
    # Counts are clipped: 'hello' twice in the output, once expected.
    assert metrics.bow_pr("Hello HELLO", "hello") == pytest.approx((0.5, 1.0))
    # Unicode word characters count as tokens.
    assert metrics.bow_pr("Grüße aus 東京", "grüße 東京 heute") == pytest.approx((2 / 3, 2 / 3))


def test_bow_pr_empty_cases() -> None:
    assert metrics.bow_pr("", "some text") == (0.0, 0.0)
    assert metrics.bow_pr("", "") == (1.0, 1.0)
    assert metrics.bow_pr("!!", "...") == (1.0, 1.0)  # no tokens on either side
    assert metrics.bow_pr("extra", "") == (0.0, 1.0)


def test_f1_score_and_averages() -> None:
    assert metrics.f1_score(0.5, 1.0) == pytest.approx(2 / 3)
    assert metrics.f1_score(0.0, 0.0) == 0.0
    assert metrics.mean([1.0, 2.0, 6.0]) == 3.0
    assert metrics.mean([]) == 0.0
    assert metrics.median([3.0, 1.0, 2.0]) == 2.0
    assert metrics.median([4.0, 1.0, 2.0, 3.0]) == 2.5
    values = [float(i) for i in range(1, 101)]
    assert metrics.percentile(values, 99) == 99.0
    assert metrics.percentile(values, 100) == 100.0
    assert metrics.percentile([5.0], 99) == 5.0
    assert metrics.percentile([], 99) == 0.0


def test_html_to_text_separates_blocks() -> None:
    html = "<div><p>one</p><p>two<br>three</p>four <b>fi</b>ve<!-- hidden --></div>"
    assert metrics.html_to_text(html) == "one\n\ntwo\nthree\n\nfour five"
    assert metrics.tokens(metrics.html_to_text("<ul><li>a</li><li>b</li></ul>")) == ["a", "b"]
    assert metrics.html_to_text("") == ""
    assert metrics.html_to_text("<td>x</td><td>y</td>").split() == ["x", "y"]


def test_html_to_text_deep_tree() -> None:
    # Deeper than libxml2's default limit (256) and Python's recursion limit.
    html = "<div>" * 1500 + "deep" + "</div>" * 1500
    assert metrics.html_to_text(html) == "deep"


# --------------------------------------------------------------------------- shingle metric


def test_shingles_hand_computed() -> None:
    assert metrics.words("Grüße, aus 東京! it's") == ["Grüße", "aus", "東京", "it", "s"]
    assert metrics.shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    # A repeated window is counted twice.
    assert metrics.shingles("x y z w x y z w")[("x", "y", "z", "w")] == 2
    assert metrics.shingles("x y z w x y z w").total() == 5
    # Fewer than four tokens: one shingle of all of them; case is kept.
    assert metrics.shingles("Hello, hello") == {("Hello", "hello"): 1}
    assert metrics.shingles("one") == {("one",): 1}
    assert metrics.shingles("") == {}
    assert metrics.shingles(" -- !! ") == {}


def test_shingle_counts_hand_computed() -> None:
    # Shingles abcd bcde against abcd bcdx: tp 1, fp 1, fn 1, normalised to thirds.
    counts = metrics.shingle_counts("a b c d e", "a b c d x")
    assert counts == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert metrics.shingle_pr(counts) == pytest.approx((0.5, 0.5))
    # The same text twice: tp 1 (min of 2 and 1), fp 4 (5 shingles), fn 0 -> 1/5, 4/5, 0.
    counts = metrics.shingle_counts("a b c d a b c d", "a b c d")
    assert counts == pytest.approx((0.2, 0.8, 0.0))
    assert metrics.shingle_pr(counts) == pytest.approx((0.2, 1.0))
    # Ten true shingles, the prediction has 8 of them and 2 of its own.
    true = " ".join(f"t{i}" for i in range(13))
    predicted = " ".join(f"t{i}" for i in range(11)) + " x1 x2"
    counts = metrics.shingle_counts(predicted, true)
    assert counts == pytest.approx((8 / 12, 2 / 12, 2 / 12))
    assert metrics.shingle_pr(counts) == pytest.approx((0.8, 0.8))
    # Whitespace and punctuation are not tokens; case is.
    assert metrics.shingle_counts("The cat, sat.\n\nDown", "The cat sat down") == (0, 0.5, 0.5)
    assert metrics.shingle_pr((0.0, 0.5, 0.5)) == (0.0, 0.0)


def test_shingle_counts_edge_cases() -> None:
    assert metrics.shingle_counts("", "") is None  # skipped
    assert metrics.shingle_counts("?!", "…") is None
    # Nothing predicted: all missed, P and R 0.
    assert metrics.shingle_counts("", "a b c d e") == (0.0, 0.0, 1.0)
    assert metrics.shingle_pr((0.0, 0.0, 1.0)) == (0.0, 0.0)
    # Nothing true: all extra, P and R 0.
    assert metrics.shingle_counts("a b", "") == (0.0, 1.0, 0.0)
    assert metrics.shingle_pr((0.0, 1.0, 0.0)) == (0.0, 0.0)
    # Fewer than four tokens on both sides, equal: perfect.
    assert metrics.shingle_counts("Hello world", "Hello  world!") == (1.0, 0.0, 0.0)
    assert metrics.shingle_pr((1.0, 0.0, 0.0)) == (1.0, 1.0)
    # A short prediction is one shingle, never equal to a 4-token one.
    assert metrics.shingle_counts("Hello world", "Hello world again friend") == (0, 0.5, 0.5)


def test_exact_match() -> None:
    assert metrics.exact_match("Hello,  world!\n\nAgain.", "Hello world Again")
    assert not metrics.exact_match("Hello world", "hello world")
    assert not metrics.exact_match("a b c d a b c d", "a b c d")
    assert metrics.exact_match("", "...")


def test_shingle_scores_hand_computed() -> None:
    pairs = [
        ("a b c d e", "a b c d x"),  # P 1/2, R 1/2, not exact
        ("", ""),  # skipped in P and R, exact
        ("x y z w", "x y z w"),  # P 1, R 1, exact
        ("a b c d a b c d", "a b c d"),  # P 1/5, R 1
    ]
    scores = metrics.shingle_scores(pairs)
    assert (scores.scored, scores.pages) == (3, 4)
    precision, recall = (0.5 + 1 + 0.2) / 3, (0.5 + 1 + 1) / 3
    assert (scores.precision, scores.recall) == pytest.approx((precision, recall))
    assert scores.f1 == pytest.approx(2 * precision * recall / (precision + recall))
    assert scores.accuracy == 0.5
    empty = metrics.shingle_scores([])
    assert (empty.precision, empty.recall, empty.f1, empty.accuracy) == (0, 0, 0, 0)


# --------------------------------------------------------------------------- error analysis


def test_wrong_spans() -> None:
    text = "one two three four\nextra line here\nfive six seven eight"
    spans = worst.wrong_spans(text, "one two three four five six seven eight")
    assert [text[a:b] for a, b in spans] == ["extra line here"]
    # No shared shingle: every line is its own span.
    text = "x y,\n z!"
    assert [text[a:b] for a, b in worst.wrong_spans(text, "")] == ["x y", "z"]
    # A second copy is extra (shared shingles are used once).
    text = "a b c d\n\na b c d"
    assert [text[a:b] for a, b in worst.wrong_spans(text, "a b c d")] == ["a b c d"]
    assert worst.wrong_spans("", "a b") == []
    assert worst.wrong_spans("Hello world", "Hello world") == []


def _block(xpath: str, decision: str, reason: str, text: str = "") -> object:
    return SimpleNamespace(
        id=len(xpath), xpath=xpath, css=xpath.replace("/", " > "), decision=decision,
        reason=reason, rules=(), text=text, score=None,
    )  # fmt: skip


def test_causes_of_missed_and_extra_text() -> None:
    page = (
        b"<html><body><div id='main' class='l-sidebar-fixed'><p>First paragraph of the story "
        b"is here.</p><p>Second paragraph tells the rest.</p></div>"
        b"<div class='story'><p>Kept paragraph of the story.</p><p>Follow us on Twitter "
        b"for more news.</p><p>Kept paragraph of the story.</p></div>"
        b"<aside>Never decided text block</aside></body></html>"
    )
    blocks = [
        _block("/html/body/div[1]", "removed", "related-rails", "First paragraph"),
        _block("/html/body/div[2]", "body container", "chosen body", "Kept paragraph"),
        _block("/html/body/div[2]/p[1]", "kept", "inside the body", "Kept paragraph"),
        _block("/html/body/div[2]/p[2]", "kept", "inside the body", "Follow us"),
        _block("/html/body/div[2]/p[3]", "kept", "inside the body", "Kept paragraph"),
        _block("/html/body/div[9]", "removed", "ads", "not on the page"),
    ]
    root = worst._parse(page)
    found = worst.locate(root.getroottree(), blocks)
    assert found[0].label == "div#main.l-sidebar-fixed" and found[0].joined.startswith(" First")
    assert found[-1].label == "div[9]"  # not found: the CSS path stands in
    page_text = worst._joined(metrics.element_text(root))
    family, cause = worst.missed_cause(found, page_text, "Second paragraph tells the rest.")
    assert family == "removed by related-rails"
    assert cause == "removed div#main.l-sidebar-fixed by related-rails"
    assert worst.missed_cause(found, page_text, "Never decided text")[0] == "outside the body"
    assert worst.missed_cause(found, page_text, "Not there at all")[0] == "not in the page text"
    family, cause = worst.extra_cause(found, "Follow us on Twitter for more news.")
    assert family == "kept" and cause == "kept p in body div.story"
    family, cause = worst.extra_cause(found, "Kept paragraph of the story.")
    assert family == "kept (text in several blocks)" and cause.endswith("text in 2 kept blocks")
    assert worst.extra_cause(found, "Something else")[0] == "no block"


def test_abbreviate() -> None:
    assert worst.abbreviate("short") == "short"
    text = "word " * 100
    short = worst.abbreviate(text, 40)
    assert len(short) <= 41 and " … " in short


# --------------------------------------------------------------------------- runner


def _row(corpus: str, f1: float, errors: int = 0, accuracy: float | None = None) -> object:
    return run.Row(
        tool="newsclean",
        corpus=corpus,
        pages=10,
        errors=errors,
        precision=f1,
        recall=f1,
        f1=f1,
        total_s=1.0,
        docs_per_s=10.0,
        mean_ms=100.0,
        median_ms=100.0,
        p99_ms=100.0,
        accuracy=accuracy,
    )


AEB = "article-extraction-benchmark"


def test_gate_failures() -> None:
    baseline = {
        "trafilatura-eval": {"f1": 0.9},
        "readability-pages": {"f1": 0.8},
        AEB: {"f1": 0.95, "accuracy": 0.3},
    }
    aeb = _row(AEB, 0.95, accuracy=0.3)
    rows = [_row("trafilatura-eval", 0.9), _row("readability-pages", 0.8), aeb]
    assert run.gate_failures(rows, baseline) == []
    rows = [_row("trafilatura-eval", 0.896), _row("readability-pages", 0.9), aeb]
    assert run.gate_failures(rows, baseline) == []  # within 0.005, or better
    rows = [_row("trafilatura-eval", 0.894), _row("readability-pages", 0.8), aeb]
    (reason,) = run.gate_failures(rows, baseline)
    assert reason.startswith("trafilatura-eval:") and "0.0060 below" in reason
    rows = [_row("trafilatura-eval", 0.9, errors=1), _row("readability-pages", 0.8), aeb]
    (reason,) = run.gate_failures(rows, baseline)
    assert "raised on 1 of 10 pages" in reason
    assert len(run.gate_failures(rows[1:2], {})) == 3  # 2 missing rows and missing baseline
    # The new corpus: F1 and accuracy are both gated; one page in 88 is too much.
    rows[0] = _row("trafilatura-eval", 0.9)
    rows[2] = _row(AEB, 0.94, accuracy=0.3)
    (reason,) = run.gate_failures(rows, baseline)
    assert reason.startswith(f"{AEB}: F1 0.9400 is 0.0100 below")
    rows[2] = _row(AEB, 0.95, accuracy=0.3 - 1 / 88)
    (reason,) = run.gate_failures(rows, baseline)
    assert reason.startswith(f"{AEB}: accuracy 0.2886 is 0.0114 below")
    rows[2] = _row(AEB, 0.96, accuracy=0.4)
    assert run.gate_failures(rows, baseline) == []
    (reason,) = run.gate_failures(rows, {**baseline, AEB: {"f1": 0.95}})
    assert reason == f"{AEB}: no recorded accuracy in the baseline (run --record)"


def test_markdown_table_and_docs(tmp_path: Path) -> None:
    rows = [_row("trafilatura-eval", 0.9)]
    table = run.markdown_table(rows)
    header, rule, line = table.splitlines()
    assert header.count("|") == rule.count("|") == line.count("|") == 14
    assert "| 0.900 | — |" in line  # no accuracy on this corpus
    line = run.markdown_table([_row(AEB, 0.9, accuracy=0.25)]).splitlines()[2]
    assert "| 0.900 | 0.250 |" in line
    doc = tmp_path / "sub" / "bench.md"
    run.write_docs(doc, f"{run.MARK_START}\nfirst\n{run.MARK_END}")
    assert doc.read_text().startswith("# Benchmark\n")
    doc.write_text(doc.read_text() + "\ntrailer\n")
    run.write_docs(doc, f"{run.MARK_START}\nsecond\n{run.MARK_END}")
    text = doc.read_text()
    assert "second" in text and "first" not in text and text.endswith("trailer\n")
    other = tmp_path / "other.md"
    other.write_text("# Notes\n")
    run.write_docs(other, f"{run.MARK_START}\nx\n{run.MARK_END}")
    assert other.read_text() == f"# Notes\n\n{run.MARK_START}\nx\n{run.MARK_END}\n"


# --------------------------------------------------------------------------- end to end

FAKE_NEWSCLEAN = textwrap.dedent(
    '''
    """Stand-in for newsclean: the text of every <p>, one block each."""
    import os
    import re


    class Article:
        def __init__(self, text, title, lang):
            self.text, self.title, self.lang = text, title, lang
            self.authors, self.site_name, self.published = (), None, None


    def extract(html, *, url=None, include_standfirst=False):
        page = html.decode() if isinstance(html, bytes) else html
        poison = os.environ.get("FAKE_NEWSCLEAN_RAISE")
        if poison and poison in page:
            raise ValueError("poisoned page")
        title = re.search(r"<title>(.*?)</title>", page)
        lang = re.search(r'lang="(.*?)"', page)
        return Article(
            "\\n\\n".join(re.findall(r"<p>(.*?)</p>", page, re.S)),
            title and title.group(1),
            lang and lang.group(1),
        )


    class Block:
        def __init__(self, xpath, reason):
            self.id, self.xpath, self.css, self.decision = 1, xpath, "nav", "removed"
            self.reason, self.rules, self.text, self.score = reason, (), "", None


    class Explanation:
        def __init__(self, article, blocks):
            self.article, self.blocks = article, blocks


    def explain(html, *, url=None, include_standfirst=False):
        """Only a <nav> directly in <body> is explained, as removed by 'fake-nav'."""
        page = html.decode() if isinstance(html, bytes) else html
        blocks = (Block("/html/body/nav", "fake-nav"),) if "<body><nav>" in page else ()
        return Explanation(extract(html, url=url), blocks)
    '''
)


def _gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))


@pytest.fixture
def fake_corpus(tmp_path: Path) -> Path:
    """Two pages per corpus, with hand-computable scores under the fake extractor.

    trafilatura-eval: TP 3, FP 1, FN 1 -> P = R = F1 = 0.75.
    readability-pages: pages (P 1, R 3/4) and (P 2/3, R 1) -> P 5/6, R 7/8.
    article-extraction-benchmark: x1 exact (P = R = 1); y2 outputs shingles abgd bgdE gdEw
    dEwh against abgd bgde (tp 1, fp 3, fn 1: P 1/4, R 1/2) -> P 5/8, R 3/4, accuracy 1/2.
    """
    root = tmp_path / "corpus"
    traf = root / "trafilatura-eval"
    evaldata = {
        "http://a.test/": {"file": "a.html", "with": ["alpha beta", "gamma"], "without": ["menu"]},
        "http://b.test/": {"file": "b.html", "with": ["delta", "epsilon"], "without": ["footer"]},
    }  # fmt: skip
    traf.mkdir(parents=True)
    (traf / "evaldata.json").write_text(json.dumps(evaldata))
    _gz(traf / "html" / "a.html.gz", "<html><body><nav>menu</nav><p>alpha\n beta</p><p>gamma</p>")
    _gz(traf / "html" / "b.html.gz", "<html><body><p>delta</p><p>the\n footer</p></body></html>")
    read = root / "readability-pages"
    head = '<html lang="en"><head><title>Page {0}</title></head>'
    for case, source, expected in [
        ("a", "<p>one two three</p>", "<div><p>one two three four</p></div>"),
        ("b", "<p>five six</p><p>seven</p>", "<div><p>five six</p></div>"),
    ]:
        _gz(read / case / "source.html.gz", f"{head.format(case)}<body>{source}</body></html>")
        (read / case / "expected.html").write_text(expected)
        # page a: title and lang right; page b: the expected title differs
        title = "Page a" if case == "a" else "Another title"
        (read / case / "expected-metadata.json").write_text(
            json.dumps({"title": title, "lang": "en", "byline": None})
        )
    aeb = root / AEB
    truth = {
        "x1": {"url": "http://x.test/1", "articleBody": "one two three four five"},
        "y2": {"url": "http://y.test/2", "articleBody": "alpha beta gamma delta epsilon"},
    }
    aeb.mkdir()
    (aeb / "ground-truth.json").write_text(json.dumps(truth))
    _gz(aeb / "html" / "x1.html.gz", "<html><body><p>one two three four five</p></body></html>")
    _gz(
        aeb / "html" / "y2.html.gz",
        "<html><body><nav>epsilon</nav><p>alpha beta gamma delta</p><p>extra words here</p>",
    )
    return root


def _bench(corpus: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--corpus", str(corpus), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    return proc.returncode, proc.stdout + proc.stderr


@pytest.fixture
def fake_env(tmp_path: Path) -> dict[str, str]:
    """Environment whose ``newsclean`` is the stand-in above."""
    pkg = tmp_path / "fake" / "newsclean"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(FAKE_NEWSCLEAN)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(tmp_path / "fake"), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    env.pop("FAKE_NEWSCLEAN_RAISE", None)
    return env


F1_READ = 2 * (5 / 6) * (7 / 8) / (5 / 6 + 7 / 8)
F1_AEB = 2 * (5 / 8) * (3 / 4) / (5 / 8 + 3 / 4)


def test_record_json_and_docs(fake_corpus: Path, fake_env: dict[str, str], tmp_path: Path) -> None:
    baseline, out, doc = tmp_path / "b.json", tmp_path / "r.json", tmp_path / "doc.md"
    code, log = _bench(
        fake_corpus,
        "--tools", "newsclean,parse-only", "--record", "--baseline", str(baseline),
        "--json", str(out), "--write-docs", str(doc),
        env=fake_env,
    )  # fmt: skip
    assert code == 0, log
    recorded = json.loads(baseline.read_text())
    assert recorded["metadata"] == {"title": 0.5, "lang": 1.0}
    assert "| newsclean | 0.50 (1/2) | — (0/0) | 1.00 (2/2) |" in log
    assert recorded["trafilatura-eval"]["f1"] == pytest.approx(0.75)
    assert recorded["readability-pages"]["f1"] == pytest.approx(F1_READ, abs=1e-6)
    assert recorded[AEB]["f1"] == pytest.approx(F1_AEB, abs=1e-6)
    assert recorded[AEB]["accuracy"] == 0.5 and "accuracy" not in recorded["trafilatura-eval"]
    data = json.loads(out.read_text())
    rows = {(r["tool"], r["corpus"]): r for r in data["rows"]}
    traf = rows["newsclean", "trafilatura-eval"]
    assert (traf["precision"], traf["recall"], traf["pages"], traf["errors"]) == (0.75, 0.75, 2, 0)
    assert (traf["tp"], traf["fp"], traf["fn"]) == (3, 1, 1)
    read = rows["newsclean", "readability-pages"]
    assert (read["precision"], read["recall"]) == pytest.approx((5 / 6, 7 / 8))
    assert read["x_parse_only_time"] > 0 and read["x_trafilatura_speed"] is None
    assert rows["parse-only", "readability-pages"]["f1"] is None
    assert [p["tp"] for p in data["pages"]["newsclean"]["trafilatura-eval"]] == [2, 1]
    aeb = rows["newsclean", AEB]
    assert (aeb["precision"], aeb["recall"], aeb["accuracy"]) == pytest.approx((5 / 8, 3 / 4, 0.5))
    x1, y2 = data["pages"]["newsclean"][AEB]
    assert (x1["exact"], x1["precision"], y2["exact"], y2["precision"]) == (True, 1, False, 0.25)
    assert (y2["tp"], y2["fp"], y2["fn"]) == pytest.approx((0.2, 0.6, 0.2))
    assert f"| newsclean | {AEB} | 2 | 0 | 0.625 | 0.750 | 0.682 | 0.500 |" in log
    assert "| newsclean | readability-pages | 2 | 0 | 0.833 | 0.875 | 0.854 | — |" in log
    assert "bench/run.py --corpus" in log and "| newsclean | trafilatura-eval | 2 | 0 |" in log
    text = doc.read_text()
    assert run.MARK_START in text and "| parse-only | readability-pages | 2 |" in text


def test_gate_passes_and_fails(fake_corpus: Path, fake_env: dict[str, str], tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"

    def gate(
        traf_f1: float,
        read_f1: float,
        env: dict[str, str] = fake_env,
        title: float = 0.5,
        aeb: tuple[float, float] = (F1_AEB, 0.5),
    ) -> tuple[int, str]:
        data = {
            "trafilatura-eval": {"f1": traf_f1},
            "readability-pages": {"f1": read_f1},
            AEB: {"f1": aeb[0], "accuracy": aeb[1]},
            "metadata": {"title": title, "lang": 1.0},
        }
        baseline.write_text(json.dumps(data))
        return _bench(fake_corpus, "--gate", "--baseline", str(baseline), env=env)

    code, log = gate(0.75, F1_READ)
    assert code == 0, log
    assert "| newsclean | readability-pages | 2 | 0 |" in log and "| trafilatura |" not in log
    code, log = gate(0.754, F1_READ + 0.004)  # within tolerance
    assert code == 0, log
    code, log = gate(0.75, F1_READ + 0.006)
    assert code == 1, log
    assert "GATE FAILED" in log and "readability-pages: F1" in log and "0.0060 below" in log
    assert "trafilatura-eval: F1" not in log
    code, log = gate(0.75, F1_READ, title=0.509)  # metadata within its 0.01 tolerance
    assert code == 0, log
    code, log = gate(0.75, F1_READ, title=0.52)
    assert code == 1, log
    assert "metadata title: 0.5 is more than 0.01 below the recorded 0.52" in log
    code, log = gate(0.75, F1_READ, env={**fake_env, "FAKE_NEWSCLEAN_RAISE": "delta"})
    assert code == 1, log
    assert "trafilatura-eval: newsclean raised on 1 of 2 pages" in log
    assert f"{AEB}: newsclean raised on 1 of 2 pages" in log  # "delta" is on y2 too
    code, log = gate(0.75, F1_READ, aeb=(F1_AEB + 0.004, 0.5))
    assert code == 0, log
    code, log = gate(0.75, F1_READ, aeb=(F1_AEB + 0.006, 0.5))
    assert code == 1, log
    assert f"{AEB}: F1 0.6818 is 0.0060 below" in log and f"{AEB}: accuracy" not in log
    code, log = gate(0.75, F1_READ, aeb=(F1_AEB, 0.504))  # within 0.005 is fine, a page is not
    assert code == 0, log
    code, log = gate(0.75, F1_READ, aeb=(F1_AEB, 1.0))
    assert code == 1, log
    assert f"{AEB}: accuracy 0.5000 is 0.5000 below the recorded 1.0000" in log


def test_other_tools_run(fake_corpus: Path) -> None:
    pytest.importorskip("trafilatura", reason="needs the [bench] extra")
    pytest.importorskip("readability", reason="needs the [bench] extra")
    tools = (
        "trafilatura", "trafilatura-precision", "trafilatura-comments", "trafilatura-markdown",
        "readability", "parse-only",
    )  # fmt: skip
    code, log = _bench(fake_corpus, "--tools", ",".join(tools))
    assert code == 0, log
    for tool in tools:
        for corpus in ("trafilatura-eval", "readability-pages", AEB):
            assert f"| {tool} | {corpus} | 2 | 0 |" in log


def test_trafilatura_options() -> None:
    options = run.TRAFILATURA_OPTIONS
    assert options["trafilatura"] == {"include_comments": False}
    assert options["trafilatura-comments"] == {}  # trafilatura's default: comments extracted
    assert options["trafilatura-precision"] == {"favor_precision": True, "include_comments": False}
    assert options["trafilatura-markdown"]["include_comments"] is False
    # newsclean's speed is compared with the run without comments (its Markdown with Markdown).
    rows = [
        run.Row("newsclean", AEB, 2, 0, 1, 1, 1, 1.0, 40.0, 1, 1, 1),
        run.Row("trafilatura", AEB, 2, 0, 1, 1, 1, 1.0, 10.0, 1, 1, 1),
        run.Row("trafilatura-comments", AEB, 2, 0, 1, 1, 1, 1.0, 8.0, 1, 1, 1),
    ]
    run.add_ratios(rows)
    assert rows[0].x_trafilatura_speed == 4.0


def test_worst_report(fake_corpus: Path, fake_env: dict[str, str]) -> None:
    code, log = _bench(fake_corpus, "--worst", "1", AEB, env=fake_env)
    assert code == 0, log
    assert f"## The 1 worst of 2 pages on {AEB}" in log and "exact 1/2" in log
    assert "### 1. y2" in log and "x1" not in log
    assert "P 0.250  R 0.500  F1 0.333  exact: no" in log
    assert "extra (3 words):\n- (3 w) “extra words here”" in log
    assert "missed (1 words):\n- (1 w) “epsilon”  \n  ← removed nav by fake-nav" in log
    code, log = _bench(fake_corpus, "--worst", "5", "trafilatura-eval", env=fake_env)
    assert code == 0, log
    assert "### 1. http://b.test/\n\nP 0.500  R 0.500  F1 0.500" in log
    assert "extra (1 words):\n- (1 w) “footer”" in log  # a `without` snippet found
    assert "missed (1 words):\n- (1 w) “epsilon”  \n  ← not in the page text" in log
    assert "### 2. http://a.test/" in log
    code, log = _bench(fake_corpus, "--worst", "2", "nowhere", env=fake_env)
    assert code == 2 and "--worst takes a count and a corpus" in log


def _real_newsclean_imports() -> bool:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    code = "import newsclean; newsclean.extract"
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=False)
    return proc.returncode == 0


@pytest.mark.skipif(not _real_newsclean_imports(), reason="newsclean does not import yet")
def test_gate_fails_with_real_newsclean(fake_corpus: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    corpora = ("trafilatura-eval", "readability-pages", AEB)
    baseline.write_text(json.dumps({c: {"f1": 2, "accuracy": 2} for c in corpora}))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # worker adds <repo>/src
    code, log = _bench(fake_corpus, "--gate", "--baseline", str(baseline), env=env)
    assert code == 1, log
    assert all(f"{c}: F1" in log for c in corpora) and f"{AEB}: accuracy" in log


def test_standfirst_follows_each_corpus_truth(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura-eval's snippets quote the standfirst; the other corpora's bodies omit it."""
    calls: list[dict[str, object]] = []

    def extract(html: bytes, **options: object) -> SimpleNamespace:
        calls.append(options)
        return SimpleNamespace(text="")

    monkeypatch.setattr(importlib.import_module("newsclean"), "extract", extract)
    for corpus in run.CORPORA:
        run.make_extractor("newsclean", corpus)(b"<p>x</p>", None)
    run.make_extractor("newsclean-precision", AEB)(b"<p>x</p>", None)
    assert [c["include_standfirst"] for c in calls] == [True, False, False, False]
    assert calls[-1]["favor"] == "precision"


def test_pages_keyed_by_a_name_are_run_without_a_url() -> None:
    """trafilatura-eval's "hard::..." keys are names: passed as url= they would be refused."""
    assert run.web_address("hard::site.example-story.html") is None
    assert run.web_address("https://site.example/a") == "https://site.example/a"
    assert run.web_address(None) is None


def test_tools_take_turns_and_each_page_keeps_its_fastest_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[str] = []
    times = {"a": [[3.0, 1.0], [2.0, 2.0]], "b": [[5.0, 5.0], [4.0, 6.0]]}

    def fake_worker(
        tool: str, corpus: Path, limit: int | None, timeout: float
    ) -> dict[str, object] | None:
        turn = sum(1 for called in calls if called == tool)
        calls.append(tool)
        if tool == "broken":
            return None
        return {"corpora": {"c": {"outputs": [f"{tool}{turn}"] * 2, "seconds": times[tool][turn]}}}

    monkeypatch.setattr(run, "spawn_worker", fake_worker)
    results = run.run_in_turns(["a", "b", "broken"], tmp_path, None, 60.0, 2)
    assert calls == ["a", "b", "broken", "a", "b"]  # a failed tool is not run again
    assert results["broken"] is None
    assert results["a"]["corpora"]["c"]["seconds"] == [2.0, 1.0]
    assert results["b"]["corpora"]["c"]["seconds"] == [4.0, 5.0]
    assert results["a"]["corpora"]["c"]["outputs"] == ["a0", "a0"]  # the first round's
