"""Shared assertions: a redline must accept to NEW and reject to OLD, exactly."""

from __future__ import annotations

import io
import zipfile

from assembler.redline import accept_all, diff_docx, reject_all
from tests.ooxml_check import check_docx
from tests.redline.checks import revision_problems
from tests.redline.oracle import part_view, view

AUTHOR, DATE = "Granskare", "2024-05-31T00:00:00Z"


def redline_ok(old: bytes, new: bytes, moves: bool = False, fields: bool = False,
               rejects_to: bytes | None = None) -> bytes:
    """Diff, then check markup sanity and accept/reject under both join conventions.

    `rejects_to` is what Reject All must give when it is not OLD (OLD with NEW's contents page,
    which follows NEW untracked)."""
    out = diff_docx(old, new, AUTHOR, DATE, moves, fields)
    # Only problems the inputs already had (LibreOffice's own files have a few) may remain.
    assert set(check_docx(out)) <= set(check_docx(old)) | set(check_docx(new))
    assert revision_problems(out) == []
    want_new, want_old = view(new), view(old if rejects_to is None else rejects_to)
    for join in ("next", "first"):
        assert view(out, "accept", join) == want_new, f"accept ({join}) differs from NEW"
        assert view(out, "reject", join) == want_old, f"reject ({join}) differs from OLD"
    _headers_ok(out, new, old if rejects_to is None else rejects_to)
    # The engine's own resolver agrees with the independent reader.
    assert view(accept_all(out)) == want_new
    assert view(reject_all(out)) == want_old
    return out


def _headers_ok(out: bytes, new: bytes, old: bytes) -> None:
    """Headers and footers (docgen's part names are the same in OLD, NEW and the output)."""
    names = [n for n in zipfile.ZipFile(io.BytesIO(out)).namelist()
             if n.startswith(("word/header", "word/footer")) and n.endswith(".xml")]
    old_names = set(zipfile.ZipFile(io.BytesIO(old)).namelist())
    for name in names:
        assert part_view(out, name, "accept") == part_view(new, name), f"accept {name}"
        if name in old_names:
            assert part_view(out, name, "reject") == part_view(old, name), f"reject {name}"
