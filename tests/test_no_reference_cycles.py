"""An extraction leaves no reference cycle behind: a cycle reaching an element keeps the
page's whole tree alive until the garbage collector runs, and the memory bound of
``bench/memory_bound.py`` counts on the tree being freed when the extraction returns
(a rule's reader holding the walk that held it once doubled a worst page's peak)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from newsclean import extract

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(path.parent.name for path in FIXTURES.glob("*/page.html"))
#: about 40 fixtures spread over the set, and the loose lines' reader's own
SAMPLE = [*PAGES[:: max(1, len(PAGES) // 40)], "class-loose-header-lines"]


@pytest.mark.parametrize("name", SAMPLE)
def test_an_extraction_leaves_no_cycle(name: str) -> None:
    page = (FIXTURES / name / "page.html").read_bytes()
    extract(page).to_dict()  # first use: one-time compilations and caches
    gc.collect()
    gc.disable()
    try:
        extract(page).to_dict()
        found = gc.collect()
    finally:
        gc.enable()
    assert found == 0
