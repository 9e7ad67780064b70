"""explain() and the output agree block by block: a block reported kept is in the text, a
block reported removed is not, and the body containers reported are the ones rendered
(``bench/explain_agreement.py`` checks the same on the corpora)."""

from __future__ import annotations

import gzip
import importlib
import sys
from pathlib import Path

import pytest

from newsclean import explain
from newsclean.cli import main
from newsclean.explain import Explanation

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
agreement = importlib.import_module("explain_agreement")
CORPUS = REPO.parent / "shared" / "corpus"

_NOTE = "".join(
    f"<p>Part {n} of the note on restoring the old lighthouse lens, a full sentence of "
    "story text that reads as prose, with a comma in it.</p>"
    for n in range(4)
)


def _disagreements(page: str | bytes) -> dict[str, list[agreement.Row]]:
    found = agreement.check(page.encode() if isinstance(page, str) else page, None, {})["found"]
    return {kind: rows for kind, rows in found.items() if rows and kind in agreement.KINDS}


def _only(explanation: Explanation, text: str) -> str:
    (block,) = explanation.find(text)
    return f"{block.decision}: {block.reason}"


def test_a_container_a_later_stage_removes_is_reported_removed() -> None:
    # a short line set beside the note joins the body as a container of its own, and a
    # text rule takes it after the choice: explain names the rule, not "chosen body"
    page = (
        "<html><body><div><div><a href='/'>Start</a> <a href='/notes'>Notes</a></div>"
        f"<div><div>{_NOTE}</div><p>Comments are closed.</p></div></div></body></html>"
    )
    explanation = explain(page)
    assert "Comments are closed" not in explanation.article.text
    assert _only(explanation, "Comments are closed") == "removed: engagement-prompts"
    containers = [b.text for b in explanation.blocks if b.decision == "body container"]
    assert containers and all("Part 0 of the note" in text for text in containers)
    assert not _disagreements(page)


def test_the_checker_sees_a_removed_block_in_the_output() -> None:
    # the checker itself: a removed block whose text the output holds is a disagreement,
    # a copy of it elsewhere on the page is not
    blocks = [
        _block("removed", "Sign up for the harbour newsletter every Friday morning now"),
        _block("removed", "Share"),
    ]
    found: dict[str, list[agreement.Row]] = {"removed-present": []}
    output = agreement._squashed(
        "The story. Sign up for the harbour newsletter every Friday morning now"
    )
    lines = agreement.Counter({agreement._squashed("Share"): 1})
    page = output + agreement._squashed("Share Share")
    ambiguous = agreement._removed_present(blocks, output, lines, page, found)
    assert [row[3] for row in found["removed-present"]] == [blocks[0].text]
    assert ambiguous == 1  # "Share" is on the page twice: the output may show the other


def test_the_checker_finds_a_label_that_says_the_wrong_place() -> None:
    from newsclean.explain import RuleHit
    from newsclean.explain.decisions import RUNNER_UP_INSIDE, SCORED_LOWER

    body = _block("body container", "The story.", xpath="/html/body/div")
    inside = _block("runner-up container", "The story.", "/html/body/div/div", SCORED_LOWER)
    apart = _block("runner-up container", "Else.", "/html/body/aside", RUNNER_UP_INSIDE)
    labelled = _block("runner-up container", "The", "/html/body/div/div[2]", RUNNER_UP_INSIDE)
    drop = (RuleHit("share-tools", "drop", "self"),)
    unvetoed = _block("kept", "The story.", "/html/body/div/p", rules=drop)
    vetoed = (RuleHit("share-tools", "drop", "self", "holds the article"),)
    stopped = _block("kept", "The story.", "/html/body/div/p[2]", rules=vetoed)
    rows = agreement._mislabelled([body, inside, apart, labelled, unvetoed, stopped])
    # inside the body yet "scored lower", apart yet "inside", a drop that names no veto
    assert [row[1] for row in rows] == [SCORED_LOWER, RUNNER_UP_INSIDE, "a-rule"]


def _block(
    decision: str,
    text: str,
    xpath: str = "",
    reason: str = "a-rule",
    rules: tuple[object, ...] = (),
) -> object:
    from newsclean.explain import Block

    return Block(
        id=1,
        css="p",
        xpath=xpath or f"/html/body/p[{len(text)}]",
        decision=decision,  # type: ignore[arg-type]
        reason=reason,
        rules=rules,
        text_length=len(text),
        link_density=0.0,
        words_link_density=0.0,
        score=None,
        text=text,
    )


def _sample(every: int) -> list[tuple[str, str | None, Path]]:
    if not CORPUS.is_dir():
        return []
    listed = list(agreement.pages(CORPUS, REPO.parent / "shared" / "seed"))
    return [page for page in listed if not page[0].startswith("seed/")][::every]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpora are not beside the repo")
@pytest.mark.parametrize("variant", ["page", "hidden"])
def test_explain_agrees_with_the_output_on_a_sample_of_corpus_pages(variant: str) -> None:
    unseen = importlib.import_module("unseen")
    disagreeing = []
    for page_id, url, path in _sample(every=25):
        data = gzip.decompress(path.read_bytes())
        if variant == "hidden":
            data, url = unseen.hidden_names(data), None
        found = agreement.check(data, url, {})["found"]
        if any(found[kind] for kind in agreement.KINDS):
            disagreeing.append((page_id, {k: found[k] for k in agreement.KINDS if found[k]}))
    assert not disagreeing


def _why_about_us(tmp_path: Path, beside: bool) -> int:
    """``newsclean why`` on a box no rule removed: ``beside`` the chosen body, in the
    box that holds the body (a runner-up container), or else after that box."""
    box = "<div><p>Über uns</p></div>"
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><div><div><a href='/'>Start</a> <a href='/notes'>Notes</a></div>"
        f"<div><div>{_NOTE}</div>{box if beside else ''}</div></div>"
        f"{'' if beside else box}</body></html>",
        encoding="utf-8",
    )
    return main(["why", str(page), "Über uns"])


def test_why_says_text_outside_the_body_is_in_no_container(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # no block holds its text: why says which containers were chosen, not only "no block"
    assert _why_about_us(tmp_path, beside=False) == 1
    error = capsys.readouterr().err
    assert "no block the engine decided on holds" in error
    assert "in none of the body containers chosen: html > body > div:nth-of-type(1) >" in error


def test_why_finds_text_beside_the_body_in_a_runner_up_holding_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # why names the runner-up holding the body and the box (its whole text is read, not
    # its first 300 characters) and says the text is in no body container
    assert _why_about_us(tmp_path, beside=True) == 0
    out = capsys.readouterr().out
    assert out.startswith("RUNNER-UP CONTAINER: holds the chosen body (scored lower)")
    assert "body containers (it is in none): html > body > div > div:nth-of-type(2)" in out
