"""Check that explain() and the output agree, block by block, on every corpus page.

newsclean promises that a user can see why each block was kept or removed. This script
runs ``explain()`` (whose ``article`` is what ``extract()`` returns) on every page of the
three corpora in ``../shared/corpus`` and checks, with whitespace ignored on both sides:

``removed-present``
    a block explain reports ``removed`` whose text is in the output. A block of fewer
    than :data:`LONG` characters must equal a whole output line (a short label may well
    be a word of a kept sentence); a text found more than once on the page is left out
    (``ambiguous``): the output may hold the other copy. A block removed around a
    standfirst block of the same text (a caption printing the summary, its credit gone)
    is left out too: the standfirst is shown from its own elements.
``kept-missing``
    a block explain reports ``kept`` (inside the body) whose text is not in the output.
``standfirst-missing``
    a block explain reports as the ``standfirst`` whose text ``Article.standfirst`` lacks.
``unfound``
    an output line of :data:`LONG` characters or more whose closing characters
    ``Explanation.find`` (what ``newsclean why`` reads) finds in no block.
``mislabelled``
    a runner-up container whose label gives the wrong place (in the standfirst, in a block
    removed, inside a body container, or none: by the XPaths, the holder's text holding
    its own), and a drop hit on a block reported kept, standfirst or body container
    that does not name the veto that stopped it.
``outside``
    (reported, not a failure) an output line in no block explain reports as the body, a
    standfirst or kept: text explain cannot point at.
``lines``
    (reported, not a failure) the lines removed from a block on their own (a repeat of
    the shown standfirst), each a block of its own at its holder's place.

It prints a table per corpus and exits 1 if any page disagrees::

    python bench/explain_agreement.py                  # every page, the table
    python bench/explain_agreement.py --list           # and each disagreement
    python bench/explain_agreement.py --every 10       # every tenth page
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from snapshot import DEFAULT_CORPUS, DEFAULT_SEED, pages  # noqa: E402

#: A removed block this long (characters, whitespace left out) counts as present when
#: its text is anywhere in the output; a shorter one only when it is a whole line.
LONG = 40
#: Characters ignored on both sides: whitespace is left out by ``_squashed``; these are
#: the invisible ones the text rendering drops and the markers it leaves.
_INVISIBLE = {
    code: None for code in (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xE000, 0xE001)
} | {0xE002: None, 0xE003: None}
#: Elements whose text a reader never sees (not counted when looking for copies).
_UNSEEN = ("script", "style", "noscript", "template", "textarea")
KINDS = ("removed-present", "kept-missing", "standfirst-missing", "unfound", "mislabelled")
Row = tuple[str, str, str, str]
COLUMNS = ("pages", "skipped", "disagree", *KINDS, "ambiguous", "outside", "lines")


def _squashed(text: str) -> str:
    """``text`` as compared: NFC (as the output is written), no whitespace, nothing invisible."""
    return "".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def page_texts(data: bytes) -> tuple[str, dict[int, Any]]:
    """The page's visible text as parsed, squashed (where copies of a text are counted),
    and its elements by explain's element number."""
    from newsclean.dom.tree import remove_element
    from newsclean.explain import mark_elements
    from newsclean.explain.locators import element_id
    from newsclean.parse import parse

    root = parse(data)
    if root is None:
        return "", {}
    mark_elements(root)  # explain's numbering: the same parse, the same order
    for element in list(root.iter(*_UNSEEN)):
        if element.getparent() is not None:
            remove_element(element, keep_space=True)
    elements = {element_id(element): element for element in root.iter()}
    return _text(root), elements


def _text(element: Any) -> str:
    from lxml import etree

    return _squashed(
        str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))
    )


