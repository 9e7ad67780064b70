"""Rule files: TOML packs, FiveFilters site configs, precedence and the CLI (the pytest
plugin is tested in tests/cli/test_pytest_plugin.py)."""

from __future__ import annotations

import datetime as dt
import shutil
import warnings
from pathlib import Path

import pytest

from newsclean import Css, Effect, Registry, Rule, extract
from newsclean.cli import main
from newsclean.errors import RuleFileError, UnsupportedDirective
from newsclean.rules.files import load_rule_file, rule_files
from newsclean.rules.fivefilters import load_site_config
from newsclean.rules.rulefile import Unsupported

HERE = Path(__file__).resolve().parent / "rulefiles"
PACK = HERE / "pack" / "courier.toml"
PAGE = HERE / "pack" / "pages" / "ferry.html"
FIVE = HERE / "fivefilters"
URL = "https://www.lakeside-courier.example/news/ferry-fares"


def test_toml_rules_apply_on_their_site_only() -> None:
    plain = extract(PAGE.read_bytes(), url=URL)
    ruled = extract(PAGE.read_bytes(), url=URL, rules=PACK)
    assert "Promoted: visit the harbour market" not in ruled.text
    assert ruled.title == "Ferry fares frozen for the winter"
    assert ruled.authors == ("Helga Brun",) and plain.authors != ("Helga Brun",)
    assert ruled.published == dt.date(2024, 11, 2)
    elsewhere = extract(PAGE.read_bytes(), url="https://other.example/a", rules=PACK)
    assert elsewhere.authors == plain.authors


def test_toml_file_contents() -> None:
    loaded = load_rule_file(PACK)
    effects = {rule.name: rule.effect for rule in loaded.rules}
    assert effects["courier:lakeside-courier.example:body:1"] is Effect.BODY
    assert effects["courier:lakeside-courier.example:strip:1"] is Effect.DROP
    assert effects["courier:lakeside-courier.example:date:1"] is Effect.DATE
    assert effects["share-tools"] is Effect.DROP
    assert loaded.disabled == (("related-rails", "lakeside-courier.example"),)
    (test,) = loaded.tests
    assert test.page == PAGE and test.url == URL and test.excludes
    assert all(rule.source == str(PACK) for rule in loaded.rules)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[site]]\nbody = ["div..bad"]\n', "invalid selector"),
        ('[[site]]\nbodyy = ["div"]\n', "unknown key"),
        ("[[site]\n", "Expected"),
        ('[[rule]]\nname = "x"\nselect = "div"\neffect = "explode"\n', "explode"),
        ("[settings]\nx = 1\n", "unknown table"),
    ],
)
def test_bad_rule_files_are_typed_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError, match=message):
        load_rule_file(path)


def test_a_bad_selector_names_its_file(tmp_path: Path) -> None:
    path = tmp_path / "gazette.toml"
    path.write_text('[[site]]\ndomain = "x.example"\nstrip = ["div[[promo"]\n', "utf-8")
    with pytest.raises(RuleFileError) as raised:
        extract(PAGE.read_bytes(), url=URL, rules=path)
    message = str(raised.value)
    assert message.startswith(f"{path}: invalid selector 'div[[promo'")


def test_precedence_caller_over_pack_over_builtin() -> None:
    registry = Registry.default(load_entry_points=False)
    assert registry.get("share-tools").source == ""  # the built-in one
    pack = [Rule("share-tools", Css("div.pack-share"), Effect.DROP, strong=True)]
    registry.load_pack(pack, name="pack-under-test")
    assert registry.get("share-tools").source == "pack-under-test"
    page = PAGE.read_bytes()
    with_pack = extract(page, url=URL, registry=registry).text
    assert "Pack box" not in with_pack and "Caller box" in with_pack
    with_caller = extract(page, url=URL, registry=registry, rules=PACK).text
    assert "Caller box" not in with_caller and "Pack box" in with_caller


def test_fivefilters_directory() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded = {f.path.name: f for f in rule_files(FIVE)}
    courier = loaded["lakeside-courier.example.txt"]
    assert courier.unsupported == (
        Unsupported(10, "prune: no"),
        Unsupported(12, "replace_string(<br><br>)"),
    )
    assert courier.page_links == ("single_page_link: //a[@class='print-version']",)
    (test,) = courier.tests
    assert test.url == URL and test.contains == ("Fares on the lake ferry will stay",)
    other = loaded[".other-site.example.txt"]
    assert [u.directive for u in other.unsupported] == ["http_header(user-agent)"]
    assert {r.domain for r in other.rules} == {"other-site.example"}
    messages = [str(w.message) for w in caught if w.category is UnsupportedDirective]
    courier_path = FIVE / "lakeside-courier.example.txt"
    assert f"{courier_path}:10: directive 'prune: no' is not supported; ignored" in messages
    assert any("'http_header(user-agent)'" in m for m in messages)


def test_fivefilters_rules_extract() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnsupportedDirective)
        article = extract(PAGE.read_bytes(), url=URL, rules=FIVE)
    assert article.authors == ("Helga Brun",)
    assert "Promoted" not in article.text and "Caller box" not in article.text
    assert article.text.startswith("Fares on the lake ferry")


def test_fivefilters_bad_xpath(tmp_path: Path) -> None:
    config = tmp_path / "x.example.txt"
    config.write_text("body: //div[\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="invalid XPath"):
        load_site_config(config)


def test_rules_list_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--url", URL, "--rules", str(PACK)]) == 0
    listing = capsys.readouterr().out
    assert "courier:lakeside-courier.example:body:1" in listing and str(PACK) in listing
    assert "share-tools" in listing and "built-in" in listing
    assert main(["rules", "check", str(HERE / "pack")]) == 0
    assert "PASSED" in capsys.readouterr().out
    broken = tmp_path / "pack"
    shutil.copytree(HERE / "pack", broken)
    toml = broken / "courier.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('strip = ["div.kicker-box"]', "strip = []"),
        encoding="utf-8",
    )
    assert main(["rules", "check", str(broken)]) == 1
    assert "present: 'Promoted: visit the harbour market'" in capsys.readouterr().out
    (broken / "bad.toml").write_text("[[site]]\nbody = ['p[']\n", encoding="utf-8")
    assert main(["rules", "check", str(broken)]) == 1


def test_a_pack_can_be_a_directory_of_rule_files() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.load_pack(str(HERE / "pack"), name="directory-pack")
    assert registry.get(
        "courier:lakeside-courier.example:body:1", domain="lakeside-courier.example"
    )
    article = extract(PAGE.read_bytes(), url=URL, registry=registry)
    assert article.authors == ("Helga Brun",)
