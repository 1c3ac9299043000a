"""Freezing rounds and tracked changes against a frozen round (model-level redline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assembler.errors import ExitCode

from .conftest import MINI, TEMPLATE
from .ooxml_check import check_docx
from .revisions import accepted, clean, rejected

NEXT_ROUND = {
    # word edits, a format change, a deleted and an inserted paragraph
    "common/10-inledning.md": (MINI / "common/10-inledning.md").read_text("utf-8")
    .replace("- andra punkten\n", "- andra punkten, nu utökad\n- en ny tredje punkt\n")
    .replace("med **fet** text", "med fet text")
    .replace("Planen gäller från", "Den gemensamma planen gäller från"),
    # a table row inserted, a cell edited, the slot text changed
    "common/20-strategier.md": (MINI / "common/20-strategier.md").read_text("utf-8")
    .replace("| Digitala besök | Regionen |",
             "| Digitala besök | Regionen och kommunerna |\n| Mobila team | Gemensamt |")
    .replace("Gemensam standardtext som kan ersättas.", "Gemensam text som kan ersättas.")
    .replace("2. Två\n", ""),
    # a new chapter
    "common/30-uppfoljning.md": "---\nid: uppfoljning\ntitle: Uppföljning\norder: 30\n---\n"
                                "Planen följs upp årligen.\n",
    # an arena's addition changed
    "local/norr/aktiviteter.md": "---\ntarget: strategi-tillgang#aktiviteter\nmode: append\n---\n"
                                 "I {{ arena.name }} deltar {{ arena.principals }} varje månad.\n",
}


def _next_round(make_sources) -> Path:
    src = make_sources(NEXT_ROUND)
    plan = src / "plan.yaml"
    plan.write_text(plan.read_text("utf-8").replace("current_round: remiss",
                                                    "current_round: beslut"), "utf-8")
    return src


@pytest.fixture
def frozen(tmp_path: Path, run_cli) -> Path:
    rounds = tmp_path / "rounds"
    result = run_cli("freeze", "remiss", "--sources", MINI, "--rounds", rounds,
                     "--template", TEMPLATE)
    assert result.exit_code == 0, result.output
    return rounds


def test_freeze_stores_models_outputs_and_manifest(frozen: Path) -> None:
    folder = frozen / "remiss"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["round"] == "remiss"
    assert "model/norr.json" in manifest["files"] and "plan-lan.docx" in manifest["files"]
    assert "plan.yaml" in manifest["sources"]
    model = json.loads((folder / "model/norr.json").read_text())
    assert model["type"] == "Document" and model["edition"]["id"] == "norr"


def test_freezing_twice_is_refused(frozen: Path, run_cli) -> None:
    before = (frozen / "remiss" / "manifest.json").read_bytes()
    result = run_cli("freeze", "remiss", "--sources", MINI, "--rounds", frozen,
                     "--template", TEMPLATE)
    assert result.exit_code == ExitCode.ROUND
    assert "already frozen" in result.output
    assert (frozen / "remiss" / "manifest.json").read_bytes() == before


def test_changed_frozen_round_is_refused(frozen: Path, make_sources, run_cli,
                                         tmp_path: Path) -> None:
    model = frozen / "remiss" / "model" / "norr.json"
    model.write_text(model.read_text().replace("Inledning", "Introduktion"))
    result = run_cli("build", "--sources", _next_round(make_sources), "--out", tmp_path / "o",
                     "--against", "remiss", "--rounds", frozen, "--template", TEMPLATE)
    assert result.exit_code == ExitCode.ROUND
    assert "frozen round 'remiss' was changed: model/norr.json" in result.output
    assert not (tmp_path / "o").exists()


def test_unknown_frozen_round(make_sources, run_cli, tmp_path: Path) -> None:
    result = run_cli("build", "--sources", make_sources(), "--out", tmp_path / "o",
                     "--against", "nope", "--rounds", tmp_path / "rounds")
    assert result.exit_code == ExitCode.ROUND
    assert "not a frozen round" in result.output


def test_tracked_changes_accept_gives_new_and_reject_gives_old(
        frozen: Path, make_sources, run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("build", "--sources", _next_round(make_sources), "--out", out,
                     "--against", "remiss", "--rounds", frozen, "--template", TEMPLATE)
    assert result.exit_code == 0, result.output
    for edition in ("lan", "norr", "soder"):
        tracked = out / "beslut" / f"plan-{edition}-andringar.docx"
        assert check_docx(str(tracked)) == [], edition
        new = clean(out / "beslut" / f"plan-{edition}.docx")
        old = clean(frozen / "remiss" / f"plan-{edition}.docx")
        start = new.index("Inledning")  # the TOC is regenerated, not tracked
        assert accepted(tracked)[start:] == new[start:], edition
        old_start = old.index("Inledning")
        rejected_body = rejected(tracked)
        assert rejected_body[rejected_body.index("Inledning"):] == old[old_start:], edition


def test_tracked_markup_and_author_date_from_configuration(
        frozen: Path, make_sources, run_cli, tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "out"
    run_cli("build", "--sources", _next_round(make_sources), "--out", out, "--against",
            "remiss", "--rounds", frozen, "--template", TEMPLATE, "-e", "norr")
    xml = zipfile.ZipFile(out / "beslut" / "plan-norr-andringar.docx").read(
        "word/document.xml").decode()
    assert 'w:author="Projektledningen"' in xml
    assert 'w:date="2024-02-01T00:00:00Z"' in xml
    assert "<w:delText" in xml and "<w:rPrChange" in xml
    assert '<w:trPr><w:cantSplit/><w:ins ' in xml  # the inserted table row
    assert 'w:delText xml:space="preserve"> varje månad' not in xml
    import re

    ids = re.findall(r'<w:(?:ins|del|rPrChange|bookmarkStart) w:id="(\d+)"', xml)
    assert len(ids) == len(set(ids)), "revision and bookmark ids share one unique counter"


def test_change_summary_printed_and_written(frozen: Path, make_sources, run_cli,
                                            tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("build", "--sources", _next_round(make_sources), "--out", out,
                     "--against", "remiss", "--rounds", frozen, "--template", TEMPLATE,
                     "--changes-appendix", "-v")
    assert "changes in norr since remiss" in result.output
    report = json.loads((out / "beslut" / "changes-norr.json").read_text())
    by_id = {s["id"]: s for s in report["sections"]}
    assert by_id["uppfoljning"]["status"] == "added"
    assert by_id["inledning"]["status"] == "changed"
    assert by_id["strategi-tillgang"]["arenas"] == ["norr"]
    assert report["totals"]["arenas"] == ["norr"]
    soder = json.loads((out / "beslut" / "changes-soder.json").read_text())
    assert soder["totals"]["arenas"] == []  # Söder's own text did not change
    body = accepted(out / "beslut" / "plan-norr-andringar.docx")
    assert "Ändringar sedan föregående version" in body
    assert any("Nytt avsnitt" in p for p in body)


def test_new_arena_has_no_counterpart(frozen: Path, make_sources, run_cli,
                                      tmp_path: Path) -> None:
    src = _next_round(make_sources)
    plan = src / "plan.yaml"
    plan.write_text(plan.read_text("utf-8").replace(
        "strategies:", "  - id: mitt\n    name: Samverkansarena Mitt\n"
        "    principals: [region]\nstrategies:"), "utf-8")
    result = run_cli("build", "--sources", src, "--out", tmp_path / "o", "--against", "remiss",
                     "--rounds", frozen, "--template", TEMPLATE)
    assert result.exit_code == 0, result.output
    assert "mitt: new edition, no counterpart in round 'remiss'" in result.output
    assert not (tmp_path / "o" / "beslut" / "plan-mitt-andringar.docx").exists()


def _body_lines(text: str) -> list[str]:
    """Lines after the table of contents; a bare outline number (an emptied heading, which
    LibreOffice keeps with the first paragraph's style when paragraphs join) is dropped."""
    import re

    lines = text.splitlines()
    start = [i for i, line in enumerate(lines) if line.strip() == "1 Inledning"][0]
    kept = [line for line in lines[start:] if not re.fullmatch(r"\d+(\.\d+)* ?", line)]
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def test_libreoffice_accept_and_reject_all(frozen: Path, make_sources, run_cli, lo_text,
                                           tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_cli("build", "--sources", _next_round(make_sources), "--out", out, "--against",
            "remiss", "--rounds", frozen, "--template", TEMPLATE, "-e", "lan")
    tracked = out / "beslut" / "plan-lan-andringar.docx"
    new = _body_lines(lo_text(out / "beslut" / "plan-lan.docx"))
    old = _body_lines(lo_text(frozen / "remiss" / "plan-lan.docx"))
    assert new != old
    assert _body_lines(lo_text(tracked, "AcceptAll")) == new
    assert _body_lines(lo_text(tracked, "RejectAll")) == old


def test_check_verifies_frozen_rounds(frozen: Path, run_cli) -> None:
    ok = run_cli("check", "--sources", MINI, "--rounds", frozen)
    assert ok.exit_code == 0 and "1 frozen round(s) intact" in ok.output
    docx = frozen / "remiss" / "plan-lan.docx"
    docx.write_bytes(docx.read_bytes() + b"x")
    bad = run_cli("check", "--sources", MINI, "--rounds", frozen)
    assert bad.exit_code == ExitCode.ROUND
    assert "was changed: plan-lan.docx" in bad.output
