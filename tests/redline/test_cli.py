"""The `diff` command: output written atomically, clean errors with their exit codes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assembler.errors import ExitCode
from assembler.redline.cli import diff_cmd
from tests.redline.docgen import Doc, Para, build
from tests.redline.oracle import view


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.docx", tmp_path / "new.docx"
    old.write_bytes(build(Doc((Para("Normal", (("", "Gammal text om vården."),)),))))
    new.write_bytes(build(Doc((Para("Normal", (("", "Ny text om vården."),)),))))
    return old, new


def test_diff_writes_the_redline(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    out = tmp_path / "ut" / "redline.docx"
    result = CliRunner().invoke(diff_cmd, [str(old), str(new), "-o", str(out), "--author", "Åsa",
                                           "--date", "2024-05-31"])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert view(data, "accept") == view(new.read_bytes())
    assert view(data, "reject") == view(old.read_bytes())
    assert 'w:author="Åsa"' in __import__("zipfile").ZipFile(out).read("word/document.xml").decode()
    assert [p.name for p in out.parent.iterdir()] == ["redline.docx"]


def test_same_inputs_give_the_same_bytes(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    runs = []
    for name in ("a.docx", "b.docx"):
        result = CliRunner().invoke(diff_cmd, [str(old), str(new), "-o", str(tmp_path / name)])
        assert result.exit_code == 0
        runs.append((tmp_path / name).read_bytes())
    assert runs[0] == runs[1]


def test_not_a_zip_is_a_syntax_error_without_traceback(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    bad = tmp_path / "bad.docx"
    bad.write_text("hej", encoding="utf-8")
    result = CliRunner().invoke(diff_cmd, [str(bad), str(new), "-o", str(tmp_path / "o.docx")])
    assert result.exit_code == ExitCode.SYNTAX
    assert f"{bad.as_posix()}: error: not a Word .docx file" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "o.docx").exists()


def test_zip_without_document_is_a_syntax_error(tmp_path: Path) -> None:
    import zipfile

    old, new = _pair(tmp_path)
    bad = tmp_path / "notdocx.docx"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("hello.txt", "hej")
    result = CliRunner().invoke(diff_cmd, [str(old), str(bad), "-o", str(tmp_path / "o.docx")])
    assert result.exit_code == ExitCode.SYNTAX
    assert ": error: not a Word .docx file: a zip file, but not a Word document" in result.output


def test_missing_input_is_a_syntax_error(tmp_path: Path) -> None:
    old, _ = _pair(tmp_path)
    result = CliRunner().invoke(diff_cmd, [str(old), str(tmp_path / "nej.docx"), "-o",
                                           str(tmp_path / "o.docx")])
    assert result.exit_code == ExitCode.SYNTAX
    assert "nej.docx: error: cannot read the file" in result.output


def test_unwritable_output_is_an_output_error(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    blocker = tmp_path / "fil"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(diff_cmd, [str(old), str(new), "-o", str(blocker / "o.docx")])
    assert result.exit_code == ExitCode.OUTPUT
    assert "o.docx: error: cannot write the file" in result.output


def test_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    result = CliRunner().invoke(diff_cmd, [str(old), str(new), "-o", str(tmp_path / "o.docx"),
                                           "--date", "igår"])
    assert result.exit_code == 2 and "ISO date" in result.output


def test_broken_part_is_a_syntax_error(tmp_path: Path) -> None:
    import zipfile

    old, new = _pair(tmp_path)
    bad = tmp_path / "trasig.docx"
    with zipfile.ZipFile(new) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data[:-20] if name == "word/styles.xml" else data)
    result = CliRunner().invoke(diff_cmd, [str(old), str(bad), "-o", str(tmp_path / "o.docx")])
    assert result.exit_code == ExitCode.SYNTAX
    assert "trasig.docx: error: not a Word .docx file: part word/styles.xml is not well-formed" \
        in result.output
