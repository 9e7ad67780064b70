"""How a :class:`newsclean.settings.Tuning` field is made: every number checked once, when
the tuning is built, so the engine never meets a negative or a string."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ..errors import OptionError


def weights(value: Mapping[str, float]) -> Mapping[str, float]:
    """A read-only copy of a tag-weight table, its keys strings and values floats."""
    return MappingProxyType({str(tag): float(weight) for tag, weight in value.items()})


def not_negative(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse what is not a number (a bool is not one), or is negative."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise OptionError(f"tuning.{attribute.name} must be a number, not {value!r}")
    if value < 0:
        raise OptionError(f"tuning.{attribute.name} must not be negative, not {value!r}")


def number(default: float) -> Any:
    """A numeric field with its default, checked by :func:`not_negative`."""
    return attrs.field(default=default, validator=not_negative)
