"""The batch: all principals in parallel, manifest, zips, PDFs, and failures kept apart."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from assembler.errors import ExitCode
from assembler.remiss import batch

from .conftest import Tree, paths

ARGS = ("sources", "responses", "out", "templates")


def test_batch_builds_both_kinds_with_manifest_and_zips(tree: Tree, cli) -> None:
    result = cli("batch", "remiss", *paths(tree, *ARGS), "--jobs", "2", "--zip")
    assert result.exit_code == 0, result.output
    assert "[remiss 1/6] plan-lan.docx: ok" in result.output  # plain lines when not a terminal
    assert "remiss: 3 principal(s) done, 0 failed" in result.output
    assert "beslut: 3 principal(s) and samverkansnamnden done, 0 failed" in result.output
    manifest = json.loads((tree.out / "remiss" / "remiss" / "manifest.json").read_text())
    assert manifest["tool"] == {"name": "plan-assembler", "version": batch.tool_version()}
    assert manifest["principals"] == ["region", "norrby", "soderby"]
    assert "sources/rounds/remiss.yaml" in manifest["sources"]
    assert "templates/svarsmall.docx" in manifest["sources"]
    assert manifest["failures"] == {}
    for rel, digest in manifest["outputs"].items():
        assert hashlib.sha256((tree.out / rel).read_bytes()).hexdigest() == digest, rel
    assert "remiss/remiss/norrby.zip" in manifest["outputs"]
    names = zipfile.ZipFile(tree.out / "remiss" / "remiss" / "norrby.zip").namelist()
    assert names == ["missiv-norrby.docx", "plan-lan.docx", "plan-norr.docx",
                     "svarsmall-norrby.docx"]
    decision = json.loads((tree.out / "beslut" / "beslut" / "manifest.json").read_text())
    assert any(k.endswith("responses/remiss/norrby.yaml") for k in decision["sources"])
    # the final edition, clean, inside the decision folder: never over what `assembler build`
    # wrote to OUT/<round>/ (e.g. with the changes appendix)
    assert "beslut/beslut/planversioner/plan-lan.docx" in decision["outputs"]
    assert not (tree.out / "beslut" / "plan-lan.docx").exists()


def test_one_failing_principal_does_not_stop_the_others(tree: Tree, cli) -> None:
    args = ("batch", "remiss", "--remiss", *paths(tree, *ARGS), "--jobs", "2")
    assert cli(*args).exit_code == 0
    edited = tree.out / "remiss" / "remiss" / "norrby" / "missiv-norrby.docx"
    edited.write_bytes(edited.read_bytes() + b"handredigerad")
    tree.edit("sources/rounds/remiss.yaml", "end: 2023-12-15", "end: 2023-12-22")
    result = cli(*args)
    assert result.exit_code == ExitCode.OUTPUT
    assert "remiss/norrby: FAILED" in result.output
    assert "missiv-norrby.docx: error: changed since it was generated" in result.output
    assert "remiss: 2 principal(s) done, 1 failed" in result.output
    assert edited.read_bytes().endswith(b"handredigerad")
    other = (tree.out / "remiss" / "remiss" / "soderby" / "missiv-soderby.docx").read_bytes()
    assert b"22 december 2023" in zipfile.ZipFile(
        tree.out / "remiss" / "remiss" / "soderby" / "missiv-soderby.docx").read(
        "word/document.xml") and other
    manifest = json.loads((tree.out / "remiss" / "remiss" / "manifest.json").read_text())
    assert list(manifest["failures"]) == ["norrby"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_in_one_principal_is_reported_not_raised(tree: Tree, cli, monkeypatch,
                                                       jobs: str) -> None:
    real = batch._letters

    def broken(prep, pid):  # type: ignore[no-untyped-def]
        if pid == "soderby":
            raise ValueError("trasig")
        return real(prep, pid)

    monkeypatch.setattr(batch, "_letters", broken)
    result = cli("batch", "remiss", "--remiss", *paths(tree, *ARGS), "--jobs", jobs)
    assert result.exit_code == 70
    assert "internal error: ValueError: trasig" in result.output
    assert (tree.out / "remiss" / "remiss" / "region" / "missiv-region.docx").exists()
    assert not (tree.out / "remiss" / "remiss" / "soderby").exists()


def test_pdf_copies_and_zip_for_sending(tree: Tree, cli, soffice) -> None:
    result = cli("batch", "remiss", "--remiss", *paths(tree, *ARGS), "-p", "norrby", "--pdf",
                 "--zip")
    assert result.exit_code == 0, result.output
    folder = tree.out / "remiss" / "remiss" / "norrby"
    assert sorted(p.name for p in folder.glob("*.pdf")) == [
        "missiv-norrby.pdf", "plan-lan.pdf", "plan-norr.pdf"]
    names = zipfile.ZipFile(tree.out / "remiss" / "remiss" / "norrby.zip").namelist()
    assert names == ["missiv-norrby.pdf", "plan-lan.pdf", "plan-norr.pdf",
                     "svarsmall-norrby.docx"]
    # the missiv names the attachments by title in the format actually shipped
    xml = zipfile.ZipFile(folder / "missiv-norrby.docx").read("word/document.xml").decode()
    assert "Testplan för primärvårdsnivå – länsgemensam version (PDF)" in xml
    assert "Svarsmall (Word)" in xml and "plan-lan." not in xml
    assert "Svaret ska vara ett politiskt antaget yttrande." in xml


def test_status_view(tree: Tree, cli) -> None:
    tree.edit("responses/remiss/norrby.yaml", "    handling: noted\n", "")
    result = cli("remiss", "status", "remiss", *paths(tree, "sources", "responses"))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "remiss (Remissversion), svar senast 2023-12-15: 2 av 3 huvudmän har svarat"
    assert lines[2].split() == ["Region", "Test", "2023-12-01", "2", "0"]
    assert lines[3].split() == ["Norrby", "kommun", "2023-12-14", "2", "1"]
    assert lines[4].split() == ["Söderby", "kommun", "saknas", "–", "–"]
    assert lines[5].split() == ["totalt", "4", "1"]
    assert lines[6] == "Svar saknas från: Söderby kommun"


def test_change_notes_name_the_comment_that_caused_a_change(tree: Tree) -> None:
    from assembler.remiss.ledger import change_notes
    from assembler.remiss.workflow import load_status

    ledger, checked = load_status(tree.sources, tree.responses, "remiss")
    assert change_notes(ledger, checked.sources.config) == {
        "remiss/region-2": "ändrat efter synpunkt från Region Test"}
