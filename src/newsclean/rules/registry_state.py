"""One configuration of a :class:`.registry.Registry`, immutable (:class:`RegistryState`),
and what it tells about a page's host: the rules that apply there (a site rule in the
place of the generic rule of its name) and the names switched off. Changing a registry,
under a lock, loading packs and keeping compiled rule sets are :mod:`.registry`'s."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from urllib.parse import urlsplit

import attrs

from .model import Rule, normalise_domain

_Key = tuple[str | None, str]


def host_of(url: str | None) -> str | None:
    """The lowercased host of ``url`` without a leading ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return normalise_domain(host) if host else None


@attrs.frozen(eq=False)
class RegistryState:
    """One immutable configuration of a registry: its rules, switches and packs.

    Compared by identity: a state is a version of the registry, and a cache keyed
    on it holds it alive, so its key can never be taken by another state.
    """

    rules: Mapping[_Key, Rule] = MappingProxyType({})
    disabled: frozenset[_Key] = frozenset()
    packs: tuple[str, ...] = ()
    #: pack name -> why it failed to load
    pack_errors: Mapping[str, str] = MappingProxyType({})

    def evolve(
        self,
        *,
        rules: Mapping[_Key, Rule] | None = None,
        disabled: frozenset[_Key] | None = None,
        packs: tuple[str, ...] | None = None,
        pack_errors: Mapping[str, str] | None = None,
    ) -> RegistryState:
        """A new state with the given parts replaced (mappings copied, read-only)."""
        return RegistryState(
            rules=self.rules if rules is None else MappingProxyType(dict(rules)),
            disabled=self.disabled if disabled is None else disabled,
            packs=self.packs if packs is None else packs,
            pack_errors=self.pack_errors
            if pack_errors is None
            else MappingProxyType(dict(pack_errors)),
        )

    def disabled_for(self, host: str | None) -> frozenset[str]:
        """The names of the rules switched off on ``host``."""
        return frozenset(
            name
            for domain, name in self.disabled
            if domain is None
            or (host is not None and (host == domain or host.endswith("." + domain)))
        )

    def rules_for(self, host: str | None) -> list[Rule]:
        """The rules applied to a page on ``host``, in registration order."""
        disabled_here = self.disabled_for(host)
        chosen: dict[str, Rule] = {}
        for rule in self.rules.values():
            if rule.name in disabled_here or not rule.applies_to(host):
                continue
            current = chosen.get(rule.name)
            if current is None or _specificity(rule) >= _specificity(current):
                chosen[rule.name] = rule
        return list(chosen.values())

    def domains_for(self, host: str | None) -> tuple[str, ...]:
        """The domains with rules or switches that apply to ``host``, as a cache key."""
        if host is None:
            return ()
        domains = {d for d, _ in self.rules if d is not None}
        domains.update(d for d, _ in self.disabled if d is not None)
        return tuple(sorted(d for d in domains if host == d or host.endswith("." + d)))


def _specificity(rule: Rule) -> int:
    return 0 if rule.domain is None else len(rule.domain)
