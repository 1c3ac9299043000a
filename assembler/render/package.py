"""Deterministic packaging: the same parts always give the same zip bytes (assembler.ooxml)."""

from __future__ import annotations

import io
import zipfile

from ..ooxml.package import FIXED_TIME, zip_bytes


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip (one we made) with sorted members, fixed timestamps and permissions."""
    src = zipfile.ZipFile(io.BytesIO(data))
    return zip_bytes({name: src.read(name) for name in src.namelist()})


__all__ = ["FIXED_TIME", "normalize_zip"]