def check(data: bytes, url: str | None, options: dict[str, Any]) -> dict[str, Any]:
    """The disagreements of one page: kind -> [(decision, reason, css, text)], plus counts."""
    from newsclean import explain
    from newsclean.explain.observer import PAGE_MARKUP

    explanation = explain(data, url=url, **options)
    found: dict[str, list[Row]] = {kind: [] for kind in (*KINDS, "outside")}
    counts = {"ambiguous": 0, "blocks": len(explanation.blocks)}
    if explanation.source != PAGE_MARKUP:
        return {"found": found, "counts": counts, "skipped": explanation.source}
    text = explanation.article.text
    output = _squashed(text)
    standfirst = _squashed(explanation.article.standfirst or "")
    lines = Counter(_squashed(line) for line in text.split("\n"))
    del lines[""]
    everywhere, elements = page_texts(data)
    counts["ambiguous"] = _removed_present(explanation.blocks, output, lines, everywhere, found)
    reported = []
    for block in explanation.blocks:
        squashed = _squashed(block.text)
        if block.decision == "kept" and squashed not in output:
            found["kept-missing"].append(_row(block))
        if block.decision == "standfirst" and squashed not in standfirst:
            found["standfirst-missing"].append(_row(block))
        if block.decision in ("kept", "body container", "standfirst"):
            original = elements.get(block.id)
            reported.append(squashed if original is None else _text(original))
    for line in sorted(lines):  # its opening: a line may have lost a piece inside
        if not any(line[:LONG] in text for text in reported):
            found["outside"].append(("", "", "", line[:100]))
    for line in text.split("\n"):  # what a user copies from the output to ask why
        closing = " ".join(line.split())[-LONG:]
        if len(closing) == LONG and not explanation.find(closing):
            found["unfound"].append(("", "", "", closing))
    found["mislabelled"] = _mislabelled(explanation.blocks)
    counts["lines"] = sum(block.line for block in explanation.blocks)
    return {"found": found, "counts": counts, "skipped": ""}


def _mislabelled(blocks: Any) -> list[Row]:
    """The runner-up containers whose label says the wrong place beside the body (by
    the XPaths on the page as parsed: in a block removed, else inside a body container
    or not), and the blocks shown whose own drop hit names no veto (a drop that removed
    nothing was stopped)."""
    from newsclean.explain.decisions import (
        RUNNER_UP_IN_STANDFIRST,
        RUNNER_UP_INSIDE,
        RUNNER_UP_REMOVED_IN,
    )

    def under(block: Any, decision: str) -> bool:
        """Whether a block of ``decision`` held ``block`` on the page as parsed and still
        holds its text (a heading left open swallows what follows by its XPath, until the
        engine sets the blocks inside it free)."""
        return any(
            block.xpath.startswith(other.xpath + "/") and block.text in other.text
            for other in blocks
            if other.decision == decision and not other.line
        )

    rows = []
    for block in blocks:
        if block.decision == "runner-up container":
            if under(block, "standfirst"):
                wanted = block.reason == RUNNER_UP_IN_STANDFIRST
            elif under(block, "removed"):
                wanted = block.reason.startswith(RUNNER_UP_REMOVED_IN)
            else:
                wanted = under(block, "body container") == (block.reason == RUNNER_UP_INSIDE)
            if not wanted:
                rows.append(_row(block))
        if block.decision in ("kept", "standfirst", "body container") and any(
            hit.on == "self" and hit.effect == "drop" and not hit.vetoed for hit in block.rules
        ):
            rows.append(_row(block))
    return rows


