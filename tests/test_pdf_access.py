"""`--pdf`: every PDF the batch publishes is tagged PDF/UA and PDF/A-2b, in Swedish, titled, and
its contents page gives the pages the headings are really on (LibreOffice updates the indexes
before it exports). Read with pikepdf and pdftotext (tests/pdf_check.py).
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import zipfile
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner

from assembler.cli import cli
from assembler.remiss import lopdf

from .conftest import soffice_path
from .pdf_check import pdf_problems, structure, toc_entries
from .test_images import png, with_picture

ROOT = Path(__file__).resolve().parents[1]
PAGEREF = re.compile(r'(PAGEREF [^<]*</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"'
                     r"/></w:r><w:r><w:t>)(\d+)(</w:t>)")


@pytest.fixture(scope="module")
def batch_pdfs(soffice, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:  # type: ignore[no-untyped-def]
    plan = tmp_path_factory.mktemp("pdf") / "plan"
    for name in ("sources", "rounds", "responses", "decisions"):
        shutil.copytree(ROOT / name, plan / name)
    result = CliRunner().invoke(cli, ["batch", "remiss-2023", "--plan", str(plan), "--pdf",
                                      "-j", "2"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return sorted(plan.joinpath("output").rglob("*.pdf"))


def test_every_pdf_is_tagged_pdfua_and_pdfa(batch_pdfs: list[Path]) -> None:
    names = {re.sub(r"^(plan|missiv|tjansteskrivelse)-[a-z]+", r"\1-X", p.name)
             for p in batch_pdfs}
    assert {"missiv-X.pdf", "plan-X.pdf", "plan-X-andringar.pdf",
            "tjansteskrivelse-X.pdf"} <= names, names
    assert not any(p.name.startswith("svarsmall") for p in batch_pdfs)  # filled in Word
    failing = {p.name: pdf_problems(p) for p in batch_pdfs}
    assert not {k: v for k, v in failing.items() if v}
    assert len(batch_pdfs) >= 100


def test_contents_pages_give_the_real_pages(batch_pdfs: list[Path]) -> None:
    unique = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in batch_pdfs}  # copies
    plans = sorted(p for p in unique.values() if p.name.startswith("plan-"))
    assert len(plans) >= 20  # every edition, clean and tracked, of the remiss and decision
    compared = wrong = 0
    problems = []
    for path in plans:
        entries = toc_entries(path)
        assert len(entries) >= 20, path  # every chapter and section of a plan edition
        for e in entries:
            compared += 1
            if e.listed != e.actual:
                wrong += 1
                problems.append(f"{path.name}: {e.title}: listed {e.listed}, on {e.actual}")
    assert not problems, f"{wrong} of {compared} contents entries wrong: {problems[:10]}"
    assert compared >= 600


def test_stale_contents_page_is_updated_and_pictures_keep_their_alt_text(
        batch_pdfs: list[Path], soffice, make_sources, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A .docx whose cached contents page is wrong gives a right PDF (plain `--convert-to pdf`
    would print the wrong numbers, and the check sees it); a picture's alternative text is the
    Figure's /Alt in the PDF."""
    edition = next(p for p in batch_pdfs if p.name == "plan-lan.pdf").with_suffix(".docx")
    stale = tmp_path / "stale" / "plan-stale.docx"
    stale.parent.mkdir()
    src = zipfile.ZipFile(edition)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "word/document.xml":
                data, count = PAGEREF.subn(lambda m: m[1] + "99" + m[3], data.decode())
                assert count >= 20
                data = data.encode()
            dst.writestr(name, data)
    stale.write_bytes(out.getvalue())
    sources = with_picture(make_sources, "![Karta över länets kommuner](karta.png)",
                           {"karta.png": png(60, 30)})
    assert run_cli("build", "--sources", sources, "--out", tmp_path / "o").exit_code == 0
    pictured = tmp_path / "o" / "remiss" / "plan-lan.docx"
    exe = soffice_path()
    assert exe is not None
    pdfs = lopdf.export(exe, [stale, pictured], tmp_path / "lo")
    (tmp_path / "plan-stale.pdf").write_bytes(pdfs["plan-stale.pdf"])
    (tmp_path / "plan-lan.pdf").write_bytes(pdfs["plan-lan.pdf"])
    entries = toc_entries(tmp_path / "plan-stale.pdf")
    assert entries and all(e.listed == e.actual for e in entries), entries[:5]
    plain = soffice([stale], tmp_path / "plain")[0]
    assert any(e.listed == 99 != e.actual for e in toc_entries(plain))  # the check catches it
    assert pdf_problems(plain, pdfa=False)  # and a plain export is neither PDF/UA nor PDF/A
    with pikepdf.open(tmp_path / "plan-lan.pdf") as pdf:
        _, alts = structure(pdf)
    assert alts == ["Karta över länets kommuner"], alts
    assert pdf_problems(tmp_path / "plan-lan.pdf") == []
