"""Accessibility (lag 2018:1937, WCAG 2.1 AA) of every Word document the tool writes.

The embedded example is built the way a county would use it — `batch` (remiss and decision),
reminders, the dialogue round's forms and report, the local forms, `build --against` with the
changes appendix, `freeze` — and every .docx that comes out is checked (tests/a11y_check.py):
language sv-SE, title and author, heading order, real lists, table header rows or marked layout
tables, alternative text on pictures. The checker itself is shown to catch each defect.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from assembler.cli import cli

from .a11y_check import check_accessibility

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ("sources", "rounds", "responses", "decisions")
# every kind of document, by file name (arena/principal ids replaced by X)
KINDS = {"plan-X.docx", "plan-X-andringar.docx", "missiv-X.docx", "svarsmall-X.docx",
         "paminnelse-X.docx", "tjansteskrivelse-X.docx", "dialog-X.docx",
         "sammanstallning-dialog-2022.docx", "lokal-text-X.docx"}


def run(*args: object) -> None:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def build_everything(plan: Path) -> None:
    """Every command that writes a .docx, on the example plan folder `plan`."""
    for name in EXAMPLE:
        shutil.copytree(ROOT / name, plan / name)
    src, out = plan / "sources", plan / "output"
    run("batch", "remiss-2023", "--plan", plan, "-j", "2")
    run("remiss", "reminder", "remiss-2023", "--plan", plan, "--date", "2023-09-01")
    run("dialogue", "form", "dialog-2022", "--sources", src, "--out", out)
    run("dialogue", "report", "dialog-2022", "--sources", src, "--out", out)
    run("local", "form", "--all", "--sources", src, "--out", out)
    run("build", "--plan", plan, "--against", "remiss-2023", "--changes-appendix")
    run("freeze", "beslut-2023", "--plan", plan)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    plan = tmp_path_factory.mktemp("a11y") / "plan"
    plan.mkdir()
    build_everything(plan)
    return sorted(p for p in plan.rglob("*.docx")
                  if "sources" not in p.relative_to(plan).parts[:1])


def kind(path: Path, ids: set[str]) -> str:
    stem = path.stem
    for i in sorted(ids, key=len, reverse=True):
        stem = re.sub(rf"-{re.escape(i)}(?=-|$)", "-X", stem)
    return stem + path.suffix


def example_ids() -> set[str]:
    text = (ROOT / "sources" / "plan.yaml").read_text(encoding="utf-8")
    return set(re.findall(r"^\s*-?\s*id:\s*([a-z0-9-]+)", text, re.M)) | {"lan"}


def test_every_output_is_accessible(outputs: list[Path]) -> None:
    problems = {str(p): check_accessibility(p.read_bytes()) for p in outputs}
    failing = {k: v[:4] for k, v in problems.items() if v}
    assert not failing, f"{len(failing)} of {len(outputs)} outputs fail: {failing}"
    counts = Counter(kind(p, example_ids()) for p in outputs)
    assert set(counts) >= KINDS, f"a kind of document was not checked: {KINDS - set(counts)}"
    assert any("rounds/beslut-2023" in str(p) for p in outputs)  # what freeze writes
    assert any("rounds/remiss-2023" in str(p) for p in outputs)  # the example's frozen round
    assert len(outputs) >= 200, counts


# -- the checker catches each defect (on a real output, changed as another plan might be)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _edit(data: bytes, part: str, change) -> bytes:  # type: ignore[no-untyped-def]
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            blob = src.read(name)
            if name == part:
                root = etree.fromstring(blob)
                change(root)
                blob = etree.tostring(root)
            dst.writestr(name, blob)
    return out.getvalue()


def _first(root: etree._Element, path: str) -> etree._Element:
    found = root.find(path, NS)
    assert found is not None, path
    return found


def _set_style(root: etree._Element, text_start: str, style: str) -> None:
    for para in root.iter(f"{{{W}}}p"):
        if "".join(para.itertext()).startswith(text_start):
            _first(para, "w:pPr/w:pStyle").set(f"{{{W}}}val", style)
            return
    raise AssertionError(text_start)


def _typed_bullet(root: etree._Element) -> None:
    para = next(p for p in root.iter(f"{{{W}}}p")
                if p.find("w:pPr/w:pStyle[@w:val='ListBullet']", NS) is not None)
    ppr = _first(para, "w:pPr")
    ppr.remove(_first(ppr, "w:pStyle"))
    if ppr.find("w:numPr", NS) is not None:
        ppr.remove(_first(ppr, "w:numPr"))
    _first(para, ".//w:t").text = "• " + (_first(para, ".//w:t").text or "")


def _no_header(root: etree._Element) -> None:
    header = _first(root, ".//w:tblHeader")
    header.getparent().remove(header)  # type: ignore[union-attr]


def _core(tag: str, value: str):  # type: ignore[no-untyped-def]
    def change(root: etree._Element) -> None:
        root.find(tag, {"dc": "http://purl.org/dc/elements/1.1/"}).text = value  # type: ignore[union-attr]
    return change


def _lang(root: etree._Element) -> None:
    _first(root, "w:docDefaults/w:rPrDefault/w:rPr/w:lang").set(f"{{{W}}}val", "en-US")


def _picture_without_alt(root: etree._Element) -> None:
    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    run = etree.SubElement(_first(root, ".//w:body/w:p"), f"{{{W}}}r")
    inline = etree.SubElement(etree.SubElement(run, f"{{{W}}}drawing"), f"{{{wp}}}inline")
    etree.SubElement(inline, f"{{{wp}}}docPr", id="1", name="Bild 1", descr="")


DEFECTS = {
    "heading jump": ("word/document.xml", lambda r: _set_style(r, "Bakgrund", "Heading3"),
                     "heading level 3 after level 1"),
    "first heading not level 1": ("word/document.xml",
                                  lambda r: _set_style(r, "Inledning", "Heading2"),
                                  "heading level 2 after the title"),
    "typed bullet": ("word/document.xml", _typed_bullet, "typed list marker"),
    "table without header row": ("word/document.xml", _no_header, "not marked as header"),
    "no title": ("docProps/core.xml", _core("dc:title", ""), "title (dc:title) is not set"),
    "no author": ("docProps/core.xml", _core("dc:creator", " "), "author (dc:creator)"),
    "core language": ("docProps/core.xml", _core("dc:language", "en-US"), "not sv-SE"),
    "style language": ("word/styles.xml", _lang, "default language is 'en-US'"),
    "picture without alt text": ("word/document.xml", _picture_without_alt,
                                 "no alternative text"),
}


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_the_check_catches(defect: str, outputs: list[Path]) -> None:
    plan = next(p for p in outputs if p.name == "plan-lan.docx" and "output" in p.parts)
    data = plan.read_bytes()
    assert check_accessibility(data) == []
    part, change, expected = DEFECTS[defect]
    problems = check_accessibility(_edit(data, part, change))
    assert any(expected in p for p in problems), problems


def test_layout_tables_are_marked_and_letters_number_lists(outputs: list[Path]) -> None:
    """The letters' header block is a marked layout table; their numbered lists are real lists
    that restart at 1 (Förslag till beslut after a numbered list in Bakgrund)."""
    letter = next(p for p in outputs if p.name == "tjansteskrivelse-berg.docx")
    doc = etree.fromstring(zipfile.ZipFile(letter).read("word/document.xml"))
    first = _first(doc, ".//w:tbl/w:tblPr/w:tblDescription")
    assert first.get(f"{{{W}}}val", "").startswith("Layouttabell")
    lists = [_first(p, "w:pPr/w:numPr/w:numId").get(f"{{{W}}}val")
             for p in doc.iter(f"{{{W}}}p")
             if p.find("w:pPr/w:pStyle[@w:val='ListNumber']", NS) is not None]
    assert len(lists) >= 7 and len(set(lists)) >= 2, lists  # two lists, each its own instance
    numbering = etree.fromstring(zipfile.ZipFile(letter).read("word/numbering.xml"))
    for num_id in set(lists):
        num = _first(numbering, f"w:num[@w:numId='{num_id}']")
        assert _first(num, "w:lvlOverride/w:startOverride").get(f"{{{W}}}val") == "1"
