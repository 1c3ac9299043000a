"""Deterministic packaging: the same parts always give the same zip bytes (assembler.ooxml)."""

from __future__ import annotations

from ..ooxml.package import FIXED_TIME, normalize_zip

__all__ = ["FIXED_TIME", "normalize_zip"]