def _removed_present(
    blocks: Any, output: str, lines: Counter[str], everywhere: str, found: dict[str, list[Row]]
) -> int:
    """Note in ``found`` the removed blocks whose text the output holds more often than
    the page holds copies of it outside removed blocks; return how many more were
    present but may be another copy (ambiguous)."""
    # the standfirst is shown from its own elements, wherever they are: a box removed
    # around one (a caption printing the summary, its credit gone) holds it, not shows it
    standfirsts = [(b.xpath, _squashed(b.text)) for b in blocks if b.decision == "standfirst"]
    removed = [
        b
        for b in blocks
        if b.decision == "removed"
        and _squashed(b.text)
        and not any(
            xpath.startswith(b.xpath + "/") and text == _squashed(b.text)
            for xpath, text in standfirsts
        )
    ]
    kept_texts = [_squashed(b.text) for b in blocks if b.decision == "kept"]
    by_text: dict[str, list[Any]] = {}
    for block in removed:
        text = _squashed(block.text)
        inside = any(
            other.xpath != block.xpath
            and block.xpath.startswith(other.xpath + "/")
            and _squashed(other.text) == text
            for other in by_text.get(text, ())
        )
        if not inside:  # a removed block inside a removed one of the same text is one copy
            by_text.setdefault(text, []).append(block)
    ambiguous = 0
    for text, holders in by_text.items():
        shown = output.count(text) if len(text) >= LONG else lines[text]
        if not shown:
            continue
        head = text[:LONG]  # a kept block opening the same way may be the copy shown
        copied = any(head in kept for kept in kept_texts)
        if not copied and shown > everywhere.count(text) - len(holders):
            found["removed-present"] += [_row(block) for block in holders]
        else:
            ambiguous += len(holders)
    return ambiguous


def _row(block: Any) -> Row:
    return (block.decision, block.reason, block.css, block.text[:100])


def _job(job: tuple[str, str | None, str, dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    from newsclean import NewscleanError

    page_id, url, path, options = job
    raw = Path(path).read_bytes()
    data = gzip.decompress(raw) if path.endswith(".gz") else raw
    variant = options.pop("variant", "page")
    if variant != "page":  # as the scratch measures read a page newsclean never saw
        from unseen import hidden_names, hidden_semantics

        data, url = hidden_names(data), None
        data = hidden_semantics(data) if variant == "plain" else data
    try:
        return page_id, check(data, url, options)
    except NewscleanError as exc:
        return page_id, {"found": {}, "counts": {}, "skipped": f"{type(exc).__name__}"}


def results(
    corpus: Path, every: int, jobs: int, options: dict[str, Any]
) -> Iterator[tuple[str, dict[str, Any]]]:
    work = [
        (page_id, url, str(path), dict(options))
        for number, (page_id, url, path) in enumerate(pages(corpus, DEFAULT_SEED))
        if not page_id.startswith("seed/") and number % every == 0
    ]
    if jobs <= 1:
        yield from map(_job, work)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_job, work, chunksize=4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--every", type=int, default=1, help="check every n-th page only")
    parser.add_argument("-j", "--jobs", type=int, default=int(os.environ.get("PPJOBS", "2")))
    parser.add_argument("--list", action="store_true", help="print each disagreement")
    parser.add_argument("--outside", action="store_true", help="with --list: outside lines too")
    parser.add_argument("--standfirst", action="store_true", help="include_standfirst=True")
    parser.add_argument(
        "--variant",
        choices=("page", "hidden", "plain"),
        default="page",
        help="the page as it is, its class/id names hidden, or its semantic markup hidden too",
    )
    args = parser.parse_args(argv)
    options: dict[str, Any] = {"variant": args.variant}
    if args.standfirst:
        options["include_standfirst"] = True
    table: dict[str, dict[str, int]] = {}
    for page_id, result in results(args.corpus, args.every, args.jobs, options):
        name = page_id.split("/", 1)[0]
        row = table.setdefault(name, dict.fromkeys(COLUMNS, 0))
        row["pages"] += 1
        row["ambiguous"] += result["counts"].get("ambiguous", 0)
        row["lines"] += result["counts"].get("lines", 0)
        row["skipped"] += bool(result["skipped"])
        found = result["found"]
        if any(found.get(kind) for kind in KINDS):
            row["disagree"] += 1
        for kind in (*KINDS, "outside"):
            row[kind] += len(found.get(kind, ()))
        if args.list:
            for kind in (*KINDS, "outside") if args.outside else KINDS:
                for decision, reason, css, text in found.get(kind, ()):
                    print(f"{kind}\t{page_id}\t{decision}\t{reason}\t{css[-60:]}\t{text!r}")
    columns = COLUMNS
    print("| corpus | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, row in sorted(table.items()):
        print(f"| {name} | " + " | ".join(str(row[c]) for c in columns) + " |")
    return 1 if any(row["disagree"] for row in table.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
