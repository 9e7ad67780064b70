"""Rules: what they match, what that means, and where they come from.

- :mod:`.model`: :class:`Rule`, :class:`Effect`, :class:`Role`;
- :mod:`.matchers`: what a rule matches by (:class:`Css`, :class:`Words`, :class:`Text`...),
  and :mod:`.plain_twin`: the case-sensitive twins of text rules' patterns;
- :mod:`.compiled` and :mod:`.walk`: a rule set indexed once, applied in one pass
  (the index's pieces in :mod:`.rule_groups`, :mod:`.quick_check`, :mod:`.name_index`,
  :mod:`.named_predicate`; the walk's loop in :mod:`.walker`, :mod:`.value_match`);
- :mod:`.registry`: the configurable collection of rules, and rule packs;
- :mod:`.files`, :mod:`.toml_rules`, :mod:`.fivefilters`: rule files;
- :mod:`.builtin`: the built-in rules, one module per family.
"""

from .matchers import (
    Attr,
    Css,
    LineBox,
    Matcher,
    Nearby,
    Pattern,
    Predicate,
    Stylesheet,
    Tags,
    Text,
    Words,
    XPath,
)
from .model import Effect, Role, Rule
from .registry import Registry, default_registry
from .registry_state import host_of

__all__ = [
    "Attr",
    "Css",
    "Effect",
    "LineBox",
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
