"""Every class of bad input: message, file:line:col, exit code, no traceback, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from assembler.errors import ExitCode

ADD = "---\ntarget: {target}\nmode: {mode}\n{extra}---\n{body}\n"


def addition(target: str, mode: str = "append", extra: str = "", body: str = "Text.") -> str:
    return ADD.format(target=target, mode=mode, extra=extra, body=body)


CASES = {
    "yaml syntax": (
        {"plan.yaml": "plan:\n  title: [oops\n"},
        ExitCode.SYNTAX, "plan.yaml:3:1", "YAML",
    ),
    "front matter not closed": (
        {"common/10-inledning.md": "---\nid: inledning\ntitle: Inledning\n\nText\n"},
        ExitCode.SYNTAX, "common/10-inledning.md:1:1", "front matter is not closed",
    ),
    "heading level one in body": (
        {"common/30-extra.md": "---\nid: extra\ntitle: Extra\norder: 30\n---\n# Fel nivå\n"},
        ExitCode.SYNTAX, "common/30-extra.md:6:1", "start at '##'",
    ),
    "unknown principal in arena": (
        {"plan.yaml": (Path(__file__).parent / "golden/mini/sources/plan.yaml").read_text("utf-8")
         .replace("principals: [region, norrby]", "principals: [region, osterby]")},
        ExitCode.REFERENCE, "plan.yaml:", "unknown principal 'osterby'",
    ),
    "bad date": (
        {"plan.yaml": (Path(__file__).parent / "golden/mini/sources/plan.yaml").read_text("utf-8")
         .replace("valid_from: 2024-01-01", "valid_from: första januari")},
        ExitCode.CONFIG, "plan.yaml:8:15", "must be a date",
    ),
    "unknown variable": (
        {"local/norr/x.md": addition("strategi-tillgang#aktiviteter", body="Hej {{ plan.nope }}")},
        ExitCode.REFERENCE, "local/norr/x.md:5:5", "unknown variable 'plan.nope'",
    ),
    "arena variable in common text": (
        {"common/30-extra.md": "---\nid: extra\ntitle: Extra\norder: 30\n---\nI {{ arena.name }}.\n"},
        ExitCode.REFERENCE, "common/30-extra.md:6:3", "unknown variable 'arena.name'",
    ),
    "unknown cross-reference": (
        {"local/norr/x.md": addition("strategi-tillgang#aktiviteter", body="Se [](#finns-inte).")},
        ExitCode.REFERENCE, "local/norr/x.md:5:4", "unknown section 'finns-inte'",
    ),
    "reference to another arena's local section": (
        {"local/soder/x.md": addition("inledning#lokalt", body="Se [](#norr-rutiner).")},
        ExitCode.REFERENCE, "local/soder/x.md:5:4", "a local section of arena 'norr'",
    ),
    "common text referring to a local section": (
        {"common/30-extra.md": "---\nid: extra\ntitle: Extra\norder: 30\n---\nSe [](#norr-rutiner).\n"},
        ExitCode.REFERENCE, "common/30-extra.md:6:4", "which is not in every edition",
    ),
    "undefined footnote": (
        {"local/norr/x.md": addition("strategi-tillgang#aktiviteter", body="Text[^saknas].")},
        ExitCode.REFERENCE, "local/norr/x.md:5:5", "footnote [^saknas] has no definition",
    ),
    "duplicate section id": (
        {"common/30-extra.md": "---\nid: inledning\ntitle: Extra\norder: 30\n---\nText.\n"},
        ExitCode.REFERENCE, "common/30-extra.md:1:1", "duplicate section id 'inledning'",
    ),
    "variable cycle": (
        {"plan.yaml": (Path(__file__).parent / "golden/mini/sources/plan.yaml").read_text("utf-8")
         .replace('period: "{{ plan.date }} – {{ plan.valid_from }}"', 'period: "{{ vars.nested }}"')},
        ExitCode.REFERENCE, "", "cycle in variables",
    ),
    "addition for unknown section": (
        {"local/norr/x.md": addition("finns-inte#aktiviteter")},
        ExitCode.COMPOSE, "local/norr/x.md:2:9", "unknown section 'finns-inte'",
    ),
    "addition for unknown slot": (
        {"local/norr/x.md": addition("strategi-tillgang#borttagen")},
        ExitCode.COMPOSE, "local/norr/x.md:2:9", "has no slot 'borttagen'",
    ),
    "override without reason": (
        {"local/norr/x.md": addition("strategi-tillgang#aktiviteter", mode="replace")},
        ExitCode.COMPOSE, "local/norr/x.md:3:7", "without a reason",
    ),
    "two overrides of one slot": (
        {"local/soder/y.md": addition("strategi-tillgang#aktiviteter", mode="remove",
                                      extra="reason: Nej.\n", body="")},
        ExitCode.COMPOSE, "local/soder/y.md:1:1", "second override",
    ),
    "local section after unknown": (
        {"local/norr/rutiner.md": "---\nid: norr-rutiner\ntitle: R\nafter: ingenstans\n---\nText.\n"},
        ExitCode.REFERENCE, "local/norr/rutiner.md:4:8", "after unknown section 'ingenstans'",
    ),
    "local section placement cycle": (
        {"local/norr/rutiner.md": "---\nid: norr-rutiner\ntitle: R\nafter: norr-b\n---\nText.\n",
         "local/norr/b.md": "---\nid: norr-b\ntitle: B\nafter: norr-rutiner\n---\nText.\n"},
        ExitCode.REFERENCE, "local/norr/", "cycle in local section placement",
    ),
    "folder of unknown arena": (
        {"local/oster/x.md": addition("strategi-tillgang#aktiviteter")},
        ExitCode.REFERENCE, "local/oster", "unknown arena 'oster'",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_error_class(name: str, make_sources, run_cli, tmp_path: Path) -> None:
    edits, code, where, message = CASES[name]
    src = make_sources(edits)
    out = tmp_path / "out"
    result = run_cli("build", "--sources", src, "--out", out, "--template",
                     Path(__file__).parents[1] / "assembler/templates/plan.docx")
    assert result.exit_code == code, result.output
    assert message in result.output
    assert where in result.output.replace(str(src) + "/", "")
    assert "Traceback" not in result.output
    assert not out.exists(), "nothing may be written when the sources have errors"


def test_all_errors_reported_in_one_run(make_sources, run_cli) -> None:
    src = make_sources({
        "local/norr/a.md": addition("finns-inte#x"),
        "local/norr/b.md": addition("strategi-tillgang#aktiviteter", body="{{ plan.nope }}"),
        "local/soder/c.md": addition("strategi-tillgang#aktiviteter", mode="remove"),
    })
    result = run_cli("check", "--sources", src)
    assert result.exit_code != 0
    for needle in ("unknown section 'finns-inte'", "without a reason"):
        assert needle in result.output
    # validation errors stop before resolution; after fixing them the variable error shows
    src = make_sources({"local/norr/b.md": addition("strategi-tillgang#aktiviteter",
                                                     body="{{ plan.nope }} [](#nej)")})
    result = run_cli("check", "--sources", src)
    assert "unknown variable 'plan.nope'" in result.output
    assert "unknown section 'nej'" in result.output
    assert result.exit_code == ExitCode.REFERENCE


def test_strict_turns_empty_slot_warning_into_error(make_sources, run_cli) -> None:
    src = make_sources({"local/norr/lokalt.md": None})
    relaxed = run_cli("check", "--sources", src)
    assert relaxed.exit_code == 0
    assert "slot inledning#lokalt is not filled" in relaxed.output
    strict = run_cli("check", "--sources", src, "--strict")
    assert strict.exit_code == ExitCode.WARNING
    assert "common/10-inledning.md:13:1" in strict.output


def test_unknown_round_and_edition(make_sources, run_cli, tmp_path: Path) -> None:
    src = make_sources()
    result = run_cli("build", "--sources", src, "--out", tmp_path, "--round", "nope")
    assert result.exit_code == ExitCode.ROUND
    assert "unknown round 'nope'" in result.output
    result = run_cli("build", "--sources", src, "--out", tmp_path, "-e", "mitten")
    assert result.exit_code == ExitCode.CONFIG
    assert "unknown edition 'mitten'" in result.output


def test_missing_template_marker(make_sources, run_cli, tmp_path: Path) -> None:
    import zipfile

    bad = tmp_path / "bad.docx"
    src_zip = zipfile.ZipFile(Path(__file__).parents[1] / "assembler/templates/plan.docx")
    with zipfile.ZipFile(bad, "w") as zf:
        for item in src_zip.infolist():
            data = src_zip.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"{{ body }}", b"{{ plan.title }}")
            zf.writestr(item, data)
    result = run_cli("build", "--sources", make_sources(), "--out", tmp_path / "o",
                     "--template", bad)
    assert result.exit_code == ExitCode.TEMPLATE
    assert "no paragraph holding only {{ body }}" in result.output
    assert not (tmp_path / "o").exists()
