"""The worker pool behind ``--jobs``: results in order, however the workers finish."""

from __future__ import annotations

import threading
import time

from newsclean.batch.pool import WorkerPool


def _after(seconds: float) -> float:
    """Answer ``seconds`` after being asked (a page that takes that long)."""
    time.sleep(seconds)
    return seconds


def test_ordered_results_go_on_after_a_full_window_is_given() -> None:
    """The second item answers first; once the first answers, both are given and no
    worker is busy: the pool must send the next items, not wait for an answer that
    no worker owes (it used to wait forever)."""
    items = [0.5, 0.0, 0.0, 0.0, 0.2, 0.0]
    results: list[float] = []
    with WorkerPool(2, _after) as pool:
        mapping = threading.Thread(target=lambda: results.extend(pool.map(items)), daemon=True)
        mapping.start()
        mapping.join(30)
        assert not mapping.is_alive(), "the pool stopped sending items"
    assert results == items
