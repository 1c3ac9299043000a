"""Answer forms: build → fill like Word → import → the ledger holds exactly what was filled."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest

from assembler.errors import Diagnostics, ExitCode
from assembler.remiss.forms import read_form
from assembler.remiss.workflow import load_status

from .conftest import TEMPLATES, Tree, paths
from .wordfill import fill, strip_tags

# Forms filled in as a user would (tests/remiss/wordfill.py) repeat bookmark and revision ids
# of the fill; they are inputs, not our output, so the shared OOXML check skips them.
pytestmark = pytest.mark.foreign_docx

FILLED = {
    "": ("tillstyrker med ändringar", "Planen är bra i sin helhet.\n\nMen den är lång."),
    "inledning": ("tillstyrker", ""),
    "strategi-tillgang": ("avstyrker", "Digitala besök kräver bredband i hela kommunen."),
}


def build_form(tree: Tree, cli, principal: str = "soderby") -> bytes:
    result = cli("remiss", "build", "remiss", *paths(tree, "sources", "out", "templates"),
                 "-p", principal)
    assert result.exit_code == 0, result.output
    return (tree.out / "remiss" / "remiss" / principal / f"svarsmall-{principal}.docx"
            ).read_bytes()


def import_(tree: Tree, cli, *forms: Path, extra: tuple[str, ...] = ()):
    return cli("remiss", "import", *forms, *paths(tree, "sources", "responses"), *extra)


def test_round_trip_ledger_equals_what_was_filled(tree: Tree, cli) -> None:
    form = tree.root / "svar-soderby.docx"
    form.write_bytes(fill(build_form(tree, cli), FILLED, "Sara Sund, sara@soderby.se",
                          "2023-12-13"))
    result = import_(tree, cli, form)
    assert result.exit_code == 0, result.output
    assert "responses/remiss/soderby.yaml" in result.output
    ledger, _ = load_status(tree.sources, tree.responses, "remiss")
    response = ledger.response("soderby")
    assert response is not None
    assert response.date == dt.date(2023, 12, 13)
    assert response.contact == "Sara Sund, sara@soderby.se"
    got = {c.section: (c.position, c.text) for c in response.comments}
    assert got == FILLED
    assert [c.id for c in response.comments] == ["soderby-1", "soderby-2", "soderby-3"]
    assert all(c.needs_handling == bool(c.text) for c in response.comments)
    assert ledger.missing == ()  # all three have answered now


def test_an_untouched_form_is_not_an_answer(tree: Tree, cli) -> None:
    form = tree.root / "tom.docx"
    form.write_bytes(build_form(tree, cli))
    refused = import_(tree, cli, form)
    assert refused.exit_code == ExitCode.CONFIG
    assert "error: the answer form is untouched: no position and no comment" in refused.output
    assert not (tree.responses / "remiss" / "soderby.yaml").exists()
    assert import_(tree, cli, form, extra=("--empty-ok",)).exit_code == 0
    text = (tree.responses / "remiss" / "soderby.yaml").read_text("utf-8")
    assert "text: Inget att invända." in text and "handling: noted" in text
    assert "Välj" not in text and "Skriv synpunkter" not in text and "Till exempel" not in text


def test_yttrande_fields_are_read_back(tree: Tree, cli) -> None:
    form = tree.root / "svar.docx"
    form.write_bytes(fill(build_form(tree, cli), FILLED, fields={
        "body": "Kommunstyrelsen", "decision_date": "2023-12-12", "paragraph": "§ 201"}))
    assert import_(tree, cli, form).exit_code == 0
    text = (tree.responses / "remiss" / "soderby.yaml").read_text("utf-8")
    assert "yttrande:\n  body: Kommunstyrelsen\n  date: 2023-12-12\n  paragraph: § 201\n" in text


def test_reimport_keeps_the_handlings_typed_since(tree: Tree, cli) -> None:
    form = tree.root / "svar.docx"
    form.write_bytes(fill(build_form(tree, cli), FILLED))
    assert import_(tree, cli, form).exit_code == 0
    target = tree.responses / "remiss" / "soderby.yaml"
    lines = target.read_text("utf-8").replace(
        "    handling:\n    explanation:\n",
        "    handling: accepted\n    explanation: Texten har förtydligats.\n", 1)
    target.write_text(lines, encoding="utf-8")
    again = import_(tree, cli, form)
    assert again.exit_code == 0, again.output
    assert "conflict" not in again.output
    merged = target.read_text("utf-8")
    assert merged.count("handling: accepted") == 1
    assert "explanation: Texten har förtydligats." in merged
    # a handled comment that the new form no longer holds is kept and listed
    changed = {k: (v[0], "") for k, v in FILLED.items()}
    form.write_bytes(fill(build_form(tree, cli), changed))
    third = import_(tree, cli, form)
    assert third.exit_code == 0
    assert "conflict:" in third.output and "is not in the new form; kept" in third.output
    assert "explanation: Texten har förtydligats." in target.read_text("utf-8")


def test_the_form_shows_no_machine_string(tree: Tree, cli) -> None:
    root = zipfile.ZipFile(io.BytesIO(build_form(tree, cli))).read("word/document.xml").decode()
    visible = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", root))
    assert "svarsmall|" not in visible and "Remiss-ID" not in visible
    assert 'w:val="svarsmall|remiss|soderby"' in root  # kept in the control's tag
    for placeholder in ("Välj ställningstagande", "Skriv synpunkter här.", "Välj datum",
                        "Till exempel kommunstyrelsen", "Till exempel § 123"):
        assert re.search(r'<w:rStyle w:val="Placeholder"/><w:color w:val="808080"/></w:rPr><w:t[^>]*>'
                         + re.escape(placeholder), root), placeholder


def test_form_without_tags_is_read_by_its_bookmarks(tree: Tree, cli) -> None:
    form = tree.root / "libreoffice.docx"
    form.write_bytes(strip_tags(fill(build_form(tree, cli), FILLED)))
    diags = Diagnostics()
    filled = read_form(form, diags)
    assert diags.items == [] and filled is not None
    assert {a.section: (a.position, a.text) for a in filled.answers} == FILLED
    assert (filled.round_id, filled.principal) == ("remiss", "soderby")


def test_form_from_another_round_is_rejected(tree: Tree, cli) -> None:
    form = tree.root / "svar.docx"
    form.write_bytes(fill(build_form(tree, cli), FILLED))
    result = import_(tree, cli, form, extra=("--round", "remiss-2022"))
    assert result.exit_code == ExitCode.ROUND
    assert "svar.docx: error: form from round 'remiss', expected 'remiss-2022'" in \
        result.output
    assert not (tree.responses / "remiss" / "soderby.yaml").exists()


def test_form_of_an_unknown_round_is_rejected(tree: Tree, cli) -> None:
    form = tree.root / "svar.docx"
    form.write_bytes(_retag(fill(build_form(tree, cli), FILLED), "|remiss|", "|remiss-2019|",
                            ">remiss<", ">remiss-2019<"))
    result = import_(tree, cli, form)
    assert result.exit_code == ExitCode.ROUND
    assert "unknown round 'remiss-2019'" in result.output


def test_combined_forms_and_foreign_files_are_rejected_together(tree: Tree, cli) -> None:
    mixed = tree.root / "blandad.docx"
    mixed.write_bytes(_retag(build_form(tree, cli), "|soderby", "|norrby"))
    not_docx = tree.write("brev.docx", "hej")
    plain = tree.root / "plan.docx"
    plain.write_bytes((TEMPLATES / "plan.docx").read_bytes())
    result = import_(tree, cli, mixed, not_docx, plain)
    assert result.exit_code == ExitCode.SYNTAX  # the lowest class among the errors
    out = result.output
    assert "blandad.docx: error: the form identifies itself as remiss/norrby and " \
           "remiss/soderby" in out
    assert "brev.docx: error: not a readable Word document (.docx)" in out
    assert "plan.docx: error: not an answer form: it has no Remiss-ID" in out
    assert "3 error(s)" in out


def test_two_forms_from_one_principal(tree: Tree, cli) -> None:
    first, second = tree.root / "a.docx", tree.root / "b.docx"
    first.write_bytes(fill(build_form(tree, cli), FILLED))
    second.write_bytes(first.read_bytes())
    result = import_(tree, cli, first, second)
    assert result.exit_code == ExitCode.REFERENCE
    assert "a second form from 'soderby'" in result.output


def test_form_from_a_principal_that_was_not_asked(tree: Tree, cli) -> None:
    form = tree.root / "svar.docx"
    form.write_bytes(build_form(tree, cli))
    tree.edit("sources/rounds/remiss.yaml", "recipients: [region, norrby, soderby]",
              "recipients: [region, norrby]")
    result = import_(tree, cli, form)
    assert result.exit_code == ExitCode.REFERENCE
    assert "the form is from 'soderby', not a recipient of remiss" in result.output


def test_unknown_position_text_is_reported(tree: Tree, cli) -> None:
    form = tree.root / "svar.docx"
    filled = fill(build_form(tree, cli), FILLED)
    form.write_bytes(_replace(filled, "Avstyrker<", "Kanske<"))
    result = import_(tree, cli, form)
    assert result.exit_code == ExitCode.CONFIG
    assert "unknown position 'Kanske'" in result.output
    assert "choose one of: Tillstyrker, Tillstyrker med ändringar, Avstyrker" in result.output


def test_import_merges_with_an_edited_response_unless_forced(tree: Tree, cli) -> None:
    form = tree.root / "svar.docx"
    form.write_bytes(fill(build_form(tree, cli), FILLED))
    assert import_(tree, cli, form).exit_code == 0
    assert import_(tree, cli, form).exit_code == 0  # unchanged since import: fine
    target = tree.responses / "remiss" / "soderby.yaml"
    target.write_text(target.read_text("utf-8").replace("handling:", "handling: noted", 1),
                      encoding="utf-8")
    result = import_(tree, cli, form)
    assert result.exit_code == 0 and "handling: noted" in target.read_text("utf-8")
    assert import_(tree, cli, form, extra=("--force",)).exit_code == 0
    assert "handling: noted" not in target.read_text("utf-8")  # --force: replaced


def test_libreoffice_round_trip(tree: Tree, cli, soffice) -> None:
    """A form opened and saved by LibreOffice (which drops content-control tags)."""
    form = tree.root / "ifylld.docx"
    form.write_bytes(fill(build_form(tree, cli), FILLED, deletion=False))
    (saved,) = soffice([form], tree.root / "lo", "docx:MS Word 2007 XML")
    diags = Diagnostics()
    filled = read_form(saved, diags)
    assert diags.items == [] and filled is not None
    assert {a.section: (a.position, a.text) for a in filled.answers} == FILLED


def _rezip(docx: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, change(name, src.read(name)))
    return out.getvalue()


def _replace(docx: bytes, old: str, new: str) -> bytes:
    return _rezip(docx, lambda name, data: data.replace(old.encode(), new.encode())
                  if name == "word/document.xml" else data)


def _retag(docx: bytes, old: str, new: str, old_prop: str = "", new_prop: str = "") -> bytes:
    """Change the Remiss-ID in the document and, if given, in the custom properties."""
    def change(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            return data.replace(old.encode(), new.encode())
        if name == "docProps/custom.xml" and old_prop:
            return data.replace(old_prop.encode(), new_prop.encode())
        return data
    return _rezip(docx, change)
