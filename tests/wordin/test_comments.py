"""`remiss import` of a plan edition returned with Word comments instead of the answer form."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from assembler.cli import cli
from assembler.pipeline import build

from ..conftest import ROOT

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def _comment_on(docx: bytes, needle: str, cid: int, author: str, text: str) -> bytes:
    """Select the first run holding `needle` and comment on it, as Word writes it."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    parts = {n: src.read(n) for n in src.namelist()}
    body = etree.fromstring(parts["word/document.xml"])
    run = next(r for r in body.iter(f"{W}r")
               if needle in "".join(t.text or "" for t in r.iter(f"{W}t")))
    start = etree.Element(f"{W}commentRangeStart", {f"{W}id": str(cid)})
    end = etree.Element(f"{W}commentRangeEnd", {f"{W}id": str(cid)})
    run.addprevious(start)
    run.addnext(end)
    ref = etree.Element(f"{W}r")
    etree.SubElement(ref, f"{W}commentReference", {f"{W}id": str(cid)})
    end.addnext(ref)
    parts["word/document.xml"] = etree.tostring(body)
    comments = (etree.fromstring(parts["word/comments.xml"]) if "word/comments.xml" in parts
                else etree.Element(f"{W}comments", nsmap={"w": W_NS}))
    comment = etree.SubElement(comments, f"{W}comment", {
        f"{W}id": str(cid), f"{W}author": author, f"{W}date": "2023-04-20T09:30:00Z",
        f"{W}initials": author[:2]})
    etree.SubElement(etree.SubElement(etree.SubElement(comment, f"{W}p"), f"{W}r"),
                     f"{W}t").text = text
    if "word/comments.xml" not in parts:
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", f'<Override PartName="/word/comments.xml" ContentType="{COMMENTS_CT}"/>'
            "</Types>".encode())
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
            b"</Relationships>", f'<Relationship Id="rIdComments" Type="{COMMENTS_REL}" '
            'Target="comments.xml"/></Relationships>'.encode())
    parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True,
                                                encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    return out.getvalue()


@pytest.fixture
def commented(tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    built = build(tmp_path / "sources", tmp_path / "out", ROOT / "assembler" / "templates" /
                  "plan.docx", ["lan"], "remiss-2023")
    docx = next(p for p in built.written if p.name == "plan-lan.docx").read_bytes()
    docx = _comment_on(docx, "Tillgänglighet innebär att invånaren", 1, "Anna Lind",
                       "Nämn även färdtjänsten.")
    docx = _comment_on(docx, "Gemensam plan", 2, "Per Ek", "Bra att planen finns.")
    path = tmp_path / "plan-lan-harjedalen.docx"
    path.write_bytes(docx)
    return path, tmp_path


def _run(*args: object):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["remiss", "import", *map(str, args)],
                              catch_exceptions=False)


def test_comments_become_ledger_comments(commented) -> None:  # type: ignore[no-untyped-def]
    path, root = commented
    result = _run(path, "--round", "remiss-2023", "--principal", "harjedalen", "--sources",
                  root / "sources", "--responses", root / "responses")
    assert result.exit_code == 0, result.output
    text = (root / "responses" / "remiss-2023" / "harjedalen.yaml").read_text(encoding="utf-8")
    assert "section: strategi-tillganglighet" in text
    assert "Nämn även färdtjänsten." in text and "Anna Lind" in text
    assert "Tillgänglighet innebär att invånaren" in text  # the quoted text
    assert "Bra att planen finns." in text and "Per Ek" in text
    assert "date: 2023-04-20" in text
    status = CliRunner().invoke(cli, ["remiss", "status", "remiss-2023", "--sources",
                                      str(root / "sources"), "--responses",
                                      str(root / "responses")], catch_exceptions=False)
    assert status.exit_code == 0, status.output


def test_comments_need_a_principal(commented) -> None:  # type: ignore[no-untyped-def]
    path, root = commented
    result = _run(path, "--round", "remiss-2023", "--sources", root / "sources", "--responses",
                  root / "responses")
    assert result.exit_code == 4
    assert "whose comments they are" in result.output
    assert not (root / "responses").exists()


def test_comments_from_a_non_recipient(commented) -> None:  # type: ignore[no-untyped-def]
    path, root = commented
    result = _run(path, "--round", "remiss-2023", "--principal", "vemdalen", "--sources",
                  root / "sources", "--responses", root / "responses")
    assert result.exit_code == 5
    assert "not a recipient" in result.output


def test_comments_kept_through_libreoffice(commented, soffice) -> None:  # type: ignore[no-untyped-def]
    path, root = commented
    saved = soffice([path], root / "lo", "docx")[0]
    result = _run(saved, "--round", "remiss-2023", "--principal", "harjedalen", "--sources",
                  root / "sources", "--responses", root / "responses")
    assert result.exit_code == 0, result.output
    text = (root / "responses" / "remiss-2023" / "harjedalen.yaml").read_text(encoding="utf-8")
    assert "section: strategi-tillganglighet" in text and "Anna Lind" in text
