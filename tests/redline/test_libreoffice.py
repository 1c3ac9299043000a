"""LibreOffice as an independent oracle: its Accept All gives NEW's text, Reject All OLD's.

Also diffs files that LibreOffice itself saved (its markup, not ours). Skipped without soffice,
unless REQUIRE_SOFFICE=1 (as in CI).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assembler.redline import diff_docx
from tests.conftest import soffice_path
from tests.redline.docgen import Doc, Para, Table
from tests.redline.docgen import build as build_doc
from tests.redline.helpers import AUTHOR, DATE, redline_ok
from tests.redline.lo import LibreOffice
from tests.redline.test_diff import BASE, NOTES


@pytest.fixture(scope="module")
def lo(tmp_path_factory: pytest.TempPathFactory) -> LibreOffice:
    exe = soffice_path()
    if exe is None:
        if os.environ.get("REQUIRE_SOFFICE"):
            pytest.fail("LibreOffice (soffice) is required but not installed")
        pytest.skip("LibreOffice (soffice) not installed")
    assert exe is not None
    return LibreOffice(exe, tmp_path_factory.mktemp("lo"))


def _edited() -> tuple[Para | Table, ...]:
    blocks = list(BASE)
    blocks[1] = Para("Normal", (("", "Planen gäller för all hälso- och sjukvård i Västernorrlands län."),))
    blocks[2] = Para("Heading2", (("", "Regionen och kommunerna ansvarar gemensamt för uppföljningen^1."),))
    table = blocks[3]
    assert isinstance(table, Table)
    blocks[3] = Table((table.rows[0], ((Para("Normal", (("", "Privat"),)),), (Para("Normal", (("", "Avtal"),)),)),
                       table.rows[2]))
    del blocks[5]
    blocks.insert(0, Para("Normal", (("", "Ett nytt första stycke."),)))
    blocks.append(Para("Quote", (("i", "Ett tillagt slutord."),)))
    return tuple(blocks)


def _wordlike(case: str) -> tuple[Doc, Doc]:
    from tests.redline import test_wordlike as wl

    old = tuple(b for i, b in enumerate(wl.OLD) if i != 5)
    new = tuple(b for i, b in enumerate(wl._apply(wl.EDITS[case])) if b is not wl.OLD[5])
    return Doc(old), Doc(new)


def _toc_deleted() -> tuple[Doc, Doc]:
    from tests.redline import test_wordlike as wl

    rest = (*wl.OLD[:5], wl.OLD[6])
    return Doc((wl.TOC, *rest)), Doc(rest)


def _moved() -> tuple[Doc, Doc]:
    blocks = list(BASE)
    blocks.insert(5, blocks.pop(1))
    return Doc(BASE, NOTES), Doc(tuple(blocks), NOTES)


PAIRS = {
    "moved": _moved(),
    "wordlike-toc-deleted": _toc_deleted(),
    "wordlike-field-removed": _wordlike("field-removed"),
    "wordlike-hyperlink": _wordlike("inside-hyperlink"),
    "golden": (Doc(BASE, NOTES), Doc(_edited(), {1: "Hälso- och sjukvårdslagen (2017:30), 2 kap."})),
    "reverse": (Doc(_edited(), NOTES), Doc(BASE, NOTES)),
    "drop-last": (Doc(BASE, NOTES), Doc(BASE[:-1], NOTES)),
}


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_libreoffice_accept_and_reject_give_new_and_old(lo: LibreOffice, tmp_path: Path,
                                                        case: str) -> None:
    old_doc, new_doc = PAIRS[case]
    old, new, out = tmp_path / "old.docx", tmp_path / "new.docx", tmp_path / "redline.docx"
    old.write_bytes(build_doc(old_doc))
    new.write_bytes(build_doc(new_doc))
    out.write_bytes(redline_ok(old.read_bytes(), new.read_bytes(), moves=case == "moved"))
    accepted, rejected = lo.resolve(out, True), lo.resolve(out, False)
    text_acc, text_rej, text_new, text_old = lo.text([accepted, rejected, new, old])
    assert text_acc == text_new
    assert text_rej == text_old


def test_files_saved_by_libreoffice_diff_exactly(lo: LibreOffice, tmp_path: Path) -> None:
    old_doc, new_doc = PAIRS["golden"]
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "old.docx").write_bytes(build_doc(old_doc))
    (tmp_path / "src" / "new.docx").write_bytes(build_doc(new_doc))
    old = lo.convert(tmp_path / "src" / "old.docx", tmp_path / "lo")
    new = lo.convert(tmp_path / "src" / "new.docx", tmp_path / "lo")
    out = tmp_path / "redline.docx"
    out.write_bytes(redline_ok(old.read_bytes(), new.read_bytes()))
    text_acc, text_rej, text_new, text_old = lo.text(
        [lo.resolve(out, True), lo.resolve(out, False), new, old])
    assert (text_acc, text_rej) == (text_new, text_old)
    assert diff_docx(old.read_bytes(), new.read_bytes(), AUTHOR, DATE) == out.read_bytes()
