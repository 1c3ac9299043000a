"""Origin markers (render/origins.py): hidden, unique, short enough for Word, harmless to text,
layout estimate and tracked-changes editions, and kept by LibreOffice."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from assembler.pipeline import check
from assembler.render import oxml
from assembler.render.body import BodyWriter
from assembler.render.docx import render
from assembler.render.layout import read_layout
from assembler.render.origins import MAX_NAME, OriginMarks, split_name
from assembler.render.pages import estimate_pages

from ..conftest import ROOT, TEMPLATE

_NAME = re.compile(rb'w:bookmarkStart w:id="\d+" w:name="([^"]+)"')


def _names(docx: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(docx)) as zf:
        return [n.decode() for n in _NAME.findall(zf.read("word/document.xml"))]


@pytest.fixture(scope="module")
def checked():  # type: ignore[no-untyped-def]
    return check(ROOT / "sources", ["lan", "berg"])


def _writer(checked, doc, marks: OriginMarks | None) -> BodyWriter:  # type: ignore[no-untyped-def]
    cfg = checked.sources.config
    writer = BodyWriter(doc, lambda url: "rId1", {a.id: a.name for a in cfg.arenas})
    writer.origins = marks
    return writer


def test_markers_change_neither_text_nor_page_estimate(checked) -> None:  # type: ignore[no-untyped-def]
    import docx

    tpl = docx.Document(str(TEMPLATE))
    layout = read_layout(tpl.element.body, tpl.styles.element, tpl.part.numbering_part.element,
                         tpl.settings.element)
    for doc in checked.documents:
        plain, marked = _writer(checked, doc, None), _writer(checked, doc, OriginMarks())
        bare, with_marks = plain.body(), marked.body()
        assert [oxml.text_of(e) for e in bare] == [oxml.text_of(e) for e in with_marks]
        flows = estimate_pages(bare, layout), estimate_pages(with_marks, layout)
        assert flows[0].pages == flows[1].pages and flows[0].trace == flows[1].trace
        kinds = {o.kind for o in marked.origins.table.values()}  # type: ignore[union-attr]
        assert {"c", "g", "a"} <= kinds if doc.edition.id == "lan" else {"c", "a"} <= kinds


def test_every_body_element_is_marked_once_with_a_valid_name(checked) -> None:  # type: ignore[no-untyped-def]
    cfg = checked.sources.config
    for doc in checked.documents:
        marks = OriginMarks()
        data = render(doc, cfg, checked.round_id, TEMPLATE, {}, origins=marks)
        names = [n for n in _names(data) if n.startswith("_PA_")]
        assert len(names) == len(set(names))
        assert all(len(n) <= MAX_NAME and re.fullmatch(r"_[A-Za-z0-9_]+", n) for n in names)
        assert {split_name(n)[0] for n in names} == set(marks.table)  # type: ignore[index]
        for origin in marks.table.values():
            if origin.kind != "g":
                assert Path(origin.loc.path).is_file() and origin.loc.line > 0


def test_tracked_editions_carry_no_markers(checked) -> None:  # type: ignore[no-untyped-def]
    cfg = checked.sources.config
    doc = checked.documents[0]
    data = render(doc, cfg, checked.round_id, TEMPLATE, {}, ("A", "2023-10-06T00:00:00Z"))
    assert not [n for n in _names(data) if n.startswith("_PA_")]


def test_libreoffice_keeps_markers_and_properties(checked, tmp_path: Path, soffice) -> None:  # type: ignore[no-untyped-def]
    cfg = checked.sources.config
    doc = checked.documents[1]
    data = render(doc, cfg, checked.round_id, TEMPLATE, {})
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.docx").write_bytes(data)
    (out,) = soffice([tmp_path / "in" / "plan.docx"], tmp_path / "out", "docx")
    saved = out.read_bytes()
    assert sorted(n for n in _names(saved) if n.startswith("_PA_")) == sorted(
        n for n in _names(data) if n.startswith("_PA_"))
    with zipfile.ZipFile(io.BytesIO(saved)) as zf:
        custom = zf.read("docProps/custom.xml").decode()
    assert "plan-assembler.origin.sources" in custom and "plan-assembler.origin.edition" in custom
