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
    assert result.exit_code == ExitCode.REFERENCE  # the lowest class among them
    # composition errors do not hide the reference errors behind them: one run shows all
    for needle in ("unknown section 'finns-inte'", "without a reason",
                   "unknown variable 'plan.nope'"):
        assert needle in result.output
    assert "4 error(s)" in result.output and "more errors may follow" not in result.output


def test_composition_and_reference_errors_in_one_run(make_sources, run_cli) -> None:
    src = make_sources({
        "local/norr/a.md": addition("finns-inte#x", body="Se [](#nej)."),
        "local/norr/b.md": addition("strategi-tillgang#saknas"),
        "local/norr/c.md": addition("strategi-tillgang#aktiviteter", body="{{ plan.nope }}"),
        "local/soder/d.md": addition("strategi-tillgang#aktiviteter", mode="replace"),
        "local/soder/e.md": "---\nid: soder-extra\ntitle: Extra\nafter: ingenstans\n---\n"
                            "Se [](#inte-heller).\n",
        "local/soder/f.md": "---\nid: soder-mer\ntitle: Mer\nafter: strategi-tillgang\n---\n"
                            "Se [](#finns-ej).\n",
    })
    result = run_cli("check", "--sources", src)
    out = result.output
    for needle in ("local/norr/a.md:2:9: error: addition for unknown section 'finns-inte'",
                   "local/norr/b.md:2:9: error: section 'strategi-tillgang' has no slot 'saknas'",
                   "local/soder/d.md:3:7: error: override (mode: replace) without a reason",
                   "local/soder/e.md:4:8: error: local section placed after unknown section",
                   "local/norr/c.md:5:1: error: unknown variable 'plan.nope'",
                   "second override of strategi-tillgang#aktiviteter by arena 'soder'",
                   "local/soder/f.md:6:4: error: reference to unknown section 'finns-ej'"):
        assert needle in out, needle
    # what has nowhere to go is not resolved: no errors from inside it
    assert "'nej'" not in out and "'inte-heller'" not in out
    assert "7 error(s)" in out
    assert result.exit_code == ExitCode.REFERENCE


def test_unreadable_file_says_more_errors_may_follow(make_sources, run_cli) -> None:
    src = make_sources({
        "common/30-extra.md": "---\nid: extra\ntitle: [oops\n---\nText\n",
        "local/norr/c.md": addition("strategi-tillgang#aktiviteter", body="{{ plan.nope }}"),
    })
    result = run_cli("check", "--sources", src)
    assert result.exit_code == ExitCode.SYNTAX
    assert "common/30-extra.md:" in result.output
    assert "more errors may follow" in result.output
    assert "plan.nope" not in result.output  # checked once the file can be read


def test_remiss_status_of_a_round_without_a_round_file(run_cli) -> None:
    root = Path(__file__).parents[1]
    result = run_cli("remiss", "status", "beslut-2023", "--plan", root)
    assert result.exit_code == ExitCode.ROUND
    assert "sources/plan.yaml:129:5: error: beslut-2023 is not a remiss round (it has no round " \
        "file)" in result.output
    assert "remiss-2023" in result.output and "rounds/beslut-2023.yaml:" not in result.output
    result = run_cli("remiss", "status", "nope", "--plan", root)
    assert result.exit_code == ExitCode.ROUND
    assert "sources/plan.yaml: error: unknown round 'nope'" in result.output


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


def test_unknown_variable_hint_lists_the_forms_and_suggests(make_sources, run_cli) -> None:
    src = make_sources({
        "common/30-extra.md": "---\nid: extra\ntitle: Extra\norder: 30\n---\n"
                              "{{ principal.norrby.name }} och {{ plan.titel }}.\n",
        "local/norr/x.md": addition("strategi-tillgang#aktiviteter",
                                    body="{{ arena.nme }} {{ vars.perod }} {{ zzz }}"),
    })
    out = run_cli("check", "--sources", src).output
    lines = {line.split(": error: ")[1]: hint for line, hint in
             zip(out.splitlines(), out.splitlines()[1:], strict=False) if ": error: " in line}
    first = lines["unknown variable 'principal.norrby.name'"]
    assert "did you mean 'principals.norrby.name'" in first
    assert "principals.ID.name" in first and "strategies.ID.name" in first
    assert "vars.NAME" in first and "principals.norrby.name," not in first  # forms, not ids
    assert "ID: principals region, norrby, soderby; strategies tillgang" in first
    assert "(and arena.* in an arena's local text)" in first
    assert "did you mean 'plan.title'" in lines["unknown variable 'plan.titel'"]
    assert "did you mean 'arena.name'" in lines["unknown variable 'arena.nme'"]
    assert "did you mean 'vars.period'" in lines["unknown variable 'vars.perod'"]
    assert "define it under 'variables:'" in lines["unknown variable 'vars.perod'"]
    zzz = lines["unknown variable 'zzz'"]
    assert "did you mean" not in zzz and "arena.short_name" in zzz


def _run_main(raise_: BaseException, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    import click

    from assembler.cliopts import main

    @click.command()
    def boom() -> None:
        raise raise_

    with pytest.raises(SystemExit) as ended:
        main(boom, [])
    return int(ended.value.code or 0), capsys.readouterr().err


def test_ctrl_c_exits_130_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run_main(KeyboardInterrupt(), capsys)
    assert code == 130
    assert err.strip().startswith("interrupted (Ctrl-C)") and "Aborted" not in err


def test_a_bug_is_exit_70_without_traceback(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSEMBLER_DEBUG", raising=False)
    code, err = _run_main(ZeroDivisionError("nope"), capsys)
    assert code == 70
    assert "internal error: ZeroDivisionError: nope" in err and "Traceback" not in err


def test_ids_that_windows_reserves_for_devices_are_refused(make_sources, run_cli) -> None:
    src = make_sources()
    plan = src / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("id: norrby", "id: aux")
                    .replace("[region, norrby]", "[region, aux]"), encoding="utf-8")
    result = run_cli("check", "--sources", src)
    assert result.exit_code == ExitCode.CONFIG
    assert "error: id 'aux' cannot name a file on Windows (a device name)" in result.output
    assert "plan.yaml:" in result.output


def test_a_console_that_cannot_show_a_character_does_not_end_the_run() -> None:
    import subprocess
    import sys

    root = Path(__file__).parents[1]
    code = ("from assembler.cliopts import main; import click\n"
            "@click.command()\ndef c():\n    click.echo('a → b, Åre')\nmain(c, [])\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=root,
                          env={"PYTHONPATH": str(root), "PYTHONIOENCODING": "cp1252"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("cp1252").strip() == "a \\u2192 b, Åre"
