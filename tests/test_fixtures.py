"""The fixture pages under tests/fixtures/.

Each page is tested by newsclean's own pytest plugin (``newsclean.testing``,
configured with ``newsclean_fixtures`` in pyproject.toml): its ``expected.txt`` is
the reviewed output of ``extract(page).text`` and its ``spec.json`` says what must
hold whatever the exact output. ``pytest --newsclean-update`` (or
``--update-fixtures``) rewrites the expectations for review.
"""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.iterdir() if (p / "page.html").exists())


def test_there_are_enough_fixture_pages() -> None:
    assert len(PAGES) >= 25
