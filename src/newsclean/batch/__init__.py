"""Many pages at once: inputs found lazily (:mod:`.inputs`, :mod:`.warc`) and extracted
in worker processes (:mod:`.runner`, :mod:`.pool`)."""

from .runner import PageError, Result, run

__all__ = ["PageError", "Result", "run"]
