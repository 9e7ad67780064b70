"""The page newsclean was started from: a news article saved as Markdown with raw HTML."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newsclean import extract

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_633bf2dcf50b54a3.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed page not present")

FIRST = "BEIRUT, Lebanon — Russia declared on Tuesday that the four-year battle over Aleppo"
LAST = "“We are working on that.”"
HEADLINE = "Battle Over Aleppo Is Over, Russia Says, as Evacuation Deal Reached"


def _paragraphs_of_seed() -> list[str]:
    """The body paragraphs as they stand in the seed, Markdown links reduced to text."""
    source = SEED.read_text(encoding="utf-8")
    start = source.index("BEIRUT, Lebanon")
    end = source.index("“We are working on that.”") + len("“We are working on that.”")
    body = source[start:end]
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        if block.lstrip().startswith("<") or "Credit..." in block:
            continue
        text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", block)
        text = " ".join(text.split())
        if text:
            paragraphs.append(text)
    return paragraphs


@pytest.fixture(scope="module")
def article():  # type: ignore[no-untyped-def]
    return extract(SEED.read_text(encoding="utf-8"))


def test_title_author_date(article) -> None:  # type: ignore[no-untyped-def]
    assert article.title == HEADLINE
    assert article.authors == ("Anne Barnard",)
    published = article.published
    day = published.date() if isinstance(published, dt.datetime) else published
    assert day == dt.date(2016, 12, 13)


def test_every_paragraph_in_order(article) -> None:  # type: ignore[no-untyped-def]
    blocks = [" ".join(b.split()) for b in article.text.split("\n\n")]
    expected = _paragraphs_of_seed()
    assert len(expected) >= 20
    assert blocks[0].startswith(FIRST)
    assert blocks[-1].endswith(LAST)
    assert blocks == expected


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Advertisement",
        "Continue reading the main story",
        "Supported by",
        "Skip to content",
        "Skip to site index",
        "https://nyti.ms/2hIzf0u",
        "Site Index",
        "Site Information Navigation",
        "The New York Times Company",
        "Terms of Service",
        "Subscriptions",
        "Credit...",
        "A member of Syria’s government forces in Aleppo.",
        "Government troops have seized areas of the old city",
        "Omar Sanadiki/Reuters",
        "Sections",
        "SEARCH",
        "Today’s Paper",
        "Middle East",
        "By Anne Barnard",
        "Dec. 13",
    ],
)
def test_no_boilerplate(article, boilerplate: str) -> None:  # type: ignore[no-untyped-def]
    assert boilerplate not in " ".join(article.text.split())


def test_headline_appears_once_at_most(article) -> None:  # type: ignore[no-untyped-def]
    # the hidden duplicate headline in the share toolbar must not leak into the body
    assert article.text.count("Battle Over Aleppo Is Over") == 0
