"""What a batch run tells on standard error: each failed page, a progress bar on a
terminal, and a summary line at the end."""

from __future__ import annotations

import sys
import time
from typing import Any

from ..batch.runner import Result


class Progress:
    """Pages done, pages/s and errors: a tqdm bar on a terminal, silence on a pipe."""

    def __init__(self, enabled: bool) -> None:
        self.started = time.perf_counter()
        self.done = 0
        self.failed = 0
        self.skipped = 0
        self.bar: Any = None
        if enabled and sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(unit=" pages", file=sys.stderr, dynamic_ncols=True)
            self.bar.set_postfix(errors=0, refresh=False)

    def update(self, result: Result) -> None:
        self.done += 1
        if result.error is not None:
            self.failed += 1
            message = f"newsclean: {result.source}: {result.error}"
            if self.bar is not None:
                self.bar.write(message, file=sys.stderr)
            else:
                print(message, file=sys.stderr)
        if self.bar is not None:
            self.bar.update(1)
            if result.error is not None:
                self.bar.set_postfix(errors=self.failed, refresh=False)

    def skip(self) -> None:
        """An input left alone because its output exists (``--skip-existing``)."""
        self.skipped += 1

    def summary(self) -> str:
        if self.bar is not None:
            self.bar.close()
        seconds = time.perf_counter() - self.started
        rate = self.done / seconds if seconds > 0 else 0.0
        pages = "page" if self.done == 1 else "pages"
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (
            f"newsclean: {self.done} {pages}, {self.done - self.failed} ok, {self.failed} failed"
            f"{skipped} in {seconds:.1f} s ({rate:.1f} pages/s)"
        )
