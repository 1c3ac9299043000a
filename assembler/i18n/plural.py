"""Singular and plural in the entries whose text depends on a count (Swedish and English)."""

from __future__ import annotations


def n(count: int, one: str, many: str) -> str:
    """`1 fil`, `3 filer`; `1 arena`, `3 arenas`."""
    return f"{count} {one if count == 1 else many}"
