"""Shared pytest options and helpers."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean import Registry, explain, extract

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_633bf2dcf50b54a3.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: A short story of four paragraphs, the article of the pages tests build.
HARBOUR_STORY = [
    "The harbour authority said on Monday that the new breakwater, begun three years ago, "
    "would be finished before the autumn storms, a year later than first promised.",
    "Engineers blamed the delay on a shortage of granite blocks, which had to be shipped "
    "from a quarry on the far side of the bay after the local one flooded in March.",
    "Fishermen, who have waited a decade for calmer moorings, said they were relieved, "
    "although several complained that the works had closed the northern slipway all summer.",
    "The council will vote next week on whether to spend the remaining budget on lighting "
    "for the promenade or on repairs to the old lifeboat station.",
]


#: The address of the pages the bridge story is set in.
BRIDGE_URL = "https://www.fenmoor-times.example/local/bridge-reopens"
#: Five paragraphs of a story at a story's length, set around what a test puts in.
BRIDGE_STORY = "".join(
    f"<p>Paragraph {n} of the story tells how the old bridge over the canal was mended, "
    "who paid for the work and when the buses will cross it again, at a story's length.</p>"
    for n in range(5)
)


def bridge_page(middle: str) -> str:
    """A page with a menu and the bridge story twice over, ``middle`` between them."""
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/local/'>Local</a></div>"
        f"<article><h1>The bridge reopens</h1><div class='b2'>{BRIDGE_STORY}{middle}"
        f"{BRIDGE_STORY}</div></article></body></html>"
    )


def bridge_rules(page: str, text: str) -> set[str]:
    """The rules ``explain()`` names on the blocks of ``page`` (a bridge page, read at
    ``BRIDGE_URL``) holding ``text``: which rule decided them."""
    blocks = explain(page, url=BRIDGE_URL).find(text)
    return {hit.rule for block in blocks for hit in block.rules}


FERRY_PROSE = (
    "The ferry company said on Monday that the night crossing would stop for the winter, "
    "after a season in which fewer travellers than ever booked a cabin for the trip."
)


#: Three paragraphs of a story on the ferries' return (the rating and player-notice tests
#: set a widget's lines around them).
FERRIES_RETURN_STORY = (
    "<p>The harbour ferries return after the winter pause, and the first boats left at "
    "dawn with a full deck of commuters, two vans of mail and a crate of seedlings.</p>"
    "<p>Work on the new pier starts in May, the council said, and the river road loses a "
    "lane of parking to the builders' lorries until the autumn market opens.</p>"
    "<p>Volunteers will keep the waiting room open until six on Sundays, the harbour "
    "master announced, and the kiosk will sell tea and the regional paper again.</p>"
)


#: Three paragraphs of a story under a headline (date-line tests set lines above them).
ISLAND_FERRY_STORY = (
    "<p>The ferry to the outer islands will sail twice a day from March, the harbour "
    "board said on Monday, after a winter in which storms cancelled one crossing in "
    "three. The second boat, bought from a company in the north, needs a new engine.</p>"
    "<p>Islanders asked for the change at every meeting of the board since the autumn. "
    "The board's chair said the money came from the sale of the old pier, and that the "
    "timetable would be printed in the shop windows of both harbours next week.</p>"
    "<p>Fares stay as they are until the summer, when the board will look at them again "
    "with the two island councils and the school, whose pupils cross every morning.</p>"
)


def ferry_page(top: str, head: str = "") -> str:
    """A page naming its writer by no markup: ``head`` in its head, a headline, ``top``
    under it, then five paragraphs of story."""
    return (
        f"<html><head><title>Night ferry stops for winter</title>{head}</head><body><div>"
        f"<h1>Night ferry stops for winter</h1>{top}<div>{f'<p>{FERRY_PROSE}</p>' * 5}</div>"
        "</div></body></html>"
    )


def class_text_without(fixture: str, rule: str) -> str:
    """The text of the class fixture ``fixture``'s page with ``rule`` disabled: a rule's
    tests show that switching it off keeps what it removes."""
    folder = FIXTURES / fixture
    url = json.loads((folder / "spec.json").read_text(encoding="utf-8"))["url"]
    registry = registry_without(rule)
    return extract((folder / "page.html").read_bytes(), url=url, registry=registry).text


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-fixtures",
        action="store_true",
        default=False,
        help="rewrite tests/fixtures/*/expected.txt from the current output (then review the diff)",
    )


@pytest.fixture
def update_fixtures(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-fixtures"))


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], gzip: bool = True) -> list[str]:
    """Write a WARC of HTTP responses (url, body, content type); return their record ids.

    Each response is preceded by a request record, as crawlers write them.
    """
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, body, content_type in pages:
            request = writer.create_warc_record(
                url,
                "request",
                payload=BytesIO(b""),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True),
            )
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids


def fixture_pages() -> list[Path]:
    """The fixture pages, in name order."""
    return sorted(FIXTURES.glob("*/page.html"))


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local two-core Spark session for every Spark test (each start costs seconds)."""
    pytest.importorskip("pyspark", reason="install newsclean[spark] to test the Spark integration")
    pytest.importorskip("pyarrow", reason="install newsclean[spark] to test the Spark integration")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java 17+")
    from pyspark.sql import SparkSession

    # Spark's Python workers run "python3" from PATH unless told: use this interpreter.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def registry_without(*switched_off: str) -> Registry:
    """The built-in rules (no third-party packs) with the named ones switched off: what a
    test needs to show which rule decides a line."""
    registry = Registry.default(load_entry_points=False)
    for name in switched_off:
        registry.disable(name)
    return registry
