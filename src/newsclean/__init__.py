"""newsclean: remove the boilerplate from news pages with explainable, pluggable rules."""

from .api import extract
from .article import Article
from .errors import InputError, LimitError, NewscleanError, OptionError
from .explain import Explanation, explain
from .registry import Registry, default_registry
from .rules import Css, Effect, Pattern, Predicate, Rule, Words, XPath

__all__ = [
    "Article",
    "Css",
    "Effect",
    "Explanation",
    "InputError",
    "LimitError",
    "NewscleanError",
    "OptionError",
    "Pattern",
    "Predicate",
    "Registry",
    "Rule",
    "Words",
    "XPath",
    "default_registry",
    "explain",
    "extract",
]
__version__ = "0.1.0"
