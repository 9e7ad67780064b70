"""The rule registry: add, override, disable, list, per-domain rules, coexisting configurations."""

from __future__ import annotations

import gc
import threading
from importlib import metadata
from pathlib import Path

import pytest

from newsclean import Css, Effect, Registry, Rule, Words, XPath, extract
from newsclean.errors import PackWarning
from newsclean.parse import parse
from newsclean.rules import registry as registry_module
from newsclean.rules.registry import ENTRY_POINT_GROUP

BODY = "".join(
    f"<p>Paragraph {i} of the story says something long enough to count as prose, "
    f"with commas, clauses and a full stop at the end.</p>"
    for i in range(6)
)
HTML = (
    "<html><body><div class='promo-box'>Win a trip to the coast</div>"
    f"<article><h1>Headline</h1>{BODY}<div class='kicker-note'>Editor's pick of the week</div>"
    "</article></body></html>"
)


def fresh() -> Registry:
    return Registry.default(load_entry_points=False)


def test_add_rule_changes_output() -> None:
    registry = fresh()
    assert "Editor's pick" in extract(HTML, registry=registry).text
    registry.add(Rule("kicker-notes", Css("div.kicker-note"), Effect.DROP))
    assert "Editor's pick" not in extract(HTML, registry=registry).text


def test_add_refuses_duplicate_name() -> None:
    registry = fresh()
    with pytest.raises(ValueError, match="exists"):
        registry.add(Rule("share-tools", Css("div.x"), Effect.DROP))


def test_override_replaces_builtin() -> None:
    registry = fresh()
    registry.override(Rule("share-tools", Css("div.never-present"), Effect.DROP))
    assert registry.get("share-tools").match == Css("div.never-present")


def test_disable_and_enable() -> None:
    registry = fresh()
    html = HTML.replace("kicker-note", "related-stories")
    assert "Editor's pick" not in extract(html, registry=registry).text
    registry.disable("related-rails")
    assert "Editor's pick" in extract(html, registry=registry).text
    registry.enable("related-rails")
    assert "Editor's pick" not in extract(html, registry=registry).text


def test_site_rule_applies_only_on_its_domain() -> None:
    registry = fresh()
    registry.add(
        Rule("harbour-kicker", Css("div.kicker-note"), Effect.DROP, domain="harbour-times.example")
    )
    on_site = extract(HTML, url="https://www.harbour-times.example/2024/a", registry=registry)
    sub_site = extract(HTML, url="https://news.harbour-times.example/a", registry=registry)
    elsewhere = extract(HTML, url="https://other.example/a", registry=registry)
    no_url = extract(HTML, registry=registry)
    assert "Editor's pick" not in on_site.text
    assert "Editor's pick" not in sub_site.text
    assert "Editor's pick" in elsewhere.text
    assert "Editor's pick" in no_url.text


def test_site_rule_overrides_generic_rule_of_same_name() -> None:
    registry = fresh()
    registry.add(
        Rule(
            "related-rails",
            Words("nothing-matches-this"),
            Effect.DROP,
            domain="harbour-times.example",
        )
    )
    html = HTML.replace("kicker-note", "related-stories")
    assert (
        "Editor's pick"
        in extract(html, url="https://harbour-times.example/x", registry=registry).text
    )
    assert (
        "Editor's pick" not in extract(html, url="https://other.example/x", registry=registry).text
    )


def test_disable_for_one_domain() -> None:
    registry = fresh()
    registry.disable("related-rails", domain="harbour-times.example")
    html = HTML.replace("kicker-note", "related-stories")
    assert (
        "Editor's pick"
        in extract(html, url="https://harbour-times.example/x", registry=registry).text
    )
    assert (
        "Editor's pick" not in extract(html, url="https://other.example/x", registry=registry).text
    )


