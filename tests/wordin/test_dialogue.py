"""The dialogue round with the arenas: forms, answers into the ledger, the compiled report."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler.cli import cli
from tests.ooxml_check import check_docx

from ..conftest import ROOT
from .wordfill import Fill, Para, fill


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    return tmp_path


def _run(root: Path, *args: object):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["dialogue", *map(str, args), "--sources",
                                    str(root / "sources")], catch_exceptions=False)


def _filled(root: Path, arena: str, text: str) -> Path:
    form = root / "output" / "dialog-2022" / "dialog" / f"dialog-{arena}.docx"
    data = fill(form.read_bytes(), {
        "answer|samverkan-idag": Fill((
            Para(((text, ""), (" men ", ""), ("hemsjukvården", "b"), (" behöver stärkas.", ""))),
            Para((("Fasta möten", ""),), list="bullet"),
            Para((("Gemensam SIP", ""),), list="bullet"))),
        "answer|lokala-behov": Fill((Para((("Fjällbyarna.", "i"),)),))})
    path = root / f"ifylld-{arena}.docx"
    path.write_bytes(data)
    return path


def test_forms_answers_and_report(plan: Path, soffice) -> None:  # type: ignore[no-untyped-def]
    out = plan / "output"
    result = _run(plan, "form", "dialog-2022", "--out", out)
    assert result.exit_code == 0, result.output
    forms = sorted((out / "dialog-2022" / "dialog").glob("dialog-*.docx"))
    assert len(forms) == 9 and all(check_docx(f.read_bytes()) == [] for f in forms)
    berg = _filled(plan, "berg", "Samverkan fungerar bra")
    saved = soffice([_filled(plan, "krokom", "Det går trögt")], plan / "lo", "docx")[0]
    result = _run(plan, "import", "dialog-2022", berg, saved, "--responses", plan / "svar")
    assert result.exit_code == 0, result.output
    ledger = (plan / "svar" / "dialog-2022" / "berg.yaml").read_text(encoding="utf-8")
    assert "Samverkan fungerar bra men **hemsjukvården** behöver stärkas." in ledger
    assert "- Fasta möten\n    - Gemensam SIP" in ledger and "*Fjällbyarna.*" in ledger
    krokom = (plan / "svar" / "dialog-2022" / "krokom.yaml").read_text(encoding="utf-8")
    assert "Det går trögt men **hemsjukvården** behöver stärkas." in krokom  # via LibreOffice
    again = _run(plan, "import", "dialog-2022", berg, "--responses", plan / "svar")
    assert again.exit_code == 8 and "already in" in again.output
    result = _run(plan, "report", "dialog-2022", "--out", out, "--responses", plan / "svar")
    assert result.exit_code == 0, result.output
    report = out / "dialog-2022" / "dialog" / "sammanstallning-dialog-2022.docx"
    assert check_docx(report.read_bytes()) == []
    with zipfile.ZipFile(report) as zf:
        xml = zf.read("word/document.xml").decode()
    assert "<w:b/>" in xml and "hemsjukvården" in xml
    pdf = soffice([report], plan / "pdf", "pdf")[0]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", " ")
    assert "Svar har kommit in från två av nio arenor" in text
    assert "Lokal samverkansarena Berg" in text and "Lokal samverkansarena Krokom" in text
    assert "Samverkan i dag" in text and "Arenan har inte svarat på frågan." in text


def test_example_report(plan: Path) -> None:
    shutil.copytree(ROOT / "responses", plan / "responses")
    result = _run(plan, "report", "dialog-2022", "--out", plan / "output")
    assert result.exit_code == 0, result.output


def test_form_of_another_round_is_refused(plan: Path) -> None:
    assert _run(plan, "form", "dialog-2022", "berg", "--out", plan / "output").exit_code == 0
    path = _filled(plan, "berg", "Text")
    (plan / "sources" / "rounds" / "dialog-2023.yaml").write_text(
        (plan / "sources" / "rounds" / "dialog-2022.yaml").read_text(encoding="utf-8")
        .replace("round: dialog-2022", "round: dialog-2023"), encoding="utf-8")
    result = _run(plan, "import", "dialog-2023", path, "--responses", plan / "svar")
    assert result.exit_code == 10 and "round 'dialog-2022', not 'dialog-2023'" in result.output
    assert not (plan / "svar").exists()


def test_unknown_round(plan: Path) -> None:
    result = _run(plan, "form", "remiss-2023", "--out", plan / "output")
    assert result.exit_code == 10 and "unknown dialogue round 'remiss-2023'" in result.output
