"""newsclean: remove the boilerplate from news pages with explainable, pluggable rules.

The pipeline, as the packages are laid out (docs/architecture.md):
``parse`` → ``engine`` (with ``rules``) → ``render``, with ``metadata`` read beside
the engine; ``api`` joins them into an ``Article``; ``explain``, ``batch``, ``cli``
and ``integrations`` build on ``api``.
"""

from .api import extract
from .article import Article
from .errors import (
    InputError,
    LimitError,
    NewscleanError,
    OptionError,
    PackWarning,
    RuleFileError,
    UnsupportedDirective,
    UsageError,
)
from .explain import Explanation, explain
from .metadata.comments import Comment
from .rules import (
    Attr,
    Css,
    Effect,
    LineBox,
    Nearby,
    Pattern,
    Predicate,
    Registry,
    Role,
    Rule,
    Tags,
    Text,
    Words,
    XPath,
    default_registry,
)
from .settings import Tuning
from .version import __version__

__all__ = [
    "Article",
    "Attr",
    "Comment",
    "Css",
    "Effect",
    "Explanation",
    "InputError",
    "LimitError",
    "LineBox",
    "Nearby",
    "NewscleanError",
    "OptionError",
    "PackWarning",
    "Pattern",
    "Predicate",
    "Registry",
    "Role",
    "Rule",
    "RuleFileError",
    "Tags",
    "Text",
    "Tuning",
    "UnsupportedDirective",
    "UsageError",
    "Words",
    "XPath",
    "__version__",
    "default_registry",
    "explain",
    "extract",
]
