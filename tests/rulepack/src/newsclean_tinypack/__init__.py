"""A tiny rule pack: drops "pull-out" boxes everywhere and one box on one site."""

from newsclean import Css, Effect, Registry, Rule


def register(registry: Registry) -> None:
    """Entry point of the ``newsclean.rules`` group."""
    registry.override(Rule("tinypack-pullouts", Css("aside.pullout, div.pullout"), Effect.DROP))
    registry.override(
        Rule("tinypack-site-box", Css("div.site-box"), Effect.DROP, domain="tinypack.example")
    )
