"""explain() labels each block truthfully: a runner-up inside the body chosen is said to
be inside it, a drop the veto stopped is shown vetoed (naming the veto), a text deep in
a long block is found, and a line removed as a repeat of the standfirst is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import explain, extract
from newsclean.cli import main
from newsclean.explain.decisions import (
    RUNNER_UP_HOLDING,
    RUNNER_UP_INSIDE,
    RUNNER_UP_REMOVED_IN,
)
from newsclean.explain.report import build_report


def _prose(count: int, topic: str) -> str:
    return "".join(
        f"<p>Note {n} on the {topic}, a full sentence of story text that reads as prose, "
        "with a comma in it and a few more words.</p>"
        for n in range(count)
    )


def _page(box_class: str = "part") -> str:
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/notes'>Notes</a></nav>"
        "<div class='page'><div class='column'><h1>Lighthouse lens restored</h1>"
        f"<div class='{box_class}'>{_prose(6, 'lens')}</div>"
        f"<div class='part'>{_prose(3, 'keepers')}</div></div>"
        f"<div class='rail'>{_prose(2, 'tides')}</div></div></body></html>"
    )


def test_a_runner_up_inside_the_body_is_said_to_be_inside_it() -> None:
    explanation = explain(_page())
    runners = [b for b in explanation.blocks if b.decision == "runner-up container"]
    (body,) = [b for b in explanation.blocks if b.decision == "body container"]
    inside = [b for b in runners if b.xpath.startswith(body.xpath + "/")]
    assert inside, "the page offers runner-ups inside the body"
    assert {b.reason for b in inside} == {RUNNER_UP_INSIDE}
    for block in inside:  # their text is output: no "scored lower" alone
        assert block.text in " ".join(explanation.article.text.split())
    holding = [b for b in runners if body.xpath.startswith(b.xpath + "/")]
    assert {b.reason for b in holding} <= {RUNNER_UP_HOLDING}


def test_a_runner_up_in_a_block_removed_names_that_block() -> None:
    # a list of links to other stories inside the body, pruned after the body's choice:
    # the runner-up inside it is no more "inside the body" than its text is output
    links = "".join(
        f"<p><a href='/story/{n}'>Another story, number {n}, about the lighthouse keepers"
        " of the coast</a>, read it, it is good.</p>"
        for n in range(6)
    )
    page = (
        "<html><body><div class='page'><h1>Lighthouse lens restored</h1><div class='story'>"
        f"{_prose(6, 'lens')}<div><div>{links}</div></div></div></div></body></html>"
    )
    explanation = explain(page)
    (pruned,) = [b for b in explanation.blocks if b.decision == "removed"]
    runners = [b for b in explanation.blocks if b.decision == "runner-up container"]
    (inner,) = [b for b in runners if b.xpath.startswith(pruned.xpath + "/")]
    assert inner.reason == f"{RUNNER_UP_REMOVED_IN} {pruned.reason} (scored lower)"
    assert "Another story" not in explanation.article.text


def test_a_drop_the_veto_stopped_on_the_body_is_shown_vetoed() -> None:
    # the story's box is named like a share bar: the drop is vetoed, it holds the article
    page = (
        "<html><body><div class='page'><h1>Lighthouse lens restored</h1>"
        f"<div class='share-tools'>{_prose(6, 'lens')}</div></div></body></html>"
    )
    explanation = explain(page)
    (body,) = [b for b in explanation.blocks if b.decision == "body container"]
    (hit,) = [hit for hit in body.rules if hit.on == "self" and hit.effect == "drop"]
    assert hit.vetoed == "holds the article"
    kept = explanation.find("Note 2 on the lens")[0]
    assert kept.decision == "kept"
    assert any(h.vetoed == "holds the article" for h in kept.rules if h.on == body.css)


def test_the_why_command_shows_the_veto(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><div class='page'><h1>Lighthouse lens restored</h1>"
        f"<div class='share-tools'>{_prose(6, 'lens')}</div></div></body></html>",
        encoding="utf-8",
    )
    assert main(["why", str(path), "Note 2 on the lens"]) == 0
    out = capsys.readouterr().out
    assert "share-tools (drop, vetoed: holds the article)" in out


def test_a_text_deep_in_a_long_block_is_found() -> None:
    sentences = " ".join(
        f"Sentence {n} of the long keeper's log, written out by hand every evening."
        for n in range(12)
    )
    page = (
        "<html><body><article><h1>The keeper's log</h1>"
        f"<div>{sentences}</div><p>A closing paragraph of the story, long enough to read as"
        " prose, with a comma in it.</p></article></body></html>"
    )
    explanation = explain(page)
    assert "Sentence 11 of the long" in explanation.article.text
    (block, *_) = explanation.find("Sentence 11 of the long keeper's log")
    assert block.text_length > 300 and block.text.endswith("every evening.")


def test_a_text_with_soft_hyphens_is_found_as_the_output_shows_it() -> None:
    page = (
        "<html><body><article><h1>The keeper's log</h1>"
        "<p>The light\u00adhouse keep\u00ader wrote in the log every evening, a full sentence"
        " of story text that reads as prose, with a comma in it.</p></article></body></html>"
    )
    explanation = explain(page)
    assert "The lighthouse keeper wrote" in explanation.article.text
    (kept,) = [b for b in explanation.find("The lighthouse keeper wrote") if b.decision == "kept"]
    assert "\u00ad" in kept.text  # the element's own text, as the page holds it


SUMMARY = (
    "The old lens of the point lighthouse shines again after a winter in the workshop, "
    "the harbour trust said on Monday at the reopening."
)
LINES = [
    "The trust raised the money for the work in a single summer of open days and "
    "concerts on the pier below the tower.",
    "Visitors may climb the tower on Sundays from June, when the keeper's cottage opens "
    "as a small museum of the coast.",
]


def _loose_page() -> str:
    lines = "<br/><br/>".join([SUMMARY, *LINES])
    return (
        "<html><body><div class='page'><h1>Lighthouse lens shines again</h1>"
        f"<div class='lead'><b>{SUMMARY}</b></div>"
        "<div class='story'><div class='ad-slot'><div class='rule'></div></div><br/>"
        f"{lines}</div></div></body></html>"
    )


def test_a_line_repeating_the_standfirst_is_reported_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    explanation = explain(_loose_page(), include_standfirst=True)
    assert explanation.article.text == extract(_loose_page(), include_standfirst=True).text
    assert explanation.article.text.count("The old lens of the point") == 1
    (line,) = [b for b in explanation.blocks if b.line]
    assert (line.decision, line.reason, line.text) == ("removed", "repeated-standfirst", SUMMARY)
    (holder,) = [b for b in explanation.blocks if b.id == line.id and not b.line]
    assert holder.css == line.css and SUMMARY not in holder.text
    assert explanation.rule_counts()["repeated-standfirst"] == 1
    path = tmp_path / "page.html"
    path.write_text(_loose_page(), encoding="utf-8")
    assert main(["why", str(path), SUMMARY[:60], "--include-standfirst"]) == 0
    out = capsys.readouterr().out
    assert f"also at a line of {line.css}: removed: repeated-standfirst" in out


def test_a_line_has_no_mark_of_its_own_in_the_report() -> None:
    explanation = explain(_loose_page(), include_standfirst=True)
    report = build_report(_loose_page(), explanation)
    assert 'data-nc-rule="repeated-standfirst"' not in report
