"""The local-text form: valid OOXML, deterministic, pre-filled, its tokens and areas named."""

from __future__ import annotations

import zipfile

from lxml import etree

from tests.ooxml_check import check_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ARENAS = ["are", "barnarenan", "berg", "bracke", "harjedalen", "krokom", "ostersund", "ragunda",
          "stromsund"]


def _body(path):  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml")), zf.read("docProps/custom.xml")


def test_every_arena_form_is_valid_and_imports_unchanged(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    result = local_cli("form", "--all")
    assert result.exit_code == 0, result.output
    before = plan.snapshot()
    for arena in ARENAS:
        assert check_docx(plan.form(arena).read_bytes()) == [], arena
        imported = local_cli("import", plan.form(arena), "--yes")
        assert imported.exit_code == 0, imported.output
        assert "nothing to change" in imported.output
    assert plan.snapshot() == before


def test_form_is_deterministic(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    assert local_cli("form", "berg").exit_code == 0
    first = plan.form("berg").read_bytes()
    plan.form("berg").unlink()
    assert local_cli("form", "berg").exit_code == 0
    assert plan.form("berg").read_bytes() == first


def test_form_areas_tokens_and_properties(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    assert local_cli("form", "berg").exit_code == 0
    body, custom = _body(plan.form("berg"))
    tags = [t.get(f"{W}val") for t in body.iter(f"{W}tag")]
    assert "lokala-samverkansarenor#lokal-organisation" in tags
    assert "strategi-kontinuitet#lokala-aktiviteter" in tags and "new" in tags
    assert "context|strategi-kontinuitet#lokala-aktiviteter" in tags
    # variables and cross-references are locked tokens showing their source syntax
    tokens = ["".join(t.text for t in sdt.iter(f"{W}t")) for sdt in body.iter(f"{W}sdt")
              if sdt.find(f"{W}sdtPr/{W}tag").get(f"{W}val") == "token"]
    assert "{{ arena.short_name }}" in tokens and "[](#arlig-uppfoljning)" in tokens
    assert "{{ principals.berg.name }}" in tokens
    text = "".join(t.text or "" for t in body.iter(f"{W}t"))
    assert "Lokal samverkansarena Berg deltar" not in text  # never the resolved text
    assert "varje särskilt boende i kommunen" in text  # the current addition, pre-filled
    names = [b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")]
    assert "_Lokal_1" in names and "_Lokal_9" in names
    assert b"plan-assembler.version" in custom and b"plan-assembler.area.3" in custom
    assert b"slot|strategi-kontinuitet#lokala-aktiviteter|kontinuitet.md" in custom


def test_unknown_arena(local_cli) -> None:  # type: ignore[no-untyped-def]
    result = local_cli("form", "nowhere")
    assert result.exit_code == 4
    assert "unknown arena 'nowhere'" in result.output and "berg" in result.output


def test_form_renders_in_libreoffice(plan, local_cli, soffice, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    assert local_cli("form", "harjedalen").exit_code == 0
    pdf = soffice([plan.form("harjedalen")], tmp_path / "pdf", "pdf")[0]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", " ")
    assert "Lokal text – Lokal samverkansarena Härjedalen" in text
    assert "Här placeras arenans text." in text and "Anhörigstöd i Härjedalens kommun" in text
