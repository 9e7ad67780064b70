"""The rule registry: add, override, disable and list rules, globally or per domain.

Rules are keyed by ``(domain, name)``. For a given page the applicable set is
built from the generic rules, then the rules of every domain the page's host
falls under (a site rule replaces a generic rule of the same name), minus the
disabled names. Third-party packs register through the ``newsclean.rules``
entry-point group: each entry point loads either an iterable of :class:`Rule`,
a callable taking the :class:`Registry`, or a path to rule files.

A registry is safe to share between threads: its content is an immutable
:class:`RegistryState`, and every change builds a new state (under a lock) and
swaps it in. An extraction reads one state from start to end, so a concurrent
``add`` or ``disable`` is seen by the next extraction, never half-way through one.
"""

from __future__ import annotations

import os
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import metadata

import attrs

from ..errors import PackWarning
from .compiled import CompiledRules
from .files import rule_files
from .model import Role, Rule, normalise_domain
from .registry_state import RegistryState, host_of
from .rulefile import RuleFile

ENTRY_POINT_GROUP = "newsclean.rules"

#: Compiled rule sets kept per registry state, before the oldest are dropped.
_COMPILED_KEPT = 256


class Registry:
    """An ordered collection of rules that can be changed.

    Two registries never share state, so two configurations can coexist in
    one process: pass the one you want to :func:`newsclean.extract`.
    """

    def __init__(self, state: RegistryState | None = None) -> None:
        self._state = state or RegistryState()
        self._lock = threading.RLock()
        self._compiled: dict[tuple[object, ...], CompiledRules] = {}

    def __repr__(self) -> str:
        return f"Registry({len(self)} rules, packs={list(self.packs)})"

    @property
    def state(self) -> RegistryState:
        """The current configuration: read it once and use it throughout."""
        return self._state

    @property
    def packs(self) -> tuple[str, ...]:
        """Names of the packs loaded into this registry, for listing origins."""
        return self._state.packs

    @property
    def pack_errors(self) -> Mapping[str, str]:
        """Packs that failed to load, with the reason."""
        return self._state.pack_errors

    @classmethod
    def default(cls, *, load_entry_points: bool = True) -> Registry:
        """A registry holding the built-in rules and, optionally, installed packs."""
        from .builtin import BUILTIN_RULES

        registry = cls()
        registry.extend(BUILTIN_RULES)
        if load_entry_points:
            registry.load_entry_points()
        return registry

    def copy(self) -> Registry:
        """An independent copy: changes to it do not affect this registry."""
        return Registry(self._state)

    def _change(self, change: Callable[[RegistryState], RegistryState]) -> None:
        with self._lock:
            self._state = change(self._state)
            self._compiled = {}

    def add(self, rule: Rule, *, replace: bool = False) -> Rule:
        """Add ``rule``; refuse a name already used for the same domain unless ``replace``."""
        key = (rule.domain, rule.name)

        def change(state: RegistryState) -> RegistryState:
            if key in state.rules and not replace:
                where = f" for {rule.domain}" if rule.domain else ""
                raise ValueError(f"rule {rule.name!r}{where} exists; use override() to replace it")
            return state.evolve(rules={**state.rules, key: rule})

        self._change(change)
        return rule

    def override(self, rule: Rule) -> Rule:
        """Add ``rule``, replacing any rule of the same name and domain."""
        return self.add(rule, replace=True)

    def extend(self, rules: Iterable[Rule], *, replace: bool = False) -> None:
        """Add several rules at once."""
        added = list(rules)

        def change(state: RegistryState) -> RegistryState:
            merged = dict(state.rules)
            for rule in added:
                key = (rule.domain, rule.name)
                if key in merged and not replace:
                    raise ValueError(f"rule {rule.name!r} exists; use override() to replace it")
                merged[key] = rule
            return state.evolve(rules=merged)

        self._change(change)

    def remove(self, name: str, *, domain: str | None = None) -> None:
        """Delete a rule outright (KeyError if absent)."""
        key = (normalise_domain(domain), name)

        def change(state: RegistryState) -> RegistryState:
            rules = dict(state.rules)
            del rules[key]
            return state.evolve(rules=rules)

        self._change(change)

    def disable(self, name: str, *, domain: str | None = None) -> None:
        """Switch a rule off everywhere, or only on ``domain`` and its subdomains."""
        key = (normalise_domain(domain), name)
        self._change(lambda state: state.evolve(disabled=state.disabled | {key}))

    def enable(self, name: str, *, domain: str | None = None) -> None:
        """Undo :meth:`disable`."""
        key = (normalise_domain(domain), name)
        self._change(lambda state: state.evolve(disabled=state.disabled - {key}))

    def apply(self, rule_file: RuleFile) -> None:
        """Add a rule file's rules (replacing same-named ones) and its switches."""

        def change(state: RegistryState) -> RegistryState:
            rules = dict(state.rules)
            rules.update(((rule.domain, rule.name), rule) for rule in rule_file.rules)
            disabled = state.disabled | {
                (normalise_domain(domain), name) for name, domain in rule_file.disabled
            }
            return state.evolve(rules=rules, disabled=disabled)

        self._change(change)

    def with_files(self, files: Iterable[RuleFile]) -> Registry:
        """A copy of this registry with the rule ``files`` applied on top."""
        registry = self.copy()
        for rule_file in files:
            registry.apply(rule_file)
        return registry

    def get(self, name: str, *, domain: str | None = None) -> Rule:
        """The rule registered under ``name`` (and ``domain``)."""
        return self._state.rules[(normalise_domain(domain), name)]

    def __contains__(self, name: object) -> bool:
        return any(key[1] == name for key in self._state.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._state.rules.values())

    def __len__(self) -> int:
        return len(self._state.rules)

    def rules_for(self, url: str | None = None) -> list[Rule]:
        """The rules applied to a page at ``url``, in registration order.

        A site rule takes the place of the generic rule with the same name.
        """
        return self._state.rules_for(host_of(url))

    def list(self, url: str | None = None) -> list[Rule]:
        """Alias of :meth:`rules_for`, for ``registry.list()`` at a prompt."""
        return self.rules_for(url)

    def compiled(
        self, url: str | None = None, *, without_roles: frozenset[Role] = frozenset()
    ) -> CompiledRules:
        """The rules for ``url`` (less those with a role in ``without_roles``) indexed
        for matching; built once per configuration.

        Pages whose host has no site rules share the generic index.
        """
        state = self._state  # one configuration throughout, whatever changes meanwhile
        host = host_of(url)
        key = (state, state.domains_for(host), without_roles)
        cache = self._compiled
        compiled = cache.get(key)
        if compiled is None:
            rules = [rule for rule in state.rules_for(host) if rule.role not in without_roles]
            compiled = CompiledRules.build(rules, switched_off=state.disabled_for(host))
            if len(cache) >= _COMPILED_KEPT:
                cache.clear()
            cache[key] = compiled
        return compiled

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> None:
        """Load every installed rule pack advertised under ``group``.

        A pack that fails to import or to register is left out with a
        :class:`PackWarning` and noted in :attr:`pack_errors`; the others load.
        """
        for entry_point in metadata.entry_points(group=group):
            try:
                pack = entry_point.load()
                self.load_pack(pack, name=entry_point.name)
            except Exception as exc:  # a broken plugin must not break extraction
                reason = f"{type(exc).__name__}: {exc}"
                warnings.warn(
                    f"rule pack {entry_point.name!r} not loaded: {reason}",
                    PackWarning,
                    stacklevel=2,
                )
                self._note_pack_error(entry_point.name, reason)

    def _note_pack_error(self, name: str, reason: str) -> None:
        self._change(lambda state: state.evolve(pack_errors={**state.pack_errors, name: reason}))

    def load_pack(self, pack: object, *, name: str) -> None:
        """Register a pack: a path to rule files (a directory, a TOML file or a FiveFilters
        config), an iterable of rules, or a callable taking this registry. Its rules
        replace earlier rules of the same name and are listed with the pack's name as
        their source. A pack that fails leaves the registry as it was."""
        with self._lock:
            before = self._state
            try:
                self._load(pack, name)
            except BaseException:
                self._state, self._compiled = before, {}
                raise
            self._change(lambda state: _credit(before, state, name))

    def _load(self, pack: object, name: str) -> None:
        if isinstance(pack, str | os.PathLike):
            for rule_file in rule_files(pack):
                self.apply(rule_file)
        elif callable(pack):
            register: Callable[[Registry], object] = pack
            register(self)
        elif isinstance(pack, Iterable):
            rules = list(pack)
            for rule in rules:
                if not isinstance(rule, Rule):
                    raise TypeError(f"rule pack {name!r} yielded {rule!r}, not a Rule")
            self.extend(rules, replace=True)
        else:
            raise TypeError(f"rule pack {name!r} is neither callable nor iterable")


def _credit(before: RegistryState, after: RegistryState, pack: str) -> RegistryState:
    """``after`` with the pack named as the source of the rules it added or replaced."""
    rules = {
        key: attrs.evolve(rule, source=pack)
        if not rule.source and before.rules.get(key) is not rule
        else rule
        for key, rule in after.rules.items()
    }
    return after.evolve(rules=rules, packs=(*after.packs, pack))


_default: Registry | None = None
_default_lock = threading.Lock()


def default_registry() -> Registry:
    """The process-wide registry used when ``extract()`` gets none (built on first use)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Registry.default()
    return _default
