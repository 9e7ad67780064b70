"""Rules: what they match, what that means, and where they come from.

- :mod:`.model`: :class:`Rule`, :class:`Effect`, :class:`Role` and the matchers;
- :mod:`.compiled` and :mod:`.walk`: a rule set indexed once, applied in one pass;
- :mod:`.registry`: the configurable collection of rules, and rule packs;
- :mod:`.files`, :mod:`.toml_rules`, :mod:`.fivefilters`: rule files;
- :mod:`.builtin`: the built-in rules, one module per family.
"""

from .model import (
    Attr,
    Css,
    Effect,
    Matcher,
    Nearby,
    Pattern,
    Predicate,
    Role,
    Rule,
    Stylesheet,
    Tags,
    Text,
    Words,
    XPath,
)
from .registry import Registry, default_registry, host_of

__all__ = [
    "Attr",
    "Css",
    "Effect",
    "Matcher",
    "Nearby",
    "Pattern",
    "Predicate",
    "Registry",
    "Role",
    "Rule",
    "Stylesheet",
    "Tags",
    "Text",
    "Words",
    "XPath",
    "default_registry",
    "host_of",
]
