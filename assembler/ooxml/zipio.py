"""Zip files, written deterministically and read part by part.

Writing: fixed time stamps, fixed permissions, a fixed member order, so the same members always
give the same bytes. Reading (`Parts`): only the members asked for are inflated, each capped in
size, XML parsed with the one hardened parser (parse.py). The capped reader of a whole package
is `parse.read_zip`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO

from .parse import FOREIGN_PART, Element, xml

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
CONTENT_TYPES = "[Content_Types].xml"
_FIRST = {CONTENT_TYPES: 0, "_rels/.rels": 1}
BadZip = zipfile.BadZipFile


def write_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A deterministic zip of (name, bytes) in the order given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, data, compresslevel=6)
    return out.getvalue()


def _order(name: str) -> tuple[int, str]:
    return (_FIRST.get(name, 2), name)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """Deterministic package zip: [Content_Types].xml and _rels/.rels first, then sorted names."""
    return write_zip((name, members[name]) for name in sorted(members, key=_order))


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip (one we made) with sorted members, fixed timestamps and permissions."""
    src = zipfile.ZipFile(io.BytesIO(data))
    return zip_bytes({name: src.read(name) for name in src.namelist()})


class Parts:
    """The members of a zip file, read one at a time when asked for.

    Raises zipfile.BadZipFile, OSError, KeyError, ValueError (a part larger than `limit`) or
    lxml's XMLSyntaxError, all of them in docxparts.PACKAGE_ERRORS."""

    def __init__(self, source: str | Path | IO[bytes], limit: int = FOREIGN_PART) -> None:
        self._zip = zipfile.ZipFile(source)
        self._names = set(self._zip.namelist())
        self.limit = limit

    def __enter__(self) -> Parts:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._zip.close()

    def names(self) -> list[str]:
        return self._zip.namelist()

    def read(self, name: str) -> bytes:
        if self._zip.getinfo(name).file_size > self.limit:
            raise ValueError(f"{name} is too large")
        return self._zip.read(name)

    def xml(self, name: str) -> Element | None:
        """The part `name` parsed (None if the package has no such member)."""
        if name not in self._names:
            return None
        return xml(self.read(name))  # read() applied the size cap
