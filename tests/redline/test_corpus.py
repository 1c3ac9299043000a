"""The public corpus (tests/redline/corpus.py): each pair's redline accepts to NEW and rejects
to OLD, by the independent reader and by LibreOffice (text, and the text of text boxes, which
LibreOffice's text export leaves out: read from the file LibreOffice saved)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import soffice_path
from tests.redline.corpus import MOVE_PAIRS, PAIRS, REJECTS
from tests.redline.docgen import build
from tests.redline.helpers import redline_ok
from tests.redline.lo import CHUNK, LibreOffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MOVES = {"paragraph-moved-into-table", *MOVE_PAIRS}
# Every pair in both directions ("~" marks NEW → OLD).
LO_CASES = sorted(PAIRS) + [f"{case}~" for case in sorted(PAIRS)]
# LibreOffice 7.4 limitations, per case and side (strict: a fix in LibreOffice or here makes
# them pass, and fail).
CELL_MARKS = ("LibreOffice 7.4 ignores w:cellIns/w:cellDel on import: the cell stays, emptied "
              "of its (correctly resolved) content; Word removes it")
SDT_FIRST = ("LibreOffice 7.4 loses the revisions in the first paragraph of a block content "
             "control on import: deleted and inserted text both stay, untracked")
REF_RESTORED = ("LibreOffice 7.4 shows 'Error: Reference source not found' for a REF field that "
                "Reject All restores (the reader sees the field and its bookmark restored)")
LO_KNOWN = {
    "sdt-block-first-paragraph-edited accept": SDT_FIRST,
    "sdt-block-first-paragraph-edited reject": SDT_FIRST,
    "sdt-block-first-paragraph-edited~ accept": SDT_FIRST,
    "sdt-block-first-paragraph-edited~ reject": SDT_FIRST,
    "sdt-block-inserted reject": SDT_FIRST,
    "sdt-block-inserted~ accept": SDT_FIRST,
    "complex-field-result-words-edited reject": REF_RESTORED,
    "complex-field-result-words-edited~ reject": REF_RESTORED,
    "first-paragraph-before-table-deleted accept": "LibreOffice keeps a paragraph whose mark "
    "is deleted when a table follows it and no paragraph precedes it (it has nothing to join)",
    "first-paragraph-before-table-deleted~ reject": "the same for an inserted paragraph",
    "textbox-image-removed accept": "LibreOffice puts two zero-width spaces at the anchor of a "
    "text box in which a picture is deleted, after Accept All and after Reject All",
    "textbox-image-removed reject": "the same",
    "textbox-image-removed~ accept": "the same for a picture inserted in a text box",
    "textbox-image-removed~ reject": "the same for a picture inserted in a text box",
    **{f"{case} {side}": CELL_MARKS for case, side in [
        ("column-added", "reject"), ("column-added~", "accept"),
        ("column-added-first", "reject"), ("column-added-first~", "accept"),
        ("column-added-and-cell-edited", "reject"), ("column-added-and-cell-edited~", "accept"),
        ("empty-column-added", "reject"), ("empty-column-added~", "accept"),
        ("column-removed-middle", "accept"), ("column-removed-middle~", "reject"),
        ("cells-merged", "accept"), ("cells-merged~", "reject")]},
}


def pair(case: str) -> tuple[bytes, bytes]:
    old, new = (build(d) for d in PAIRS[case.rstrip("~")])
    return (new, old) if case.endswith("~") else (old, new)


def rejects_to(case: str) -> bytes | None:
    found = REJECTS.get(case)
    return None if found is None else build(found)


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_reader_accepts_to_new_and_rejects_to_old(case: str) -> None:
    old, new = (build(d) for d in PAIRS[case])
    redline_ok(old, new, moves=case in MOVES, rejects_to=rejects_to(case))
    redline_ok(new, old, moves=case in MOVES, rejects_to=rejects_to(case + "~"))


@pytest.mark.parametrize("case", ["toc-page-numbers-follow-new", "toc-and-text-edited"])
def test_contents_page_is_untracked_unless_fields(case: str) -> None:
    old, new = (build(d) for d in PAIRS[case])
    untracked = redline_ok(old, new, rejects_to=rejects_to(case))
    tracked = redline_ok(old, new, fields=True)
    assert _toc_revisions(untracked) == 0 and _toc_revisions(tracked) > 0


def _toc_revisions(data: bytes) -> int:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    sdt = next(root.iter(f"{W}sdtContent"))
    return sum(1 for _ in sdt.iter(f"{W}ins", f"{W}del"))


def test_other_field_results_stay_tracked() -> None:
    old, new = (build(d) for d in PAIRS["field-result-tracked"])
    out = redline_ok(old, new)
    xml = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode()
    assert "<w:delText>4</w:delText>" in xml or '<w:delText xml:space="preserve">4</w:delText>' in xml


def textbox_text(data: bytes) -> list[str]:
    """The text of every text box (the mc:Choice side), paragraphs on lines."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    out = []
    for box in root.iter(f"{W}txbxContent"):
        if any(a.tag in (f"{MC}Fallback", f"{W}txbxContent") for a in box.iterancestors()):
            continue
        out.append("\n".join("".join(t.text or "" for t in p.iter(f"{W}t"))
                             for p in box.iter(f"{W}p")))
    return out


