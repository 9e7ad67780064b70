"""The rule registry: add, override, disable, list, per-domain rules, coexisting configurations."""

from __future__ import annotations

import pytest

from newsclean import Css, Effect, Registry, Rule, Words, extract

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
