"""Explain: the trace as data, the report as a person sees it in a browser, and the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cssselect import GenericTranslator
from lxml import etree

from newsclean import LimitError, OptionError, extract
from newsclean.cli import main
from newsclean.cli.explain import describe
from newsclean.explain import ID_ATTRIBUTE, explain, mark_elements
from newsclean.explain.report import build_report
from newsclean.parse.document import parse

FIXTURES = Path(__file__).resolve().parent / "fixtures"
WIRE = FIXTURES / "wire-story" / "page.html"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_explaining_does_not_change_the_extraction() -> None:
    for page in sorted(FIXTURES.glob("*/page.html")):
        data = page.read_bytes()
        assert explain(data).article.text == extract(data).text, page.parent.name


def test_blocks_carry_decisions_rules_and_scores() -> None:
    explanation = explain(WIRE.read_bytes())
    by_decision: dict[str, list[str]] = {}
    for block in explanation.blocks:
        by_decision.setdefault(block.decision, []).append(block.text)
    assert len(by_decision["body container"]) == 1
    assert any("sleeper train will run again" in t for t in by_decision["kept"])
    (cookies,) = explanation.find("This site uses cookies")
    assert cookies.decision == "removed"
    assert {hit.rule for hit in cookies.rules} >= {"cookie-consent"}
    assert cookies.reason in {hit.rule for hit in cookies.rules}
    kept = explanation.find("sleeper train will run again")[0]
    assert kept.decision == "kept" and kept.link_density == 0.0 and kept.text_length > 100
    assert explanation.rule_counts()[cookies.reason] >= 1


def test_blocks_show_the_linked_words_share_beside_the_raw_one() -> None:
    pad = "\n" + " " * 40
    page = (
        "<html><body><article><h1>Ferry timetable changes</h1>"
        "<p>The harbour office published the summer timetable on Friday, with two extra"
        " crossings each weekday morning and a later last boat on Saturdays.</p>"
        f'<p>Details are in the <a href="/a">{pad}timetable{pad}</a> and the'
        f' <a href="/b">{pad}fare list{pad}</a>, both of which the office will also post'
        " at the pier from next week onwards.</p></article></body></html>"
    )
    block = explain(page).find("Details are in the timetable")[0]
    # the indentation inside the links counts as link text in the raw share only
    assert block.link_density > 0.5
    assert block.words_link_density == round(len("timetable fare list") / block.text_length, 3)
    assert "of its words" in describe(block, explain(page))


def test_locators_find_the_same_element_on_the_page() -> None:
    data = WIRE.read_bytes()
    explanation = explain(data)
    root = parse(data)
    mark_elements(root)
    for block in explanation.blocks:
        (by_xpath,) = root.xpath(block.xpath)
        (by_css,) = root.xpath(GenericTranslator().css_to_xpath(block.css))
        assert by_xpath.get(ID_ATTRIBUTE) == by_css.get(ID_ATTRIBUTE) == str(block.id)


def test_cli_json_trace_and_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "trace.json"
    assert main(["explain", str(WIRE), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["article"]["title"] == "Night Train Returns to the Northern Line After Twelve Years"
    assert any(b["decision"] == "removed" for b in data["blocks"])
    assert main(["why", str(WIRE), "This site uses cookies"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("REMOVED: ") and "cookie-consent (drop) on this element" in printed
    assert main(["why", str(WIRE), "no such words anywhere"]) == 1
    missed = capsys.readouterr()
    assert missed.out == "" and "no block the engine decided on holds" in missed.err


def test_cli_errors_are_one_line_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "missing" / "report.html"
    assert main(["explain", str(WIRE), "-o", str(report)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert f"cannot write {report}" in line and not report.parent.exists()
    assert main(["why", str(WIRE), "cookies", "--rules", str(tmp_path / "none")]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "no such rule file or directory" in line
    assert main(["explain", str(tmp_path / "absent.html")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_report_is_self_contained(tmp_path: Path) -> None:
    data = WIRE.read_bytes()
    report = build_report(data, explain(data))
    tree = etree.fromstring(report, etree.HTMLParser())
    scripts = [s for s in tree.iter("script")]
    assert len(scripts) == 1 and "nc-search" in (scripts[0].text or "")
    for element in tree.iter():
        assert element.tag not in ("iframe", "link", "img") or not element.get("src")
        for name in element.attrib:
            assert not name.startswith("on")
    assert 'class="nc-removed"' in report or "nc-removed" in report
    assert "nc-body" in report and "nc-kept" in report


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")
def test_report_in_a_browser(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in [test]")
    seed = Path(__file__).resolve().parent.parent.parent / "shared" / "seed"
    page_file = next(iter(sorted(seed.glob("*.txt"))), None) if seed.exists() else None
    source = page_file if page_file is not None else WIRE
    data = source.read_bytes()
    explanation = explain(data)
    report = tmp_path / "report.html"
    report.write_text(build_report(data, explanation), encoding="utf-8")
    removed = [b for b in explanation.blocks if b.decision == "removed"]
    kept = [b for b in explanation.blocks if b.decision == "kept"]
    args = [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ]  # fmt: skip
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(report.as_uri())
        assert requests == [report.as_uri()]  # nothing else fetched
        shown = 0
        for block in removed:
            selector = f'[{ID_ATTRIBUTE}="{block.id}"]'
            box = page.locator(selector).bounding_box()
            if not page.locator(selector).is_visible() or box is None or box["height"] < 4:
                continue  # a hidden element the rules removed: nothing to draw
            colour = page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")
            assert colour.startswith("rgba(207, 34, 46"), colour
            page.hover(selector)
            label = page.eval_on_selector(selector, "e => getComputedStyle(e, '::after').content")
            assert block.reason in label
            shown += 1
        assert shown >= 2
        visible_kept = 0
        for block in kept[:10]:
            selector = f'[{ID_ATTRIBUTE}="{block.id}"]'
            outline = page.eval_on_selector(selector, "e => getComputedStyle(e).outlineColor")
            assert outline == "rgb(26, 127, 55)"
            visible_kept += page.locator(selector).is_visible()
        assert visible_kept >= 3
        assert page.locator("#nc-panel").is_visible()
        panel = page.locator("#nc-panel-inner")  # inside the host's shadow root
        assert panel.is_visible() and "Rules that removed blocks" in panel.inner_text()
        page.fill("#nc-search", "zzz-no-rule")
        assert page.locator("#nc-rules li:not(.nc-hide)").count() == 0
        browser.close()
    assert requests == [report.as_uri()]


def test_explain_takes_every_option_of_extract(tmp_path: Path) -> None:
    data = WIRE.read_bytes()
    rule_file = tmp_path / "mine.toml"
    rule_file.write_text('[[rule]]\nname = "mine"\nselect = "p"\neffect = "drop"\n', "utf-8")
    explained = explain(data, rules=[rule_file], max_bytes=len(data) + 1, favor="precision")
    assert explained.article.text == extract(data, rules=[rule_file], favor="precision").text
    assert "mine" in explained.rule_counts()
    with pytest.raises(LimitError):
        explain(data, max_bytes=100)
    with pytest.raises(OptionError):
        explain(data, no_such_option=True)
