"""Helpers for the command-line tests of issue 16.

Every test here runs the installed ``newsclean`` console script in a subprocess, as a user
would, on small news pages written into ``tmp_path`` (no files from outside the test).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def newsclean_command() -> list[str]:
    """The console script installed next to this interpreter, else ``python -m newsclean``."""
    script = Path(sys.executable).parent / ("newsclean.exe" if os.name == "nt" else "newsclean")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "newsclean"]


def run(
    *args: str | os.PathLike[str],
    input: bytes | str | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``newsclean ARGS...``; stdout and stderr as text, stdin closed unless ``input``."""
    data = input.encode("utf-8") if isinstance(input, str) else input
    completed = subprocess.run(
        [*newsclean_command(), *map(str, args)],
        input=data,
        stdin=subprocess.DEVNULL if data is None else None,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def json_lines(text: str) -> list[dict[str, Any]]:
    """Every line of ``text`` parsed as a JSON object (fails on a broken line)."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def error_lines(stderr: str) -> list[str]:
    """The lines of standard error that are not the end-of-run summary."""
    return [line for line in stderr.splitlines() if line.strip() and " ok, " not in line]


#: What standard error shows when Python, not newsclean, reports a problem.
TRACEBACK_MARKERS = (
    "Traceback (most recent call last)",
    "Exception ignored",
    "BrokenPipeError",
    "AttributeError",
    "KeyboardInterrupt",
)


def assert_no_traceback(stderr: str) -> None:
    for marker in TRACEBACK_MARKERS:
        assert marker not in stderr, f"{marker!r} on standard error:\n{stderr}"


# --------------------------------------------------------------------------------------
# Pages: realistic news markup, text written for these tests.

STORIES: list[tuple[str, list[str]]] = [
    (
        "Breakwater to be rebuilt after winter storms",
        [
            "The harbour authority confirmed on Tuesday that the northern breakwater will be "
            "rebuilt over the next two summers, after winter storms opened a gap of almost "
            "forty metres in the old stone wall.",
            "Engineers from the regional council said the work, costed at 14 million euros, "
            "would start in May and pause during the sailing festival so that the marina can "
            "stay open to visiting boats.",
            "Fishermen who moor inside the breakwater welcomed the decision but asked for a "
            "temporary floating barrier, saying that two boats had already been damaged by "
            "swell this year.",
            "The council will hold a public meeting at the maritime museum on the fourteenth "
            "of March, where the drawings of the new wall and its lighthouse will be shown.",
        ],
    ),
    (
        "Island ferry fares frozen for another year",
        [
            "Fares on the island ferry will stay at last year's level until next spring, the "
            "operator announced, despite a sharp rise in the price of marine diesel since the "
            "autumn.",
            "The company said it would absorb the extra cost by retiring its oldest vessel, "
            "which burns almost a third more fuel than the two boats built in the last decade.",
            "Islanders' associations had campaigned for the freeze for months, pointing out "
            "that most residents cross at least twice a week to work, study or see a doctor.",
            "A new timetable with an extra evening crossing on Fridays will be published at "
            "the harbour office and on the operator's website at the end of the month.",
        ],
    ),
    (
        "Library opening hours extended on weekdays",
        [
            "The central library will open until eight in the evening on weekdays from next "
            "month, the council said, after a survey found that most members could only "
            "visit after work.",
            "The longer hours will be covered by two new part-time posts and by volunteers "
            "from the friends' association, who already run the Saturday reading club.",
            "Librarians said the reading room, reopened last year after a leak in the roof, "
            "would keep its quiet hours in the morning for students preparing exams.",
            "The children's section will stay open until six, and a homework club with two "
            "retired teachers will meet there on Tuesday and Thursday afternoons.",
        ],
    ),
    (
        "Old lighthouse keeper's cottage becomes a museum",
        [
            "The cottage where three generations of lighthouse keepers lived on the point "
            "will open as a small museum in June, after two years of restoration by a team of "
            "local volunteers.",
            "Its four rooms will show the logbooks, lamps and foghorn kept by the last keeper, "
            "who left in 1987 when the light was automated and who still lives in the town.",
            "Entry will be free for schools, and the trust that owns the building hopes that "
            "a small café in the old boat shed will pay for its upkeep within three years.",
            "Visitors will be able to climb the tower on guided tours twice a day in summer, "
            "weather permitting, in groups of no more than eight people at a time.",
        ],
    ),
]


def news_page(
    title: str,
    paragraphs: Sequence[str],
    *,
    head: str = "",
    lead: str = "",
    body_extra: str = "",
    after_article: str = "",
    site: str = "Harbour Gazette",
) -> str:
    """A news page: masthead, navigation, the article, a related rail and a footer."""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
{head}
</head>
<body>
<header class="masthead"><a class="logo" href="/">{site}</a>
<nav class="main-nav"><a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a></nav>
</header>
<main>
<article class="story">
<h1 class="headline">{title}</h1>
<p class="byline">By Ines Varga, harbour correspondent</p>
{lead}
<div class="story-body">
{body}
{body_extra}
</div>
</article>
{after_article}
<aside class="related"><h2>More from the harbour</h2>
<ul><li><a href="/news/1">Dredging starts in the inner basin</a></li>
<li><a href="/news/2">Regatta moves to September</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© {site}. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/contact">Contact us</a></footer>
</body>
</html>
"""


def story_page(number: int, **extra: str) -> str:
    """Story ``number % 4``; above 3 the number is written into its title and first line,
    so every page of a bulk run is different."""
    title, paragraphs = STORIES[number % len(STORIES)]
    if number >= len(STORIES):
        title = f"{title} (update {number})"
        paragraphs = [f"Update {number}: {paragraphs[0]}", *paragraphs[1:]]
    return news_page(title, paragraphs, **extra)


def story_title(number: int) -> str:
    title = STORIES[number % len(STORIES)][0]
    return f"{title} (update {number})" if number >= len(STORIES) else title


def first_sentence(number: int) -> str:
    """A phrase that is in the body of :func:`story_page` ``number`` and of no other."""
    text = STORIES[number % len(STORIES)][1][0]
    phrase = " ".join(text.split()[:8])
    return f"Update {number}: {phrase}" if number >= len(STORIES) else phrase


def write_pages(directory: Path, count: int, start: int = 0) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(start, start + count):
        path = directory / f"story-{number:04}.html"
        path.write_text(story_page(number), encoding="utf-8")
        written.append(path)
    return written


def gzipped(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"), mtime=0)


def write_warc(path: Path, pages: Sequence[tuple[str, bytes]], *, compress: bool = True) -> None:
    """A WARC of request/response pairs (warcio), as crawlers write them."""
    from conftest import write_warc as write_typed_warc  # tests/conftest.py

    html = "text/html; charset=utf-8"
    write_typed_warc(path, [(url, body, html) for url, body in pages], gzip=compress)


def record_spans(path: Path) -> list[tuple[str, int, int]]:
    """(record type, offset, length) of each record of a WARC, in file order."""
    from warcio.archiveiterator import ArchiveIterator

    spans = []
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        for record in iterator:
            record.content_stream().read()
            spans.append((record.rec_type, iterator.get_record_offset(), 0))
    ends = [offset for _, offset, _ in spans[1:]] + [path.stat().st_size]
    return [
        (kind, offset, end - offset) for (kind, offset, _), end in zip(spans, ends, strict=True)
    ]


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    """A directory of the four stories, ``story-0000.html`` ... ``story-0003.html``."""
    directory = tmp_path / "pages"
    write_pages(directory, 4)
    return directory