def test_list_shows_applicable_rules() -> None:
    registry = fresh()
    registry.add(Rule("site-only", Css("div.x"), Effect.DROP, domain="a.example"))
    generic = [r.name for r in registry.list()]
    on_site = [r.name for r in registry.list("https://a.example/page")]
    assert "share-tools" in generic and "site-only" not in generic
    assert "site-only" in on_site


def test_two_registries_coexist() -> None:
    strict = fresh()
    strict.add(Rule("kicker-notes", Css("div.kicker-note"), Effect.DROP))
    lenient = fresh()
    assert "Editor's pick" not in extract(HTML, registry=strict).text
    assert "Editor's pick" in extract(HTML, registry=lenient).text
    copy = strict.copy()
    copy.remove("kicker-notes")
    assert "Editor's pick" not in extract(HTML, registry=strict).text
    assert "Editor's pick" in extract(HTML, registry=copy).text


def test_body_rule_and_score_rule() -> None:
    registry = fresh()
    other = "".join(
        f"<p>Note {i} in the other column is shorter, but it is prose all the same.</p>"
        for i in range(5)
    )
    html = (
        "<html><body><div class='main-col'>" + BODY + "</div>"
        f"<div class='other-col'>{other}</div></body></html>"
    )
    assert extract(html, registry=registry).text.startswith("Paragraph 0")
    registry.add(Rule("other-is-body", Css("div.other-col"), Effect.BODY))
    assert extract(html, registry=registry).text.startswith("Note 0")
    registry.add(Rule("main-col-bonus", Css("div.main-col"), Effect.SCORE, weight=-500.0))
    registry.disable("other-is-body")
    assert extract(html, registry=registry).text.startswith("Note 0")
    with pytest.raises(ValueError, match="non-zero weight"):
        Rule("bad", Css("div"), Effect.SCORE)


def test_invalid_selector_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="invalid CSS selector"):
        Css("div[")


SHARED = (
    "<html><body><article><h1>Headline</h1>"
    f"{BODY}<div class='share-tools'>Send the story to the coast network</div>"
    "<div class='kicker-note'>Editor's pick of the week</div></article></body></html>"
)


def test_rule_files_follow_later_changes_to_the_registry(tmp_path: Path) -> None:
    rule_file = tmp_path / "kicker.toml"
    rule_file.write_text('[[site]]\nstrip = ["div.kicker-note"]\n', encoding="utf-8")
    registry = fresh()
    first = extract(SHARED, registry=registry, rules=[rule_file]).text
    assert "Send the story" not in first and "Editor's pick" not in first
    registry.disable("share-tools")  # after the files were applied once
    second = extract(SHARED, registry=registry, rules=[rule_file]).text
    assert "Send the story" in second and "Editor's pick" not in second


def test_a_new_registry_never_gets_an_old_one_s_rule_files(tmp_path: Path) -> None:
    rule_file = tmp_path / "kicker.toml"
    rule_file.write_text('[[site]]\nstrip = ["div.kicker-note"]\n', encoding="utf-8")
    for _ in range(20):  # new registries, some at the address of a collected one
        registry = fresh()
        registry.disable("share-tools")
        assert "Send the story" in extract(SHARED, registry=registry, rules=[rule_file]).text
        del registry
        gc.collect()


def test_a_callable_pack_is_credited_with_its_rules() -> None:
    registry = fresh()

    def register(target: Registry) -> None:
        target.add(Rule("kicker-notes", Css("div.kicker-note"), Effect.DROP))
        target.override(Rule("share-tools", Css("div.never"), Effect.DROP))

    registry.load_pack(register, name="harbour-pack")
    assert registry.get("kicker-notes").source == "harbour-pack"
    assert registry.get("share-tools").source == "harbour-pack"
    assert registry.get("ad-slots").source == ""  # untouched built-ins stay built-in
    assert "harbour-pack" in registry.packs


