"""Singular and plural in the Swedish entries."""

from __future__ import annotations


def n(count: int, one: str, many: str) -> str:
    """`1 fil`, `3 filer`."""
    return f"{count} {one if count == 1 else many}"
