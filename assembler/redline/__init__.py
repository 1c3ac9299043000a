"""redline: two .docx files → one .docx with Word tracked changes (w:ins/w:del …).

    diff_docx(old, new, author, date[, moves]) -> bytes   the tracked-changes document
    accept_all(docx) / reject_all(docx) -> bytes    every revision accepted / rejected

Pipeline: package (zip) → revisions accepted in the inputs → reader (blocks, paragraph streams)
→ align (blocks, rows), steps (where mark revisions go), wordedit (words) → story and writer
(w:ins, w:del, paragraph marks, property changes).
"""

from __future__ import annotations

from ..ooxml.package import Package

__all__ = ["accept_all", "diff_docx", "reject_all"]


def diff_docx(old: bytes, new: bytes, author: str, date: str, moves: bool = False,
              fields: bool = False) -> bytes:
    """The tracked-changes document of NEW against OLD (author and date on every revision).

    With `moves`, paragraphs moved unchanged are marked w:moveFrom/w:moveTo instead of being
    deleted and inserted. Without `fields`, the contents page (the cached result of a TOC
    field) is NEW's, untracked; with it, its changes are tracked like text.
    """
    from .engine import read, redline

    return redline(read(old, "OLD"), read(new, "NEW"), author, date, moves, fields)


def accept_all(docx: bytes) -> bytes:
    """The document with every tracked change accepted."""
    return _resolve(docx, accept=True)


def reject_all(docx: bytes) -> bytes:
    """The document with every tracked change rejected."""
    return _resolve(docx, accept=False)


def _resolve(docx: bytes, accept: bool) -> bytes:
    from .revisions import resolve

    pkg = Package.read(docx)
    for name in pkg.story_parts():
        resolve(pkg.xml(name), accept)
    return pkg.to_bytes()
