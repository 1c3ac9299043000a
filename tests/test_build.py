"""Building the embedded Jämtland example and the mini fixture end to end."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler.errors import ExitCode
from assembler.pipeline import build

from .conftest import MINI, ROOT, TEMPLATE
from .ooxml_check import check_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXAMPLE = ROOT / "sources"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("example")
    written = build(EXAMPLE, out, TEMPLATE).written
    return written


def part(path: Path, name: str) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(path).read(name))


def texts(path: Path, name: str = "word/document.xml") -> str:
    return "".join(t.text or "" for t in part(path, name).iter(f"{W}t"))


def test_example_builds_ten_editions(example: list[Path]) -> None:
    names = sorted(p.name for p in example)
    assert len(names) == 10
    assert "plan-lan.docx" in names
    assert {"plan-berg.docx", "plan-are.docx", "plan-ostersund.docx"} <= set(names)


def test_every_output_passes_the_ooxml_check(example: list[Path]) -> None:
    for path in example:
        assert check_docx(str(path)) == [], path.name


def test_build_is_byte_identical(tmp_path: Path) -> None:
    first = build(MINI, tmp_path / "a", TEMPLATE).written
    second = build(MINI, tmp_path / "b", TEMPLATE).written
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    info = zipfile.ZipFile(first[0]).infolist()
    assert info[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in info} == {(1980, 1, 1, 0, 0, 0)}


def test_core_properties_and_language(example: list[Path]) -> None:
    core = part(example[0], "docProps/core.xml")
    ns = {"dc": "http://purl.org/dc/elements/1.1/"}
    assert core.findtext("dc:title", namespaces=ns).startswith("Gemensam plan")
    assert core.findtext("dc:language", namespaces=ns) == "sv-SE"
    assert "Maria Höög" in core.findtext("dc:creator", namespaces=ns)
    styles = part(example[0], "word/styles.xml")
    assert styles.find(f".//{W}rPrDefault//{W}lang").get(f"{W}val") == "sv-SE"


def test_arena_edition_has_only_its_own_additions(tmp_path: Path) -> None:
    files = build(MINI, tmp_path, TEMPLATE).written
    by_name = {p.name: texts(p) for p in files}
    norr, soder, county = by_name["plan-norr.docx"], by_name["plan-soder.docx"], \
        by_name["plan-lan.docx"]
    assert "I Samverkansarena Norr deltar Region Test och Norrby kommun." in norr
    assert "Söders egen text" not in norr
    assert "Gemensam standardtext" in norr
    assert "Gemensam standardtext som kan ersättas." not in soder  # replaced, only quoted
    assert ("Lokal anpassning – Samverkansarena SöderSamverkansarena Söder ersätter med "
            "följande den gemensamma texten i avsnitt 2.1 Ökad tillgänglighet, som börjar "
            "”Gemensam standardtext som kan ersättas”.Söders egen text.") in soder
    assert "Skäl:" not in soder  # the internal reason is for the county-wide edition
    assert "Rutiner i Norr" in norr and "Rutiner i Norr" not in soder
    # county-wide: common text plus every arena's additions, attributed
    assert "Gemensam standardtext" in county and "Söders egen text" in county
    assert "Lokalt tillägg – Norr" in county
    assert "Skäl: Söder har egen hemsjukvårdsorganisation." in county
    assert "Lokalt avsnitt – Norr" in county


def test_cross_references_numbers_variables_and_footnotes(tmp_path: Path) -> None:
    files = build(MINI, tmp_path, TEMPLATE, wanted=["norr"]).written
    (norr,) = files
    body = texts(norr)
    assert "avsnitt 2 Strategier" in body
    assert "avsnitt 2.1 a Rutiner i Norr" in body  # a local section after 2.1 keeps 2.2 free
    assert "Planen gäller från 1 januari 2024 i Testlän." in body
    assert "Perioden 6 oktober 2023 – 1 januari 2024." in body
    doc = part(norr, "word/document.xml")
    anchors = {h.get(f"{W}anchor") for h in doc.iter(f"{W}hyperlink")}
    marks = {b.get(f"{W}name") for b in doc.iter(f"{W}bookmarkStart")}
    assert "_Sec_strategier" in anchors and anchors <= marks
    notes = texts(norr, "word/footnotes.xml")
    assert "Hälso- och sjukvårdslagen (2017:30)." in notes
    assert "En lokal fotnot." in notes
    assert len(list(doc.iter(f"{W}footnoteReference"))) == 2


def test_toc_is_prefilled_field(tmp_path: Path) -> None:
    (county,) = build(MINI, tmp_path, TEMPLATE, wanted=["lan"]).written
    doc = part(county, "word/document.xml")
    instr = " ".join(t.text for t in doc.iter(f"{W}instrText"))
    assert 'TOC \\o "1-2" \\h \\z \\u' in instr
    toc = [p for p in doc.iter(f"{W}p")
           if p.find(f"{W}pPr/{W}pStyle") is not None
           and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val").startswith("TOC")
           and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") != "TOCHeading"]
    entries = ["".join(t.text for t in p.iter(f"{W}t")) for p in toc]
    assert entries[0].startswith("1 Inledning")
    assert any(e.startswith("2.1 Ökad tillgänglighet") for e in entries)


def test_hand_edited_output_is_not_overwritten(tmp_path: Path, run_cli) -> None:
    args = ["build", "--sources", MINI, "--out", tmp_path, "--template", TEMPLATE]
    assert run_cli(*args).exit_code == 0
    target = tmp_path / "remiss" / "plan-norr.docx"
    manifest = json.loads((tmp_path / "remiss" / ".manifest.json").read_text())
    assert set(manifest["files"]) == {"plan-lan.docx", "plan-norr.docx", "plan-soder.docx"}
    assert run_cli(*args).exit_code == 0  # unchanged outputs are fine
    target.write_bytes(target.read_bytes() + b"edited")
    edited = target.read_bytes()
    result = run_cli(*args)
    assert result.exit_code == ExitCode.OUTPUT
    assert "plan-norr.docx" in result.output and "--force" in result.output
    assert target.read_bytes() == edited
    assert run_cli(*args, "--force").exit_code == 0
    assert target.read_bytes() != edited


def test_foreign_file_with_output_name_is_protected(tmp_path: Path, run_cli) -> None:
    (tmp_path / "remiss").mkdir()
    (tmp_path / "remiss" / "plan-lan.docx").write_bytes(b"someone's own file")
    result = run_cli("build", "--sources", MINI, "--out", tmp_path, "--template", TEMPLATE)
    assert result.exit_code == ExitCode.OUTPUT
    assert (tmp_path / "remiss" / "plan-lan.docx").read_bytes() == b"someone's own file"


def test_console_script_reports_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "assembler", "check", "--sources", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == ExitCode.SYNTAX
    assert "plan.yaml not found" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_libreoffice_opens_every_output(example: list[Path], soffice, tmp_path: Path) -> None:
    pdfs = soffice(example, tmp_path)
    for pdf in pdfs:
        assert pdf.exists() and pdf.stat().st_size > 10_000, pdf.name
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "plan-lan.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Innehåll" in text
    assert "Sida 2(" in text  # footer fields were computed
    assert "1 Inledning" in text
    assert "Lokalt tillägg – Berg" in text


def _heading_pages(pdf: Path) -> dict[str, int]:
    """Outline number → page where LibreOffice laid out the heading (TOC pages skipped)."""
    import re

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    found: dict[str, int] = {}
    for page in range(3, count + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout",
                               str(pdf), "-"], capture_output=True, text=True).stdout
        for line in text.splitlines():
            m = re.match(r"^\s*(\d+(?:\.\d+)*) +[A-ZÅÄÖ]", line)
            if m and "..." not in line:
                found.setdefault(m.group(1), page)
    return found


def test_toc_page_numbers_match_libreoffice_layout(example: list[Path], soffice,
                                                   tmp_path: Path) -> None:
    import re

    county = next(p for p in example if p.name == "plan-lan.docx")
    (pdf,) = soffice([county], tmp_path)
    actual = _heading_pages(pdf)
    xml = zipfile.ZipFile(county).read("word/document.xml").decode()
    cached = {m.group(1): int(m.group(2)) for m in re.finditer(
        r"<w:t>([0-9.]+) [A-ZÅÄÖ][^<]{0,80}</w:t>.*?PAGEREF.*?<w:t>(\d+)</w:t>", xml)}
    compared = [(k, v, actual[k]) for k, v in cached.items() if k in actual]
    assert len(compared) >= 30
    off = [c for c in compared if abs(c[1] - c[2]) > 1]
    assert not off, f"TOC page estimates off by more than one page: {off}"


def test_list_shows_editions_principals_arenas_and_slots(run_cli) -> None:
    result = run_cli("list", "--sources", MINI)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "lan" in out and "plan-norr.docx" in out
    assert "norrby" in out and "Norrby kommun (Kommunstyrelsen); arenas: norr" in out
    assert "region" in out and "arenas: norr, soder" in out
    assert "strategi-tillgang#aktiviteter: norr(append), soder(replace)" in out
    assert "inledning#lokalt: norr(prepend)" in out
    assert "norr-rutiner (norr) after strategi-tillgang" in out
