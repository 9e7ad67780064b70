"""The ``newsclean`` command line: extraction (:mod:`.main`), ``explain`` and ``why``
(:mod:`.explain`), ``rules`` (:mod:`.rules`), and what it writes (:mod:`.output`)."""

from .main import SUBCOMMANDS, build_parser, main

__all__ = ["SUBCOMMANDS", "build_parser", "main"]
