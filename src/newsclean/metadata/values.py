"""Small helpers for metadata values: whitespace tidied, the first usable one."""

from __future__ import annotations

from collections.abc import Iterable


def first(values: Iterable[str | None]) -> str | None:
    for value in values:
        if value:
            cleaned = clean(value)
            if cleaned:
                return cleaned
    return None


def clean(text: str | None) -> str:
    return " ".join((text or "").split())
