"""Many pages at once: inputs found lazily (:mod:`.inputs`, :mod:`.warc`) and extracted
in worker processes (:mod:`.runner`)."""

from .runner import Result, run

__all__ = ["Result", "run"]
