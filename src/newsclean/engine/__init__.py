"""The extraction engine (:mod:`.pipeline`): prepare the page, apply the rules with
their vetoes, score, choose the body and its standfirst, prune and render."""

from .extraction import Extraction
from .observer import Observer
from .pipeline import run_engine

__all__ = ["Extraction", "Observer", "run_engine"]
