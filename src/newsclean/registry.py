"""The rule registry: add, override, disable and list rules, globally or per domain.

Rules are keyed by ``(domain, name)``. For a given page the applicable set is
built from the generic rules, then the rules of every domain the page's host
falls under (a site rule replaces a generic rule of the same name), minus the
disabled names. Third-party packs register through the ``newsclean.rules``
entry-point group: each entry point loads either an iterable of :class:`Rule`
or a callable taking the :class:`Registry`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from urllib.parse import urlsplit

import attrs

from .matching import CompiledRules
from .rules import Rule, _normalise_domain

ENTRY_POINT_GROUP = "newsclean.rules"

_Key = tuple[str | None, str]


def host_of(url: str | None) -> str | None:
    """The lowercased host of ``url`` without a leading ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return _normalise_domain(host) if host else None


@attrs.define
class Registry:
    """An ordered, mutable collection of rules.

    Two registries never share state, so two configurations can coexist in
    one process: pass the one you want to :func:`newsclean.extract`.
    """

    _rules: dict[_Key, Rule] = attrs.field(factory=dict, alias="_rules")
    _disabled: set[_Key] = attrs.field(factory=set, alias="_disabled")
    _compiled: dict[tuple[tuple[str, ...], frozenset[str]], CompiledRules] = attrs.field(
        factory=dict, alias="_compiled", eq=False, repr=False
    )
    #: Names of the entry points loaded into this registry, for ``list``ing origins.
    packs: list[str] = attrs.field(factory=list)

    @classmethod
    def default(cls, *, load_entry_points: bool = True) -> Registry:
        """A registry holding the built-in rules and, optionally, installed packs."""
        from .builtin_rules import BUILTIN_RULES

        registry = cls()
        registry.extend(BUILTIN_RULES)
        if load_entry_points:
            registry.load_entry_points()
        return registry

    def copy(self) -> Registry:
        """An independent copy: changes to it do not affect this registry."""
        return Registry(dict(self._rules), set(self._disabled), packs=list(self.packs))

    def add(self, rule: Rule, *, replace: bool = False) -> Rule:
        """Add ``rule``; refuse a name already used for the same domain unless ``replace``."""
        key = (rule.domain, rule.name)
        if key in self._rules and not replace:
            where = f" for {rule.domain}" if rule.domain else ""
            raise ValueError(f"rule {rule.name!r}{where} exists; use override() to replace it")
        self._rules[key] = rule
        self._compiled.clear()
        return rule

    def override(self, rule: Rule) -> Rule:
        """Add ``rule``, replacing any rule of the same name and domain."""
        return self.add(rule, replace=True)

    def extend(self, rules: Iterable[Rule], *, replace: bool = False) -> None:
        """Add several rules."""
        for rule in rules:
            self.add(rule, replace=replace)

    def remove(self, name: str, *, domain: str | None = None) -> None:
        """Delete a rule outright (KeyError if absent)."""
        del self._rules[(_normalise_domain(domain), name)]
        self._compiled.clear()

    def disable(self, name: str, *, domain: str | None = None) -> None:
        """Switch a rule off everywhere, or only on ``domain`` and its subdomains."""
        self._disabled.add((_normalise_domain(domain), name))
        self._compiled.clear()

    def enable(self, name: str, *, domain: str | None = None) -> None:
        """Undo :meth:`disable`."""
        self._disabled.discard((_normalise_domain(domain), name))
        self._compiled.clear()

    def get(self, name: str, *, domain: str | None = None) -> Rule:
        """The rule registered under ``name`` (and ``domain``)."""
        return self._rules[(_normalise_domain(domain), name)]

    def __contains__(self, name: object) -> bool:
        return any(key[1] == name for key in self._rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def rules_for(self, url: str | None = None) -> list[Rule]:
        """The rules applied to a page at ``url``, in registration order.

        A site rule takes the place of the generic rule with the same name.
        """
        host = host_of(url)
        disabled_here = {
            name
            for domain, name in self._disabled
            if domain is None
            or (host is not None and (host == domain or host.endswith("." + domain)))
        }
        chosen: dict[str, Rule] = {}
        for rule in self._rules.values():
            if rule.name in disabled_here or not rule.applies_to(host):
                continue
            current = chosen.get(rule.name)
            if current is None or _specificity(rule) >= _specificity(current):
                chosen[rule.name] = rule
        return list(chosen.values())

    def compiled(
        self, url: str | None = None, *, without: frozenset[str] = frozenset()
    ) -> CompiledRules:
        """The rules for ``url`` (less the rules named in ``without``) indexed for
        matching; rebuilt only after a change.

        Pages whose host has no site rules share the generic index.
        """
        host = host_of(url)
        key = (self._domains_for(host), without)
        compiled = self._compiled.get(key)
        if compiled is None:
            rules = [rule for rule in self.rules_for(url) if rule.name not in without]
            compiled = self._compiled[key] = CompiledRules.build(rules)
        return compiled

    def _domains_for(self, host: str | None) -> tuple[str, ...]:
        """The domains with rules or switches that apply to ``host``, as a cache key."""
        if host is None:
            return ()
        domains = {d for d, _ in self._rules if d is not None}
        domains.update(d for d, _ in self._disabled if d is not None)
        return tuple(sorted(d for d in domains if host == d or host.endswith("." + d)))

    def list(self, url: str | None = None) -> list[Rule]:
        """Alias of :meth:`rules_for`, for ``registry.list()`` at a prompt."""
        return self.rules_for(url)

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> None:
        """Load every installed rule pack advertised under ``group``."""
        for entry_point in metadata.entry_points(group=group):
            self.load_pack(entry_point.load(), name=entry_point.name)

    def load_pack(self, pack: object, *, name: str) -> None:
        """Register a pack: a path to rule files (a directory, a TOML file or a FiveFilters
        config), an iterable of rules, or a callable taking this registry. Its rules
        replace earlier rules of the same name."""
        if isinstance(pack, str | os.PathLike):
            from .rulefiles import rule_files

            for rule_file in rule_files(pack):
                rule_file.apply(self)
        elif callable(pack):
            register: Callable[[Registry], object] = pack
            register(self)
        elif isinstance(pack, Iterable):
            for rule in pack:
                if not isinstance(rule, Rule):
                    raise TypeError(f"rule pack {name!r} yielded {rule!r}, not a Rule")
                self.override(rule if rule.source else attrs.evolve(rule, source=name))
        else:
            raise TypeError(f"rule pack {name!r} is neither callable nor iterable")
        self.packs.append(name)


def _specificity(rule: Rule) -> int:
    return 0 if rule.domain is None else len(rule.domain)


_default: Registry | None = None


def default_registry() -> Registry:
    """The process-wide registry used when ``extract()`` gets none (built on first use)."""
    global _default
    if _default is None:
        _default = Registry.default()
    return _default