def story_text(data: bytes) -> dict[str, list[str]]:
    """The non-empty paragraphs of the headers, footers and notes (LibreOffice's text export
    leaves them out), text boxes in them included once."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    out: dict[str, list[str]] = {}
    for name in sorted(zf.namelist()):
        kind = next((k for k in ("header", "footer", "footnotes", "endnotes")
                     if name.startswith(f"word/{k}") and name.endswith(".xml")), None)
        if kind is None:
            continue
        root = etree.fromstring(zf.read(name))
        for p in root.iter(f"{W}p"):
            if any(a.tag == f"{MC}Fallback" for a in p.iterancestors()):
                continue
            text = "".join(t.text or "" for t in p.iter(f"{W}t")
                           if not any(a.tag == f"{MC}Fallback" for a in t.iterancestors()))
            if text.strip():
                out.setdefault(kind, []).append(text)
    return out


@pytest.fixture(scope="module")
def lo_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[object, ...]]:
    """Every pair through LibreOffice at once: (accepted, rejected, new, old) texts."""
    exe = soffice_path()
    if exe is None:
        if os.environ.get("REQUIRE_SOFFICE"):
            pytest.fail("LibreOffice (soffice) is required but not installed")
        pytest.skip("LibreOffice (soffice) not installed")
    assert exe is not None
    work = tmp_path_factory.mktemp("corpus")
    lo = LibreOffice(exe, work)
    jobs, sources = [], []
    for case in LO_CASES:
        old, new = pair(case)
        out = work / f"{case}.docx"
        want = rejects_to(case)
        out.write_bytes(redline_ok(old, new, moves=case.rstrip("~") in MOVES, rejects_to=want))
        jobs += [(out, True), (out, False)]
        for name, data in (("new", new), ("old", old if want is None else want)):
            (work / f"{case}-{name}.docx").write_bytes(data)
            sources.append(work / f"{case}-{name}.docx")
    resolved = lo.resolve_many(jobs)
    saved = _convert_all(lo, sources, work)
    texts = lo.text(resolved + sources)
    results: dict[str, tuple[object, ...]] = {}
    for n, case in enumerate(LO_CASES):
        acc, rej = resolved[2 * n], resolved[2 * n + 1]
        new_saved, old_saved = saved[2 * n], saved[2 * n + 1]
        results[case] = (
            texts[2 * n], texts[2 * n + 1], texts[len(resolved) + 2 * n],
            texts[len(resolved) + 2 * n + 1],
            *((textbox_text(f.read_bytes()), story_text(f.read_bytes()))
              for f in (acc, rej, new_saved, old_saved)))
    return results


def _convert_all(lo: LibreOffice, files: list[Path], work: Path) -> list[Path]:
    out = work / "saved"
    for at in range(0, len(files), CHUNK):
        lo._run("--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out),
                *map(str, files[at:at + CHUNK]))
    return [out / f.name for f in files]


def _cases(side: str) -> list[object]:
    return [pytest.param(c, marks=pytest.mark.xfail(reason=LO_KNOWN[f"{c} {side}"], strict=True))
            if f"{c} {side}" in LO_KNOWN else c for c in LO_CASES]


@pytest.mark.parametrize("case", _cases("accept"))
def test_libreoffice_accepts_to_new(lo_results: dict[str, tuple[object, ...]], case: str) -> None:
    acc, _, new, _, box_acc, _, box_new, _ = lo_results[case]
    assert acc == new, "LibreOffice Accept All differs from NEW"
    assert box_acc == box_new, "text boxes, headers or notes after Accept All differ from NEW"


@pytest.mark.parametrize("case", _cases("reject"))
def test_libreoffice_rejects_to_old(lo_results: dict[str, tuple[object, ...]], case: str) -> None:
    _, rej, _, old, _, box_rej, _, box_old = lo_results[case]
    assert rej == old, "LibreOffice Reject All differs from OLD"
    assert box_rej == box_old, "text boxes, headers or notes after Reject All differ from OLD"


@pytest.mark.parametrize(("case", "mark", "count"), [
    ("column-added", "cellIns", 3), ("column-removed-middle", "cellDel", 3),
    ("cells-merged", "cellDel", 1)])
def test_changed_column_count_is_cell_inserts_and_deletes(case: str, mark: str,
                                                          count: int) -> None:
    """Not whole rows deleted and inserted: the rows stay, the cells carry the revision (after
    the base cell properties, before w:tcPrChange), and the grid keeps its old columns."""
    old, new = (build(d) for d in PAIRS[case])
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(redline_ok(old, new))).read(
        "word/document.xml"))
    assert not list(root.iter(f"{W}trPr"))
    marks = list(root.iter(f"{W}{mark}"))
    assert len(marks) == count
    for found in marks:
        after = [etree.QName(c).localname for c in found.itersiblings()]
        assert set(after) <= {"tcPrChange"}
    def cols(data: bytes) -> int:
        return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").count(b"<w:gridCol ")

    grid_changed = cols(old) != cols(new)
    assert bool(list(root.iter(f"{W}tblGridChange"))) == grid_changed


@pytest.mark.parametrize("case", sorted(set(MOVE_PAIRS) - {"paragraph-moved-edited-to-end",
                                                           "paragraph-with-link-moved"}))
def test_moves_are_move_markup(case: str) -> None:
    """A moved paragraph, edited or not, is one named range pair (the last-paragraph variant
    falls back to delete + insert: a story's last mark is never revised; so does a paragraph
    with a hyperlink, which w:moveFrom/w:moveTo cannot hold)."""
    for old, new in (PAIRS[case], PAIRS[case][::-1]):
        out = redline_ok(build(old), build(new), moves=True)
        xml = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode()
        assert xml.count("<w:moveFromRangeStart ") == xml.count("<w:moveToRangeStart ") == 1