def test_a_pack_that_fails_half_way_leaves_the_registry_as_it_was() -> None:
    registry = fresh()

    def register(target: Registry) -> None:
        target.add(Rule("kicker-notes", Css("div.kicker-note"), Effect.DROP))
        raise RuntimeError("pack bug")

    with pytest.raises(RuntimeError):
        registry.load_pack(register, name="buggy")
    assert "kicker-notes" not in registry
    assert "buggy" not in registry.packs


def test_a_broken_installed_pack_does_not_break_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = metadata.EntryPoint("broken", "newsclean_no_such_pack:rules", ENTRY_POINT_GROUP)
    failing = metadata.EntryPoint("failing", "newsclean.version:__version__", ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry_module.metadata, "entry_points", lambda group: [broken, failing])
    with pytest.warns(PackWarning) as caught:
        registry = Registry.default()
    assert sorted(str(w.message).split("'")[1] for w in caught) == ["broken", "failing"]
    assert set(registry.pack_errors) == {"broken", "failing"}
    assert "ModuleNotFoundError" in registry.pack_errors["broken"]
    assert "Paragraph 3 of the story" in extract(HTML, registry=registry).text


def _two_configurations(drop: bool) -> list[Rule]:
    """Two rules that either both drop something or both match nothing: one
    ``extend(..., replace=True)`` switches between the configurations atomically, and a
    mix of the two would give an output of neither."""
    kicker = Css("div.kicker-note") if drop else Css("div.no-such-element")
    lead = Css("article p:first-of-type") if drop else Css("p.no-such-element")
    return [Rule("test-kicker", kicker, Effect.DROP), Rule("test-lead", lead, Effect.DROP)]


def test_a_registry_mutated_during_extraction_never_mixes_configurations() -> None:
    """8 threads extract with one registry while a ninth switches it between two
    configurations: no exception, and every output is one of the two, computed before."""
    expected = set()
    for drop in (False, True):
        alone = fresh()
        alone.extend(_two_configurations(drop), replace=True)
        article = extract(SHARED, registry=alone)
        expected.add((article.text, article.html))
    assert len(expected) == 2
    registry = fresh()
    registry.extend(_two_configurations(False), replace=True)
    errors: list[BaseException] = []
    outputs: list[tuple[str, str]] = []
    stop = threading.Event()

    def extracting() -> None:
        while not stop.is_set():
            try:
                article = extract(SHARED, registry=registry)
                outputs.append((article.text, article.html))
            except BaseException as exc:
                errors.append(exc)

    def mutating() -> None:
        for number in range(400):
            registry.extend(_two_configurations(number % 2 == 0), replace=True)
            registry.add(Rule(f"extra-{number}", Css("div.none"), Effect.DROP))
            registry.disable(f"extra-{number}")

    workers = [threading.Thread(target=extracting) for _ in range(8)]
    for worker in workers:
        worker.start()
    mutator = threading.Thread(target=mutating)
    mutator.start()
    mutator.join()
    stop.set()
    for worker in workers:
        worker.join()
    assert not errors, errors[:3]
    assert len(outputs) >= 8
    assert set(outputs) <= expected


def test_xpath_rule_calling_id_finds_its_element() -> None:
    """Pages are parsed without libxml2's index of ``id`` values unless a rule's XPath
    calls ``id()``, which reads it: such a rule still finds what it names."""
    registry = fresh()
    html = HTML.replace("<div class='kicker-note'>", "<div id='tip-7'>")
    assert "Editor's pick" in extract(html, registry=registry).text
    registry.add(Rule("tip-note", XPath("id('tip-7')"), Effect.DROP))
    assert registry.compiled().reads_ids
    assert "Editor's pick" not in extract(html, registry=registry).text
    assert not fresh().compiled().reads_ids


def test_pages_parse_without_the_id_index_when_no_rule_reads_it() -> None:
    root = parse("<html><body><p id='a'>One</p></body></html>", ids=False)
    assert root is not None
    assert root.xpath("id('a')") == []
    kept = parse("<html><body><p id='a'>One</p></body></html>")
    assert kept is not None
    assert [p.text for p in kept.xpath("id('a')")] == ["One"]
